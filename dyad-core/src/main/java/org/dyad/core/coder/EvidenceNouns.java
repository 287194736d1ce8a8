package org.dyad.core.coder;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Edge;

/**
 * Nouns of evidence and what a sentence says of them: "no evidence that …" (none there), "still
 * needs evidence that …" (none yet). A clause such a noun governs is then not asserted. Used by
 * {@link FrameClimber}.
 */
final class EvidenceNouns {
    private EvidenceNouns() {}

    private static final Set<String> NOUNS = Set.of("evidence", "proof", "sign", "indication", "chance",
            "question", "likelihood", "prospect", "confirmation", "corroboration", "verification");

    /** Verbs of needing or seeking something not yet had. */
    private static final Set<String> WANTING = Set.of("need", "want", "seek", "demand", "require", "await",
            "lack", "request", "expect");

    /** Whether a word is a noun of evidence. */
    static boolean noun(SentenceView v, int n) {
        return NOUNS.contains(v.lemma(n).toLowerCase(Locale.ROOT));
    }

    /** "no evidence that …", "little sign that …": a clause under a doubted noun did not happen, as far as anyone says. */
    static boolean doubted(SentenceView v, int noun) {
        if (!noun(v, noun)) {
            return false;
        }
        for (Edge d : v.basic.children(noun)) {
            String w = v.word(d.dependent()).toLowerCase(Locale.ROOT);
            if ((d.relation().equals("det") || d.relation().equals("amod")) && (w.equals("no") || w.equals("little")
                    || w.equals("scant"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a noun of evidence is what someone still needs or seeks: "Britain still needs clear
     * evidence that the Syrians have renounced terrorism" does not say they have.
     */
    static boolean sought(SentenceView v, int noun) {
        if (!noun(v, noun)) {
            return false;
        }
        Edge up = v.basic.head(noun);
        return up != null && up.relation().equals("obj")
                && WANTING.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT));
    }
}
