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
 * @param code the CAMEO event code it yields, or {@link #NO_EVENT} for a reading that codes nothing
 * @param predicate the verb or noun lemma, with a particle joined by {@code _} ("carry_out")
 * @param noun true for a pattern over a noun ("the attack on")
 * @param object words the direct object must match, or null for any
 * @param objectIsTarget true when the direct object is the target
 * @param slots prepositional elements
 * @param text the pattern as written, for explanations
 * @param rule {@code file:line}
 * @param before words that must come before the predicate in its clause or the clauses above it
 *     ({@code before:}), or null
 * @param objectWords words that must occur in the direct object's noun phrase, head or modifiers
 *     ({@code object:}), or null
 * @param reverseCode the code of the target's act on the source that the event implies
 *     ({@code 032/033}: a visit and its hosting), or null
 * @param mutual whether the subject must name two or more actors, each acting on the others
 *     ({@code MUTUAL})
 * @param form the word form the predicate must have ({@code form:left}, not "leave"), or null
 * @param clause whether the predicate's complement must be a clause or a gerund ({@code CLAUSE})
 * @param saying whether the predicate must have a participle of speech ({@code SAYING}: "attacked the
 *     ODIHR, saying it …")
 * @param alone whether the predicate must have no clause or infinitive after it ({@code ALONE}: "called
 *     on the prime minister", a visit, not "called on him to resign")
 */
public record Pattern(
        String code,
        String predicate,
        boolean noun,
        @Nullable WordSet object,
        boolean objectIsTarget,
        List<Slot> slots,
        String text,
        String rule,
        @Nullable Phrase before,
        @Nullable Phrase objectWords,
        @Nullable String reverseCode,
        boolean mutual,
        @Nullable String form,
        boolean clause,
        boolean saying,
        boolean alone) {

    /**
     * The code of a pattern that codes nothing: a reading of the predicate that is no event, written
     * to win over a looser pattern ("{@code --- take_over {leadership|command}}" before
     * "{@code 192 take_over TARGET}").
     */
    public static final String NO_EVENT = "---";

    public Pattern {
        slots = List.copyOf(slots);
    }

    /** Whether this pattern codes nothing when it fires. */
    public boolean noEvent() {
        return code.equals(NO_EVENT);
    }

    /** A pattern with no words before the predicate, no object phrase, no reverse code. */
    public Pattern(String code, String predicate, boolean noun, @Nullable WordSet object, boolean objectIsTarget,
            List<Slot> slots, String text, String rule) {
        this(code, predicate, noun, object, objectIsTarget, slots, text, rule, null, null, null, false, null, false, false,
                false);
    }

    /** The same pattern with another code (its reverse code kept). */
    public Pattern withCode(String newCode, @Nullable String newReverse) {
        return new Pattern(newCode, predicate, noun, object, objectIsTarget, slots, text, rule, before, objectWords,
                newReverse, mutual, form, clause, saying, alone);
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
        if (objectWords != null) {
            s += 3 + objectWords.size();
        }
        if (before != null) {
            s += 3 + before.size();
        }
        if (mutual) {
            s += 2;
        }
        if (form != null) {
            s += 1;
        }
        if (clause) {
            s += 2;
        }
        if (saying) {
            s += 2;
        }
        if (alone) {
            s += 1;
        }
        if (objectIsTarget) {
            s += 1;
        }
        for (Slot sl : slots) {
            s += sl.role() == null ? 4 : 2;
            if (sl.phrase() != null) {
                s += sl.phrase().size() - 1;
            }
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
