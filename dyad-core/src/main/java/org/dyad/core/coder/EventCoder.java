package org.dyad.core.coder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.actors.DeployedMen;
import org.dyad.core.actors.PlaceCountries;
import org.dyad.core.actors.StoryCountries;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.Discards;
import org.dyad.core.dict.Pattern;
import org.dyad.core.dict.PhraseTrie;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Document;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Event;
import org.dyad.core.model.Participant;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.ontology.CameoCode;
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
    private static final int MAX_EVENTS_PER_TRIGGER = 12;

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
    private final Guards guards;
    private final PassiveAgents passiveAgents;
    private final Perpetrators perpetrators;
    private final PlaceTargets placeTargets;
    /** PETRARCH's behaviour where it differs from Dyad's by design ({@code coder.petrarch-compat}). */
    private final boolean petrarch;
    private final PlaceCountries places;

    public EventCoder(Dictionaries dict, Cameo cameo, boolean statements, double minConfidence) {
        this(dict, cameo, statements, minConfidence, PlaceCountries.NONE, false);
    }

    /**
     * With a gazetteer, towns tell where an attack by unknown hands happened ("a roadside bomb
     * near Samarra"); with {@code petrarch}, PETRARCH's conventions replace Dyad's where they differ.
     */
    public EventCoder(Dictionaries dict, Cameo cameo, boolean statements, double minConfidence,
            PlaceCountries places, boolean petrarch) {
        this.dict = dict;
        this.cameo = cameo;
        this.climber = new FrameClimber(dict.frames(), cameo);
        this.statements = statements;
        this.minConfidence = minConfidence;
        this.places = places;
        this.eventPlaces = new EventPlaces(dict, places);
        this.pairing = new Pairs(new DomesticRoles(dict));
        this.mediation = new Mediation(dict);
        this.warTargets = new WarTargets(dict);
        this.victims = new Victims(dict);
        this.implied = new ImpliedEvents(dict);
        this.guards = new Guards(eventPlaces);
        this.passiveAgents = new PassiveAgents(eventPlaces);
        this.perpetrators = new Perpetrators(eventPlaces);
        this.placeTargets = new PlaceTargets(eventPlaces, new OpposedNames(dict.actors()));
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
        StoryCountries home = story(in);
        List<Event> events = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            Discards.Entry d = discard(s, false);
            if (d != null) {
                notes.add(new Note(name(), s.begin(), s.end(), "sentence not coded: " + d.genre() + " ('"
                        + d.phrase() + "', " + d.rule() + ")"));
                continue;
            }
            events.addAll(code(in.document(), s, bySentence.getOrDefault(s.index(), List.of()), home, Trace.NONE));
        }
        List<Event> filled = warTargets.fill(namedAttackers.fill(events, in.sentences()), in.mentions(), in.sentences());
        return in.withEvents(Facet.EVENTS, StruckCities.places(filled), notes);
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

    /**
     * The document's dateline country ({@link Analysis#filedFrom}) and the countries its actors
     * belong to: in a story filed from home, a small place abroad in a country the story never
     * names is not the event's.
     */
    public StoryCountries story(Analysis in) {
        return StoryCountries.of(in.filedFrom(), in.mentions());
    }

    /** Codes one sentence of a document with no dateline; {@code trace} receives every pattern tried and every decision. */
    public List<Event> code(Document doc, Sentence s, List<ActorMention> mentions, Trace trace) {
        return code(doc, s, mentions, StoryCountries.NONE, trace);
    }

    /**
     * Codes one sentence of a document filed from where {@code story} says ({@link #story});
     * {@code trace} receives every pattern tried and every decision.
     */
    public List<Event> code(Document doc, Sentence s, List<ActorMention> mentions, StoryCountries story, Trace trace) {
        SentenceView v = new SentenceView(s, petrarch ? SentenceView.petrarchMentions(s, mentions) : mentions, petrarch,
                doc.date(), story);
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

    /** Places of armed forces, which are acted on but never act: "attacked an army outpost". */
    static final Set<String> FACILITIES = Set.of("base", "outpost", "post", "checkpoint", "checkpost",
            "convoy", "barracks", "position", "garrison", "airbase");

    /** Whether a mention is a facility named by a role word ("the embassy", "the base"). */
    static boolean facility(SentenceView v, ActorMention m) {
        return m.form() == ActorMention.Form.ROLE
                && FACILITIES.contains(v.lemma(m.head()).toLowerCase(Locale.ROOT));
    }

    /** Verbs of a body's own sitting: meeting with no one named is no interaction. */
    static final Set<String> SITTINGS = Set.of("meet", "convene", "gather", "assemble", "reconvene", "sit");

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
        for (Edge a : v.basic.children(i, "aux")) {
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
        Edge up = v.basic.head(noun);
        return up != null && up.relation().equals("compound") && up.governor() > noun
                && v.tok(up.governor()).isNoun();
    }

    /**
     * "demanded that the US cancel …": a demand or appeal without an object is addressed to the
     * complement's subject.
     */
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
        for (Edge e : v.basic.children(c.trigger)) {
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
        if (!noun && Misreadings.naming(v, i)) {
            // "Putin called the election a milestone": naming something is no act on it.
            trace.note("  '" + v.tok(i).word() + "' names its object as something: no act");
            return null;
        }
        if (!noun && Misreadings.subjectNoun(v, i)) {
            // "Rape laws … have seen reforms": a noun the tagger took for an imperative.
            trace.note("  '" + v.tok(i).word() + "' is the subject of another verb: a noun, no act");
            return null;
        }
        if (!noun && Misreadings.sharedView(v, i)) {
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
        SentenceEvents kept = new SentenceEvents();
        int quoted = v.quotedAsSaying();
        for (Candidate c : cands) {
            CameoCode code = settle(doc, v, c, cands, quoted, trace);
            if (code != null) {
                addEvents(doc, v, c, code, kept, trace);
            }
        }
        return VaguerDuplicates.without(v, kept.events(), trace);
    }

    /**
     * Settles a candidate, step by step: its code by who acts, its sources and targets where the
     * pattern named none, and the guards against what is no event. Its code, or null when it is dropped
     * (the trace says why).
     */
    private @Nullable CameoCode settle(Document doc, SentenceView v, Candidate c, List<Candidate> cands, int quoted,
            Trace trace) {
        recodeBySources(doc, v, c, quoted);
        CameoCode code = cameo.find(c.code).orElse(null);
        if (code == null || statementDropped(doc, v, c, code, trace)) {
            return null;
        }
        mediation.settle(v, c);
        Disapprovals.condemnedViolence(v, c);
        int root = Integer.parseInt(code.root());
        if (root < 13) {
            // "promised his country a naval base": a base, post or convoy is something a threat or
            // an attack can hit, not someone a promise or a visit is addressed to.
            c.targets.removeIf(m -> facility(v, m));
            // "urged partygoers to stay away from … the biggest event in the Scottish calendar": a
            // national adjective on a thing in a place phrase says where, not whom words are aimed at
            // (a hunger strike given up "in Turkish prisons" is still given up to Turkey).
            if (root <= 5) {
                c.targets.removeIf(m -> placeAdjective(v, m));
            }
        }
        if (Guards.privateOrFigurative(v, c, root, trace)) {
            return null;
        }
        passiveAgents.assign(doc, v, c);
        if (root == 4 && c.nominal && c.sources.isEmpty()) {
            for (ActorMention m : Circumstances.circumstanceSubjects(v, c)) {
                c.sources.add(m);
                c.steps.add("meeting of the clause's subject: '" + m.text() + "'");
                c.sourceFromSetting = true;
            }
        }
        if (Guards.noSpeaker(v, c, root, trace)) {
            return null;
        }
        ClauseTargets.aim(doc, v, c, root, petrarch);
        if (Guards.warnsOnly(doc, v, c, root, trace) || guards.setsOut(v, c, trace)) {
            return null;
        }
        code = summonedToQuestion(doc, v, c, code);
        if (Guards.misreadVerb(doc, v, c, root, trace)) {
            return null;
        }
        placeTargets.aimProtest(doc, v, c, root, cands);
        Perpetrators.fightingSides(v, c, root);
        if (Perpetrators.byDisaster(v, c, root, trace)) {
            return null;
        }
        perpetrators.armedMen(v, c, root);
        perpetrators.assign(doc, v, c, root);
        Perpetrators.sexualOffenders(v, c);
        Perpetrators.convicts(v, c);
        if (c.targets.removeIf(t -> DeployedMen.isLaunchedWeapon(t) && c.sources.stream()
                .anyMatch(m -> RoleCodes.sameCountry(m.codeAt(doc.date()), t.codeAt(doc.date()))))) {
            // "Russia launched 145 drones … in the overnight attack": the drones a state launches are
            // its own, the means of its act, not what it acts on.
            c.steps.add("the source's own weapons are no target");
        }
        placeTargets.aimAtPlace(doc, v, c, root);
        civiliansAndPlaces(v, c, root, cands);
        if (c.code.startsWith("171") || c.code.startsWith("191")) {
            c.targets.removeIf(t -> ownLand(v, c, t));
        }
        return Guards.noParty(v, c, root, trace) ? null : code;
    }

    /**
     * Whether a target is only the source's own country named as where the act happens, for
     * seizures and blockades by one of its organs: "officials blockaded the quarantine area in
     * southern China" acts on no one the place stands for. (A curfew or a ban at home is aimed at
     * the place's people, and violence keeps the place as its target, standing for those struck.)
     */
    private static boolean ownLand(SentenceView v, Candidate c, ActorMention t) {
        Edge up = v.basic.head(t.head());
        if (t.actor() == null || t.actor().kind() != ActorKind.COUNTRY || t.role() != null
                || t.form() != ActorMention.Form.NAME || v.placePrep(t.head()).isEmpty()
                || up != null && up.relation().equals("nmod:poss")) {
            return false;
        }
        for (ActorMention s : c.sources) {
            String code = s.codeAt(v.date);
            String role = RoleCodes.roleOf(code);
            if (s != t && RoleCodes.sameCountry(code, t.codeAt(v.date)) && role != null
                    && RoleCodes.STATE_ORGANS.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions of where something is that an adjective's noun may take. */
    private static final Set<String> WHERE_IN = Set.of("in", "near", "inside", "across", "throughout", "within", "along");

    /** Whether a mention is a national adjective on a noun of no actor set in a place phrase: "in the Scottish calendar". */
    static boolean placeAdjective(SentenceView v, ActorMention m) {
        if (m.form() != ActorMention.Form.ADJECTIVE) {
            return false;
        }
        Edge up = v.basic.head(m.head());
        return up != null && up.relation().equals("amod") && v.actorsAt(up.governor()).stream().allMatch(x -> x.head() == m.head())
                && WHERE_IN.contains(v.prepOf(up.governor()));
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

    private static boolean allArmed(List<ActorMention> ms, Document doc) {
        for (ActorMention m : ms) {
            String code = m.codeAt(doc.date());
            if (code == null || code.length() < 3 || !ARMED.contains(code.substring(code.length() - 3))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Recodes a candidate by who does it before its code is looked up (exercises of several countries
     * together are joint, violent protest by armed men an attack), and leaves out of its sources
     * whoever quotes others as saying it.
     */
    private static void recodeBySources(Document doc, SentenceView v, Candidate c, int quoted) {
        if (c.code.startsWith("15") && c.targets.isEmpty()
                && JOINT.contains(v.lemma(c.trigger).toLowerCase(Locale.ROOT)) && countries(c.sources, doc) >= 2) {
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
            c.steps.add("quoted by '" + v.s.token(quoted).word() + "': the quoting side is not the actor");
        }
    }

    /** Whether a statement is dropped: statements are off, or it is a plain statement to the press. */
    private boolean statementDropped(Document doc, SentenceView v, Candidate c, CameoCode code, Trace trace) {
        if (!statements && code.root().equals("01")) {
            return Guards.dropped(trace, v, c, c.code, "statements are off");
        }
        if (code.root().equals("01") && !c.targets.isEmpty() && c.targets.stream().allMatch(m -> press(m, doc))) {
            // "told AFP", "he told reporters": the press carries a statement; it is not whom the
            // statement is to or about, and a plain statement to the press is only attribution.
            c.targets.clear();
            if (c.code.equals("010")) {
                return Guards.dropped(trace, v, c, "010", "a statement to the press is attribution");
            }
            c.steps.add("the press is no target of a statement");
        }
        return false;
    }

    /** Roles that summon people to question them. */
    private static final Set<String> LAW_OFFICERS = Set.of("JUD", "COP", "SPY");

    /** The code of a summons (114) by prosecutors or police, an investigation (091); else {@code code}. */
    private CameoCode summonedToQuestion(Document doc, SentenceView v, Candidate c, CameoCode code) {
        if (c.code.equals("114") && !c.nominal && v.lemma(c.trigger).equals("summon") && !c.sources.isEmpty()
                && c.sources.stream().allMatch(m -> {
                    String r = RoleCodes.roleOf(m.codeAt(doc.date()));
                    return r != null && LAW_OFFICERS.contains(r);
                })) {
            // "Prosecutors summoned a ruling party hopeful": prosecutors and police summon to question,
            // not to complain; a ministry summoning an envoy complains.
            return recoded(c, code, "091", "summoned by prosecutors or police: an investigation");
        }
        return code;
    }

    /**
     * Makes unknown people whom force or violence is used on civilians, gives violence its victims,
     * and gives roles of no country in protest, force and violence the country of the event's place.
     */
    private void civiliansAndPlaces(SentenceView v, Candidate c, int root, List<Candidate> cands) {
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
            Actor struck = here == null && root >= 18 ? EventPlaces.struckCountry(v, c, cands) : null;
            if (struck != null) {
                // "launching air strikes against Iran's nuclear facilities …, killing top commanders":
                // victims of no stated country are of the one country the sentence's attack struck.
                c.targets = EventPlaces.placed(c.targets, struck, c.steps, " + of the country struck",
                        "of the country the attack struck");
            }
        }
    }

    /** Adds the events of a settled candidate: one for each pair of its actors, up to a limit. */
    private void addEvents(Document doc, SentenceView v, Candidate c, CameoCode code, SentenceEvents kept,
            Trace trace) {
        List<ActorMention[]> pairs = pairing.of(v, c);
        if (pairs.isEmpty()) {
            Guards.dropped(trace, v, c, c.code, "no actors");
            return;
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
                Guards.dropped(trace, v, c, "010", "a plain statement with no target");
                continue;
            }
            pairCode = recodedForPair(doc, v, c, pairCode, p);
            Event e = Events.event(doc, v, c, pairCode, p[0], p[1]);
            if (e.confidence() < minConfidence) {
                trace.note("dropped below minimum confidence: " + describe(e));
                continue;
            }
            kept.add(e, c, trace);
        }
    }

    private static final Set<String> VERBAL_CLASHES = Set.of("clash", "spar", "feud", "tussle", "lock_horns");

    /** Nouns of attack that a politician makes in words when aimed at a body of people. */
    private static final Set<String> WORD_ATTACKS = Set.of("attack", "attacks", "assault", "broadside", "onslaught");

    /**
     * The code of a candidate for one pair of its actors: clashes between officials and a politician's
     * attack on a body are in words, a state's forces use conventional or aerial force, a state's
     * protest at a measure is an official complaint, and a state's forces killing in battle fight.
     */
    private CameoCode recodedForPair(Document doc, SentenceView v, Candidate c, CameoCode pairCode,
            ActorMention[] p) {
        if (pairCode.code().equals("190") && VERBAL_CLASHES.contains(v.lemma(c.trigger))
                && ActorKinds.civilian(p[0], doc) && ActorKinds.civilian(p[1], doc)) {
            // "Kelly has clashed with Kushner", "the minister clashed with parliament": officials,
            // politicians and parties clash in words; armies, rebels and police fight.
            pairCode = recoded(c, pairCode, "110", "a clash between officials or politicians is verbal");
        }
        if (!petrarch && c.nominal && (pairCode.code().startsWith("18") || pairCode.code().startsWith("19"))
                && WORD_ATTACKS.contains(v.lemma(c.trigger)) && ActorKinds.personInOffice(v, p[0], doc)
                && ActorKinds.body(v, p[1])) {
            // "criticised Interior Minister Kulikov for his attack on the Chechen separatist
            // leadership": a politician's attack on a leadership, a party or the press is in words.
            pairCode = recoded(c, pairCode, "111", "a politician's attack on a leadership or a body is verbal");
        }
        if (!petrarch && pairCode.code().equals("180") && ActorKinds.stateForce(p[0], doc)
                && !ActorKinds.coup(p[0], p[1], doc)) {
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
        return pairCode;
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

    static String describe(Event e) {
        return String.format(Locale.ROOT, "%s %s → %s  %s (%s)  mode=%s confidence=%.2f  rule=%s",
                e.code().code(), e.sourceCode(), e.targetCode(), e.code().name(),
                e.code().plover() == null ? "no PLOVER category" : e.code().plover(),
                e.mode().json(), e.confidence(), e.rule());
    }

    /** A stable id: the same document, sentence, trigger, actors and code always give the same id. */
    /** The event with another source, its id computed anew from its evidence, actors and code. */
    static Event withSource(Event e, Participant source) {
        return e.withSource(source, id(e.evidence().doc(), e.evidence().sentenceIndex(), e.evidence().triggerToken(),
                source.code(), e.targetCode() == null ? "" : e.targetCode(), e.code().code()));
    }

    /** The event with another target, its id computed anew from its evidence, actors and code. */
    static Event withTarget(Event e, Participant target) {
        return e.withTarget(target, id(e.evidence().doc(), e.evidence().sentenceIndex(), e.evidence().triggerToken(),
                e.sourceCode() == null ? "" : e.sourceCode(), target.code(), e.code().code()));
    }

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
}
