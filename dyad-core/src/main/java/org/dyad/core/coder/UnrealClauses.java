package org.dyad.core.coder;

import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Clauses that do not assert the act they tell: a clause under a modal or "will", or marked "if"
 * or "whether", the complement of a plan or hope, an arranged act ("is set to deploy"), a time
 * clause in the present tense ("when he visits"), the aim or purpose of another act, and the
 * setting of an act that is itself not asserted ("during his planned visit"). Used by
 * {@link FrameClimber}.
 */
final class UnrealClauses {
    private final FrameLookup lookup;

    UnrealClauses(FrameLookup lookup) {
        this.lookup = lookup;
    }

    /**
     * Marks the event hypothetical where the clause {@code cur}, under {@code f} by {@code rel}, does
     * not assert it: an aim, a time clause in the present tense, what something may help in, what
     * {@link NotYet} finds not yet done, or the purpose of an act that is itself not asserted.
     */
    void clauseMode(SentenceView v, Candidate c, int cur, int f, String rel, @Nullable Frame frame,
            boolean adverbial) {
        if (c.mode == Mode.ASSERTED && Purposes.unreached(v, c, cur, f, rel, frame)) {
            // "rebels fighting to topple the government", "sent troops to crush the revolt",
            // "launched an offensive to retake the town": violence that an act is for has not
            // happened yet.
            c.mode = Mode.HYPOTHETICAL;
            c.aimed = true;
            c.steps.add("the aim of '" + v.word(f) + "', not an accomplished act: not asserted");
        }
        if (c.mode == Mode.ASSERTED && adverbial && presentTimeClause(v, cur)) {
            // "… would take it with him when he visits Washington later in the month": a time
            // clause in the present tense tells of what is yet to come (or of a habit), not of an act done.
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("a time clause in the present tense at '" + v.word(cur) + "': not yet done");
        }
        if (c.mode == Mode.ASSERTED && adverbial && v.tok(cur).pos().equals("VBG") && v.markedBy(cur, "in")
                && v.basic.children(f, "aux").stream().anyMatch(a -> FrameClimber.MODALS.contains(v.word(a.dependent())
                .toLowerCase(java.util.Locale.ROOT)))) {
            // "Poland's experience could be helpful in defusing the standoff": what something may help
            // in, or succeed in, has not been done.
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("what '" + v.word(f) + "' may help in: not asserted");
        }
        if (c.mode == Mode.ASSERTED) {
            String notYet = NotYet.under(v, cur, f, rel);
            if (notYet != null) {
                c.mode = Mode.HYPOTHETICAL;
                c.steps.add(notYet);
            }
        }
        if (c.mode == Mode.ASSERTED && adverbial && (frame == null || frame.kind() == Frame.Kind.LIGHT)
                && cur == c.head && v.markedBy(cur, "to") && v.tok(f).isVerb()
                && unrealClause(v, f)) {
            // "The mission was intended to … make recommendations on ways to protect civilians": the
            // purpose of an act that is itself only intended, planned or foreseen is not done either.
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("the purpose of '" + v.word(f) + "', which is not asserted: not an event");
        }
    }

    /** Whether a verb has an auxiliary of the future ("will") or a modal one ("would", "could"). */
    static boolean futureOrModal(SentenceView v, int verb) {
        for (Edge a : v.basic.children(verb, "aux")) {
            String l = v.lemma(a.dependent());
            if (FrameClimber.FUTURE.contains(l) || FrameClimber.MODALS.contains(l)
                    || FrameClimber.MODALS.contains(v.word(a.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb's clause is not asserted: under a modal or "will", marked "if" or "whether", or
     * the complement of a plan, hope or attempt ("was planning to discuss"), on the way up through
     * complements and conjuncts.
     */
    boolean unrealClause(SentenceView v, int verb) {
        int x = verb;
        for (int hop = 0; hop < 5; hop++) {
            if (futureOrModal(v, x) || v.markedBy(x, "if", "whether")) {
                return true;
            }
            Edge up = v.basic.head(x);
            if (up == null || !(up.relation().equals("xcomp") || up.relation().equals("ccomp")
                    || Graph.matches(up.relation(), "conj"))) {
                return false;
            }
            Frame above = up.relation().equals("xcomp") ? lookup.frameOf(v, up.governor()) : null;
            if (above != null && (above.kind() == Frame.Kind.INTEND || above.kind() == Frame.Kind.HYPOTHETICAL
                    || above.kind() == Frame.Kind.ATTEMPT)
                    || up.relation().equals("xcomp") && arranged(v, up.governor(), x)) {
                return true;
            }
            x = up.governor();
        }
        return false;
    }

    /** Participles that, with "be" and "to", arrange an act: "is set to deploy", "are scheduled to meet". */
    private static final Set<String> ARRANGED = Set.of("set", "schedule", "slate");

    /** Whether a participle with "be" arranges its infinitive: "is set to deploy", "are scheduled to meet". */
    static boolean arranged(SentenceView v, int participle, int infinitive) {
        return ARRANGED.contains(v.lemma(participle)) && v.tok(participle).pos().equals("VBN")
                && v.markedBy(infinitive, "to") && v.basic.children(participle).stream()
                .anyMatch(a -> a.relation().startsWith("aux") && v.lemma(a.dependent()).equals("be"));
    }

    /**
     * The setting of an act that is asked about, planned, arranged or foreseen has not happened
     * either: "asked if Hu was planning to discuss an FTA during his visit to India", "is scheduled
     * to meet the president during his visit to Ireland".
     */
    void unrealSetting(SentenceView v, Candidate c, int cur, int nounAt, int f, String rel) {
        if (c.nominal && cur == nounAt && c.mode == Mode.ASSERTED && Graph.matches(rel, "obl")
                && SETTINGS.contains(v.prepOf(cur)) && unrealClause(v, f)) {
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("the setting of '" + v.word(f) + "', which is not asserted: not an event");
        }
    }

    /** Prepositions of the setting of an act: "agreed … in the talks", "demanded … at the summit". */
    static final Set<String> SETTINGS = Set.of("in", "during", "at", "amid", "throughout", "before", "after",
            "following", "since", "until", "ahead", "prior");

    /** Whether a clause is a present-tense time clause: "when he visits", "once the troops leave". */
    private static boolean presentTimeClause(SentenceView v, int clause) {
        String pos = v.tok(clause).pos();
        if (!pos.equals("VBZ") && !pos.equals("VBP")) {
            return false;
        }
        for (Edge m : v.basic.children(clause)) {
            // The parser gives "when" as a marker or as an adverb of the clause.
            if ((m.relation().equals("mark") || m.relation().equals("advmod")) && m.dependent() < clause
                    && TIME_MARKS.contains(v.word(m.dependent()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TIME_MARKS = Set.of("when", "once", "after", "before", "until", "whenever",
            "while");
}
