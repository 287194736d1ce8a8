package org.dyad.core.actors;

import java.util.regex.Pattern;

/**
 * Words that put a title in the past for the coreference rules: "the former president", "the
 * ex-premier", "the late king", "the then army chief", "the ousted prime minister". Such a title
 * is never the one who holds the office on the date. "Outgoing" is not among them: an outgoing
 * president still holds the office.
 */
final class PastTitles {
    private PastTitles() {}

    private static final Pattern WORD = Pattern.compile("(?i)former|erstwhile|late|then|ousted|deposed");
    private static final Pattern WORDS = Pattern.compile("(?i)\\b(former|erstwhile|late|then|ousted|deposed)\\b|\\bex-\\w");

    /** Whether one token is such a word, or starts with "ex-" ("ex-premier"). */
    static boolean marks(String word) {
        return WORD.matcher(word).matches() || word.length() > 3 && word.regionMatches(true, 0, "ex-", 0, 3);
    }

    /** Whether a text holds such a word anywhere: "former Prime Minister Nawaz Sharif". */
    static boolean in(String text) {
        return WORDS.matcher(text).find();
    }
}
