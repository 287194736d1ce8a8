package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;

/**
 * Whether a predicate is in the passive voice, counting the passives the parser reads as active
 * (a headline's "Soldier killed by Isis", a participle completing another verb, a conjunct sharing
 * a passive subject), and where to find a passive's "by" agent when the parser hung it elsewhere.
 */
final class PassiveVoice {
    private final SentenceView v;

    PassiveVoice(SentenceView v) {
        this.v = v;
    }

    /**
     * Participles that state what their subject does, not what was done to it, with the preposition
     * that shows it: "were engaged in fighting", "is opposed to French mediation".
     */
    private static final java.util.Map<String, String> STATIVE = java.util.Map.of("engage", "in", "involve", "in",
            "oppose", "to", "commit", "to");

    boolean isPassive(int p) {
        String prep = STATIVE.get(v.lemma(p));
        if (prep != null && !v.basic.hasChild(p, "obl:agent") && !v.g.hasChild(p, "obl:agent") && v.hasCase(p, prep)) {
            return false;
        }
        return v.basic.hasChild(p, "aux:pass") || v.basic.hasChild(p, "nsubj:pass") || v.basic.hasChild(p, "csubj:pass")
                || headlinePassive(p) || passiveConjunct(p) || completingParticiple(p);
    }

    /**
     * A passive participle that completes another verb, whose subject is that verb's and whose
     * agent is its own "by" phrase: "stands accused by the report", "went on trial accused of …".
     */
    boolean completingParticiple(int p) {
        return statePassive(p) || participleAdjunct(p);
    }

