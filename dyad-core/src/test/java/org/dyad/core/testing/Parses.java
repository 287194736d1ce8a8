package org.dyad.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.ActorDictionaryLoader;
import org.dyad.core.dict.Block;
import org.dyad.core.dict.LineReader;
import org.dyad.core.dict.Problems;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;

/** Hand-written parses and small actor dictionaries for tests of the actor stages, with no models. */
public final class Parses {
    private Parses() {}

    /** An actor dictionary from dictionary text; fails the test on any problem in it. */
    public static ActorDictionary actors(String text) {
        Problems p = new Problems();
        ActorDictionaryLoader loader = new ActorDictionaryLoader(p);
        loader.add(Block.parse(LineReader.lines(text, "t.txt"), p));
        ActorDictionary d = loader.build();
        if (!p.all().isEmpty()) {
            throw new AssertionError("dictionary problems: " + p.all());
        }
        return d;
    }

    /**
     * A parsed sentence: tokens as {@code word/POS}, {@code word/POS/lemma} or
     * {@code word/POS/lemma/NER} (an empty lemma is the lower-cased word), edges as
     * {@code "relation governor dependent"}, used as both the basic and the enhanced graph.
     */
    public static Sentence sentence(String tagged, String... edges) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String t : tagged.split(" ")) {
            String[] f = t.split("/");
            String lemma = f.length > 2 && !f[2].isEmpty() ? f[2] : f[0].toLowerCase(Locale.ROOT);
            String ner = f.length > 3 ? f[3] : "O";
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(tokens.size(), f[0], lemma, f[1], ner, text.length(), text.length() + f[0].length()));
            text.append(f[0]);
        }
        List<Edge> es = new ArrayList<>();
        for (String e : edges) {
            String[] f = e.split(" ");
            es.add(new Edge(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
        }
        return new Sentence(0, 0, text.length(), text.toString(), tokens, es, es);
    }

    /** The mention with exactly this text. */
    public static ActorMention mention(List<ActorMention> ms, String text) {
        for (ActorMention m : ms) {
            if (m.text().equals(text)) {
                return m;
            }
        }
        throw new AssertionError("no mention '" + text + "' in " + ms);
    }
}
