package org.dyad.core.model;

import java.util.List;

/**
 * A parsed sentence in Dyad's own model: no CoreNLP types.
 *
 * @param index zero-based position in the document
 * @param begin offset of the first character in the document text
 * @param end offset after the last character in the document text
 * @param text the sentence's text, equal to {@code document.text().substring(begin, end)}
 * @param tokens tokens in order
 * @param basic basic UD dependency tree
 * @param enhanced enhanced++ UD dependency graph (shared subjects, relative-clause heads, case-marked relations)
 */
public record Sentence(
        int index, int begin, int end, String text, List<Token> tokens, List<Edge> basic, List<Edge> enhanced) {

    public Sentence {
        tokens = List.copyOf(tokens);
        basic = List.copyOf(basic);
        enhanced = List.copyOf(enhanced);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Tokens [start, end) of a sentence. */
    public record Run(int start, int end) {}

    /**
     * Maximal runs of consecutive tokens that the named-entity tagger marks {@code ner} and that
     * {@code usable} accepts: the spans of "Khyber Pakhtunkhwa", "Asim Munir".
     */
    public List<Run> runs(String ner, java.util.function.IntPredicate usable) {
        List<Run> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).ner().equals(ner) || !usable.test(i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).ner().equals(ner) && usable.test(end)) {
                end++;
            }
            out.add(new Run(i, end));
            i = end;
        }
        return out;
    }

    /** The words from token {@code from} (inclusive) to {@code to} (exclusive), as they appear in the text. */
    public String words(int from, int to) {
        if (from >= to) {
            return "";
        }
        int b = tokens.get(from).begin() - begin;
        int e = tokens.get(to - 1).end() - begin;
        return text.substring(b, e);
    }
}
