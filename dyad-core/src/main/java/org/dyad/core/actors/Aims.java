package org.dyad.core.actors;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;

/**
 * Where "at" names what a verb aims at, not where it happens: "MP Walid Jumblatt pointed the finger
 * at Syria" is a Lebanese MP accusing Syria, not a Syrian MP, and Syria is not where anything
 * happened.
 */
public final class Aims {
    private Aims() {}

    private static final Set<String> AT = Set.of("at");

    /** Verbs (and the noun of "pointed the finger at") whose "at" names a target. */
    private static final Set<String> AIMING = Set.of("point", "aim", "direct", "fire", "shoot", "hurl", "throw",
            "lash", "swipe", "jab", "level", "wag", "finger", "glare", "scoff", "sneer", "rail", "snipe");

    /** Whether a noun is the object of an "at" that a verb of aiming governs. */
    public static boolean aimedAt(Sentence s, Graph g, int noun) {
        Edge up = g.head(noun);
        return up != null && g.markedBy(s, noun, AT)
                && AIMING.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
    }
}
