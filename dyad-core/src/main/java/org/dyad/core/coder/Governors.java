package org.dyad.core.coder;

import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;

/**
 * Which word really governs a word of the climb where the parser hung it elsewhere: the noun a
 * "that" clause or an infinitive completes ("his willingness to negotiate"), a frame noun made the
 * subject of its own infinitive ("plans to start"), a verb of doubt made a clausal subject, the
 * verb of an accusation or of a stance whose gerund hangs on its object, and how a conjunct or a
 * bare infinitive shares its governor's mode. Used by {@link FrameClimber} and {@link FrameApplier}.
 */
final class Governors {
    private final FrameLookup lookup;

    Governors(FrameLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * The word that governs {@code cur}, whose parsed head is {@code head} by {@code rel}, where the
     * parser hung it elsewhere: a noun with an owner of its own joined to another's noun, or a "that"
     * clause hung on a verb's object or on a verb whose object the clause completes.
     */
    int governor(SentenceView v, Candidate c, int cur, int nounAt, String rel, int head) {
        int f = head;
        if (Graph.matches(rel, "conj") && c.nominal && cur == nounAt && v.tok(f).isNoun()
                && v.basic.hasChild(cur, "nmod:poss") && !v.basic.hasChild(f, "nmod:poss")) {
            Edge outer = v.basic.head(f);
            if (outer != null && Graph.matches(outer.relation(), "nmod") && v.tok(outer.governor()).isNoun()
                    && v.basic.hasChild(outer.governor(), "nmod:poss")) {
                // "its support for a peace conference and its concern over …": a noun with its own
                // owner, joined to the last noun of another's phrase, is that other noun's conjunct.
                f = outer.governor();
            }
        }
        if (rel.equals("ccomp") && v.tok(f).isNoun() && v.markedBy(cur, "that") && lookup.frameOf(v, f) == null
                && !EvidenceNouns.noun(v, f) && !Hearsay.noun(v, f)) {
            Edge obj = v.basic.head(f);
            if (obj != null && obj.relation().equals("obj") && v.tok(obj.governor()).isVerb()) {
                // "to reassure his counterparts that the administration will reach agreement": the
                // parser hangs the clause on the verb's object; it completes the verb.
                f = obj.governor();
            }
        }
        if (rel.equals("ccomp") && v.tok(f).isVerb() && v.markedBy(cur, "that")) {
            Frame own = lookup.frameOf(v, f);
            if (own == null || own.kind() == Frame.Kind.LIGHT) {
                for (Edge o : v.basic.children(f, "obj")) {
                    if (o.dependent() < cur && v.tok(o.dependent()).isNoun()
                            && lookup.frameOf(v, o.dependent()) != null) {
                        // "I have no doubt that the US will defend …": the parser hangs the clause on the
                        // verb; it completes the noun the verb has.
                        f = o.dependent();
                        break;
                    }
                }
            }
        }
        if (Graph.matches(rel, "acl") && !rel.equals("acl:relcl") && v.markedBy(cur, "to") && v.tok(f).isNoun()) {
            Edge obj = v.basic.head(f);
            Frame asks = obj == null || !obj.relation().equals("obj") ? null : lookup.frameOf(v, obj.governor());
            if (asks != null && (asks.kind() == Frame.Kind.APPEAL || asks.kind() == Frame.Kind.DEMAND)) {
                // "urged then-president Joe Biden to press Pakistan": the parser hangs the infinitive on
                // the one urged; it is what the appeal asks for, not a thing done.
                f = obj.governor();
            }
        }
        return f;
    }

    /**
     * A noun of a frame that the parser made the subject of the infinitive right after it ("plans
     * to start", "authority to negotiate"), or -1.
     */
    int subjectFrameNoun(SentenceView v, int verb) {
        int n = v.tok(verb).isVerb() ? frameNounBeforeTo(v, verb) : -1;
        if (n < 0) {
            return -1;
        }
        Edge up = v.basic.head(n);
        Frame fr = lookup.frameOf(v, n);
        return up != null && up.governor() == verb
                && (up.relation().startsWith("nsubj") || up.relation().equals("advmod"))
                && fr.kind() != Frame.Kind.LIGHT && fr.kind() != Frame.Kind.REPORT ? n : -1;
    }

    /**
     * "observers doubted Brazil is ready to give ground", parsed with "doubted" as the clausal
     * subject of "ready" and "Brazil" as its object: a verb of belief or doubt in the past tense,
     * with no marker and an object before the predicate, frames the predicate it is the subject of
     * ({@link SentenceView#subjects} already makes the object the predicate's subject). Returns the
     * verb, or -1.
     */
    int misparsedBelief(SentenceView v, int predicate) {
        for (Edge e : v.basic.children(predicate, "csubj")) {
            int verb = e.dependent();
            Frame fr = verb < predicate && v.tok(verb).pos().equals("VBD") && v.basic.children(verb, "mark").isEmpty()
                    ? lookup.frameOf(v, verb) : null;
            if (fr != null && fr.kind() == Frame.Kind.HYPOTHETICAL
                    && v.basic.children(verb, "obj").stream().anyMatch(o -> o.dependent() < predicate)) {
                return verb;
            }
        }
        return -1;
    }

    /**
     * The object of a verb that the parser makes the subject of the verb's infinitive ("continued
     * their effort to overthrow": "effort"), when it is a frame noun; else -1.
     */
    int controllingNoun(SentenceView v, int verb, int infinitive) {
        for (Edge x : v.g.children(infinitive, "nsubj:xsubj")) {
            int o = x.dependent();
            Edge up = v.basic.head(o);
            if (up != null && up.governor() == verb && up.relation().equals("obj") && v.tok(o).isNoun()
                    && lookup.frameOf(v, o) != null) {
                return o;
            }
        }
        // "expressed regret over Washington's decision to impose tariffs": the noun of a frame right
        // before "to", inside the verb's own phrases, whatever the parser made the controller.
        int n = frameNounBeforeTo(v, infinitive);
        return n > verb && v.basic.dominates(verb, n, 4) ? n : -1;
    }

    /** The noun of a frame right before an infinitive's "to" ("a decision to impose"), or -1. */
    private int frameNounBeforeTo(SentenceView v, int infinitive) {
        for (Edge m : v.basic.children(infinitive, "mark")) {
            int n = m.dependent() - 1;
            if (v.word(m.dependent()).equals("to") && n >= 0 && n < infinitive
                    && (v.tok(n).isNoun() || FrameLookup.possessed(v, n))
                    && lookup.frameOf(v, n) != null) {
                return n;
            }
        }
        return -1;
    }

    /** Verbs without a frame of their own whose object's gerund is only what they take a stance on. */
    private static final Set<String> STANCES = Set.of("object", "mind", "tolerate", "accept", "approve");
    private static final Set<Frame.Kind> STANCE_FRAMES = java.util.EnumSet.of(Frame.Kind.REJECT, Frame.Kind.NEGATE,
            Frame.Kind.PREVENT, Frame.Kind.PERMIT, Frame.Kind.INTEND, Frame.Kind.HYPOTHETICAL);

    /**
     * The verb whose object or oblique {@code head} carries the gerund {@code clause} ("object to
     * members meeting …"), or which carries it itself, when that verb takes a stance on an act rather
     * than reporting one; else -1.
     */
    int stanceOverGerund(SentenceView v, int clause, int head, String rel) {
        if (!v.tok(clause).pos().equals("VBG") || clause < head) {
            return -1;
        }
        if (Graph.matches(rel, "advcl")) {
            // "did not object to Israel holding talks": parsed as a clause of the verb with "to" as its mark.
            return v.tok(head).isVerb() && v.markedBy(clause, "to") && v.basic.hasChild(clause, "nsubj")
                    && STANCES.contains(v.lemma(head)) ? head : -1;
        }
        if (!Graph.matches(rel, "acl") || rel.equals("acl:relcl") || !v.tok(head).isNoun()) {
            return -1;
        }
        Edge up = v.basic.head(head);
        if (up == null || !up.relation().equals("obj") && !Graph.matches(up.relation(), "obl")
                || !v.tok(up.governor()).isVerb()) {
            return -1;
        }
        int g = up.governor();
        Frame gf = lookup.frameOf(v, g);
        return gf != null && STANCE_FRAMES.contains(gf.kind()) || STANCES.contains(v.lemma(g)) ? g : -1;
    }

    /**
     * The verb of an accusation whose accused noun an "of" clause hangs on ("accused a clique of
     * judges of working …": "working" under "judges", the object of "accused", through "of"
     * phrases), or -1.
     */
    int accusedOf(SentenceView v, int clause, int noun) {
        if (!v.prepOf(clause).equals("of") || !v.tok(noun).isNoun()) {
            return -1;
        }
        int at = noun;
        for (int hops = 0; hops < 3; hops++) {
            Edge up = v.basic.head(at);
            if (up == null) {
                return -1;
            }
            if (up.relation().equals("obj") || Graph.matches(up.relation(), "obl")) {
                // "accused members of the Somali army of attacking": the parser may hang the accused on
                // the verb as an oblique.
                // "acquitted a doctor of murdering his wife": what a court clears someone of is not
                // established either (the acquitting verbs are in the NEGATE frame).
                Frame f = lookup.frameOf(v, up.governor());
                return f != null && (f.kind() == Frame.Kind.ACCUSE || f.kind() == Frame.Kind.NEGATE)
                        ? up.governor() : -1;
            }
            if (!Graph.matches(up.relation(), "nmod") || !v.prepOf(at).equals("of") || !v.tok(up.governor()).isNoun()) {
                return -1;
            }
            at = up.governor();
        }
        return -1;
    }

    /**
     * Whether a clause is the bare infinitive a verb takes with its own subject ("help companies
     * make investments"): a "ccomp" with a base-form verb and no marker.
     */
    static boolean bareInfinitiveClause(SentenceView v, int clause, int verb, String rel) {
        // The tagger often takes the bare infinitive after a plural subject for a present tense (VBP).
        return rel.equals("ccomp") && BARE_INFINITIVE_VERBS.contains(v.lemma(verb).toLowerCase(java.util.Locale.ROOT))
                && (v.tok(clause).pos().equals("VB") || v.tok(clause).pos().equals("VBP"))
                && v.basic.children(clause, "mark").isEmpty() && v.basic.children(clause, "aux").isEmpty();
    }

    /**
     * Verbs that take a clause of a subject and a bare infinitive and pass their mode down to it: "would
     * help companies make investments". Not verbs of perception: "a war which has seen rebel forces
     * seize half the country" tells the seizure.
     */
    private static final Set<String> BARE_INFINITIVE_VERBS = Set.of("help");

    /**
     * Whether a conjunct is a finite verb coordinated with a verb that has an auxiliary: in "said
     * Pakistan would not tolerate attacks and warned that …" the warning is no part of what would
     * not happen, since "would" cannot govern "warned".
     */
    static boolean finiteUnderAuxiliary(SentenceView v, int conjunct, int head) {
        return v.finite(conjunct) && v.tok(head).isVerb() && !modalPerfectParticiple(v, conjunct, head)
                && (!v.basic.children(head, "aux").isEmpty() || !v.basic.children(head, "aux:pass").isEmpty());
    }

    /**
     * Whether a conjunct tagged as a past tense is the participle of a modal perfect before it:
     * in "would have barred trade with Iran and slapped restrictions on …" "slapped" is "would
     * have slapped", as unreal as the first.
     */
    private static boolean modalPerfectParticiple(SentenceView v, int conjunct, int head) {
        if (!v.tok(conjunct).pos().equals("VBD") || !v.tok(head).pos().equals("VBN")) {
            return false;
        }
        boolean modal = false;
        boolean have = false;
        for (Edge a : v.basic.children(head, "aux")) {
            String w = v.word(a.dependent()).toLowerCase(java.util.Locale.ROOT);
            modal |= FrameClimber.MODALS.contains(w);
            have |= w.equals("have");
        }
        return modal && have;
    }

    /** Whether a conjunct has its own auxiliary or a contrasting "but": "… but could provide support". */
    static boolean ownModality(SentenceView v, int conjunct) {
        if (!v.basic.children(conjunct, "aux").isEmpty()) {
            return true;
        }
        for (Edge e : v.basic.children(conjunct, "cc")) {
            String w = v.word(e.dependent());
            if (w.equals("but") || w.equals("yet")) {
                return true;
            }
        }
        return false;
    }
}
