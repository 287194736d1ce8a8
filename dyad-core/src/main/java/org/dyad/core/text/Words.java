package org.dyad.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits text into the words Dyad matches dictionaries on. It agrees with the parser's
 * tokenisation where it matters for names: hyphens are dropped as separators, the possessive
 * {@code 's} is its own word, and commas and brackets stand alone.
 */
public final class Words {
    private Words() {}

    /**
     * Whether a character is a mark that sets a summary's points on lines of their own: "•", "▪",
     * "●", "◦", "‣". The parser starts a sentence at one that opens a line; a report's dateline
     * comes after such points.
     */
    public static boolean isBullet(char c) {
        return c == '\u2022' || c == '\u25aa' || c == '\u25cf' || c == '\u25e6' || c == '\u2023';
    }

    /** A word set with more words: "ABROAD is FORCE_ABROAD with 'foreign' and 'international'". */
    public static Set<String> plus(Set<String> words, String... more) {
        Set<String> out = new HashSet<>(words);
        out.addAll(List.of(more));
        return Set.copyOf(out);
    }

    /** The match words of a dictionary phrase. */
    public static List<String> of(String phrase) {
        List<String> out = new ArrayList<>();
        for (String raw : Fold.plain(phrase).trim().split("\\s+")) {
            if (!raw.isEmpty()) {
                addPieces(raw, out);
            }
        }
        return out;
    }

    /** The match words of one parser token; usually one, several for hyphenated tokens, none for a lone hyphen. */
    public static List<String> ofToken(String token) {
        List<String> out = new ArrayList<>(2);
        addPieces(Fold.plain(token), out);
        return out;
    }

    private static void addPieces(String raw, List<String> out) {
        String w = raw;
        List<String> tail = new ArrayList<>(2);
        while (!w.isEmpty() && "([\"".indexOf(w.charAt(0)) >= 0) {
            out.add(w.substring(0, 1));
            w = w.substring(1);
        }
        while (!w.isEmpty() && ",;:)]\"".indexOf(w.charAt(w.length() - 1)) >= 0) {
            tail.add(0, w.substring(w.length() - 1));
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("'s") && w.length() > 2) {
            tail.add(0, "'s");
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s'") && w.length() > 2) {
            tail.add(0, "'");
            w = w.substring(0, w.length() - 1);
        }
        for (String part : w.split("-")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        out.addAll(tail);
    }
}