    /**
     * "had been investigated by immigration officials and refused asylum": a conjunct without a
     * subject of its own that shares the passive subject of the first (the parser tags it as a past tense).
     */
    private boolean passiveConjunct(int p) {
        Edge up = v.basic.head(p);
        return up != null && Graph.matches(up.relation(), "conj") && v.basic.hasChild(up.governor(), "aux:pass")
                && !v.basic.hasChild(p, "nsubj") && !v.basic.hasChild(p, "aux") && v.g.hasChild(p, "nsubj:pass")
                // "was accompanied by ministers and met officials" is active; a passive keeps an object
                // only after a verb of two objects: "refused asylum", "fined $16.6 million".
                && (!v.basic.hasChild(p, "obj") || TWO_OBJECTS.contains(v.lemma(p).toLowerCase(Locale.ROOT)));
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
        Edge up = v.basic.head(p);
        return up != null && (up.relation().equals("xcomp") || up.relation().startsWith("advcl"))
                // a past tense cannot complete a verb: "accused" tagged VBD as "xcomp" is the participle
                && (v.s.token(p).pos().equals("VBN")
                        || v.s.token(p).pos().equals("VBD") && up.relation().equals("xcomp"))
                && v.s.token(up.governor()).isVerb()
                && !CAUSATIVE.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))
                && !v.basic.hasChild(p, "obj") && !v.basic.hasChild(p, "aux") && !v.basic.hasChild(p, "nsubj")
                && !v.basic.hasChild(p, "mark");
    }

    /** Verbs whose participle complement is what they have done: "had them arrested", "got the law changed". */
    private static final Set<String> CAUSATIVE = Set.of("have", "get", "make", "want", "need", "see", "hear", "keep");

    /** Verbs of being in a state, whose past participle is a passive: "stands accused", "remained detained". */
    private static final Set<String> STATE_VERBS = Set.of("stand", "remain", "stay", "become", "seem", "appear",
            "look");

    /**
     * "Blair stands accused by the report of …": a past participle completing a verb of being in a
     * state is a passive, whose subject is that verb's and whose agent is its "by" phrase.
     */
    boolean statePassive(int p) {
        Edge up = v.basic.head(p);
        return up != null && up.relation().equals("xcomp") && v.s.token(p).pos().equals("VBN")
                && STATE_VERBS.contains(v.lemma(up.governor()).toLowerCase(java.util.Locale.ROOT))
                && !v.basic.hasChild(p, "obj");
    }

    /**
     * A headline's reduced passive, which the parser reads as active: "Soldier killed in Syria by
     * Isis", and one in a verb's clause ("saw rebels killed by the army"). A past participle at the
     * root with a subject, a "by" phrase, no auxiliary and no object
     * (the tagger also writes VBN for some simple pasts, which have no "by").
     */
    boolean headlinePassive(int p) {
        Edge up = v.basic.head(p);
        // "they saw rebels killed by the Peruvian forces": the same reduced passive as a verb's
        // clause of a subject and a participle.
        boolean smallClause = up != null && v.s.token(up.governor()).isVerb() && v.g.hasChild(p, "obl:by")
                && (up.relation().equals("ccomp") || up.relation().equals("dep")
                        && PERCEIVING.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT)));
        // "Bassal reported 25 people killed while seeking aid": a toll reported as a subject and a
        // participle (which the tagger may take for a past tense), with no "that" and no object.
        boolean reportedToll = up != null && up.relation().equals("ccomp")
                && TOLL_REPORTS.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))
                && TOLLS.contains(v.lemma(p).toLowerCase(Locale.ROOT))
                && !v.basic.hasChild(p, "mark") && !v.basic.hasChild(p, "obj");
        // "The person killed was a member of the security forces": a noun and its participle that the
        // parser made the clausal subject of a copula.
        boolean clausalSubject = up != null && up.relation().equals("csubj") && v.s.token(p).pos().equals("VBN");
        return (up == null || smallClause || reportedToll || clausalSubject)
                && (v.s.token(p).pos().equals("VBN") || reportedToll && v.s.token(p).pos().equals("VBD"))
                && v.basic.hasChild(p, "nsubj")
                && (v.g.hasChild(p, "obl:by") || reportedToll || clausalSubject
                        || v.headline && !v.basic.hasChild(p, "ccomp") && !v.basic.hasChild(p, "xcomp"))
                && !v.basic.hasChild(p, "aux") && !v.basic.hasChild(p, "aux:pass") && !realObject(p);
    }

    /** Verbs of a toll, whose bare participle after "reported" tells what befell its subject. */
    private static final Set<String> TOLLS = Set.of("kill", "injure", "wound", "hurt",
            "detain", "arrest", "abduct", "kidnap", "displace", "martyr");

    /** Verbs that report a toll as a subject and a participle: "reported 25 people killed". */
    private static final Set<String> TOLL_REPORTS = Set.of("report", "confirm", "record", "count");

    /** Verbs of perception, whose clause of a subject and a participle the parser may leave unlabelled. */
    private static final java.util.Set<String> PERCEIVING = java.util.Set.of("see", "watch", "witness", "hear",
            "notice", "find");

    /** An object not set off by a comma: a caption's trailing "…, Baku, Azerbaijan" is its place. */
    private boolean realObject(int p) {
        for (Edge e : v.basic.children(p, "obj")) {
            int o = e.dependent();
            int first = o;
            for (Edge c : v.basic.children(o)) {
                first = Math.min(first, c.dependent());
            }
            if (first == 0 || !v.word(first - 1).equals(",")) {
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
    List<Integer> agentAfterAside(int p) {
        List<Integer> out = new ArrayList<>(1);
        for (int w = p + 1; w < v.basic.size(); w++) {
            Edge e = v.basic.head(w);
            int by = e != null && Graph.matches(e.relation(), "obl") ? caseMarker(w, "by") : -1;
            int h = e == null ? -1 : e.governor();
            if (by > 1 && h > p && h < by && v.word(by - 1).equals(",") && v.basic.dominates(p, h)
                    && commaBetween(p, h)) {
                out.add(e.dependent());
            }
        }
        return out;
    }

    /** The token of a given case marker ("by") of a word, or -1. */
    private int caseMarker(int w, String marker) {
        for (Edge c : v.basic.children(w, "case")) {
            if (v.word(c.dependent()).equals(marker)) {
                return c.dependent();
            }
        }
        return -1;
    }

    /** Whether a comma stands strictly between two tokens. */
    private boolean commaBetween(int a, int b) {
        for (int i = a + 1; i < b; i++) {
            if (v.word(i).equals(",")) {
                return true;
            }
        }
        return false;
    }
}
