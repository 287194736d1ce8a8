package org.dyad.core.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dyad.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Words that must occur in order in a stretch of a sentence: the words before a predicate
 * ({@code before:}) or the words of an object's noun phrase ({@code object:}).
 *
 * <p>Written as parts joined by {@code _} (the next part follows at once) or {@code ..} (other
 * words may come between): {@code most_certainly_&NEGATORS..ever}. A part is a word, a set
 * {@code {not|never}} or a synset {@code &NEGATORS}; an entry of several words (in a set, joined
 * by {@code _}: {@code {did_not|never}}) must occur as consecutive words. A trailing {@code _}
 * in {@code before:} asks for the last part to come right before the predicate.
 *
 * @param text as written, for explanations
 * @param parts the parts in order
 * @param endsAdjacent whether the last part must end right before the end of the stretch
 */
public record Phrase(String text, List<Part> parts, boolean endsAdjacent) {

    /**
     * One part.
     *
     * @param words the entries it accepts
     * @param adjacent whether it must follow the part before it at once (ignored for the first part)
     */
    public record Part(WordSet words, boolean adjacent) {}

    public Phrase {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a phrase has at least one part");
        }
    }

    /**
     * Reads the written form; {@code words} turns one part ({@code word}, {@code {a|b_c}},
     * {@code &SET}) into its word set, or returns null after reporting why it cannot. Returns null
     * when the text is empty or a part is bad.
     */
    public static @Nullable Phrase parse(String text, Function<String, @Nullable WordSet> words) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        boolean adjacent = false;
        boolean endsAdjacent = false;
        int n = text.length();
        while (i < n) {
            int start = i;
            if (text.charAt(i) == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) {
                    return null;
                }
                i = close + 1;
            } else {
                while (i < n && text.charAt(i) != '_' && !text.startsWith("..", i)) {
                    i++;
                }
            }
            String unit = text.substring(start, i);
            if (!unit.isEmpty()) {
                WordSet w = words.apply(unit);
                if (w == null) {
                    return null;
                }
                parts.add(new Part(w, adjacent));
            }
            if (i >= n) {
                break;
            }
            if (text.startsWith("..", i)) {
                adjacent = false;
                i += 2;
                endsAdjacent = false;
            } else {
                adjacent = true;
                i += 1;
                endsAdjacent = i >= n;
            }
        }
        return parts.isEmpty() ? null : new Phrase(text, parts, endsAdjacent);
    }

    /** How many parts it has: each one counts towards a pattern's specificity. */
    public int size() {
        return parts.size();
    }

    /**
     * Whether the phrase occurs in these tokens (in sentence order; words are consecutive only when
     * their sentence indices are). With {@link #endsAdjacent()}, its last word must be the token at
     * {@code end - 1}.
     */
    public boolean matches(List<Token> window, int end) {
        return from(window, 0, 0, -1, end);
    }

    private boolean from(List<Token> w, int part, int pos, int prevEnd, int end) {
        if (part == parts.size()) {
            return !endsAdjacent || prevEnd == end - 1;
        }
        Part p = parts.get(part);
        for (int k = pos; k < w.size(); k++) {
            int at = w.get(k).index();
            if (part > 0 && p.adjacent() && at != prevEnd + 1) {
                if (at > prevEnd + 1) {
                    return false;
                }
                continue;
            }
            for (List<String> entry : p.words().phrases()) {
                int last = entry(w, k, entry);
                if (last >= 0 && from(w, part + 1, last + 1, w.get(last).index(), end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The window position of an entry's last word when the entry starts at position k, or -1. */
    private static int entry(List<Token> w, int k, List<String> entry) {
        int pos = k;
        for (int j = 0; j < entry.size(); j++, pos++) {
            if (pos >= w.size() || j > 0 && w.get(pos).index() != w.get(pos - 1).index() + 1
                    || !same(w.get(pos), entry.get(j))) {
                return -1;
            }
        }
        return pos - 1;
    }

    private static boolean same(Token t, String word) {
        return t.word().toLowerCase(Locale.ROOT).equals(word) || t.lemma().toLowerCase(Locale.ROOT).equals(word);
    }

    @Override
    public String toString() {
        return text;
    }
}
