package org.dyad.core.coder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.Discards;
import org.dyad.core.dict.Pattern;
import org.dyad.core.dict.PhraseTrie;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Document;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Event;
import org.dyad.core.model.EventDate;
import org.dyad.core.model.Evidence;
import org.dyad.core.model.Mode;
import org.dyad.core.model.Participant;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Facet;
import org.dyad.core.pipeline.Note;
import org.dyad.core.pipeline.Stage;
import org.dyad.core.text.Fold;
import org.dyad.core.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * Codes events from parsed sentences and their actor mentions.
 *
 * <p>For each verb or event noun that has patterns, the most specific pattern that matches
 * the dependency graph fires; there is no fallback code. The candidate then climbs through
 * the words above it ({@link FrameClimber}) for negation, modality, intent, appeals, threats
 * and reports. Guards: at most one event per trigger, source and target; at most one per
 * source, target and code in a sentence; no event without an actor; no actor acting on
 * itself; sentences and documents matching the discard list are not coded.
 */
public final class EventCoder implements Stage {
    /**
     * Nouns of crossing into a country by force: whoever did it came from outside, so the country it
     * happened in is no clue to an unnamed invader ("since the invasion of the country in 2003").
     */
    private static final Set<String> INVASIONS = Set.of("invasion", "incursion");

    /** Verbs of winning over a side that, against a party, tell an election won. */
    private static final Set<String> OUTVOTING = Set.of("defeat", "rout", "trounce", "beat");

    /** Things that are hung up: "a picture was hung", "hung banners". */
    private static final Set<String> HUNG_THINGS = Set.of("picture", "portrait", "poster", "banner", "flag", "photo",
            "photograph", "sign", "placard", "painting", "image", "lantern", "decoration", "streamer", "slogan");

    /** Roles that summon people to question them. */
    private static final Set<String> LAW_OFFICERS = Set.of("JUD", "COP", "SPY");

    /** Verbs of an advance that, into a seat of government, are an election won: "swept into Downing Street". */
    private static final Set<String> SWEEPS = Set.of("sweep", "roll", "march");

    /** Verbs of promise that, with "to be" or "to become", foretell rather than pledge. */
    private static final Set<String> FORETELLING = Set.of("promise", "threaten");

    /** Copulas after which a promise is a forecast: "promises to be the upstart", "threatens to become a crisis". */
    private static final Set<String> COPULAS = Set.of("be", "become", "prove", "remain");

    private static final int MAX_EVENTS_PER_TRIGGER = 12;
    private static final int LONG_SENTENCE = 60;

    private final Dictionaries dict;
    private final Cameo cameo;
    private final FrameClimber climber;
    private final boolean statements;
    private final double minConfidence;
    private final EventPlaces eventPlaces;
    private final Pairs pairing;
    private final Mediation mediation;
    private final WarTargets warTargets;
    private final NamedAttackers namedAttackers = new NamedAttackers();
    private final Victims victims;
    private final ImpliedEvents implied;
    /** PETRARCH's behaviour where it differs from Dyad's by design ({@code coder.petrarch-compat}). */
    private final boolean petrarch;

    public EventCoder(Dictionaries dict, Cameo cameo, boolean statements, double minConfidence) {
        this(dict, cameo, statements, minConfidence, org.dyad.core.actors.PlaceCountries.NONE, false);
    }

