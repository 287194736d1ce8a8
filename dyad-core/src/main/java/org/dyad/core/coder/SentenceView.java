package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Allies;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/** A sentence with its graphs and actor mentions, and the argument look-ups the coder needs. */
final class SentenceView {
    /** Prepositions that make a capital a place rather than a government: "in Kabul", "to Kabul". */
    private static final Set<String> LOCATIVE = Set.of(
            "in", "at", "near", "inside", "outside", "across", "around", "from", "to", "into", "toward", "towards",
            "through", "via", "within", "beyond", "along", "over", "throughout", "off", "outside_of");
    /** Nouns whose "of" or possessive phrase names who they belong to: "the leader of the Taliban". */
    private static final Set<String> AGENT_NOUNS = Set.of(
            "leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "commander", "member", "members",
            "fighter", "fighters", "representative", "representatives", "delegation", "envoy", "official", "officials",
            "minister", "president", "government", "army", "forces", "troops", "militia", "wing", "faction", "side",
            "supporter", "supporters", "ally", "allies", "unit", "units", "branch", "office", "ministry", "embassy",
            "mission", "administration", "regime", "authorities", "police", "security", "negotiator", "negotiators",
            "ambassador", "diplomat", "diplomats", "soldier", "soldiers", "chairman", "secretary", "general",
            // "Personnel of ANA killed one rebel", "elements of the 3rd brigade": staff and ranks of a body.
            "personnel", "staff", "elements", "cadres", "officers", "guards", "men",
            // Counts and collectives: "thousands of Nigerians", "a group of Chechen refugees".
            "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "million",
            "millions", "tens", "group", "crowd", "crowds", "band", "gang", "contingent", "batch", "number",
            "some", "many", "most", "several", "majority", "hundreds_of",
            // Parts and batches: "a first patch of Bangladeshi troops", "one third of the guerrillas".
            "patch", "wave", "detachment", "deployment", "half", "third", "quarter", "rest", "remainder", "bulk",
            "part", "fraction", "handful");

