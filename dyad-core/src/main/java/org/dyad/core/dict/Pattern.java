package org.dyad.core.dict;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a verb or noun dictionary:
 *
 * <pre>
 * 154   send &amp;TROOPS to|into TARGET
 * </pre>
 *
 * @param code the CAMEO event code it yields
 * @param predicate the verb or noun lemma, with a particle joined by {@code _} ("carry_out")
 * @param noun true for a pattern over a noun ("the attack on")
 * @param object words the direct object must match, or null for any
 * @param objectIsTarget true when the direct object is the target
 * @param slots prepositional elements
 * @param text the pattern as written, for explanations
 * @param rule {@code file:line}
 */
public record Pattern(
        String code,
        String predicate,
        boolean noun,
        @Nullable WordSet object,
        boolean objectIsTarget,
        List<Slot> slots,
        String text,
        String rule) {

    public Pattern {
        slots = List.copyOf(slots);
    }

    /** More constrained patterns are tried first. */
    public int specificity() {
        int s = 0;
        if (predicate.indexOf('_') >= 0) {
            s += 3;
        }
        if (object != null) {
            s += 4;
        }
        if (objectIsTarget) {
            s += 1;
        }
        for (Slot sl : slots) {
            s += sl.role() == null ? 4 : 2;
        }
        return s;
    }

    /** True when a prepositional slot supplies the source, so the subject becomes the target. */
    public boolean sourceFromSlot() {
        for (Slot sl : slots) {
            if (sl.role() == Slot.Role.SOURCE) {
                return true;
            }
        }
        return false;
    }

    /** Whether any element names the target. */
    public boolean hasTarget() {
        if (objectIsTarget) {
            return true;
        }
        for (Slot sl : slots) {
            if (sl.role() == Slot.Role.TARGET) {
                return true;
            }
        }
        return false;
    }
}
