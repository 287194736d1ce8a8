package org.dyad.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;

/** A crude tokenizer for tests of stages that need words but no parse. */
public final class Tokens {
    private static final Pattern WORD = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|[\\p{L}\\p{N}]+(?:[.'’][\\p{L}]+)*\\.?|\\S");

    private Tokens() {}

    public static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.endsWith(".") && w.length() > 1 && !w.matches("(?i)(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u\\.s)\\.")) {
                tokens.add(new Token(tokens.size(), w.substring(0, w.length() - 1), w.substring(0, w.length() - 1), "X", "O",
                        m.start(), m.end() - 1));
                tokens.add(new Token(tokens.size(), ".", ".", ".", "O", m.end() - 1, m.end()));
            } else {
                tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "X", "O", m.start(), m.end()));
            }
        }
        return new Sentence(0, 0, text.length(), text, tokens, List.of(), List.of());
    }
}
