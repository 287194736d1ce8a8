package org.dyad.core.dict;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A prepositional element of a pattern: {@code on|against TARGET}, {@code from SOURCE},
 * {@code on alert}.
 *
 * @param preps the prepositions that may introduce it
 * @param role TARGET or SOURCE when the phrase's object is an actor; null when it must match words
 * @param words the words it must match when role is null
 */
public record Slot(Set<String> preps, @Nullable Role role, @Nullable WordSet words) {

    public Slot {
        preps = Set.copyOf(preps);
    }

    /** Which participant a slot supplies. */
    public enum Role {
        SOURCE,
        TARGET
    }
}