    /**
     * With a gazetteer, towns tell where an attack by unknown hands happened ("a roadside bomb
     * near Samarra"); with {@code petrarch}, PETRARCH's conventions replace Dyad's where they differ.
     */
    public EventCoder(Dictionaries dict, Cameo cameo, boolean statements, double minConfidence,
            org.dyad.core.actors.PlaceCountries places, boolean petrarch) {
        this.dict = dict;
        this.cameo = cameo;
        this.climber = new FrameClimber(dict.frames(), cameo);
        this.statements = statements;
        this.minConfidence = minConfidence;
        this.eventPlaces = new EventPlaces(dict, places);
        this.pairing = new Pairs(new DomesticRoles(dict));
        this.mediation = new Mediation(dict);
        this.warTargets = new WarTargets(dict);
        this.victims = new Victims(dict);
        this.implied = new ImpliedEvents(dict);
        this.petrarch = petrarch;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Facet> requires() {
        return EnumSet.of(Facet.PARSE, Facet.ACTORS);
    }

    @Override
    public Set<Facet> provides() {
        return EnumSet.of(Facet.EVENTS);
    }

    @Override
    public Analysis apply(Analysis in) {
        List<Note> notes = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            Discards.Entry d = discard(s, true);
            if (d != null) {
                notes.add(new Note(name(), -1, -1, "document not coded: " + d.genre() + " ('" + d.phrase() + "', "
                        + d.rule() + ")"));
                return in.withEvents(Facet.EVENTS, List.of(), notes);
            }
        }
        Map<Integer, List<ActorMention>> bySentence = codableMentions(in);
        List<Event> events = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            Discards.Entry d = discard(s, false);
            if (d != null) {
                notes.add(new Note(name(), s.begin(), s.end(), "sentence not coded: " + d.genre() + " ('"
                        + d.phrase() + "', " + d.rule() + ")"));
                continue;
            }
            events.addAll(code(in.document(), s, bySentence.getOrDefault(s.index(), List.of()), Trace.NONE));
        }
        return in.withEvents(Facet.EVENTS, warTargets.fill(namedAttackers.fill(events), in.mentions(), in.sentences()), notes);
    }

    /** The discard entry a sentence matches, of document or sentence scope, or null. */
    private Discards.@Nullable Entry discard(Sentence s, boolean wholeDocument) {
        if (dict.discards().size() == 0) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (Token t : s.tokens()) {
            for (String w : Words.ofToken(t.word())) {
                keys.add(Fold.key(w));
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            PhraseTrie.Match<Discards.Entry> m = dict.discards().trie().longest(keys, i,
                    (e, a, b) -> e.wholeDocument() == wholeDocument);
            if (m != null) {
                return m.values().get(0);
            }
        }
        return null;
    }

    /**
     * The actor mentions the coder may use, by sentence: all of them but those in the dateline
     * ("ADDIS ABABA, Feb 14 (Reuters) —": the city is where the report was filed, not an actor).
     */
    public static Map<Integer, List<ActorMention>> codableMentions(Analysis in) {
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        int datelineEnd = org.dyad.core.time.PublicationDateStage.datelineEnd(in);
        for (ActorMention m : in.mentions()) {
            // A mention whose head is past the dateline is the text's, even when the dateline's place
            // was read into it ("NAIROBI (AP) Police arrested …": the police, of the dateline's country).
            if (datelineEnd >= 0 && in.sentences().get(m.sentence()).token(m.head() >= 0 ? m.head() : m.start()).begin()
                    < datelineEnd) {
                continue;
            }
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        return bySentence;
    }

    /** Codes one sentence; {@code trace} receives every pattern tried and every decision. */
    public List<Event> code(Document doc, Sentence s, List<ActorMention> mentions, Trace trace) {
        SentenceView v = new SentenceView(s, petrarch ? SentenceView.petrarchMentions(s, mentions) : mentions, petrarch,
                doc.date());
        List<Candidate> found = new ArrayList<>();
        for (Token t : s.tokens()) {
            int i = t.index();
            Candidate c = null;
            if (t.isVerb() || mistaggedVerb(v, i)) {
                c = matchPredicate(v, i, false, trace);
            } else if (t.isNoun() && !modifierNoun(v, i)) {
                c = matchPredicate(v, i, true, trace);
            }
            if (c != null) {
                found.add(c);
            }
        }
        ImpliedEvents.purposeOfUncodedAct(v, found);
        implied.addModalReports(v, found);
        implied.addWarnings(v, found);
        for (Candidate c : found) {
            addresseeFromComplement(v, c);
        }
        Set<Integer> absorbed = new HashSet<>();
        List<Candidate> climbed = new ArrayList<>();
        for (Candidate c : found) {
            for (Candidate x : climber.climb(v, c, absorbed, trace)) {
                if (!x.code.isEmpty()) {
                    climbed.add(x);
                }
            }
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : climbed) {
            if (absorbed.contains(c.trigger) && !c.viaFrame && c.head == c.trigger) {
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code
                        + " dropped: its complement carries the event");
                continue;
            }
            kept.add(c);
        }
        return build(doc, v, kept, trace);
    }

    /**
     * Freedoms, curfews and emergencies eased or imposed (0811, 0813, 0814, 1721, 1723, 1724): with
     * no one named, they are aimed at the people of the place, or of the state that acts.
     */
    private static final Set<String> AT_HOME = Set.of("0811", "0813", "0814", "1721", "1723", "1724");

    /** Verbs of leaving a place, which code a retreat when forces leave ground they held. */
    private static final Set<String> LEAVING = Set.of("leave", "quit", "exit", "depart", "vacate");

    /** Whether the place an act leaves (its object, or its "from" phrase) lies in its sources' own country. */
    private boolean leftOwnGround(SentenceView v, Candidate c) {
        List<Integer> places = new ArrayList<>(v.basic.children(c.trigger, "obj").stream().map(Edge::dependent).toList());
        places.addAll(v.prepChildren(c.trigger, Set.of("from")));
        for (int p : places) {
            // The place itself, or the name in its "of" phrase: "the southern port of Toulon".
            String iso = eventPlaces.countryOfName(v, p);
            for (Edge e : v.basic.children(p)) {
                if (iso != null) {
                    break;
                }
                if (Graph.matches(e.relation(), "nmod") && v.prepOf(e.dependent()).equals("of")) {
                    iso = eventPlaces.countryOfName(v, e.dependent());
                }
            }
            String placeCountry = iso;
            if (placeCountry != null && c.sources.stream()
                    .anyMatch(src -> src.actor() != null && placeCountry.equals(src.actor().country()))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that say what a demonstration is held against, in a clause of purpose after it. */
    private static final Set<String> PROTESTING = Set.of("protest", "denounce", "condemn", "oppose", "decry",
            "criticise", "criticize", "demand", "reject");

    /**
     * The targets of the act a demonstration is held to protest ("demonstrated … to protest the
     * occupation of Laos by Vietnamese troops"), as coded for that clause, or none.
     */
    private static List<ActorMention> protestAims(SentenceView v, Candidate c, List<Candidate> cands) {
        for (Edge e : v.basic.children(c.trigger)) {
            if (!(Graph.matches(e.relation(), "advcl") || e.relation().equals("xcomp")) || !v.markedBy(e.dependent(), "to")
                    || !PROTESTING.contains(v.lemma(e.dependent()).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Candidate x : cands) {
                // A known actor only: "to protest President Assad's failure" with no one known leaves
                // the protest aimed at the government of its country.
                if (x != c && x.trigger == e.dependent() && !x.targets.isEmpty()
                        && x.targets.stream().allMatch(t -> t.actor() != null)) {
                    return x.targets;
                }
            }
        }
        return List.of();
    }

    /** Organs that capture and arrest. */
    private static final Set<String> CAPTORS = Set.of("MIL", "COP", "SPY");

    /**
     * The army, police or intelligence service that reports an arrest or capture it names no agent
     * for ("The military said the prisoners were captured"), or null; only for arrests and detentions.
     */
    private static @Nullable ActorMention captor(Candidate c) {
        if (!c.code.startsWith("173") || c.reportedBy.size() != 1) {
            // Two tellers are more often a misread report ("Five Taliban fighters and an Afghan soldier
            // died …, a police official said, adding that …") than an army and its police speaking at once.
            return null;
        }
        for (ActorMention m : c.reportedBy) {
            if (m.role() != null && CAPTORS.contains(m.role()) && m.form() == ActorMention.Form.ROLE) {
                return m;
            }
        }
        return null;
    }

    /** Verbs of standing down whose passive, with no agent, is done by those it names. */
    private static final Set<String> SELF_DISARM = Set.of("demobilize", "demobilise", "disarm");

    /** Places of the state's detention that a release is "from". */
    private static final Set<String> PRISONS = Set.of("prison", "jail", "gaol", "custody", "detention");

    /** Verbs of holding someone in prison, which the state does rather than its police. */
    private static final Set<String> JAILING = Set.of("imprison", "jail", "incarcerate");

    /**
     * The role of the state organ that alone does an act, for a passive with no agent: arrests and
     * detentions are the police's (173) and imprisonment the government's, charges and lawsuits the
     * courts' and prosecutors' (115, 1151), investigations (09) and deportations (174) the
     * government's, and so is a release "from prison" (084); null for other acts.
     */
    private static @Nullable String stateActRole(SentenceView v, Candidate c) {
        String code = c.code;
        if (code.startsWith("173")) {
            // "journalists are imprisoned in Azerbaijan": the state holds them; the police arrest.
            return JAILING.contains(v.lemma(c.trigger).toLowerCase(Locale.ROOT)) ? "GOV" : "COP";
        }
        if (code.startsWith("115")) {
            return "JUD";
        }
        if (code.startsWith("09") || code.startsWith("174")) {
            return "GOV";
        }
        if (code.startsWith("084")
                && v.prepChildren(c.trigger, Set.of("from")).stream().anyMatch(n -> PRISONS.contains(v.lemma(n)))) {
            // "Jailed journalist Aziz Orujov released from prison": only the state lets people out of its
            // prisons ("hostages were released" by their kidnappers is left with no source).
            return "GOV";
        }
        return null;
    }

    /** Actors who are the subjects of an "if" or "unless" clause on the event's words. */
    private static List<ActorMention> conditionSubjects(SentenceView v, Candidate c) {
        return conditionSubjects(v, c.trigger, c.head, c.sources);
    }

    /** Actors other than {@code sources} who are the subjects of an "if" or "unless" clause on these two words. */
    static List<ActorMention> conditionSubjects(SentenceView v, int trigger, int head, List<ActorMention> sources) {
        List<ActorMention> out = new ArrayList<>();
        // The condition may hang on the threatened act or on a verb inside it ("to stop talks to reduce arms if …").
        List<Integer> words = new ArrayList<>(List.of(trigger, head));
        for (int k = 0; k < words.size() && words.size() < 8; k++) {
            for (org.dyad.core.model.Edge e : v.basic.children(words.get(k), "xcomp")) {
                words.add(e.dependent());
            }
        }
        for (int w : words) {
            for (org.dyad.core.model.Edge e : v.basic.children(w)) {
                if (!e.relation().startsWith("advcl")) {
                    continue;
                }
                boolean conditional = false;
                for (org.dyad.core.model.Edge m : v.basic.children(e.dependent(), "mark")) {
                    String mw = v.word(m.dependent()).toLowerCase(Locale.ROOT);
                    conditional |= mw.equals("if") || mw.equals("unless");
                }
                if (!conditional) {
                    continue;
                }
                for (int sj : v.subjects(e.dependent())) {
                    for (ActorMention a : v.actorsAt(sj)) {
                        if (!sources.contains(a) && !out.contains(a)) {
                            out.add(a);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static final Set<String> JOINT = Set.of("exercise", "drill", "game", "games", "manoeuvre", "manoeuvres",
            "maneuver", "maneuvers", "wargame", "wargames", "patrol");

    private static int countries(List<ActorMention> ms, Document doc) {
        Set<String> out = new HashSet<>();
        for (ActorMention m : ms) {
            String country = RoleCodes.country(m.codeAt(doc.date()));
            if (country != null) {
                out.add(country);
            }
        }
        return out.size();
    }

    private static final Set<String> ARMED = Set.of("MIL", "REB", "INS", "UAF", "SPY");
    /** Places of armed forces, which are acted on but never act: "attacked an army outpost". */
    static final Set<String> FACILITIES = Set.of("base", "outpost", "post", "checkpoint", "checkpost",
            "convoy", "barracks", "position", "garrison", "airbase");

    private static boolean allArmed(List<ActorMention> ms, Document doc) {
        for (ActorMention m : ms) {
            String code = m.codeAt(doc.date());
            if (code == null || code.length() < 3 || !ARMED.contains(code.substring(code.length() - 3))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a mention is a facility named by a role word ("the embassy", "the base"). */
    static boolean facility(SentenceView v, ActorMention m) {
        return m.form() == ActorMention.Form.ROLE
                && FACILITIES.contains(v.lemma(m.head()).toLowerCase(Locale.ROOT));
    }

    /** Whether what a verb hangs (its object, or its passive subject) is a thing, not a person. */
    private static boolean thingHung(SentenceView v, int verb) {
        List<Integer> hung = new ArrayList<>(v.objects(verb));
        for (Edge e : v.basic.children(verb, "nsubj:pass")) {
            hung.add(e.dependent());
        }
        if (hung.isEmpty()) {
            return false;
        }
        for (int n : hung) {
            if (!HUNG_THINGS.contains(v.lemma(n))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb of promise has "to be" or "to become" as its complement: a forecast. */
    private static boolean foretells(SentenceView v, int verb) {
        if (!FORETELLING.contains(v.lemma(verb))) {
            return false;
        }
        for (Edge e : v.basic.children(verb, "xcomp")) {
            if (COPULAS.contains(v.lemma(e.dependent()))) {
                return true;
            }
        }
        // "promises to be the upstart": the parser may make the noun the complement, with "be" its copula.
        for (Edge e : v.basic.children(verb)) {
            if (e.relation().equals("xcomp") && v.basic.children(e.dependent(), "cop").stream()
                    .anyMatch(x -> COPULAS.contains(v.lemma(x.dependent())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word the tagger read as a noun that the parser built as a clause: it has a modal
     * ("they would blockade Paris") and a subject, and no copula ("he would be president" has
     * both, and "president" is a noun). Its verb patterns are tried, not its noun patterns.
     */
    static boolean mistaggedVerb(SentenceView v, int i) {
        if (!v.tok(i).isNoun() || v.tok(i).pos().startsWith("NNP") || !v.basic.children(i, "cop").isEmpty()
                || v.basic.children(i, "nsubj").isEmpty()) {
            return false;
        }
        for (org.dyad.core.model.Edge a : v.basic.children(i, "aux")) {
            if (v.tok(a.dependent()).pos().equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event noun that only modifies another noun names no event: "riot police", "attack
     * helicopters", "war crimes", "protest leaders".
     */
    private static boolean modifierNoun(SentenceView v, int noun) {
        org.dyad.core.model.Edge up = v.basic.head(noun);
        return up != null && up.relation().equals("compound") && up.governor() > noun
                && v.tok(up.governor()).isNoun();
    }

    private static final Set<String> SAID_AT_MEETING = Set.of("say", "tell", "make", "express", "stress", "reiterate",
            "note", "add", "emphasize", "emphasise", "voice", "convey", "assure", "raise", "announce", "speak",
            "describe", "remark", "underline", "point_out", "hail", "praise");
    /**
     * Prepositions of a meeting in which, or just after which, something was said: "in a meeting
     * with", "at talks with", "said … after talks in Rome with Italian Foreign Minister Dini".
     */
    private static final Set<String> MEETING_PLACES = Set.of("in", "during", "at", "after", "following");
    private static final Set<String> MEETINGS = Set.of("meeting", "talks", "talk", "conversation", "discussion",
            "discussions", "consultations", "encounter");
    private static final Set<String> VISITS = Set.of("visit", "trip", "tour");
    private static final Set<String> VISIT_PLACES = Set.of("on", "during", "in", "at");
    private static final Set<String> CIRCUMSTANCE = Set.of("after", "during", "in", "amid", "following", "before");

    private static final Set<String> HELP = Set.of("help", "assist");
    private static final Set<String> VERBAL_SUPPORT = Set.of("050", "051", "052");
    private static final Set<String> VERBAL_CLASHES = Set.of("clash", "spar", "feud", "tussle", "lock_horns");

    /**
     * Whether an event noun is what its clause is about: "Talks between India and China ended
     * without agreement" reports the talks; "hosted a meeting between …" or "oversee a ceasefire
     * between …" only refers to one.
     */
    private static boolean subjectNoun(SentenceView v, Candidate c) {
        org.dyad.core.model.Edge up = v.basic.head(c.trigger);
        return c.nominal && (up == null || up.relation().startsWith("nsubj") || up.relation().equals("root"));
    }

    /** Pessimistic and optimistic comments: their target is whom they are about. */
    private static final Set<String> COMMENTS = Set.of("012", "013");

    /** Gives a candidate the target one of {@link FallbackTargets} found, if any, with the step that says how. */
    private static void aimAt(Candidate c, @Nullable ActorMention t, String how) {
        if (t != null) {
            c.targets = new ArrayList<>(List.of(t));
            c.steps.add(how + "'" + t.text() + "'");
        }
    }

    /** Codes for settling a dispute, asked for, intended or refused: aimed at its other side. */
    private static final Set<String> SETTLING = Set.of("027", "037", "127");

    /**
     * The subject of the clause a comment is about: "expressed optimism that the Security Council
     * will impose sanctions" (the Council), "voiced fear that militants would fire rockets" (the
     * militants). The clause hangs on the comment's verb or on its object noun. Null when that
     * subject is no actor or is the commenter.
     */
    private static @Nullable ActorMention commentTopic(SentenceView v, Candidate c) {
        List<Integer> heads = new ArrayList<>(List.of(c.trigger));
        heads.addAll(v.objects(c.trigger));
        for (int h : heads) {
            for (org.dyad.core.model.Edge e : v.basic.children(h)) {
                if (!e.relation().equals("ccomp") && !(e.relation().equals("acl") && v.tok(h).isNoun())) {
                    continue;
                }
                for (int sj : v.subjects(e.dependent())) {
                    for (ActorMention m : v.actorsAt(sj)) {
                        if ((m.actor() != null || m.role() != null) && !Sides.sameActors(List.of(m), c.sources, v.date)) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static final Set<String> PAST_FORMS = Set.of("VBD", "VBN");

    /** Prepositions of a meeting in which, or after which, something else was done. */
    private static final Set<String> MEETING_SETTINGS = Set.of("during", "after", "following", "at");

    /**
     * Whether talks between two sides are the setting of a past act: "The decision was made during
     * the talks between the Vietnamese and Japanese prime ministers", "agreed after talks between …".
     */
    private static boolean heldMeeting(SentenceView v, Candidate c) {
        org.dyad.core.model.Edge up = v.basic.head(c.trigger);
        return c.nominal && MEETINGS.contains(v.lemma(c.trigger)) && up != null && Graph.matches(up.relation(), "obl")
                && MEETING_SETTINGS.contains(v.prepOf(c.trigger)) && v.tok(up.governor()).isVerb()
                && PAST_FORMS.contains(v.tok(up.governor()).pos());
    }

    /** Nouns of attack that a politician makes in words when aimed at a body of people. */
    private static final Set<String> WORD_ATTACKS = Set.of("attack", "attacks", "assault", "broadside", "onslaught");

    /** Verbs of a body's own sitting: meeting with no one named is no interaction. */
    static final Set<String> SITTINGS = Set.of("meet", "convene", "gather", "assemble", "reconvene", "sit");

    /** The subjects of the verb a fighting noun is the circumstance of: "retook the town after fighting with …". */
    private static List<ActorMention> circumstanceSubjects(SentenceView v, Candidate c) {
        org.dyad.core.model.Edge up = v.basic.head(c.trigger);
        // "Hun Sen made the remarks in a meeting with Zhang Gaoli": a meeting with a named other in
        // which the subject acted is the subject's meeting.
        boolean meeting = MEETINGS.contains(v.lemma(c.trigger)) && !c.targets.isEmpty()
                && MEETING_PLACES.contains(v.prepOf(c.trigger))
                // Only what is said there: "agreed to US mediation in the final status talks with the
                // Palestinians" does not say the talks are held.
                && up != null && SAID_AT_MEETING.contains(v.lemma(up.governor()));
        // "Speaking on a visit to Japan, King Abdullah called for …": a visit on which the subject spoke
        // is the subject's.
        boolean visit = VISITS.contains(v.lemma(c.trigger)) && !c.targets.isEmpty() && up != null
                && VISIT_PLACES.contains(v.prepOf(c.trigger)) && SAID_AT_MEETING.contains(v.lemma(up.governor()));
        if (up == null || !Graph.matches(up.relation(), "obl")
                || !CIRCUMSTANCE.contains(v.prepOf(c.trigger)) && !visit
                || !v.tok(up.governor()).isVerb() || !Combatants.FIGHTING.contains(v.lemma(c.trigger)) && !meeting && !visit) {
            // "offered talks following the invasions of Dagestan": an invasion or attack has a side;
            // only fighting, which both sides do, is the clause subject's too.
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>();
        List<Integer> subjects = new ArrayList<>(v.subjects(up.governor()));
        if (subjects.isEmpty() && v.lemma(up.governor()).equals("say")) {
            // "'It has to be done quickly,' said Vranitzky … after talks with Dini": the parser makes
            // the speaker of an inverted "said" its object.
            subjects.addAll(v.objects(up.governor()));
        }
        for (int sj : subjects) {
            for (ActorMention m : v.actorsAt(sj)) {
                if (!c.targets.contains(m) && m.actor() != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** "demanded that the US cancel …": a demand or appeal without an object is addressed to the complement's subject. */
    private void addresseeFromComplement(SentenceView v, Candidate c) {
        if (!c.targets.isEmpty() || c.nominal) {
            return;
        }
        int summoner = v.summonedFor(c.trigger);
        if (summoner >= 0) {
            // "summoned Niger's ambassador to complain of inaction": the complaint is made to the summoned.
            for (int o : v.objects(summoner)) {
                c.targets.addAll(v.actorsAt(o));
            }
            return;
        }
        var frame = dict.frames().verb(v.lemma(c.trigger));
        if (frame.isEmpty() || frame.get().kind() != org.dyad.core.dict.Frame.Kind.DEMAND
                && frame.get().kind() != org.dyad.core.dict.Frame.Kind.APPEAL) {
            return;
        }
        for (org.dyad.core.model.Edge e : v.basic.children(c.trigger)) {
            if (e.relation().equals("ccomp") || e.relation().equals("xcomp")) {
                for (int sj : v.subjects(e.dependent())) {
                    for (ActorMention m : v.actorsAt(sj)) {
                        if (!c.sources.contains(m)) {
                            c.targets.add(m);
                        }
                    }
                }
            }
        }
    }

    private static final Set<String> NAMING = Set.of("call", "term", "label", "brand", "dub");

    /** "called the election a milestone", "termed the vote a farce": a verb of naming with its object's new name. */
    private static boolean naming(SentenceView v, int verb) {
        if (!NAMING.contains(v.lemma(verb).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int objects = 0;
        for (Edge e : v.basic.children(verb)) {
            Token d = v.tok(e.dependent());
            if (e.relation().equals("xcomp") && (d.isNoun() || d.pos().startsWith("JJ"))) {
                return true;
            }
            objects += e.relation().equals("obj") || e.relation().equals("iobj") ? 1 : 0;
        }
        return objects >= 2;
    }

    private static final Set<String> ACCORD = Set.of("agree", "concur");

    /**
     * "agreed that it would be good news", "concurred that the plan was flawed": a verb of accord
     * whose "that" clause judges something (a predicate with "be", or a thing as its subject)
     * shares a view; "agreed that talks would resume" and "agreed to meet" are left to the patterns.
     */
    private static boolean sharedView(SentenceView v, int verb) {
        if (!ACCORD.contains(v.lemma(verb).toLowerCase(Locale.ROOT)) || v.basic.hasChild(verb, "xcomp")) {
            return false;
        }
        for (Edge e : v.basic.children(verb, "ccomp")) {
            int x = e.dependent();
            if (!v.markedBy(x, "that")) {
                continue;
            }
            if (v.basic.hasChild(x, "cop")) {
                return true;
            }
            for (int sj : v.subjects(x)) {
                String w = v.word(sj).toLowerCase(Locale.ROOT);
                if (w.equals("it") || w.equals("this") || w.equals("there")) {
                    return true;
                }
            }
        }
        return false;
    }

    private @Nullable Candidate matchPredicate(SentenceView v, int i, boolean noun, Trace trace) {
        List<String> keys;
        if (noun) {
            keys = new ArrayList<>(2);
            keys.add(v.lemma(i));
            if (!v.word(i).equals(v.lemma(i))) {
                keys.add(v.word(i));
            }
        } else {
            keys = v.predicateKeys(i);
        }
        if (!noun && naming(v, i)) {
            // "Putin called the election a milestone": naming something is no act on it.
            trace.note("  '" + v.tok(i).word() + "' names its object as something: no act");
            return null;
        }
        if (!noun && sharedView(v, i)) {
            // "Both Kilpatrick and Harris agreed that … it would be good news": agreeing with a view is no act.
            trace.note("  '" + v.tok(i).word() + "' agrees with a view, not to act");
            return null;
        }
        int light = noun ? climber.lightVerbOf(v, i) : -1;
        for (String key : keys) {
            List<Pattern> pats = noun ? dict.nouns().patterns(key) : dict.verbs().patterns(key);
            for (Pattern p : pats) {
                PatternMatcher.Match m = PatternMatcher.match(v, i, p, light);
                if (m == null) {
                    trace.note("  tried " + p.rule() + "  " + p.text() + "  → no match");
                    continue;
                }
                trace.note("  tried " + p.rule() + "  " + p.text() + "  → FIRED at '" + v.tok(i).word() + "'");
                if (p.noEvent()) {
                    trace.note("  '" + v.tok(i).word() + "': this reading codes nothing (" + p.rule() + ")");
                    return null;
                }
                Candidate c = new Candidate(i, noun, p.code(), m.sources(), m.targets());
                c.pairwise = m.pairwise();
                c.passive = !noun && v.isPassive(i);
                c.rules.add(p.rule());
                c.patternHasTarget = p.hasTarget();
                c.specificity = p.specificity();
                c.patternCode = p.code();
                c.reverseCode = p.reverseCode();
                c.mutual = p.mutual();
                return c;
            }
        }
        return null;
    }

    /**
     * Whether an actor is news media ("AFP", "reporters", "army radio"): a name the actor
     * dictionaries list as the press (the international wires, which report the news rather than
     * take part in it: docs/dictionaries.md), or a code with the MED role.
     */
    private boolean press(ActorMention m, Document doc) {
        if (m.actor() == null && dict.actors().isPress(m.text())) {
            return true;
        }
        return RoleCodes.hasRole(m.codeAt(doc.date()), "MED");
    }

    /**
     * The code {@code to} in place of {@code from} for one pair of actors, with the step that says
     * why ("WHY: 190 → 110"); {@code from} itself when the ontology has no {@code to}.
     */
    private CameoCode recoded(Candidate c, CameoCode from, String to, String why) {
        CameoCode code = cameo.find(to).orElse(null);
        if (code == null) {
            return from;
        }
        c.steps.add(why + ": " + from.code() + " → " + code.code());
        return code;
    }

    private List<Event> build(Document doc, SentenceView v, List<Candidate> cands, Trace trace) {
        Sentence s = v.s;
        Map<Event.Act, Event> byDyadCode = new LinkedHashMap<>();
        Set<String> byTrigger = new HashSet<>();
        int quoted = v.quotedAsSaying();
        for (Candidate c : cands) {
            if (c.code.startsWith("15") && c.targets.isEmpty() && JOINT.contains(v.lemma(c.trigger).toLowerCase(Locale.ROOT))
                    && countries(c.sources, doc) >= 2) {
                // "French and Egyptian warships launched war games": exercises held together are cooperation.
                c.steps.add("exercises of several countries together are joint: " + c.code + " → 062");
                c.code = "062";
            }
            if (c.code.startsWith("145") && !c.sources.isEmpty() && allArmed(c.sources, doc)) {
                // "militants stormed a police compound": storming by armed men is an assault, not a riot.
                c.steps.add("violent protest by armed actors is an attack: " + c.code + " → 180");
                c.code = "180";
            }
            if (quoted >= 0 && c.trigger > quoted && c.sources.stream().anyMatch(m -> m.end() <= quoted)) {
                // "The Times of Zambia, which is run by …, quoted official sources as saying the IMF had
                // refused …": whoever quotes others is no actor of what they are quoted as saying, however
                // the parser hangs the clause.
                c.sources.removeIf(m -> m.end() <= quoted);
                c.steps.add("quoted by '" + s.token(quoted).word() + "': the quoting side is not the actor");
            }
            CameoCode code = cameo.find(c.code).orElse(null);
            if (code == null) {
                continue;
            }
            if (!statements && code.root().equals("01")) {
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: statements are off");
                continue;
            }
            if (code.root().equals("01") && !c.targets.isEmpty() && c.targets.stream().allMatch(m -> press(m, doc))) {
                // "told AFP", "he told reporters": the press carries a statement; it is not whom the
                // statement is to or about, and a plain statement to the press is only attribution.
                c.targets.clear();
                if (c.code.equals("010")) {
                    trace.note("'" + s.token(c.trigger).word() + "' 010 dropped: a statement to the press is attribution");
                    continue;
                }
                c.steps.add("the press is no target of a statement");
            }
            mediation.settle(v, c);
            condemnedViolence(v, c);
            int root = Integer.parseInt(code.root());
            if (root < 13) {
                // "promised his country a naval base": a base, post or convoy is something a threat or
                // an attack can hit, not someone a promise or a visit is addressed to.
                c.targets.removeIf(m -> facility(v, m));
            }
            if (root <= 14 && !c.sources.isEmpty() && c.sources.stream().allMatch(v::lonePerson)
                    && c.targets.stream().noneMatch(m -> m.role() != null && RoleCodes.STATE_ORGANS.contains(m.role()))) {
                // "reports of a man threatening people with a gun", "a man smashed the windows": what one
                // private person says, threatens or does in protest is no political event unless it is
                // aimed at a state organ ("a man sued Toronto police").
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: one private person's act");
                continue;
            }
            if (root == 4 && !c.sources.isEmpty() && c.sources.stream().allMatch(ActorKinds::privatePeople)) {
                // "Russians travelling to the United Kingdom": people travelling are not a visit by their state.
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: private people do not consult");
                continue;
            }
            if (root >= 18 && c.nominal && abstractObject(v, c.trigger)) {
                // "a violent and direct assault on freedom of press", "an attack on democracy": violence
                // said of a value is a figure of speech, not an attack on anyone.
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: an attack on a value, not on anyone");
                continue;
            }
            if (c.passive && c.sources.isEmpty() && !c.targets.isEmpty() && c.code.startsWith("087")
                    && SELF_DISARM.contains(v.lemma(c.trigger))) {
                // "a third of the guerrillas have been demobilized": with no one named who did it,
                // those demobilized or disarmed are the ones who stand down.
                c.sources = c.targets;
                c.targets = new ArrayList<>();
                c.steps.add("demobilized with no agent: the demobilized stand down");
            }
            String authority = c.passive && c.sources.isEmpty() && !c.targets.isEmpty() ? stateActRole(v, c) : null;
            ActorMention teller = authority == null ? null : captor(c);
            if (teller != null) {
                // "The military said the Sudanese prisoners were captured … in northern Uganda": an army,
                // police or intelligence service telling of captures with no agent tells of its own.
                if (teller.actor() == null) {
                    ActorMention place = eventPlaces.at(v, c.trigger, teller.role(), "", "captor's country");
                    teller = place == null ? teller : teller.withActor(place.actor(), teller.role(), teller.form(),
                            " + place of the capture: '" + place.text() + "'");
                }
                c.sources = new ArrayList<>(List.of(teller));
                c.steps.add("captured by the organ that tells of it: '" + teller.text() + "'");
                authority = null;
            }
            if (authority != null) {
                // "A US national has been put under investigation in Italy", "a missionary was arrested
                // in Lebanon": only a state investigates, arrests, charges or deports; with no agent named,
                // it is the state where it happened.
                ActorMention auth = eventPlaces.at(v, c.trigger, authority, "authorities in ", "unnamed authorities");
                if (auth != null) {
                    c.sources = new ArrayList<>(List.of(auth));
                    c.steps.add("acted by the authorities where it happened: " + auth.codeAt(doc.date()));
                }
            }
            if (root == 4 && c.nominal && c.sources.isEmpty()) {
                for (ActorMention m : circumstanceSubjects(v, c)) {
                    c.sources.add(m);
                    c.steps.add("meeting of the clause's subject: '" + m.text() + "'");
                    c.sourceFromSetting = true;
                }
            }
            if (root <= 13 && c.sources.isEmpty() && !(c.pairwise && Pairs.distinct(c.targets).size() >= 2
                    && (subjectNoun(v, c) || heldMeeting(v, c)))) {
                // A statement, appeal, intent, demand, rejection or threat needs someone who makes it.
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: verbal event without a source");
                continue;
            }
            if (!c.targets.isEmpty() && !c.sources.isEmpty()) {
                aimAt(c, FallbackTargets.ownThingFor(v, c, doc.date()), "target: whom a measure on its own thing is for, ");
            }
            if (root == 12 && !c.sources.isEmpty()) {
                // "rejected a call by the ELN to release its jailed commanders": a refused demand is
                // refused to whoever made it, whatever the demand was about.
                aimAt(c, FallbackTargets.demander(v, c), "target: whose demand it refuses, ");
            }
            boolean together = root >= 3 && root <= 6 && Pairs.distinct(c.sources).size() >= 2;
            if (c.targets.isEmpty() && !c.sources.isEmpty() && root != 1 && !c.mutual && !c.targetNoActor) {
                ActorMention t = FallbackTargets.clause(v, c, petrarch ? -1 : root);
                if (t != null && (together || root == 4 && c.nominal)
                        && (FallbackTargets.AT_PLACE.contains(v.prepOf(phraseHead(v, t.head())))
                        || together && c.nominal && FrameClimber.isTopicNoun(v.lemma(c.trigger)))) {
                    // "Maduro and Ali met in St Vincent": a meeting of the two, not with the place; "Armenia and
                    // Azerbaijan resumed talks on a withdrawal of Azerbaijani troops": talks of the two. So is
                    // the place of one side's talks: "the WTO talks in Hong Kong".
                    t = null;
                } else if (t != null && together && sameCountryAsOne(c.sources, t, v.date)) {
                    // "was signed by Nigeria's minister and French officials after talks with the French
                    // export credit agency": the country of one of two sides is that side, not a third party.
                    t = null;
                }
                if (t != null && borderSide(v, phraseHead(v, t.head()))) {
                    // "crossed into the Yema municipality near the border with Angola": the country across a
                    // border that places the act is no party to it.
                    t = null;
                }
                if (t != null && c.nominal && FrameClimber.isTopicNoun(v.lemma(c.trigger)) && inTopic(v, c.trigger, t.head())) {
                    // "held talks on sanctions against Iran": who the topic is about is no party to the talks.
                    t = null;
                }
                if (t != null && (witness(v, t.head()) || sidelines(v, phraseHead(v, t.head())))) {
                    // "reached an agreement in front of U.S. President Bush", "signed in the presence of
                    // the two premiers": a witness is not a party.
                    t = null;
                }
                ActorMention host = t == null ? null : FallbackTargets.hostOfOwnBody(v, c, t, doc.date());
                if (host != null) {
                    aimAt(c, host, "target: where its own body serves, ");
                } else if (t != null) {
                    aimAt(c, t, "target from its clause: ");
                } else if (!c.nominal) {
                    aimAt(c, FallbackTargets.following(v, c), "target from the words after the verb: ");
                }
                if (c.targets.isEmpty() && (root == 11 || root == 17)) {
                    aimAt(c, FallbackTargets.suspectsOf(v, c), "target: the suspects are who did the crime, ");
                }
                if (c.targets.isEmpty() && SETTLING.contains(c.code)) {
                    aimAt(c, FallbackTargets.disputeParty(v, c, doc.date()), "target: the other side of the dispute, ");
                }
                if (c.targets.isEmpty() && (root == 13 || root == 16 || root == 17)) {
                    aimAt(c, FallbackTargets.retaliatedAgainst(v, c), "target: the one it retaliates against, ");
                }
                if (c.targets.isEmpty() && (root == 3 || root == 8)) {
                    aimAt(c, FallbackTargets.concededTo(v, c, doc.date()), "target: the other side's negotiator, ");
                }
            }
            if (c.targets.isEmpty() && !c.sources.isEmpty() && COMMENTS.contains(c.code)) {
                ActorMention t = commentTopic(v, c);
                if (t != null) {
                    c.targets = new ArrayList<>(List.of(t));
                    c.steps.add("a comment on what '" + t.text() + "' will do or did: its target");
                }
            }
            if (root == 13 && c.targets.isEmpty()) {
                // "threatened to stop negotiations if the United States goes ahead": the threat is
                // aimed at whoever the condition is about.
                for (ActorMention t : conditionSubjects(v, c)) {
                    c.targets.add(t);
                    c.steps.add("threat aimed at the condition's subject: '" + t.text() + "'");
                }
            }
            if (root == 13 && !c.nominal && Warnings.WARNING.contains(v.lemma(c.trigger).toLowerCase(Locale.ROOT))) {
                // "the police chief is warning Britons of more attempts to attack the country": a state
                // warning its own people of a danger threatens no one; "police warned against attacks by
                // Kurdish militants": the attacks are a danger others pose, not what the warner threatens.
                String why = Warnings.warnsOwnPeople(c, doc.date()) ? "a warning to its own people"
                        : Warnings.warnsOwnState(c, doc.date()) ? "a warning about its own state's organs"
                        // "warned on Thursday against any hasty moves to withdraw Dutch troops": advice
                        // against an act that names no one else threatens no one.
                        : c.targets.isEmpty() && !c.nominal && c.code.equals("130") && Warnings.warnsAgainst(v, c.trigger)
                                ? "a warning against an act, aimed at no one"
                        : Warnings.warnsOfOthers(v, c) ? "a warning of what others may do" : null;
                if (why != null) {
                    trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: " + why);
                    continue;
                }
            }
            if (c.code.equals("0874") && !c.nominal && LEAVING.contains(v.lemma(c.trigger).toLowerCase(Locale.ROOT))
                    && leftOwnGround(v, c)) {
                // "120 men of the French contingent left Toulon": forces leaving a place of their own
                // country are setting out, not retreating.
                trace.note("'" + s.token(c.trigger).word() + "' 0874 dropped: it left a place in its own country");
                continue;
            }
            if (c.code.equals("114") && !c.nominal && v.lemma(c.trigger).equals("summon") && !c.sources.isEmpty()
                    && c.sources.stream().allMatch(m -> {
                        String r = RoleCodes.roleOf(m.codeAt(doc.date()));
                        return r != null && LAW_OFFICERS.contains(r);
                    })) {
                // "Prosecutors summoned a ruling party hopeful": prosecutors and police summon to question,
                // not to complain; a ministry summoning an envoy complains.
                code = recoded(c, code, "091", "summoned by prosecutors or police: an investigation");
            }
            if (root == 19 && !c.nominal && OUTVOTING.contains(v.lemma(c.trigger)) && !c.targets.isEmpty()
                    && c.targets.stream().allMatch(m -> {
                        String r = RoleCodes.roleOf(m.codeAt(doc.date()));
                        return "PTY".equals(r) || "OPP".equals(r);
                    })) {
                // "Hamas defeated Arafat's Fatah movement and won the legislative elections": a party is
                // beaten at the polls, not in battle.
                trace.note("'" + s.token(c.trigger).word() + "' 190 dropped: a party defeated is outvoted");
                continue;
            }
            if (root == 19 && !c.nominal && v.lemma(c.trigger).equals("push") && !v.basic.children(c.trigger, "obj").isEmpty()
                    && v.basic.children(c.trigger, "compound:prt").isEmpty()
                    && v.basic.children(c.trigger).stream().anyMatch(e -> Graph.matches(e.relation(), "obl") && v.markedBy(e.dependent(), "into"))) {
                // "pushed the government and the Palestinians into dual plights": pushing someone into
                // something is no advance into it ("pushed the rebels out of two villages" and "pushed
                // back the militants" are).
                trace.note("'" + s.token(c.trigger).word() + "' 190 dropped: pushing someone into a plight is no advance");
                continue;
            }
            if (root == 18 && !c.nominal && v.lemma(c.trigger).equals("hang") && thingHung(v, c.trigger)) {
                // "A huge Arafat picture was hung in front of the building": pictures and banners are hung,
                // people are hanged.
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: a thing was hung");
                continue;
            }
            if (c.code.startsWith("03") && !c.nominal && foretells(v, c.trigger)) {
                // "At 39, he promises to be the upstart that Blair was": a forecast, no pledge.
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: 'promises to be' foretells, it pledges nothing");
                continue;
            }
            if (root == 19 && !c.nominal && SWEEPS.contains(v.lemma(c.trigger)) && !c.targets.isEmpty()
                    && c.targets.stream().allMatch(m -> m.form() == ActorMention.Form.SEAT)) {
                // "since it swept into Downing Street in 1997": a party sweeps into office, not into battle.
                trace.note("'" + s.token(c.trigger).word() + "' 190 dropped: into a seat of government is into office");
                continue;
            }
            if (c.code.equals("143") && !c.nominal && v.lemma(c.trigger).equalsIgnoreCase("strike") && !c.sources.isEmpty()
                    && c.sources.stream().allMatch(m -> {
                        String r = m.actor() == null ? null : RoleCodes.roleOf(m.codeAt(doc.date()));
                        return r != null && (r.isEmpty() || r.startsWith("GOV"));
                    })) {
                // "Bangladesh already has struck agreements with 23 countries" parsed with no object: a
                // state or a government does not go on strike.
                trace.note("'" + s.token(c.trigger).word() + "' 143 dropped: a state does not go on strike");
                continue;
            }
            boolean dissentEased = c.code.equals("082") || c.code.equals("0352");
            if ((root == 14 || dissentEased) && c.targets.isEmpty() && !c.sources.stream().allMatch(v::lonePerson)) {
                // A protest with no stated target is aimed at the government of its country (not the
                // smashing of a car's windows by one man); so is calling it off ("the opposition agreed
                // to postpone the demonstration").
                List<ActorMention> aims = protestAims(v, c, cands);
                ActorMention home = aims.isEmpty() ? eventPlaces.homeGovernment(v, c.trigger, c.sources) : null;
                if (!aims.isEmpty()) {
                    // "demonstrated in front of the US embassy to protest the occupation of Laos by Vietnamese
                    // troops": aimed at what it was held to protest, not at the place it was held.
                    c.targets = new ArrayList<>(aims);
                    c.steps.add("protest aimed at what it protests: " + aims.get(0).codeAt(doc.date()));
                } else if (home != null) {
                    c.targets = new ArrayList<>(List.of(home));
                    c.steps.add("protest aimed at the government of its country: " + home.codeAt(doc.date()));
                }
            }
            if (root == 19 && c.nominal && c.sources.isEmpty() && !twoSidesBetween(c)) {
                // "retook the village after fierce fighting with guerrillas": the fighting is the subject's.
                for (ActorMention m : circumstanceSubjects(v, c)) {
                    c.sources.add(m);
                    c.steps.add("fighting of the clause's subject: '" + m.text() + "'");
                    // Its own act, the setting of what the clause tells: reported with it, not in passing.
                    c.sourceFromSetting = true;
                }
                List<ActorMention> sides = Pairs.distinct(c.sources);
                if (c.targets.isEmpty() && sides.size() >= 2 && Pairs.twoSides(sides, v.date)) {
                    // "Fourteen Palestinians and two Israeli soldiers wounded in armed clashes": the
                    // two sides the clause names fought each other.
                    c.targets = new ArrayList<>(sides);
                    c.steps.add("the clause's two sides fought each other");
                }
            }
            if (root >= 18 && c.sources.isEmpty() && disaster(v, c.trigger)) {
                // "an inferno near Mecca killed 217 pilgrims", "were killed in a stampede": a disaster or an
                // accident is no one's attack.
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: killed by a disaster or an accident");
                continue;
            }
            List<ActorMention> foes = root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty() && !c.nominal
                    ? Combatants.foesInFight(v, c) : List.of();
            if (!foes.isEmpty()) {
                // "was martyred during a fight with the Russians": whoever the victim fought killed him.
                c.sources = new ArrayList<>(foes);
                c.steps.add("killed in a fight with '" + foes.get(0).text() + "': they did it");
            }
            List<ActorMention> strikers = root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty() && !c.nominal
                    ? Combatants.strikers(v, c) : List.of();
            if (!strikers.isEmpty()) {
                // "One militant was killed … in an Israeli air strike": the strike's author did it.
                c.sources = new ArrayList<>(strikers);
                c.steps.add("killed in a strike by '" + strikers.get(0).text() + "': they did it");
            }
            if (root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty() && !Combatants.inMelee(v, c.trigger)
                    && !twoSidesBetween(c) && !INVASIONS.contains(v.lemma(c.trigger)) && !Combatants.accident(v, c.trigger)) {
                // An attack by unknown hands: an unidentified armed force (UAF) of the country where it
                // happened; not people killed in riots or clashes, whose killers are the crowds or sides,
                // nor in accidental blasts, which have no attacker.
                ActorMention uaf = eventPlaces.at(v, c.trigger, "UAF", "unidentified attackers in ", "unknown perpetrator");
                if (uaf != null) {
                    c.sources = new ArrayList<>(List.of(uaf));
                    c.steps.add("perpetrator unknown: " + uaf.codeAt(doc.date()));
                }
            }
            boolean atHome = AT_HOME.contains(c.code);
            if ((root >= 17 || root == 13 || root == 15 || atHome) && c.targets.isEmpty() && !c.sources.isEmpty()) {
                // Coercion, threats, shows of force and attacks with no target are aimed at the country
                // where they happen: "imposed a curfew in Algiers", "threatened to ban voting in East
                // Jerusalem", "troops remained on alert in the West Bank".
                ActorMention place = eventPlaces.at(v, c.trigger, null, "", "target: place of the attack");
                if (place != null) {
                    c.targets = new ArrayList<>(List.of(place));
                    c.steps.add("target: the country where it happened, " + place.codeAt(doc.date()));
                    if (root == 13 || root == 17) {
                        // "the president threatened to impose a curfew in Algiers": curfews, martial law and
                        // arrests are a state's own; an organ of no stated country is that country's.
                        List<ActorMention> own = new ArrayList<>(c.sources.size());
                        for (ActorMention m : c.sources) {
                            own.add(m.actor() == null && m.form() == ActorMention.Form.ROLE
                                    && m.role() != null && RoleCodes.STATE_ORGANS.contains(m.role())
                                    ? m.withActor(place.actor(), m.role(), m.form(),
                                            " + domestic: the country where it happened")
                                    : m);
                        }
                        c.sources = own;
                    }
                }
            }
            if (atHome && c.targets.isEmpty() && !c.sources.isEmpty()) {
                // "Bashir took steps to enhance political freedoms", "lifted the state of emergency":
                // with no place named, a state loosens or tightens its own people's freedoms.
                ActorMention own = eventPlaces.ownPeople(v, c.trigger, c.sources);
                if (own != null) {
                    c.targets = new ArrayList<>(List.of(own));
                    c.steps.add("target: the source's own people, " + own.codeAt(doc.date()));
                }
            }
            if (root >= 17) {
                // "Police arrested Orujov", "officers shot Stephon Clark": a person no dictionary knows
                // who is arrested, attacked or killed is a private person, a civilian, until the text
                // says otherwise; the rules below give the civilian a country.
                List<ActorMention> people = new ArrayList<>(c.targets.size());
                for (ActorMention t : c.targets) {
                    people.add(t.role() == null && t.unknownPerson()
                            ? t.withActor(null, "CVL", ActorMention.Form.ROLE, " + a private person") : t);
                }
                c.targets = people;
            }
            if (root >= 18) {
                victims.assign(v, c, cands);
            }
            if (root >= 14 && root != 16 || c.orderedForce) {
                // Protest, force and violence happen where the people are: "a journalist was killed in
                // Beirut", "police clashed with villagers near Hebron". A role of no stated country is the
                // country of the event's place; so it is for force ordered there ("ordered the army to
                // resume strikes on militants in Gaza"), not for force only threatened ("threatened to
                // fight any foreign force").
                Actor here = eventPlaces.country(v, c.trigger);
                if (here != null) {
                    c.sources = EventPlaces.placed(c.sources, here, c.steps);
                    c.targets = EventPlaces.placed(c.targets, here, c.steps);
                }
            }
            if ((root == 4 && !c.code.startsWith("045") || c.code.equals("036") && SITTINGS.contains(v.lemma(c.trigger)))
                    && c.targets.isEmpty()
                    && Pairs.distinct(c.sources).size() < 2 && !c.pairwise) {
                // "Israel's cabinet met on Sunday": a body meeting by itself consults no one (mediation,
                // 045, names its parties elsewhere as often as not). Nor does one that plans to meet
                // ("legislators said they will meet Friday", 036); a plan to negotiate has a party unnamed.
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: a meeting with no one named");
                continue;
            }
            if ((root == 4 || c.code.equals("036")) && SITTINGS.contains(v.lemma(c.trigger)) && !c.sources.isEmpty()
                    && !c.targets.isEmpty() && c.sources.stream().allMatch(m -> ActorKinds.forces(m, v))
                    && c.targets.stream().allMatch(m -> ActorKinds.forces(m, v))) {
                // "Italian troops and a Greek force are due to meet up with the soldiers aboard the ships":
                // units that meet join up; they do not consult (their commanders do).
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: forces joining up, not talks");
                continue;
            }
            if (c.code.startsWith("07") && HELP.contains(v.lemma(c.trigger)) && c.head == c.trigger
                    && helpsNoOne(v, c.trigger)) {
                // "helped unite a fractured opposition", "handouts helped turn the village into …": helping
                // something happen is no aid to anyone ("helped Kenya build a railway" is).
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: helping something happen");
                continue;
            }
            if (c.code.equals("030") && v.lemma(c.trigger).equals("agree") && c.head == c.trigger
                    && assentToClaim(v, c.trigger, Pairs.distinct(c.sources).size())) {
                // "KLM's president agrees that the train is a good alternative": assent to a claim, not an
                // intent; "agree that disputes should be resolved through arbitration" is an agreement.
                trace.note("'" + s.token(c.trigger).word() + "' 030 dropped: agreeing that something is so");
                continue;
            }
            if (VERBAL_SUPPORT.contains(c.code) && c.targets.isEmpty() && Pairs.distinct(c.sources).size() < 2
                    && !c.pairwise) {
                // "the week is supported by Dubai Police", "defended the decision": praise, endorsement and
                // verbal support of no one is no relation between actors.
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: support for no one named");
                continue;
            }
            List<ActorMention[]> pairs = pairing.of(v, c);
            if (pairs.isEmpty()) {
                trace.note("'" + s.token(c.trigger).word() + "' " + c.code + " dropped: no actors");
                continue;
            }
            List<CameoCode> codes = new ArrayList<>(pairs.size());
            for (int k = 0; k < pairs.size(); k++) {
                codes.add(code);
            }
            addReverse(c, pairs, codes);
            int n = 0;
            for (int k = 0; k < pairs.size(); k++) {
                ActorMention[] p = pairs.get(k);
                if (n++ >= MAX_EVENTS_PER_TRIGGER) {
                    break;
                }
                CameoCode pairCode = codes.get(k);
                if (!petrarch && pairCode.code().equals("010") && p[1] == null) {
                    // "Arbel told public radio that …", "he told a news conference": a plain statement
                    // to no one is attribution, not an event (verbs/01-statements.txt).
                    trace.note("'" + s.token(c.trigger).word() + "' 010 dropped: a plain statement with no target");
                    continue;
                }
                if (pairCode.code().equals("190") && VERBAL_CLASHES.contains(v.lemma(c.trigger))
                        && ActorKinds.civilian(p[0], doc) && ActorKinds.civilian(p[1], doc)) {
                    // "Kelly has clashed with Kushner", "the minister clashed with parliament": officials,
                    // politicians and parties clash in words; armies, rebels and police fight.
                    pairCode = recoded(c, pairCode, "110", "a clash between officials or politicians is verbal");
                }
                if (!petrarch && c.nominal && (pairCode.code().startsWith("18") || pairCode.code().startsWith("19"))
                        && WORD_ATTACKS.contains(v.lemma(c.trigger)) && ActorKinds.personInOffice(v, p[0], doc) && ActorKinds.body(v, p[1])) {
                    // "criticised Interior Minister Kulikov for his attack on the Chechen separatist
                    // leadership": a politician's attack on a leadership, a party or the press is in words.
                    pairCode = recoded(c, pairCode, "111", "a politician's attack on a leadership or a body is verbal");
                }
                if (!petrarch && pairCode.code().equals("180") && ActorKinds.stateForce(p[0], doc) && !ActorKinds.coup(p[0], p[1], doc)) {
                    // "Israeli jets struck Hezbollah positions": a state's forces use conventional force
                    // (190), or aerial weapons (195) when they strike from the air; 180 is the
                    // unconventional violence of those who have no army.
                    boolean air = ActorKinds.airborne(p[0]) || ActorKinds.AIR_WORDS.contains(v.word(c.trigger));
                    pairCode = recoded(c, pairCode, air ? "195" : "190", "a state's forces");
                }
                if (!petrarch && pairCode.code().equals("140") && v.lemma(c.trigger).equals("protest")
                        && !v.basic.children(c.trigger, "obj").isEmpty() && ActorKinds.statesman(p[0], doc)) {
                    // "Britain has also protested the Japanese limitations": a state protesting a measure
                    // complains officially (114); it does not take to the streets.
                    pairCode = recoded(c, pairCode, "114", "a state's protest at a measure is an official complaint");
                }
                if (!petrarch && pairCode.code().startsWith("18") && ActorKinds.stateForce(p[0], doc) && p[1] != null
                        && !RoleCodes.samePrefix(p[0].codeAt(doc.date()), p[1].codeAt(doc.date()))
                        && Combatants.inBattle(v, c.trigger)) {
                    // "Chadian troops killed 384 Libyans and captured 48 in fighting near the air base":
                    // a state's forces killing another state's men in battle are fighting (190).
                    pairCode = recoded(c, pairCode, "190", "killing in battle by a state's forces");
                }
                Event e = event(doc, v, c, pairCode, p[0], p[1]);
                if (e.confidence() < minConfidence) {
                    trace.note("dropped below minimum confidence: " + describe(e));
                    continue;
                }
                String triggerKey = c.trigger + "|" + e.sourceCode() + "|" + e.targetCode();
                Event.Act dyadKey = e.act();
                if (dyadKey.mode() == Mode.REPORTED) {
                    // "Iran said its forces had killed hundreds of Iraqis in repelling an Iraqi offensive":
                    // one act told as asserted and as reported is still one act.
                    dyadKey = new Event.Act(dyadKey.code(), dyadKey.source(), dyadKey.target(), Mode.ASSERTED);
                }
                if (!byTrigger.add(triggerKey)) {
                    trace.note("duplicate for the same trigger and actors dropped: " + describe(e));
                    continue;
                }
                Event prior = byDyadCode.get(dyadKey);
                if (prior != null) {
                    trace.note("duplicate of an event already in this sentence dropped: " + describe(e));
                    // The reported telling wins: an act inside what someone said is theirs to vouch for.
                    boolean reportedWins = e.mode() == Mode.REPORTED && prior.mode() != Mode.REPORTED;
                    boolean priorReported = prior.mode() == Mode.REPORTED && e.mode() != Mode.REPORTED;
                    if (reportedWins || !priorReported && prior.confidence() < e.confidence()) {
                        byDyadCode.put(dyadKey, e);
                    }
                    continue;
                }
                byDyadCode.put(dyadKey, e);
                for (String step : c.steps) {
                    trace.note("    " + step);
                }
                trace.note("EVENT " + describe(e));
            }
        }
        return VaguerDuplicates.without(v, new ArrayList<>(byDyadCode.values()), trace);
    }

    /**
     * A pattern's second code ({@code 032:033}): the target's act on the source, for each pair with
     * both actors, as long as no frame has changed the pattern's own code.
     */
    private void addReverse(Candidate c, List<ActorMention[]> pairs, List<CameoCode> codes) {
        if (c.reverseCode == null || !c.code.equals(c.patternCode) || c.mutual) {
            return;
        }
        CameoCode reverse = cameo.find(c.reverseCode).orElse(null);
        if (reverse == null) {
            return;
        }
        int n = pairs.size();
        for (int k = 0; k < n; k++) {
            ActorMention[] p = pairs.get(k);
            if (p[0] != null && p[1] != null) {
                pairs.add(new ActorMention[] {p[1], p[0]});
                codes.add(reverse);
            }
        }
    }

    /** Closing quotation marks as the tokenizer writes them. */
    private static final Set<String> QUOTES = Set.of("\"", "''", "'", "\u201d");

    private static final Set<String> POLICY_MODALS = Set.of("should", "must", "will", "would", "shall", "ought",
            "need", "'ll");

    /**
     * Whether "agree" has a "that" clause stating what is so, with no modal of what should be done,
     * stands alone with one party ("MSF's psychologist in Samos agrees") or follows a quotation
     * ("'…,' agreed Cherif"): assent, not intent.
     */
    private static boolean assentToClaim(SentenceView v, int agree, int parties) {
        if (agree > 1 && QUOTES.contains(v.word(agree - 1)) && v.word(agree - 2).equals(",")) {
            // "'… turned the page,' agreed Algerian academic Mustapha Cherif": one who agrees with a quotation.
            return true;
        }
        if (parties < 2 && v.basic.children(agree).stream().noneMatch(e -> e.relation().equals("obj")
                || e.relation().startsWith("obl") || e.relation().equals("xcomp") || e.relation().equals("ccomp"))) {
            return true;
        }
        boolean claim = false;
        for (org.dyad.core.model.Edge e : v.basic.children(agree, "ccomp")) {
            claim = true;
            for (org.dyad.core.model.Edge a : v.basic.children(e.dependent(), "aux")) {
                if (POLICY_MODALS.contains(v.word(a.dependent()))) {
                    return false;
                }
            }
        }
        return claim;
    }

    /**
     * Whether "help" has a verb complement and no one helped: "helped unite the opposition", but not
     * "helped Kenya build a railway" (Kenya, the complement's subject, is helped).
     */
    private static boolean helpsNoOne(SentenceView v, int help) {
        if (!v.basic.children(help, "obj").isEmpty() || !v.basic.children(help, "iobj").isEmpty()) {
            return false;
        }
        boolean complement = false;
        for (org.dyad.core.model.Edge e : v.basic.children(help)) {
            if (e.relation().equals("xcomp") || e.relation().equals("ccomp")) {
                complement = true;
                for (org.dyad.core.model.Edge sj : v.basic.children(e.dependent(), "nsubj")) {
                    if (!v.actorsAt(sj.dependent()).isEmpty()) {
                        return false;
                    }
                }
            }
        }
        return complement;
    }

    /** Values and institutions that an "attack on" can only be a figure of speech against. */
    private static final Set<String> VALUES = Set.of("freedom", "freedoms", "liberty", "liberties", "democracy",
            "rights", "sovereignty", "dignity", "values", "independence", "constitution", "truth", "justice",
            "pluralism", "tolerance", "reason", "science", "journalism");

    /** Whether an event noun's "on" or "against" phrase is a value: "assault on freedom of press". */
    private static boolean abstractObject(SentenceView v, int noun) {
        for (Edge e : v.basic.children(noun)) {
            String p = v.prepOf(e.dependent());
            if (Graph.matches(e.relation(), "nmod") && (p.equals("on") || p.equals("against") || p.equals("upon"))
                    && VALUES.contains(v.lemma(e.dependent()).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a target is of the same country as one of the sources (not unknown, not international). */
    private static boolean sameCountryAsOne(List<ActorMention> sources, ActorMention t, java.time.@Nullable LocalDate date) {
        String tc = t.codeAt(date);
        return sources.stream().anyMatch(m -> RoleCodes.sameCountry(tc, m.codeAt(date)));
    }

    private Event event(Document doc, SentenceView v, Candidate c, CameoCode code,
            @Nullable ActorMention src, @Nullable ActorMention tgt) {
        Sentence s = v.s;
        Token trig = s.token(c.trigger);
        Token head = s.token(c.head);
        int tStart = Math.min(trig.begin(), head.begin());
        int tEnd = Math.max(trig.end(), head.end());
        String triggerText = c.head == c.trigger ? trig.word()
                : (c.head < c.trigger ? head.word() + " … " + trig.word() : trig.word() + " … " + head.word());
        Evidence ev = new Evidence(doc.id(), s.index(), s.text(), s.begin(), s.end(), triggerText, tStart, tEnd,
                c.trigger, c.head, Background.of(v, c));
        EventDate when = EventDate.publication(doc.date());
        Participant ps = src == null ? null : Participant.of(src, doc.date());
        Participant pt = tgt == null ? null : Participant.of(tgt, doc.date());
        double conf = confidence(v, c, src, tgt);
        String id = id(doc.id(), s.index(), c.trigger, ps == null ? "" : ps.code(), pt == null ? "" : pt.code(),
                code.code());
        return new Event(id, ev, ps, pt, code, c.mode, c.report, conf, when, null, String.join(" + ", c.rules));
    }

    /**
     * Confidence from 0 to 1: 0.8 for a plain pattern match, more for a pattern that
     * constrains its object or prepositions, less for actors found by coreference or unknown
     * to the dictionaries, for events stated as nouns, for a missing source or target, and for
     * very long sentences where parses go wrong. See docs/schema.md.
     */
    private static double confidence(SentenceView v, Candidate c, @Nullable ActorMention src,
            @Nullable ActorMention tgt) {
        double x = 0.8;
        if (c.specificity >= 4) {
            x += 0.1;
        }
        if (c.nominal) {
            x -= 0.1;
        }
        if (c.viaFrame) {
            x -= 0.05;
        }
        if (src == null) {
            x -= 0.2;
        } else {
            x -= actorPenalty(src);
        }
        if (tgt == null) {
            x -= c.patternHasTarget ? 0.15 : 0.05;
        } else {
            x -= actorPenalty(tgt) * 0.8;
        }
        if (v.s.size() > LONG_SENTENCE) {
            x -= 0.1;
        }
        return Math.round(Math.max(0.05, Math.min(1.0, x)) * 100) / 100.0;
    }

    private static double actorPenalty(ActorMention m) {
        switch (m.form()) {
            case REFERENCE:
                return 0.15;
            case UNKNOWN:
                return 0.25;
            default:
                return m.codeAt(null).startsWith("---") ? 0.2 : 0.0;
        }
    }

    static String describe(Event e) {
        return String.format(Locale.ROOT, "%s %s → %s  %s (%s)  mode=%s confidence=%.2f  rule=%s",
                e.code().code(), e.sourceCode(), e.targetCode(), e.code().name(),
                e.code().plover() == null ? "no PLOVER category" : e.code().plover(),
                e.mode().json(), e.confidence(), e.rule());
    }

    /** A stable id: the same document, sentence, trigger, actors and code always give the same id. */
    public static String id(String doc, int sentence, int trigger, String source, String target, String code) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((doc + "\u0000" + sentence + "\u0000" + trigger + "\u0000" + source + "\u0000"
                    + target + "\u0000" + code).getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                b.append(String.format("%02x", h[i]));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The head of the noun phrase a word modifies: "Tunisian" in "in the Tunisian capital Tunis" is
     * read with the preposition of "Tunis".
     */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "compound", "flat", "nmod:poss", "appos");

    private static int phraseHead(SentenceView v, int w) {
        int h = w;
        for (int guard = 0; guard < 4; guard++) {
            org.dyad.core.model.Edge up = v.basic.head(h);
            if (up == null || !MODIFIER_RELATIONS.contains(up.relation())) {
                break;
            }
            h = up.governor();
        }
        return h;
    }

    /** Nouns of disasters and accidents, which kill without anyone attacking. */
    private static final Set<String> DISASTERS = Set.of("fire", "inferno", "blaze", "flood", "flooding", "earthquake",
            "quake", "storm", "cyclone", "hurricane", "typhoon", "tornado", "landslide", "mudslide", "avalanche",
            "tsunami", "crash", "accident", "stampede", "collapse", "epidemic", "disease", "heatwave", "drought",
            "famine", "outbreak", "eruption", "derailment", "shipwreck", "capsizing", "lightning");

    /** Prepositions of a passive's cause: "killed in a stampede", "killed by a blaze". */
    private static final Set<String> CAUSE_PREPS = Set.of("in", "by");

    /** Whether a killing verb's subject, or the "in" phrase of its passive, is a disaster or an accident. */
    private static boolean disaster(SentenceView v, int verb) {
        if (disasterOf(v, verb)) {
            return true;
        }
        // "A soldier was killed and two others wounded in a vehicle accident": the cause a joined verb
        // names is both verbs'.
        org.dyad.core.model.Edge up = v.basic.head(verb);
        if (up != null && up.relation().startsWith("conj") && v.tok(up.governor()).isVerb() && disasterOf(v, up.governor())) {
            return true;
        }
        for (org.dyad.core.model.Edge e : v.basic.children(verb)) {
            if (e.relation().startsWith("conj") && v.tok(e.dependent()).isVerb() && disasterOf(v, e.dependent())) {
                return true;
            }
        }
        return false;
    }

    private static boolean disasterOf(SentenceView v, int verb) {
        org.dyad.core.model.Edge up = v.basic.head(verb);
        if (up != null && up.relation().startsWith("acl")
                && DISASTERS.contains(v.lemma(up.governor()).toLowerCase(java.util.Locale.ROOT))) {
            // "after an inferno near Mecca killed 217 pilgrims", parsed with "killed" describing the inferno.
            return true;
        }
        for (org.dyad.core.model.Edge e : v.basic.children(verb)) {
            String r = e.relation();
            boolean cause = r.equals("nsubj") || Graph.matches(r, "obl") && CAUSE_PREPS.contains(v.prepOf(e.dependent()));
            if (cause && DISASTERS.contains(v.lemma(e.dependent()).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of violence whose victims are not the target of a disapproval of them. */
    private static final Set<String> VIOLENCE = Set.of("attack", "bombing", "killing", "shelling", "massacre",
            "assault", "raid", "strike", "airstrike", "ambush", "assassination", "murder", "violence", "abduction",
            "kidnapping", "execution", "slaughter", "atrocity", "shooting");

    /**
     * "condemned the attack on a camp for displaced persons": a disapproval (110, 111x) of an act of
     * violence is aimed at whoever did it ("Hamas's attack", "the attack by the rebels"), not at its
     * victims; with no author named, it has no target to guess.
     */
    private static void condemnedViolence(SentenceView v, Candidate c) {
        if (!(c.code.startsWith("111") || c.code.equals("110")) || c.nominal) {
            return;
        }
        for (int o : v.objects(c.trigger)) {
            if (!VIOLENCE.contains(v.lemma(o).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            List<ActorMention> owners = v.ownersOf(o);
            List<ActorMention> victims = new ArrayList<>();
            for (ActorMention m : c.targets) {
                if (!owners.contains(m) && within(v, m.head(), o)) {
                    victims.add(m);
                }
            }
            if (!victims.isEmpty()) {
                c.targets.removeAll(victims);
                c.steps.add("the victims of the violence disapproved of are not its target");
            }
            if (c.targets.isEmpty()) {
                c.targets.addAll(owners);
                c.targetNoActor = owners.isEmpty();
            }
        }
    }

    /** Whether a word lies in the phrase headed by {@code top}. */
    private static boolean within(SentenceView v, int word, int top) {
        int cur = word;
        for (int guard = 0; guard <= v.s.size() && cur >= 0; guard++) {
            if (cur == top) {
                return true;
            }
            org.dyad.core.model.Edge up = v.basic.head(cur);
            if (up != null && up.relation().startsWith("acl")) {
                // "an attack on Venezuelan soldiers that he blamed on Colombian paramilitaries": a clause
                // inside the phrase says something else.
                return false;
            }
            cur = up == null ? -1 : up.governor();
        }
        return false;
    }

    /**
     * Whether a pattern's "between" phrase named the sides themselves ("the war between Israel and
     * Hezbollah"): they act on each other, and no one else is their source.
     */
    private static boolean twoSidesBetween(Candidate c) {
        return c.pairwise && c.targets.size() >= 2;
    }

    /**
     * Whether a word is the object of "on the sidelines of", "on the margins of": the gathering
     * where an act took place, not a party to it ("are to hold a bilateral meeting on the sidelines
     * of the APEC forum").
     */
    private static boolean sidelines(SentenceView v, int w) {
        int of = caseOf(v, w);
        return of >= 1 && SIDELINES.contains(v.lemma(of - 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> SIDELINES = Set.of("sideline", "sidelines", "margin", "margins", "fringe", "fringes");

    /** The token of the "of" that is a case marker of {@code w}, or -1. */
    private static int caseOf(SentenceView v, int w) {
        for (org.dyad.core.model.Edge c : v.basic.children(w, "case")) {
            if (v.word(c.dependent()).equalsIgnoreCase("of")) {
                return c.dependent();
            }
        }
        return -1;
    }

    /** Nouns of a border, whose "with" phrase names the country on its other side. */
    private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary");

    /**
     * Whether a word is the country of "the border with Angola" where the border only places another
     * place ("the Yema municipality near the border with Angola"); a border the act is at or along
     * ("deployed rockets on its border with Israel", "patrols along the border with Malaysia") faces
     * that country.
     */
    private static boolean borderSide(SentenceView v, int w) {
        Edge up = v.basic.head(w);
        if (up == null || !v.prepOf(w).equals("with") || !BORDERS.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        Edge placed = v.basic.head(up.governor());
        return placed != null && Graph.matches(placed.relation(), "nmod") && v.tok(placed.governor()).isNoun()
                && v.prepOf(up.governor()).equals("near");
    }

    /** Whether a word lies in the "on", "about" or "over" phrase of a noun: "talks on sanctions against Iran". */
    private static boolean inTopic(SentenceView v, int noun, int w) {
        for (Edge e : v.basic.children(noun)) {
            if (Graph.matches(e.relation(), "nmod") && v.markedBy(e.dependent(), "on", "about", "over")
                    && v.basic.dominates(e.dependent(), w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is the one before whom something is done: "in front of X", "in the presence of X". */
    private static boolean witness(SentenceView v, int w) {
        int of = caseOf(v, w);
        if (of < 2) {
            return false;
        }
        // "in front of", "in the presence of": the words before "of", whatever the parser made of them.
        String before = v.word(of - 1).toLowerCase(java.util.Locale.ROOT);
        return before.equals("front") && v.word(of - 2).equalsIgnoreCase("in") || before.equals("presence");
    }
}
