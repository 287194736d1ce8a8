package org.dyad.core.dict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Token;

/**
 * Words a pattern slot accepts: one word, a literal set {@code {aid|food}}, or a synset {@code &AID}.
 *
 * @param label as written in the pattern
 * @param words lower-case lemmas or word forms; an entry of several words is represented by its last
 *     word here, for the constraints that look at one word (an object's head)
 * @param phrases every entry in full, as lower-case words, for the constraints that match running
 *     words ({@link Phrase}): "golden goblin galleons" is three words there
 */
public record WordSet(String label, Set<String> words, Set<List<String>> phrases) {

    public WordSet {
        words = Set.copyOf(words);
        phrases = Set.copyOf(phrases);
    }

    /**
     * A set whose entries are its words. An entry with blanks or {@code _} is a phrase of several
     * words for {@link Phrase} matching; for one-word constraints it stays as written (and so
     * matches no single token).
     */
    public WordSet(String label, Set<String> words) {
        this(label, words, split(words));
    }

    private static Set<List<String>> split(Set<String> words) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (String w : words) {
            List<String> p = splitOne(w);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> splitOne(String w) {
        List<String> p = new ArrayList<>();
        for (String x : w.split("[\\s_]+")) {
            if (!x.isEmpty()) {
                p.add(x.toLowerCase(Locale.ROOT));
            }
        }
        return p;
    }

    /**
     * The entry that stands for any word tagged as a place name ({@code capture {@place}}: "the rebels
     * captured Kasenga"), whatever the word.
     */
    public static final String PLACE = "@place";

    /** Whether a token's lemma or word form is in the set, or it names a place and the set holds {@link #PLACE}. */
    public boolean accepts(Token t) {
        return words.contains(t.lemma().toLowerCase(Locale.ROOT)) || words.contains(t.word().toLowerCase(Locale.ROOT))
                || "LOCATION".equals(t.ner()) && words.contains(PLACE);
    }

    public boolean contains(String lemma) {
        return words.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
