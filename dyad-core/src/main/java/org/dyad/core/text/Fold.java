package org.dyad.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Folding of words for matching: lower case, without diacritics, with typographic apostrophes made plain. */
public final class Fold {
    private Fold() {}

    /** Lower-cases and strips diacritics: "Élysée" → "elysee". */
    public static String key(String word) {
        return plain(word).toLowerCase(Locale.ROOT);
    }

    /** The keys of several words, in order: what a phrase trie matches on. */
    public static List<String> keys(List<String> words) {
        List<String> keys = new ArrayList<>(words.size());
        for (String w : words) {
            keys.add(key(w));
        }
        return keys;
    }

    /** Strips diacritics and normalises apostrophes and dashes, keeping case: "Erdoğan" → "Erdogan". */
    public static String plain(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0x7f) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return word;
        }
        String d = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            // Soft hyphens and zero-width spaces are invisible: "Auran\u00adgzeb" is "Aurangzeb".
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u00ad' || c == '\u200b') {
                continue;
            }
            switch (c) {
                case '\u2018':
                case '\u2019':
                case '\u02bc':
                case '`':
                    b.append('\'');
                    break;
                case '\u2010':
                case '\u2011':
                case '\u2012':
                case '\u2013':
                case '\u2014':
                    b.append('-');
                    break;
                case '\u0131':
                    b.append('i');
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }

    /** True when the word has letters and all of them are upper case ("NATO", "U.S."). */
    public static boolean allCaps(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** True when no letter of the word is upper case. */
    public static boolean lowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
