package org.dyad.core.actors;

import java.util.regex.Pattern;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Sentence;

/**
 * Words that put a title in the past for the coreference rules: "the former president", "the
 * ex-premier", "the late king", "the then army chief", "the ousted prime minister". Such a title
 * is never the one who holds the office on the date. "Outgoing" is not among them: an outgoing
 * president still holds the office.
 */
final class PastTitles {
    private PastTitles() {}

    private static final String LIST = "former|erstwhile|late|then|ousted|deposed";
    private static final Pattern WORD = Pattern.compile("(?i)" + LIST);
    private static final Pattern WORDS = Pattern.compile("(?i)\\b(" + LIST + ")\\b|\\bex-\\w");

    /** Whether one token is such a word, or starts with "ex-" ("ex-premier"). */
    static boolean marks(String word) {
        return WORD.matcher(word).matches() || word.length() > 3 && word.regionMatches(true, 0, "ex-", 0, 3);
    }

    /** Whether a text holds such a word anywhere: "former Prime Minister Nawaz Sharif". */
    static boolean in(String text) {
        return WORDS.matcher(text).find();
    }

    /** Whether a mention's words hold such a word, or the word just before it is one: "former president Trump". */
    static boolean marked(Sentence s, ActorMention m) {
        return in(m.text()) || m.start() > 0 && marks(s.token(m.start() - 1).word());
    }
}
