package org.dyad.core.actors;

import java.util.List;
import java.util.function.Predicate;
import org.dyad.core.model.ActorMention;
import org.jspecify.annotations.Nullable;

/** The small questions the actor rules ask of a parse and its mentions, asked in one place. */
final class Syntax {
    private Syntax() {}

    /** Whether a token lies inside one of the mentions. */
    static boolean covered(List<ActorMention> ms, int token) {
        for (ActorMention m : ms) {
            if (m.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** The first of the mentions that a word heads and that passes a test, or null. */
    static @Nullable ActorMention headedAt(List<ActorMention> ms, int head, Predicate<ActorMention> test) {
        for (ActorMention m : ms) {
            if (m.head() == head && test.test(m)) {
                return m;
            }
        }
        return null;
    }
}
