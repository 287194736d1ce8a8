package org.dyad.core.dict;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Token;

/**
 * Words a pattern slot accepts: one word, a literal set {@code {aid|food}}, or a synset {@code &AID}.
 *
 * @param label as written in the pattern
 * @param words lower-case lemmas or word forms
 */
public record WordSet(String label, Set<String> words) {

    public WordSet {
        words = Set.copyOf(words);
    }

    /** Whether a token's lemma or word form is in the set. */
    public boolean accepts(Token t) {
        return words.contains(t.lemma().toLowerCase(Locale.ROOT)) || words.contains(t.word().toLowerCase(Locale.ROOT));
    }

    public boolean contains(String lemma) {
        return words.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
