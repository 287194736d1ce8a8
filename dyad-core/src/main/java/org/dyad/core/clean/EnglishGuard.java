package org.dyad.core.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a text is English from the share of English function words among its words
 * and from its script. Cheap, and reliable for anything longer than a sentence or two.
 */
public final class EnglishGuard {
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by",
            "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "had",
            "they", "you", "were", "their", "one", "all", "we", "can", "her", "has", "there", "been", "if",
            "more", "when", "will", "would", "who", "so", "no", "said", "its", "than", "into", "after", "also",
            "over", "about", "against", "between", "these", "those", "them", "could", "should", "may", "our",
            "what", "where", "while", "did", "does", "do", "she", "him", "i", "my", "us", "up", "out", "any",
            "some", "other", "such", "only", "then", "because", "under", "since", "before", "during", "says");
    private static final int SAMPLE_WORDS = 3000;
    private static final int MIN_WORDS = 12;
    private static final int SHORT_WORDS = 60;

    private final double minRatio;

    public EnglishGuard(double minRatio) {
        this.minRatio = minRatio;
    }

    /** Null when the text passes, else a reason it is not English. */
    public String verdict(CharSequence text) {
        int words = 0;
        int english = 0;
        int latin = 0;
        int otherLetters = 0;
        Character.UnicodeScript dominantOther = null;
        int[] scriptCounts = new int[Character.UnicodeScript.values().length];
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length() && words < SAMPLE_WORDS; i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '\'') {
                if (Character.isLetter(c)) {
                    Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                    if (sc == Character.UnicodeScript.LATIN) {
                        latin++;
                    } else {
                        otherLetters++;
                        scriptCounts[sc.ordinal()]++;
                    }
                }
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                words++;
                if (FUNCTION_WORDS.contains(w.toString())) {
                    english++;
                }
                w.setLength(0);
            }
        }
        if (otherLetters > latin) {
            int best = 0;
            for (int k = 0; k < scriptCounts.length; k++) {
                if (scriptCounts[k] > scriptCounts[best]) {
                    best = k;
                }
            }
            dominantOther = Character.UnicodeScript.values()[best];
            return "not English: mostly " + dominantOther.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " script";
        }
        if (words < MIN_WORDS) {
            return null;
        }
        double ratio = (double) english / words;
        // A sentence or two is a small sample: function words vary a lot between short texts, so
        // a short text needs half the share, and two function words at least.
        double required = words < SHORT_WORDS ? minRatio / 2 : minRatio;
        if (ratio < required || english < 2) {
            return String.format(Locale.ROOT,
                    "not English: %.0f%% of its words are common English words (at least %.0f%% expected)",
                    100 * ratio, 100 * required);
        }
        return null;
    }
}
