package org.dyad.core.dict;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A prepositional element of a pattern: {@code on|against TARGET}, {@code from SOURCE},
 * {@code on alert}.
 *
 * @param preps the prepositions that may introduce it
 * @param role TARGET or SOURCE when the phrase's object is an actor; null when it must match words
 * @param words the words its object's head must match when role is null, or null
 * @param phrase words that must occur, in order, in its object's noun phrase ({@code on|about
 *     phrase:&TIETYPES}), or null
 */
public record Slot(Set<String> preps, @Nullable Role role, @Nullable WordSet words, @Nullable Phrase phrase) {

    public Slot {
        preps = Set.copyOf(preps);
    }

    public Slot(Set<String> preps, @Nullable Role role, @Nullable WordSet words) {
        this(preps, role, words, null);
    }

    /** Whether the object of a phrase with this slot's preposition has the words the slot asks for. */
    public boolean wordsMatch(org.dyad.core.model.Token head, java.util.List<org.dyad.core.model.Token> nounPhrase) {
        return (words == null || words.accepts(head)) && (phrase == null || phrase.matches(nounPhrase, head.index() + 1));
    }

    /** Which participant a slot supplies. */
    public enum Role {
        SOURCE,
        TARGET
    }
}