    private static final Set<String> WEEKDAYS = java.util.Arrays.stream(java.time.DayOfWeek.values())
            .map(d -> d.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Nouns of travel, whose "from" phrase is where they started, not who made them. */
    private static final Set<String> JOURNEYS = Set.of("trip", "journey", "flight", "train", "voyage", "ride", "route",
            "drive", "crossing", "passage", "service", "connection", "link");

    final Sentence s;
    final Graph g;
    final Graph basic;
    final List<ActorMention> mentions;
    final boolean question;
    /** A headline or caption: no closing punctuation, where a bare past participle is a passive even without "by". */
    private final boolean headline;
    /** The document's date, on which actors' roles are read; null when it has none. */
    final java.time.@Nullable LocalDate date;
    /** PETRARCH compatibility: a name phrase is the first actor in it. */
    private final boolean firstInPhrase;

    SentenceView(Sentence s, List<ActorMention> mentions) {
        this(s, mentions, false);
    }

    SentenceView(Sentence s, List<ActorMention> mentions, boolean firstInPhrase) {
        this(s, mentions, firstInPhrase, null);
    }

    SentenceView(Sentence s, List<ActorMention> mentions, boolean firstInPhrase, java.time.@Nullable LocalDate date) {
        this.date = date;
        this.firstInPhrase = firstInPhrase;
        this.s = s;
        this.g = Graph.enhanced(s);
        this.basic = Graph.basic(s);
        this.mentions = mentions;
        // The last word before closing quotes and brackets: "?" makes a question; no closing
        // punctuation at all makes a headline or caption ("Jailed journalist released from prison").
        String last = "";
        for (int i = s.size() - 1; i >= 0; i--) {
            String w = s.token(i).word();
            if (!CLOSERS.contains(w)) {
                last = w;
                break;
            }
        }
        this.question = last.equals("?");
        this.headline = !last.isEmpty() && !TERMINALS.contains(last);
        this.quoted = new boolean[s.size()];
        boolean in = false;
        for (int i = 0; i < s.size(); i++) {
            String pos = s.token(i).pos();
            if (pos.equals("``") || pos.equals("''")) {
                in = pos.equals("``");
                continue;
            }
            quoted[i] = in;
        }
    }

    /**
     * The word "quoted" of "X quoted Y as saying …", or -1: what follows "saying" is said by Y.
     */
    int quotedAsSaying() {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (!word(i).equals("quoted")) {
                continue;
            }
            for (int j = i + 1; j + 1 < s.size() && j <= i + 12; j++) {
                if (word(j).equals("as") && word(j + 1).equals("saying")) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The verb of "U.S. backed rebels attacked a convoy", which the parser makes the root with
     * "attacked" an unlabelled clause of no subject: it is the attribute "U.S.-backed" of the
     * noun that does the second act. Returns that second verb, or -1.
     */
    int attributiveVerb(int p) {
        if (!s.token(p).pos().equals("VBD") && !s.token(p).pos().equals("VBN") || p == 0 || p + 2 >= s.size()) {
            return -1;
        }
        boolean subjectBefore = basic.children(p, "nsubj").stream().anyMatch(e -> e.dependent() == p - 1);
        boolean objectAfter = basic.children(p, "obj").stream().anyMatch(e -> e.dependent() == p + 1 && s.token(p + 1).isNoun());
        if (!subjectBefore || !objectAfter) {
            return -1;
        }
        for (Edge d : basic.children(p, "dep")) {
            int q = d.dependent();
            if (q == p + 2 && s.token(q).pos().equals("VBD") && basic.children(q, "nsubj").isEmpty()) {
                return q;
            }
        }
        return -1;
    }

    /** Which words stand between opening and closing quotation marks. */
    private final boolean[] quoted;

    /**
     * Whether a word inside a quotation and one after it are on two sides of its closing mark:
     * in "'They have asked Britain …,' one of the officials told Reuters" the officials are not
     * asked.
     */
    boolean outOfQuote(int inside, int other) {
        if (!quoted[inside] || quoted[other] || other < inside) {
            return false;
        }
        for (int i = inside + 1; i < other; i++) {
            // A quotation closed after its own punctuation ("… to carry their oil," one of the officials
            // told Reuters); a word in scare quotes ("neutralised" a number of insurgents) keeps its object.
            if (s.token(i).pos().equals("''") && i > 0 && Set.of(",", ".", "?", "!", ":").contains(s.token(i - 1).word())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLOSERS = Set.of("\"", "''", "'", ")", "”");
    private static final Set<String> TERMINALS = Set.of(".", "!", "?", ":", ";");

    Token tok(int i) {
        return s.token(i);
    }

    String lemma(int i) {
        return s.token(i).lemma().toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return s.token(i).word().toLowerCase(Locale.ROOT);
    }

    /** The predicate key of a verb: lemma with its particle when it has one ("carry_out"). */
    List<String> predicateKeys(int i) {
        List<String> keys = new ArrayList<>(2);
        String lemma = lemma(i);
        for (Edge e : basic.children(i, "compound:prt")) {
            keys.add(lemma + "_" + word(e.dependent()));
        }
        for (Edge e : basic.children(i, "advcl")) {
            // "blocked lawyers from visiting him": the verb with a "from" gerund is a key of its own
            // (frames.txt gives "block_from" to PREVENT without taking "blocked the road" from its patterns).
            if (s.token(e.dependent()).pos().equals("VBG") && (hasCase(e.dependent(), "from") || markedBy(e.dependent(), "from"))) {
                keys.add(lemma + "_from");
                break;
            }
        }
        String word = word(i).toLowerCase(Locale.ROOT);
        if (s.token(i).pos().equals("VBN") && !word.equals(lemma) && basic.hasChild(i, "xcomp")) {
            // "the ROK and Kuwait are determined to improve their ties": the participle as an adjective.
            keys.add(word);
        }
        keys.add(lemma);
        return keys;
    }

    /**
     * Participles that state what their subject does, not what was done to it, with the preposition
     * that shows it: "were engaged in fighting", "is opposed to French mediation".
     */
    private static final java.util.Map<String, String> STATIVE = java.util.Map.of("engage", "in", "involve", "in",
            "oppose", "to", "commit", "to");

    boolean isPassive(int p) {
        String prep = STATIVE.get(lemma(p));
        if (prep != null && !basic.hasChild(p, "obl:agent") && !g.hasChild(p, "obl:agent") && hasCase(p, prep)) {
            return false;
        }
        return basic.hasChild(p, "aux:pass") || basic.hasChild(p, "nsubj:pass") || basic.hasChild(p, "csubj:pass")
                || headlinePassive(p) || passiveConjunct(p) || completingParticiple(p);
    }

    /**
     * A passive participle that completes another verb, whose subject is that verb's and whose
     * agent is its own "by" phrase: "stands accused by the report", "went on trial accused of …".
     */
    private boolean completingParticiple(int p) {
        return statePassive(p) || participleAdjunct(p);
    }

    /**
     * "had been investigated by immigration officials and refused asylum": a conjunct without a
     * subject of its own that shares the passive subject of the first (the parser tags it as a past tense).
     */
    private boolean passiveConjunct(int p) {
        Edge up = basic.head(p);
        return up != null && Graph.matches(up.relation(), "conj") && basic.hasChild(up.governor(), "aux:pass")
                && !basic.hasChild(p, "nsubj") && !basic.hasChild(p, "aux") && g.hasChild(p, "nsubj:pass")
                // "was accompanied by ministers and met officials" is active; a passive keeps an object
                // only after a verb of two objects: "refused asylum", "fined $16.6 million".
                && (!basic.hasChild(p, "obj") || TWO_OBJECTS.contains(lemma(p).toLowerCase(Locale.ROOT)));
    }

    /** Verbs whose passive keeps an object: "was refused asylum", "was denied entry". */
    private static final Set<String> TWO_OBJECTS = Set.of("refuse", "deny", "grant", "give", "award", "offer", "fine",
            "promise", "send", "show", "allow");

    /**
     * "Five former officers went on trial accused of installing mines": a bare past participle
     * completing or modifying another verb, with no object, auxiliary or subject of its own, is a
     * passive whose subject is that verb's ("had them arrested" is a causative, not this).
     */
    private boolean participleAdjunct(int p) {
        Edge up = basic.head(p);
        return up != null && (up.relation().equals("xcomp") || up.relation().startsWith("advcl"))
                // a past tense cannot complete a verb: "accused" tagged VBD as "xcomp" is the participle
                && (s.token(p).pos().equals("VBN") || s.token(p).pos().equals("VBD") && up.relation().equals("xcomp"))
                && s.token(up.governor()).isVerb()
                && !CAUSATIVE.contains(lemma(up.governor()).toLowerCase(Locale.ROOT))
                && !basic.hasChild(p, "obj") && !basic.hasChild(p, "aux") && !basic.hasChild(p, "nsubj")
                && !basic.hasChild(p, "mark");
    }

    /** Verbs whose participle complement is what they have done: "had them arrested", "got the law changed". */
    private static final Set<String> CAUSATIVE = Set.of("have", "get", "make", "want", "need", "see", "hear", "keep");

    /** Verbs of being in a state, whose past participle is a passive: "stands accused", "remained detained". */
    private static final Set<String> STATE_VERBS = Set.of("stand", "remain", "stay", "become", "seem", "appear", "look");

    /**
     * "Blair stands accused by the report of …": a past participle completing a verb of being in a
     * state is a passive, whose subject is that verb's and whose agent is its "by" phrase.
     */
    boolean statePassive(int p) {
        Edge up = basic.head(p);
        return up != null && up.relation().equals("xcomp") && s.token(p).pos().equals("VBN")
                && STATE_VERBS.contains(lemma(up.governor()).toLowerCase(java.util.Locale.ROOT))
                && !basic.hasChild(p, "obj");
    }

    /**
     * A headline's reduced passive, which the parser reads as active: "Soldier killed in Syria by
     * Isis", and one in a verb's clause ("saw rebels killed by the army"). A past participle at the root with a subject, a "by" phrase, no auxiliary and no object
     * (the tagger also writes VBN for some simple pasts, which have no "by").
     */
    boolean headlinePassive(int p) {
        Edge up = basic.head(p);
        // "they saw rebels killed by the Peruvian forces": the same reduced passive as a verb's
        // clause of a subject and a participle.
        boolean smallClause = up != null && s.token(up.governor()).isVerb() && g.hasChild(p, "obl:by")
                && (up.relation().equals("ccomp") || up.relation().equals("dep")
                        && PERCEIVING.contains(lemma(up.governor()).toLowerCase(Locale.ROOT)));
        return (up == null || smallClause) && s.token(p).pos().equals("VBN") && basic.hasChild(p, "nsubj")
                && (g.hasChild(p, "obl:by") || headline && !basic.hasChild(p, "ccomp") && !basic.hasChild(p, "xcomp"))
                && !basic.hasChild(p, "aux") && !basic.hasChild(p, "aux:pass") && !realObject(p);
    }

    /** Verbs of perception, whose clause of a subject and a participle the parser may leave unlabelled. */
    private static final java.util.Set<String> PERCEIVING = java.util.Set.of("see", "watch", "witness", "hear",
            "notice", "find");

    /** An object not set off by a comma: a caption's trailing "…, Baku, Azerbaijan" is its place. */
    private boolean realObject(int p) {
        for (Edge e : basic.children(p, "obj")) {
            int o = e.dependent();
            int first = o;
            for (Edge c : basic.children(o)) {
                first = Math.min(first, c.dependent());
            }
            if (first == 0 || !word(first - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The "by" agent of a passive that the parser hung on the last verb of an aside set off by
     * commas: "was charged with fraud, a crime he says was invented, by the prosecutors". The comma
     * before "by" closes the aside, so the agent is the passive's.
     */
    private List<Integer> agentAfterAside(int p) {
        List<Integer> out = new ArrayList<>(1);
        for (int w = p + 1; w < basic.size(); w++) {
            Edge e = basic.head(w);
            int by = e != null && Graph.matches(e.relation(), "obl") ? caseMarker(w, "by") : -1;
            int h = e == null ? -1 : e.governor();
            if (by > 1 && h > p && h < by && word(by - 1).equals(",") && basic.dominates(p, h) && commaBetween(p, h)) {
                out.add(e.dependent());
            }
        }
        return out;
    }

    /** The token of a given case marker ("by") of a word, or -1. */
    private int caseMarker(int w, String marker) {
        for (Edge c : basic.children(w, "case")) {
            if (word(c.dependent()).equals(marker)) {
                return c.dependent();
            }
        }
        return -1;
    }

    /** Whether a comma stands strictly between two tokens. */
    private boolean commaBetween(int a, int b) {
        for (int i = a + 1; i < b; i++) {
            if (word(i).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The actors at the subjects of a predicate ({@link #subjects}), in order. */
    List<ActorMention> subjectActors(int p) {
        List<ActorMention> out = new ArrayList<>();
        for (int sj : subjects(p)) {
            List<ActorMention> at = actorsAt(sj);
            if (at.isEmpty()) {
                // "A NATO-led airstrike killed 30 Taliban fighters": what one side leads acts for it.
                at = leaders(sj);
            }
            if (at.isEmpty() && FORCE_ACTS.contains(lemma(sj).toLowerCase(Locale.ROOT))) {
                // "Israeli shelling killed four people": an act of force acts for whose it is.
                at = modifierActors(sj);
            }
            int act = at.isEmpty() ? invertedForceAct(sj) : -1;
            if (act >= 0) {
                for (ActorMention m : mentions) {
                    if (m.head() == sj && m.form() == Form.ADJECTIVE && m.actor() != null) {
                        out.add(armsOf(m, act));
                    }
                }
            }
            for (ActorMention m : at) {
                out.add(armsOf(m, sj));
            }
        }
        return out;
    }

    /**
     * The act of force that the parser hung under a national adjective it took for the subject
     * ("Israeli shelling killed": nsubj Israeli, amod shelling), or -1.
     */
    private int invertedForceAct(int sj) {
        if (!s.token(sj).pos().startsWith("JJ")) {
            return -1;
        }
        for (Edge c : basic.children(sj)) {
            int d = c.dependent();
            if (d == sj + 1 && (c.relation().equals("amod") || c.relation().equals("dep") || c.relation().equals("compound"))
                    && (FORCE_ACTS.contains(lemma(d).toLowerCase(Locale.ROOT)) || FORCE_ACTS.contains(word(d).toLowerCase(Locale.ROOT)))) {
                return d;
            }
        }
        return -1;
    }

    /** Nouns of acts of force, whose owner is their author when they are a verb's subject. */
    private static final Set<String> FORCE_ACTS = Set.of("offensive", "attack", "strike", "airstrike", "raid",
            "shelling", "bombardment", "bombing", "assault", "incursion", "invasion", "operation", "crackdown",
            "onslaught", "barrage");

    /** Subjects of a predicate: nsubj (shared through coordination and control in enhanced++), or the "by" agent of a passive. */
    List<Integer> subjects(int p) {
        List<Integer> out = new ArrayList<>(2);
        int rioters = reportedConjunct(p);
        if (rioters >= 0) {
            // "Police said supporters chanted slogans, smashed cars and ransacked shops": the parser
            // joins the smashing to "said"; those who chanted smashed.
            return subjects(rioters);
        }
        int summoner = summonedFor(p);
        if (summoner >= 0) {
            // "summoned Niger's ambassador to complain of inaction": the summoner complains.
            return subjects(summoner);
        }
        int judge = judgedFor(p);
        if (judge >= 0) {
            // "Kenya thanked Uganda for expelling the commanders": the one thanked did it.
            for (Edge e : basic.children(judge, "obj")) {
                out.add(e.dependent());
            }
            return out;
        }
        if (isPassive(p)) {
            for (Edge e : g.children(p, "obl:agent")) {
                out.add(e.dependent());
            }
            for (Edge e : g.children(p, "nmod:agent")) {
                out.add(e.dependent());
            }
            if (headlinePassive(p) || completingParticiple(p)) {
                for (Edge e : g.children(p, "obl:by")) {
                    out.add(e.dependent());
                }
            }
            if (out.isEmpty()) {
                out.addAll(agentAfterAside(p));
            }
            // "a supply increasingly being threatened by the Iranian-Iraqi war": a war or crisis does
            // the act, not the sides its words name.
            out.removeIf(a -> CONDITIONS.contains(lemma(a).toLowerCase(java.util.Locale.ROOT)));
            return out;
        }
        for (Edge e : g.children(p)) {
            if (e.relation().equals("nsubj") || e.relation().equals("nsubj:xsubj") || e.relation().equals("nsubj:pass")) {
                if (!out.contains(e.dependent())) {
                    out.add(e.dependent());
                }
            }
        }
        Edge taken = basic.head(p);
        if (taken != null && taken.relation().equals("xcomp") && timeTaken(taken.governor())) {
            // "It will take four years to negotiate": the time taken is no actor, and the subject of
            // "take" is a placeholder, not the one who acts.
            out.removeIf(this::timeSpan);
            return out;
        }
        if (!out.isEmpty() && placesControl(p, out)) {
            // "toured Cairo and Asmara to rally support": the parser makes the toured capitals the
            // rallying subject; places do not act, the visitor does.
            Edge up = basic.head(p);
            return subjects(up.governor());
        }
        if (!out.isEmpty() && thingControl(p, out)) {
            // "opened fire to disperse the crowd": the parser makes the fire the dispersing subject;
            // a thing that is no actor does not act, the one who opened fire does.
            return subjects(basic.head(p).governor());
        }
        if (out.isEmpty()) {
            Edge attr = basic.head(p);
            if (attr != null && attr.relation().equals("dep") && attributiveVerb(attr.governor()) == p) {
                // "U.S. backed rebels attacked a convoy": the rebels attacked.
                out.add(p - 1);
                return out;
            }
            for (Edge c : basic.children(p, "csubj")) {
                // "Taliban ruled Afghanistan has been sharing expertise", "Hamas announced it will
                // release": the parser reads the subject phrase as a clause of its own; its object is
                // the real subject. A true clausal subject has a marker ("that", "to") or no object.
                int clause = c.dependent();
                if (clause < p && basic.children(clause, "mark").isEmpty() && s.token(clause).pos().equals("VBD")) {
                    for (Edge o : basic.children(clause, "obj")) {
                        if (o.dependent() < p) {
                            out.add(o.dependent());
                        }
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
            Edge conj = basic.head(p);
            // Only a conjunct set off by a comma and in the sayer's own tense: "sources said fighters
            // were active and had set up checkpoints" tells what the fighters did.
            boolean mainClause = conj != null && s.token(p).pos().equals("VBD") && basic.children(p, "aux").isEmpty()
                    && basic.children(p, "cc").stream().anyMatch(c -> c.dependent() > 0 && word(c.dependent() - 1).equals(","));
            if (conj != null && conj.relation().equals("conj") && mainClause) {
                // "Iran said reports … were baseless, and warned the U.S.": the parser makes "said" the
                // clausal subject of "baseless" and "warned" its conjunct; the one who said it warned.
                for (Edge c : basic.children(conj.governor(), "csubj")) {
                    int clause = c.dependent();
                    if (clause < p && SAYING.contains(lemma(clause))) {
                        for (Edge n : basic.children(clause, "nsubj")) {
                            out.add(n.dependent());
                        }
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        if (out.isEmpty()) {
            // Control: "kept raiding", "began shelling" share the subject of the verb above them.
            Edge up = basic.head(p);
            if (up != null && Graph.matches(up.relation(), "conj") && up.governor() != p && finite(p)
                    && s.token(up.governor()).pos().equals("VBG")) {
                // "accused Israel of breaching the deal and urged Washington to press": the parser joins
                // the finite verb to the gerund; it is the accuser's second act.
                Edge gerund = basic.head(up.governor());
                if (gerund != null && gerund.governor() != up.governor() && Graph.matches(gerund.relation(), "obl")
                        && s.token(gerund.governor()).isVerb()) {
                    return subjects(gerund.governor());
                }
            }
            if (up != null && (up.relation().equals("xcomp") || Graph.matches(up.relation(), "conj"))
                    && up.governor() != p) {
                return subjects(up.governor());
            }
            if (up != null && up.relation().equals("acl") && s.token(p).pos().equals("VBG") && up.governor() < p
                    && p > 0 && s.token(p - 1).word().equals(",") && endsSentence(p)) {
                // "sent a cable to his Jordanian counterpart, condemning the bombings": a participle set
                // off by a comma after the verb's object or oblique is the main clause's, however the
                // parser hung it.
                Edge nounUp = basic.head(up.governor());
                if (nounUp != null && nounUp.governor() != up.governor() && !mentionsHeadedAt(up.governor()).isEmpty()
                        && (nounUp.relation().equals("obj")
                        || Graph.matches(nounUp.relation(), "obl")) && s.token(nounUp.governor()).isVerb()) {
                    List<Integer> main = subjects(nounUp.governor());
                    if (!main.isEmpty()) {
                        return main;
                    }
                }
            }
            if (up != null && up.relation().equals("acl") && s.token(p).pos().equals("VBG") && up.governor() != p
                    && EventCoder.FACILITIES.contains(lemma(up.governor()).toLowerCase(Locale.ROOT))
                    && basic.children(up.governor(), "nmod:poss").isEmpty()) {
                // "dropped leaflets on insurgent positions warning them to leave": a place does not act;
                // the one who acts on it does ("Sudan's position of refusing" is a stance, and Sudan's).
                Edge placeUp = basic.head(up.governor());
                return placeUp != null && placeUp.governor() != up.governor() && s.token(placeUp.governor()).isVerb()
                        ? subjects(placeUp.governor()) : out;
            }
            // A present participle after a noun acts for it: "demonstrators protesting the results".
            if (up != null && up.relation().equals("acl") && s.token(p).pos().equals("VBG") && up.governor() != p
                    && s.token(up.governor()).isNoun() && up.governor() < p && !possessive(up.governor())) {
                List<Integer> issuers = issuers(up.governor());
                return issuers.isEmpty() ? List.of(up.governor()) : issuers;
            }
            // A participle clause shares its main clause's actor: "…, killing at least 20 people".
            // So does a purpose clause after a verb with no object, which carries no event of its own:
            // "converged on Lagos to protest the ruling" (but "blocked roads to press demands" is the blocking).
            if (up != null && (Graph.matches(up.relation(), "advcl") || participleDep(up, p)) && up.governor() != p
                    && (s.token(p).pos().equals("VBG") && basic.children(p, "mark").isEmpty()
                        || purpose(p) && (direct(up.governor()).isEmpty() || uncoded(up.governor())))) {
                int gov = up.governor();
                if (SAYING.contains(lemma(gov)) && !timedBy(p)) {
                    // "Residents said the RSF shelled a market, killing twelve people": the killing is the
                    // reported act's, not the residents' (but "…, said Hu when meeting with …" is the sayer's).
                    for (Edge e : basic.children(gov, "ccomp")) {
                        List<Integer> reported = subjects(lastConjunct(e.dependent()));
                        if (!reported.isEmpty()) {
                            return reported;
                        }
                    }
                }
                if (ACCUSING.contains(lemma(gov)) && s.token(p).pos().equals("VBG") && !VERBAL.contains(lemma(p))) {
                    // "Hamas accused Fatah loyalists of targeting Haniya after his convoy came under fire,
                    // killing his bodyguard": the accuser did not kill; the act belongs to what is alleged.
                    return List.of();
                }
                List<Integer> main = subjects(gov);
                if (!main.isEmpty()) {
                    return main;
                }
            }
        }
        return out;
    }

    /** Physical acts a reporter of violence does not do himself: "Police said …, smashed cars". */
    private static final Set<String> RIOTING = Set.of("smash", "ransack", "loot", "torch", "burn", "vandalise",
            "vandalize", "hurl", "throw", "stone", "storm", "pelt", "set");

    /**
     * The reported clause a physical act is the conjunct of, when the parser hangs it on the verb of
     * saying: the act comes after the clause, whose subject is not the sayer, and is in its tense;
     * else -1.
     */
    private int reportedConjunct(int p) {
        Edge up = basic.head(p);
        if (up == null || !Graph.matches(up.relation(), "conj") || !SAYING.contains(lemma(up.governor()))
                || !RIOTING.contains(lemma(p))) {
            return -1;
        }
        for (Edge c : basic.children(up.governor(), "ccomp")) {
            int clause = c.dependent();
            if (clause < p && s.token(clause).pos().equals(s.token(p).pos()) && !basic.children(clause, "nsubj").isEmpty()) {
                return clause;
            }
        }
        return -1;
    }

    /** Words that make a participle a time of its governor: "when meeting", "while visiting", "after talking". */
    private static final Set<String> WHEN = Set.of("when", "while", "after", "before", "during", "upon", "on");

    /** Whether a participle is set in time by "when", "while", "after" and the like. */
    private boolean timedBy(int participle) {
        for (Edge e : basic.children(participle)) {
            if ((e.relation().equals("advmod") || e.relation().equals("mark")) && WHEN.contains(word(e.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an infinitive's subjects are only its governor's objects and none of them is an actor,
     * a pronoun, a named entity or a word for people: the object of a light verb ("opened fire to",
     * "took steps to"), not the one ordered ("ordered the prisoners to leave").
     */
    private boolean thingControl(int p, List<Integer> subjects) {
        Edge up = basic.head(p);
        if (up == null || !up.relation().equals("xcomp") || up.governor() == p || !basic.children(p, "nsubj").isEmpty()) {
            return false;
        }
        List<Integer> govObjects = direct(up.governor());
        for (int sj : subjects) {
            Token t = s.token(sj);
            if (!govObjects.contains(sj) || !mentionsHeadedAt(sj).isEmpty() || !t.pos().startsWith("NN")
                    || t.pos().startsWith("NNP") || !"O".equals(t.ner()) || peopleNoun(sj)) {
                return false;
            }
        }
        return true;
    }

    /** Nouns for people that name no actor of their own but are still someone acted upon. */
    private static final Set<String> PEOPLE = Set.of("man", "men", "woman", "women", "boy", "boys", "girl", "girls",
            "child", "children", "person", "persons", "people", "individual", "individuals", "family", "families",
            "suspect", "suspects", "prisoner", "prisoners", "detainee", "detainees", "hostage", "hostages", "captive",
            "captives", "victim", "victims", "passenger", "passengers", "resident", "residents", "villager", "villagers",
            "migrant", "migrants", "member", "members", "leader", "leaders", "crew", "fighter", "fighters", "all",
            "national", "nationals", "citizen", "citizens", "worker", "workers", "journalist", "journalists");

    /**
     * Whether a clause runs to the end of the sentence: nothing but closing punctuation after its
     * last word ("…, condemning the bombings." but not "…, working with donors, to identify ways").
     */
    private boolean endsSentence(int clause) {
        for (int k = s.size() - 1; k > clause; k--) {
            if (!CLOSING.contains(s.token(k).word())) {
                // A parse tree's phrases are contiguous: the last word that is not closing
                // punctuation is in the clause's phrase, or the clause does not run to the end.
                return basic.dominates(clause, k);
            }
        }
        return true;
    }

    /** Punctuation that may close a sentence after its last word. */
    private static final Set<String> CLOSING = Set.of(".", "!", "\"", "''", ")", "-RRB-");

    /**
     * A gerund the parser left as a bare "dep" of a verb: "shelled the town on Sunday, killing 20
     * people", "resume shelling". It is a participle clause or a complement, and shares the verb's
     * subject.
     */
    boolean participleDep(Edge up, int p) {
        return up.relation().equals("dep") && s.token(p).pos().equals("VBG") && s.token(up.governor()).pos().startsWith("VB")
                && up.governor() < p;
    }

    /**
     * The verb "summon" whose purpose a clause is ("summoned the ambassador to protest"), or -1.
     * The parser gives such clauses the summoned as subject; the purpose is the summoner's.
     */
    int summonedFor(int p) {
        Edge up = basic.head(p);
        if (up == null || !(up.relation().equals("xcomp") || Graph.matches(up.relation(), "advcl"))
                || !SUMMON.contains(lemma(up.governor())) || up.governor() > p) {
            return -1;
        }
        return up.governor();
    }

    private static final Set<String> SUMMON = Set.of("summon", "call_in");

    /**
     * The verb of thanks, praise or reproach whose "for" gerund a clause is, when that verb has an
     * object ("praised Uganda for arresting …"), or -1. The act is the object's.
     */
    int judgedFor(int p) {
        Edge up = basic.head(p);
        if (up == null || !s.token(p).pos().equals("VBG") || !JUDGING.contains(lemma(up.governor()))
                || basic.children(up.governor(), "obj").isEmpty() || !basic.children(p, "nsubj").isEmpty()) {
            return -1;
        }
        return markedBy(p, "for") ? up.governor() : -1;
    }

    private static final Set<String> JUDGING = Set.of("thank", "praise", "commend", "congratulate", "hail", "salute",
            "credit", "reward", "honour", "honor", "applaud", "laud", "fault", "punish", "criticize", "criticise",
            "condemn", "blame", "rebuke", "reprimand", "chastise", "castigate", "slam", "denounce", "censure");

    /** Nouns of wars and troubles, which can be the agents of a passive without being anyone. */
    private static final Set<String> CONDITIONS = Set.of("war", "conflict", "fighting", "crisis", "violence",
            "instability", "unrest", "turmoil", "hostilities", "tension", "tensions", "situation");

    /** Whether a verb is "take" with a span of time as its object: "It will take four years to negotiate". */
    boolean timeTaken(int verb) {
        return lemma(verb).equals("take") && basic.children(verb, "obj").stream().anyMatch(o -> timeSpan(o.dependent()));
    }

    /** Whether a noun is a span of time: "four years", "months", "a long time". */
    private boolean timeSpan(int i) {
        return "DURATION".equals(s.token(i).ner()) || TIME_SPANS.contains(lemma(i).toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> TIME_SPANS = Set.of("year", "month", "week", "day", "hour", "minute", "decade",
            "time", "while");

    /** Whether a token is a common word for people ("prisoners", "villagers"), who act and are acted upon. */
    boolean peopleNoun(int i) {
        return PEOPLE.contains(word(i)) || PEOPLE.contains(lemma(i));
    }

    /** Verbs of accusing, whose participle clauses of deeds belong to what is alleged. */
    private static final Set<String> ACCUSING = Set.of("accuse", "blame");

    /** Participles of speech that stay the accuser's own: "accused Israel …, saying …", "calling it …". */
    private static final Set<String> VERBAL = Set.of("say", "call", "add", "describe", "warn", "claim", "insist",
            "demand", "urge", "vow", "threaten");

    /** Verbs of saying, whose participle clauses belong to what was said. */
    private static final Set<String> SAYING = Set.of("say", "tell", "report", "add", "state", "announce", "claim");

    /** The last verb coordinated with a clause's head ("fired … and hit"), or the head itself. */
    private int lastConjunct(int head) {
        int last = head;
        for (Edge e : basic.children(head, "conj")) {
            if (s.token(e.dependent()).isVerb() && e.dependent() > last) {
                last = e.dependent();
            }
        }
        return last;
    }

    /** Nouns for texts, which speak for whoever issued them. */
    private static final Set<String> TEXTS = Set.of("statement", "declaration", "communique", "communiqué", "letter",
            "resolution", "message", "memorandum", "note", "petition", "motion", "decree", "report", "appeal");

    /**
     * Who issued a text noun: its possessor, or the subject of the verb it is the object of. "The
     * PKK issued a declaration demanding that …" is the PKK's demand; "a declaration demanding" on its
     * own is no one's.
     */
    private List<Integer> issuers(int noun) {
        if (!TEXTS.contains(lemma(noun))) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>(1);
        for (Edge e : basic.children(noun)) {
            if (e.relation().equals("nmod:poss") || e.relation().equals("compound") && !mentionsHeadedAt(e.dependent()).isEmpty()) {
                // "the council's statement", "a Security Council resolution"
                out.add(e.dependent());
            }
        }
        Edge up = basic.head(noun);
        if (out.isEmpty() && up != null && up.relation().equals("obj") && ISSUE.contains(lemma(up.governor()))) {
            out.addAll(subjects(up.governor()));
        }
        return out;
    }

    /** Verbs whose subject is the author of the text they take: not "vetoed a resolution demanding". */
    private static final Set<String> ISSUE = Set.of("issue", "release", "publish", "send", "adopt", "pass", "sign",
            "deliver", "present", "submit", "circulate", "draft", "write", "post", "table", "put", "make", "file");

    /** A noun marked with "'s": "Jordan's". */
    private boolean possessive(int noun) {
        for (Edge c : basic.children(noun, "case")) {
            String w = word(c.dependent());
            if (w.equals("'s") || w.equals("'") || w.equals("’s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verbs at which the coder found an event, once it has looked at every word; null before.
     * A purpose clause after a verb with an object shares that verb's subject only if the verb
     * codes as nothing: "Uganda repaired the bridge to allow the delivery of aid" is Uganda
     * allowing it.
     */
    private @Nullable Set<Integer> coded;

    void codedAt(Set<Integer> triggers) {
        coded = triggers;
    }

    private boolean uncoded(int verb) {
        return coded != null && !coded.contains(verb) && s.token(verb).isVerb() && !expletiveSubject(verb);
    }

    private static final Set<String> EXPLETIVE_SUBJECTS = Set.of("it", "there", "this");

    /** "it makes little sense to force …", "there is a need to …": the infinitive is the real subject. */
    private boolean expletiveSubject(int verb) {
        for (Edge e : basic.children(verb)) {
            if ((e.relation().equals("nsubj") || e.relation().equals("expl"))
                    && EXPLETIVE_SUBJECTS.contains(word(e.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** An infinitive of purpose: "to protest", "in order to end". */
    private boolean purpose(int p) {
        return s.token(p).pos().equals("VB") && markedBy(p, "to");
    }

    /** Whether a clause is introduced by one of these words, as its marker or its preposition. */
    boolean markedBy(int clause, String... words) {
        for (Edge m : basic.children(clause)) {
            if ((m.relation().equals("mark") || m.relation().equals("case"))
                    && java.util.Arrays.asList(words).contains(word(m.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an infinitive's subjects are only its governor's objects, all of them capitals named as places. */
    private boolean placesControl(int p, List<Integer> subjects) {
        Edge up = basic.head(p);
        if (up == null || !up.relation().equals("xcomp") || up.governor() == p) {
            return false;
        }
        List<Integer> govObjects = direct(up.governor());
        for (int sj : subjects) {
            if (!govObjects.contains(sj)) {
                return false;
            }
            List<ActorMention> ms = mentionsHeadedAt(sj);
            if (ms.isEmpty()) {
                return false;
            }
            for (ActorMention m : ms) {
                if (m.form() != Form.CAPITAL) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a predicate has an oblique or nominal modifier introduced by the preposition. */
    boolean hasCase(int p, String preposition) {
        for (Edge e : basic.children(p)) {
            if (e.relation().startsWith("obl") || e.relation().startsWith("nmod")) {
                for (Edge c : basic.children(e.dependent(), "case")) {
                    if (word(c.dependent()).equals(preposition)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Quantities that stand for the noun after "of": "lifted most of the sanctions". */
    private static final Set<String> QUANTIFIERS = Set.of("most", "some", "all", "many", "part", "half", "rest",
            "much", "several", "parts", "bulk", "majority", "remainder", "few");

    /** The noun a quantity stands for ("most of the sanctions": sanctions), or the word itself. */
    private int throughQuantity(int n) {
        if (!QUANTIFIERS.contains(word(n).toLowerCase(Locale.ROOT))) {
            return n;
        }
        for (Edge e : basic.children(n)) {
            if (Graph.matches(e.relation(), "nmod") && prepOf(e.dependent()).equals("of") && e.dependent() > n) {
                return e.dependent();
            }
        }
        return n;
    }

    /** Direct objects: obj, or the subject of a passive; shared with a coordinated verb that has none. */
    List<Integer> objects(int p) {
        List<Integer> out = direct(p);
        out.replaceAll(this::throughQuantity);
        // "vowed to keep the gulf open and warned Tehran": a verb with a clause of its own completing
        // it shares no object with a later conjunct ("encircled and shelled the town" does).
        boolean completed = !basic.children(p, "xcomp").isEmpty() || !basic.children(p, "ccomp").isEmpty();
        if (out.isEmpty() && !completed) {
            for (int q : conjuncts(p)) {
                Edge qh = basic.head(q);
                if (qh != null && qh.governor() == p && !basic.children(q, "nsubj").isEmpty()) {
                    // "popularity has dropped …, and analysts said the tax …": a later clause with its own
                    // subject shares nothing with the first.
                    continue;
                }
                if (!isPassive(q)) {
                    for (Edge e : g.children(q, "obj")) {
                        if (e.dependent() > p) {
                            out.add(e.dependent());
                        }
                    }
                }
            }
        }
        return out;
    }

    private List<Integer> direct(int p) {
        List<Integer> out = new ArrayList<>(2);
        String rel = headlinePassive(p) ? "nsubj" : isPassive(p) ? "nsubj:pass" : "obj";
        for (Edge e : g.children(p)) {
            if (e.relation().equals(rel) && !outOfQuote(p, e.dependent())) {
                out.add(e.dependent());
            }
        }
        if (out.isEmpty() && completingParticiple(p)) {
            // "Blair stands accused", "went on trial accused of …": the one accused is the subject of
            // the verb the participle completes.
            for (Edge e : basic.children(basic.head(p).governor(), "nsubj")) {
                out.add(e.dependent());
            }
        }
        if (out.isEmpty() && !isPassive(p)) {
            // "sent the patrol ship HMS Trent to …" parsed with the ship as an indirect object and no
            // direct one: the only object there is.
            for (Edge e : g.children(p, "iobj")) {
                out.add(e.dependent());
            }
        }
        if (out.isEmpty() && !isPassive(p)) {
            // "lifted Friday a day-old blockade": the parser hangs the object on the weekday.
            for (Edge t : basic.children(p, "obl:tmod")) {
                if (WEEKDAYS.contains(word(t.dependent()))) {
                    for (Edge d : basic.children(t.dependent(), "dep")) {
                        if (s.token(d.dependent()).isNoun()) {
                            out.add(d.dependent());
                        }
                    }
                }
            }
        }
        if (out.isEmpty() && !isPassive(p)) {
            // "prevented the demonstration staged by students": the parser reads the object and its
            // reduced relative as a clause of their own ("the demonstration staged").
            for (Edge d : basic.children(p)) {
                int c = d.dependent();
                if ((d.relation().equals("dep") || d.relation().equals("ccomp")) && c > p
                        && s.token(c).pos().equals("VBN") && basic.children(c, "aux").isEmpty()
                        && basic.children(c, "aux:pass").isEmpty() && basic.children(c, "obj").isEmpty()) {
                    for (Edge n : basic.children(c, "nsubj")) {
                        out.add(n.dependent());
                    }
                }
            }
        }
        return out;
    }

    List<Integer> indirectObjects(int p) {
        List<Integer> out = new ArrayList<>(1);
        for (Edge e : g.children(p, "iobj")) {
            out.add(e.dependent());
        }
        return out;
    }

    /** Verbs coordinated with p, in either direction. */
    List<Integer> conjuncts(int p) {
        List<Integer> out = new ArrayList<>(2);
        for (Edge e : basic.children(p, "conj")) {
            out.add(e.dependent());
        }
        Edge h = basic.head(p);
        if (h != null && Graph.matches(h.relation(), "conj")) {
            out.add(h.governor());
        }
        return out;
    }

    /** Words that make a phrase a time, not a participant: "on Tuesday", "in March", "for two years". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "tomorrow", "week", "weeks",
            "month", "months", "year", "years", "day", "days", "night", "morning", "afternoon", "evening",
            "weekend", "hour", "hours", "time", "occasion", "eve", "anniversary", "sidelines");

    boolean isTime(int node) {
        return TIME_WORDS.contains(word(node)) || s.token(node).word().matches("(19|20)\\d\\d");
    }

    /** Multi-word prepositions whose last word is no preposition of its own. */
    private static final Set<String> NOT_PREPOSITIONS = Set.of("according_to", "due_to", "thanks_to", "owing_to",
            "prior_to", "next_to", "close_to", "as_to", "in_addition_to", "contrary_to", "in_response_to");

    /**
     * The nouns that end an object's phrase after it: its conjuncts and its "of" noun with their
     * conjuncts ("the delivery of grain and flour", "the return of refugees").
     */
    List<Integer> phraseTail(int o) {
        List<Integer> out = new ArrayList<>(3);
        List<Integer> heads = new ArrayList<>(List.of(o));
        for (Edge e : basic.children(o)) {
            if (e.relation().startsWith("nmod") && prepOf(e.dependent()).equals("of")) {
                heads.add(e.dependent());
            }
        }
        for (int h : heads) {
            if (h != o) {
                out.add(h);
            }
            for (Edge c : basic.children(h, "conj")) {
                out.add(c.dependent());
            }
        }
        return out;
    }

    /** Dependents of {@code node} attached with one of these prepositions (obl:on, nmod:on, and iobj for "to"). */
    List<Integer> prepChildren(int node, Set<String> preps) {
        List<Integer> out = new ArrayList<>(2);
        for (Edge e : g.children(node)) {
            if (isTime(e.dependent())) {
                continue;
            }
            String base = e.baseRelation();
            if (!base.equals("obl") && !base.equals("nmod") && !base.equals("advcl")) {
                continue;
            }
            String sub = e.subtype();
            if (base.equals("advcl")) {
                continue;
            }
            if (NOT_PREPOSITIONS.contains(sub)) {
                // "according to broadcaster NOS", "due to the weather": not a "to" phrase.
                continue;
            }
            int us = sub.lastIndexOf('_');
            String last = us >= 0 ? sub.substring(us + 1) : sub;
            if (sub.equals("agent") && preps.contains("by")) {
                out.add(e.dependent());
            } else if (preps.contains(sub) || us >= 0 && preps.contains(last)) {
                out.add(e.dependent());
            } else if (sub.isEmpty() || sub.equals("npmod") || sub.equals("tmod")) {
                // Basic-style relation without a subtype: look at the case marker.
                for (Edge c : basic.children(e.dependent(), "case")) {
                    if (preps.contains(word(c.dependent()))) {
                        out.add(e.dependent());
                    }
                }
            }
        }
        if (preps.contains("to")) {
            out.addAll(indirectObjects(node));
        }
        return out;
    }

    /** Possessive pronouns: PETRARCH, which has no coreference, leaves them unresolved. */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");

    /** Whether a mention is the one word "its", "their", "his" or "her". */
    static boolean possessivePronoun(Sentence s, ActorMention m) {
        return m.end() - m.start() == 1 && POSSESSIVES.contains(s.token(m.start()).word().toLowerCase(Locale.ROOT));
    }

    /** The mentions PETRARCH would see: no possessive pronoun resolved by coreference ("its embassy"). */
    static List<ActorMention> petrarchMentions(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            if (m.form() == Form.REFERENCE && possessivePronoun(s, m)) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** Relations that open a clause of its own: words below them belong to that clause. */
    private static final Set<String> CLAUSAL = Set.of("advcl", "acl", "ccomp", "csubj", "parataxis", "xcomp", "conj",
            "list", "appos");

    /**
     * The words before a predicate in its own clause and in the clauses it is part of: "Ethiopia
     * indicated it would" before "act", "unexpectedly won't try to" before "clash"; not the words
     * of other clauses ("after the rebels did not …"), nor punctuation.
     */
    List<Token> wordsBefore(int p) {
        Set<Integer> chain = new java.util.HashSet<>();
        for (int cur = p, guard = 0; cur >= 0 && guard <= s.size(); guard++) {
            chain.add(cur);
            cur = basic.governor(cur);
        }
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            if (s.token(i).pos().equals(".") || s.token(i).pos().equals(",") || s.token(i).pos().equals(":")) {
                continue;
            }
            int cur = i;
            boolean ok = true;
            for (int guard = 0; guard <= s.size() && !chain.contains(cur); guard++) {
                Edge up = basic.head(cur);
                if (up == null || CLAUSAL.contains(up.baseRelation())) {
                    ok = false;
                    break;
                }
                cur = up.governor();
            }
            if (ok) {
                out.add(s.token(i));
            }
        }
        return out;
    }

    /** Relations inside a noun phrase before its head: "two artillery shells", "full diplomatic ties". */
    private static final Set<String> NOUN_PHRASE = Set.of("compound", "amod", "nummod", "det", "nmod:poss", "advmod",
            "flat", "conj", "cc", "case", "fixed", "dep", "nmod:npmod", "obl:npmod", "compound:prt");

    /** A noun's phrase up to and with its head: the head and the words before it that modify it. */
    List<Token> nounPhrase(int head) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i <= head; i++) {
            int cur = i;
            boolean ok = true;
            for (int guard = 0; guard <= s.size() && cur != head; guard++) {
                Edge up = basic.head(cur);
                if (up == null || !NOUN_PHRASE.contains(up.relation()) || up.governor() > head) {
                    ok = false;
                    break;
                }
                cur = up.governor();
            }
            if (ok && !s.token(i).pos().equals(",")) {
                out.add(s.token(i));
            }
        }
        return out;
    }

    /** Infinitive complements of a verb ("to leave" in "ordered them to leave") and infinitives of purpose after it. */
    List<Integer> infinitives(int verb) {
        List<Integer> out = new ArrayList<>(1);
        for (Edge e : basic.children(verb)) {
            // "ordered the Afghans to leave" (xcomp); "left Toulon to support the mission", a purpose (advcl).
            if (!e.relation().equals("xcomp") && !(Graph.matches(e.relation(), "advcl") && e.dependent() > verb)) {
                continue;
            }
            for (Edge m : basic.children(e.dependent(), "mark")) {
                if (word(m.dependent()).equalsIgnoreCase("to")) {
                    out.add(e.dependent());
                }
            }
        }
        return out;
    }

    /** Forces of no stated country, which a source moves or uses ("sent troops", "used force") rather than acts on. */
    static boolean instrument(ActorMention m) {
        return m.actor() == null && "MIL".equals(m.role());
    }

    /** Nouns of a settlement that a capital is named in an "of" phrase of: "the capital city of Lusaka". */
    private static final Set<String> SETTLEMENTS = Set.of("city", "capital", "town", "port");

    /**
     * The preposition that places a word, looking through a settlement noun it names: "in" for
     * "Lusaka" in "in the capital city of Lusaka", as for "in Lusaka".
     */
    String placePrep(int node) {
        String prep = prepOf(node);
        Edge up = basic.head(node);
        if (prep.equals("of") && up != null && up.relation().startsWith("nmod")
                && SETTLEMENTS.contains(lemma(up.governor()).toLowerCase(Locale.ROOT))) {
            return prepOf(up.governor());
        }
        return prep;
    }

    /** Nouns of agreements and meetings that are named after the city where they were made or held. */
    private static final Set<String> ACCORDS = Set.of("agreement", "agreements", "accord", "accords", "treaty",
            "protocol", "declaration", "process", "conference", "summit", "round", "convention", "peace");

    /**
     * Whether a capital only names an agreement or a meeting after its city: "the Helsinki agreement", "the
     * Oslo accords", "the Doha round". The city signs nothing; the parties do.
     */
    boolean namesAccord(ActorMention m) {
        Edge up = basic.head(m.head());
        return m.form() == Form.CAPITAL && up != null && up.relation().equals("compound")
                && ACCORDS.contains(lemma(up.governor()).toLowerCase(Locale.ROOT));
    }

    /** The preposition that attaches {@code node} to its governor, or "" when none. */
    String prepOf(int node) {
        for (Edge c : basic.children(node, "case")) {
            return word(c.dependent());
        }
        return "";
    }

    /**
     * The actors at a node: mentions headed there, coordinated ones, appositions, and the owner
     * of agent nouns ("the leader of the Taliban"). Capitals under locative prepositions are
     * places, not actors; national adjectives count only when used as nouns.
     */
    List<ActorMention> actorsAt(int node) {
        return actorsAt(node, false);
    }

    /**
     * The actors at a node; with {@code places}, a capital named as a place counts too, for
     * patterns that ask for the place ("arrived in Amman", "flew to Kabul").
     */
    List<ActorMention> actorsAt(int node, boolean places) {
        if (places) {
            List<ActorMention> here = new ArrayList<>();
            for (ActorMention m : mentionsHeadedAt(node)) {
                if (m.form() == Form.CAPITAL) {
                    here.add(m);
                }
            }
            if (!here.isEmpty()) {
                return here;
            }
        }
        Set<ActorMention> out = new LinkedHashSet<>();
        collect(node, out, 0);
        for (Edge e : g.children(node, "conj")) {
            collect(e.dependent(), out, 0);
        }
        if (out.isEmpty() && TERRITORY.contains(lemma(node).toLowerCase(java.util.Locale.ROOT))) {
            // "to Guyanese waters", "into Pakistani airspace": a country's territory stands for the country.
            out.addAll(adjectiveActors(node, true));
        }
        return new ArrayList<>(out);
    }

    /**
     * The actors that adjectives of a noun name ("Guyanese waters", "German experts"), and with
     * {@code compounds} those that modifiers before it name as adjectives.
     */
    private List<ActorMention> adjectiveActors(int noun, boolean compounds) {
        List<ActorMention> out = new ArrayList<>(1);
        for (Edge e : basic.children(noun)) {
            if (e.relation().equals("amod") || compounds && e.relation().equals("compound")) {
                for (ActorMention m : mentionsHeadedAt(e.dependent())) {
                    if (m.form() == Form.ADJECTIVE && m.actor() != null) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /** Parts of a town, which a capital owns as a place, not as a government. */
    private static final Set<String> TOWN_PARTS = Set.of("suburb", "outskirts", "district", "neighbourhood",
            "neighborhood", "street", "centre", "center", "airport", "port", "outskirt", "quarter", "market");

    private static final Set<String> TERRITORY = Set.of("water", "waters", "airspace", "territory", "soil", "border",
            "coast", "frontier", "land", "shore", "shores", "side");

    /** The actors that own a noun (possessive, adjective, compound, "by" or "from"), not those its other phrases name. */
    List<ActorMention> ownersOf(int node) {
        Set<ActorMention> out = new LinkedHashSet<>();
        addOwners(node, out, false);
        return new ArrayList<>(out);
    }

    /**
     * Adds the actors of the first owner phrase of a node that has any (possessive, compound,
     * adjective, "from" or "by"), only actors of known identity when {@code knownOnly}; returns
     * whether it added one.
     */
    private boolean addOwners(int node, Set<ActorMention> out, boolean knownOnly) {
        // "Checkpoint shootings" are not the checkpoint's; a "checkpoint commander" is its force's.
        List<ActorMention> places = mentionsHeadedAt(node).isEmpty() ? facilityModifiers(node) : List.of();
        for (Edge e : basic.children(node)) {
            String r = e.relation();
            // "Israel Friday reimposed blockades": the parser makes the weekday the subject's head.
            boolean owner = r.equals("nmod:poss")
                    || r.equals("compound") && (!s.token(node).isProperNoun() || WEEKDAYS.contains(word(node)))
                    // "Speaker of Syria's People's Assembly Mahmoud al-Abrash": a title before a name no
                    // dictionary knows says who the name is.
                    || r.equals("compound") && e.dependent() < node && "PERSON".equals(s.token(node).ner())
                    && mentionsHeadedAt(e.dependent()).stream().anyMatch(m -> m.form() == Form.ROLE)
                    || r.equals("amod") || r.startsWith("nmod") && (prepOf(e.dependent()).equals("by")
                    // "a delegation from Kabul" is Kabul's; "the maiden trip from London" only started there.
                    || prepOf(e.dependent()).equals("from") && !JOURNEYS.contains(lemma(node)));
            if (!owner) {
                continue;
            }
            int before = out.size();
            for (ActorMention m : mentionsHeadedAt(e.dependent())) {
                if (places.contains(m)) {
                    continue;
                }
                if ((m.form() != Form.ADJECTIVE || r.equals("amod"))
                        && !(m.form() == Form.CAPITAL && r.equals("compound"))
                        && (!knownOnly || m.actor() != null)) {
                    // "struck Beirut's southern suburbs": a capital that owns a part of town is the place.
                    out.add(m.form() == Form.CAPITAL && TOWN_PARTS.contains(lemma(node))
                            ? m.withActor(m.actor(), null, Form.NAME, " (a place)") : m);
                }
            }
            if (r.equals("amod")) {
                for (ActorMention m : mentions) {
                    if (m.form() == Form.ADJECTIVE && m.head() == e.dependent() && !out.contains(m)) {
                        out.add(m);
                    }
                }
            }
            if (out.size() > before) {
                return true;
            }
        }
        return false;
    }

    private void collect(int node, Set<ActorMention> out, int depth) {
        List<ActorMention> here = mentionsHeadedAt(node);
        if (!here.isEmpty()) {
            List<ActorMention> usable = new ArrayList<>();
            for (ActorMention m : here) {
                if (usable(m, node)) {
                    usable.add(m);
                }
            }
            if (!firstInPhrase && depth == 0 && !usable.isEmpty() && allUnknown(usable)) {
                // "Mohammed Mamoun, a member of the Syrian parliament": a name no dictionary knows
                // is who its apposition describes.
                for (Edge e : basic.children(node, "appos")) {
                    if (!agentNoun(e.dependent())) {
                        continue;
                    }
                    Set<ActorMention> described = new LinkedHashSet<>();
                    collect(e.dependent(), described, depth + 1);
                    described.removeIf(m -> m.actor() == null && m.role() == null);
                    if (!described.isEmpty()) {
                        out.addAll(described);
                        return;
                    }
                }
                // "Speaker of Syria's People's Assembly Mahmoud al-Abrash": so is a title before it.
                List<ActorMention> titles = new ArrayList<>();
                for (Edge e : basic.children(node, "compound")) {
                    for (ActorMention m : mentionsHeadedAt(e.dependent())) {
                        if (e.dependent() < node && m.form() == Form.ROLE && m.actor() != null) {
                            titles.add(m);
                        }
                    }
                }
                if (!titles.isEmpty()) {
                    out.addAll(titles);
                    return;
                }
            }
            out.addAll(usable);
            return;
        }
        if (depth > 1) {
            return;
        }
        List<ActorMention> unknownAppos = List.of();
        if (!firstInPhrase) {
            for (Edge e : basic.children(node, "appos")) {
                List<ActorMention> ap = mentionsHeadedAt(e.dependent());
                if (!ap.isEmpty() && allUnknown(ap) && agentNoun(node)) {
                    // "A member of the Syrian parliament, Mohammed Mamoun": the description says who
                    // the unknown name is, if it can; the name is kept only if it cannot.
                    unknownAppos = ap;
                    break;
                }
                if (!ap.isEmpty()) {
                    out.addAll(ap);
                    return;
                }
            }
        }
        if (currency(node)) {
            // "seized 9,000 US dollars": whose money it is names no one acted on.
            return;
        }
        if (s.token(node).isNoun() && KIN.contains(lemma(node).toLowerCase(Locale.ROOT))) {
            // "His wife travelled to Lima": a relative acts for no one's office.
            return;
        }
        int before = out.size();
        collectOwners(node, out, depth);
        if (out.size() == before) {
            out.addAll(unknownAppos);
        }
    }

    /** Relatives, whose possessor is not who acts. */
    private static final Set<String> KIN = Set.of("wife", "husband", "son", "daughter", "mother", "father", "brother",
            "sister", "widow", "widower", "family", "relative", "relatives", "child", "children", "grandson",
            "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt", "parent", "parents", "fiancee", "fiance");

    /** Nouns of money named after a country: "US dollars", "Egyptian pounds". */
    private static final Set<String> CURRENCIES = Set.of("dollar", "pound", "euro", "yen", "yuan", "renminbi",
            "rupee", "rial", "riyal", "ruble", "rouble", "franc", "lira", "dinar", "rand", "peso", "won", "shekel",
            "dirham", "baht", "ringgit", "rupiah", "naira", "shilling", "birr", "kwacha", "cedi", "taka", "afghani",
            "dong", "kyat", "krone", "krona", "zloty", "forint", "hryvnia", "lari", "manat", "som", "tenge");

    /** Whether a noun is a currency, whose country modifier says whose money it is, not who acts. */
    boolean currency(int noun) {
        return s.token(noun).isNoun() && CURRENCIES.contains(lemma(noun).toLowerCase(Locale.ROOT));
    }

    /** Whether a verb is finite: past or present tense. */
    boolean finite(int p) {
        String pos = s.token(p).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }

    /** Whether a part-of-speech tag is a common noun's (not a proper noun's). */
    static boolean isNounPos(String pos) {
        return pos.startsWith("NN") && !pos.startsWith("NNP");
    }

    /** Nouns for one private person, named by no more than that. */
    private static final Set<String> LONE = Set.of("man", "woman", "boy", "girl", "child", "teenager", "youth",
            "person");

    /** Whether a mention is one private person named only as such: "a man", "the woman". */
    boolean lonePerson(ActorMention m) {
        return "CVL".equals(m.role()) && m.head() >= 0 && m.head() < s.size()
                && LONE.contains(s.token(m.head()).word().toLowerCase(Locale.ROOT));
    }

    /** Whether a noun names a member, agent or body of something: "a member of", "the head of". */
    private boolean agentNoun(int node) {
        return AGENT_NOUNS.contains(lemma(node)) || AGENT_NOUNS.contains(word(node));
    }

    /** Whether every mention is a name no dictionary knows (code "---", no role). */
    private static boolean allUnknown(List<ActorMention> ms) {
        for (ActorMention m : ms) {
            if (m.actor() != null || m.role() != null) {
                return false;
            }
        }
        return true;
    }

    private void collectOwners(int node, Set<ActorMention> out, int depth) {
        // "Turkey's efforts", "a U.N. Security Council resolution": the owner of a thing acted upon.
        // Known actors first: in "bin Laden's al-Qaeda network" the network is al-Qaeda's, not an
        // unknown possessor's.
        if (Allies.noun(word(node))) {
            // "Iran's proxies", "Israel's allies": the owner is whom they stand with, not who they are.
            // A bloc named before the noun is what they are: "its European Community partners",
            // "NATO allies" are the bloc's members ("American allies" are not America).
            for (Edge e : basic.children(node, "compound")) {
                for (ActorMention m : mentionsHeadedAt(e.dependent())) {
                    if (m.actor() != null && m.actor().kind() == ActorKind.IGO) {
                        out.add(m);
                    }
                }
            }
            return;
        }
        if (addOwners(node, out, true) || addOwners(node, out, false)) {
            return;
        }
        if (firstInPhrase) {
            // PETRARCH: the words of the phrase before its apposition ("the official news agency WFNA": ---GOV).
            for (Edge e : basic.children(node, "appos")) {
                List<ActorMention> ap = mentionsHeadedAt(e.dependent());
                if (!ap.isEmpty()) {
                    out.addAll(ap);
                    return;
                }
            }
        }
        if (agentNoun(node)) {
            for (Edge e : basic.children(node)) {
                String r = e.relation();
                if (r.equals("nmod:poss") || r.equals("compound") || r.equals("amod")
                        || (r.startsWith("nmod") && prepOf(e.dependent()).equals("of"))) {
                    int before = out.size();
                    collect(e.dependent(), out, depth + 1);
                    if (r.startsWith("nmod")) {
                        // "scores of Sierra Leonean and Liberian refugees": every conjunct of the phrase.
                        for (Edge c : basic.children(e.dependent(), "conj")) {
                            collect(c.dependent(), out, depth + 1);
                        }
                    }
                    if (out.size() > before) {
                        return;
                    }
                }
            }
        }
    }

    /** Prepositions whose phrase inside an object names who the act concerns: "contact with the US", "sanctions on Iran". */
    private static final Set<String> OBJECT_PREPS = Set.of("with", "against", "on", "to", "for", "of", "from", "by",
            "toward", "towards", "over", "in");

    /** Whether a verb is in the perfect: it has the auxiliary "have" ("have been killed", "has long opposed"). */
    boolean perfect(int verb) {
        return basic.children(verb, "aux").stream().anyMatch(a -> lemma(a.dependent()).equals("have"));
    }

    /**
     * The noun an actor leads in "the US-led war", "a French-led force" (the parser hangs the
     * actor on the participle "led", itself a modifier of the noun), or -1.
     */
    int ledNoun(int word) {
        Edge up = basic.head(word);
        if (up == null || !(Graph.matches(up.relation(), "obl") || up.relation().equals("compound")
                || up.relation().equals("amod") || up.relation().equals("dep")) || !lemma(up.governor()).equals("lead")
                || !tok(up.governor()).pos().equals("VBN")) {
            return -1;
        }
        Edge noun = basic.head(up.governor());
        return noun != null && noun.relation().equals("amod") && tok(noun.governor()).isNoun() ? noun.governor() : -1;
    }

    /** The actors who lead what a noun names ("the French-led campaign"): see {@link #ledNoun}. */
    private List<ActorMention> leaders(int noun) {
        if (basic.children(noun, "amod").stream().noneMatch(e -> lemma(e.dependent()).equals("lead"))) {
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>(1);
        for (ActorMention m : mentions) {
            if (ledNoun(m.head()) == noun) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The actors an object stands for: its own actors, or failing those the actors in its
     * prepositional modifiers ("the withdrawal of Serbian forces", "official contact with the
     * United States").
     */
    List<ActorMention> objectActors(int node) {
        List<ActorMention> out = actorsAt(node);
        if (!out.isEmpty()) {
            return out;
        }
        List<ActorMention> leaders = leaders(node);
        if (!leaders.isEmpty()) {
            // "sent help to the French-led campaign against the rebels": a campaign one side leads is
            // that side's, as a thing done by someone is (below).
            return leaders;
        }
        Set<ActorMention> found = new LinkedHashSet<>();
        List<ActorMention> agents = new ArrayList<>(1);
        int infinitive = infinitiveOf(node);
        for (Edge e : basic.children(node)) {
            if (infinitive >= 0 && e.dependent() > infinitive) {
                // "defended the right of Polish troops to fire on smugglers in Belarus": the right is the
                // troops'; what follows the infinitive is its own, wherever the parser hung it.
                continue;
            }
            if (e.relation().startsWith("nmod") && OBJECT_PREPS.contains(prepOf(e.dependent()))) {
                String prep = prepOf(e.dependent());
                List<ActorMention> at = actorsAt(e.dependent());
                if (at.isEmpty() && prep.equals("by")) {
                    // "an attack by three divisions of Iranian Revolutionary Guards": the agent is
                    // named in the "of" phrase of a word for a number or unit of them.
                    for (Edge of : basic.children(e.dependent())) {
                        if (of.relation().startsWith("nmod") && prepOf(of.dependent()).equals("of")) {
                            at = actorsAt(of.dependent());
                        }
                    }
                }
                if (at.isEmpty() && prep.equals("by")) {
                    // "the training of Iraqi police recruits by German experts": people of no known role
                    // whom a country's adjective names did it, for that country.
                    at = adjectiveActors(e.dependent(), false);
                }
                if (prep.equals("by") && !at.isEmpty()) {
                    // Whoever did the thing acted on is aimed at before the place it happened in.
                    agents.addAll(at);
                }
                for (ActorMention m : at) {
                    if (!(m.form() == Form.CAPITAL && LOCATIVE.contains(prep))) {
                        found.add(m);
                    }
                }
            }
        }
        if (!agents.isEmpty()) {
            return agents;
        }
        return new ArrayList<>(found);
    }

    /**
     * The infinitive that completes a noun ("the right of Ukraine to defend itself"), or -1; also one
     * the tagger took for a bare noun after "to" ("the right of Polish troops to fire").
     */
    private int infinitiveOf(int noun) {
        for (Edge e : basic.children(noun)) {
            int d = e.dependent();
            if (d > noun && (Graph.matches(e.relation(), "acl") || Graph.matches(e.relation(), "nmod"))
                    && markedBy(d, "to") && (s.token(d).pos().equals("VB")
                        || s.token(d).pos().equals("NN") && basic.children(d).size() == 1)) {
                return d;
            }
        }
        return -1;
    }

    /**
     * The actors a thing was done by, in a reduced relative: "crimes committed by Croat forces",
     * "abuses carried out by the militia".
     */
    List<ActorMention> doneBy(int node) {
        List<ActorMention> out = new ArrayList<>(1);
        for (Edge e : basic.children(node, "acl")) {
            if (s.token(e.dependent()).pos().equals("VBN")) {
                for (Edge a : g.children(e.dependent())) {
                    if (a.relation().equals("obl:agent") || a.relation().equals("obl:by")
                            || a.relation().equals("nmod:agent")) {
                        out.addAll(actorsAt(a.dependent()));
                    }
                }
            }
        }
        return out;
    }

    /** Mentions whose head is this token, or that contain it. */
    List<ActorMention> mentionsHeadedAt(int node) {
        List<ActorMention> out = new ArrayList<>(1);
        for (ActorMention m : mentions) {
            if (m.head() == node) {
                out.add(m);
            }
        }
        if (out.isEmpty()) {
            for (ActorMention m : mentions) {
                if (m.contains(node) && m.form() != Form.ADJECTIVE) {
                    out.add(m);
                }
            }
        }
        if (firstInPhrase && out.size() == 1) {
            // PETRARCH reads a name phrase as its first actor: "Bree Prime Minister | Romendacil" is BREGOV.
            ActorMention m = out.get(0);
            for (ActorMention o : mentions) {
                Edge up = basic.head(o.head());
                if (o != m && o.end() == m.start() && up != null && up.governor() == node
                        && up.relation().equals("compound") && o.form() != Form.CAPITAL) {
                    return new ArrayList<>(List.of(o));
                }
            }
        }
        if (out.size() > 1) {
            // "Bree Prime Minister Romendacil": a name inside a longer mention with the same head is
            // part of that actor, not a second one.
            List<ActorMention> inner = new ArrayList<>();
            for (ActorMention m : out) {
                for (ActorMention o : out) {
                    if (o != m && o.start() <= m.start() && m.end() <= o.end() && o.end() - o.start() > m.end() - m.start()) {
                        inner.add(m);
                        break;
                    }
                }
            }
            out.removeAll(inner);
        }
        return out;
    }

    private boolean usable(ActorMention m, int node) {
        if (m.form() == Form.CAPITAL && (LOCATIVE.contains(placePrep(node)) || namesAccord(m))) {
            return false;
        }
        if (m.form() == Form.ADJECTIVE) {
            Token t = s.token(node);
            return t.isNoun() && m.head() == node;
        }
        return true;
    }

    /** Places of a force or a state that can modify an act: "checkpoint shootings", "a police academy bombing". */
    private static final Set<String> FACILITIES = Set.of("academy", "base", "checkpoint", "outpost", "post", "barracks",
            "camp", "station", "compound", "headquarters", "office", "building", "school", "college", "convoy",
            "position", "garrison", "installation", "facility", "centre", "center", "depot", "checkpost");

    /**
     * Compounds of a noun that name a place of a force rather than who acts: "Checkpoint shootings"
     * are not by the checkpoint, and in "the police academy car bombing" the police own the
     * academy that was bombed.
     */
    List<ActorMention> facilityModifiers(int noun) {
        List<ActorMention> out = new ArrayList<>(1);
        for (Edge e : basic.children(noun, "compound")) {
            for (ActorMention m : mentions) {
                if (m.head() != e.dependent() || m.contains(noun) || m.form() != Form.ROLE && m.form() != Form.REFERENCE) {
                    // Only role words, or descriptions taken up from before: "Home Office specialists"
                    // are the ministry's.
                    continue;
                }
                int next = m.end();
                Edge nextUp = next < noun ? basic.head(next) : null;
                boolean ownsNext = nextUp != null && nextUp.relation().equals("compound")
                        && (nextUp.governor() == noun || nextUp.governor() == next + 1)
                        && FACILITIES.contains(lemma(next).toLowerCase(Locale.ROOT));
                if (ownsNext || FACILITIES.contains(lemma(m.head()).toLowerCase(Locale.ROOT))) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** National adjectives and compounds that modify a noun: the source of "Israeli strikes", "Taliban attacks". */
    List<ActorMention> modifierActors(int noun) {
        List<ActorMention> out = new ArrayList<>(1);
        if (currency(noun)) {
            return out;
        }
        List<ActorMention> places = facilityModifiers(noun);
        for (Edge e : basic.children(noun)) {
            String r = e.relation();
            if (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss")) {
                int at = ledBy(e.dependent());
                for (ActorMention m : mentions) {
                    if (places.contains(m)) {
                        continue;
                    }
                    if (m.head() == at || (m.contains(at) && !m.contains(noun))) {
                        // "a military offensive": a role word of unknown country is a modifier, not an actor.
                        boolean bareRole = m.form() == Form.ROLE && m.actor() == null;
                        if (!out.contains(m) && !bareRole && !(m.form() == Form.CAPITAL && r.equals("compound"))) {
                            out.add(armsOf(m, noun));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Acts only armed forces carry out, and the aircraft that carry them out: a country's "air strikes", "shelling" or "helicopters" are its military's. */
    private static final Set<String> FORCE_ONLY = Set.of("airstrike", "shelling", "bombardment", "airstrikes",
            "helicopter", "helicopters", "gunship", "gunships");

    /**
     * A bare country named by its adjective or name before an act only armed forces carry out, as
     * its armed forces: "backed by Russian air strikes" is RUSMIL, not Russia as a whole.
     */
    private ActorMention armsOf(ActorMention m, int noun) {
        String l = lemma(noun).toLowerCase(Locale.ROOT);
        boolean air = l.equals("strike") && basic.children(noun, "compound").stream()
                .anyMatch(c -> word(c.dependent()).equalsIgnoreCase("air"));
        boolean country = m.actor() != null && m.actor().kind() == ActorKind.COUNTRY && m.role() == null
                && (m.form() == Form.ADJECTIVE || m.form() == Form.NAME);
        boolean forceOnly = FORCE_ONLY.contains(l) || FORCE_ONLY.contains(word(noun).toLowerCase(Locale.ROOT));
        return country && (air || forceOnly) ? m.withActor(m.actor(), "MIL", Form.ROLE, " (its armed forces' act)") : m;
    }

    /**
     * The leader of an "X-led" modifier ("the US-led war against Iraq": US), or the modifier
     * itself. Only leading makes the modifier the actor: an "Iran-backed militia" is not Iran.
     */
    private int ledBy(int modifier) {
        if (!lemma(modifier).equals("lead") || !s.token(modifier).pos().equals("VBN")) {
            return modifier;
        }
        for (Edge e : basic.children(modifier)) {
            if ((e.relation().startsWith("obl") || e.relation().equals("compound") || e.relation().equals("npmod"))
                    && e.dependent() < modifier) {
                return e.dependent();
            }
        }
        return modifier;
    }
}
