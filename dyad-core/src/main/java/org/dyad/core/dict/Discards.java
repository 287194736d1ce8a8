package org.dyad.core.dict;

import java.util.List;
import org.dyad.core.text.Fold;
import org.dyad.core.text.Words;

/**
 * Phrases that mark text which is not political news (sport results, film reviews), from
 * {@code discards.txt}:
 *
 * <pre>
 * discard SPORT sport results
 *     sentence  scored a goal | penalty shootout
 *     document  Premier League | box office
 * </pre>
 *
 * A {@code sentence} phrase keeps its sentence from being coded; a {@code document} phrase
 * keeps the whole document from being coded. Matching ignores case.
 */
public final class Discards {
    private final PhraseTrie<Entry> trie;

    /** One discard phrase. */
    public record Entry(String genre, boolean wholeDocument, String phrase, String rule) {}

    private Discards(PhraseTrie<Entry> trie) {
        this.trie = trie;
    }

    /** Discards built by other readers (PETRARCH's), keyed by {@link Fold#key} words. */
    public static Discards of(PhraseTrie<Entry> trie) {
        return new Discards(trie);
    }

    public static Discards empty() {
        return new Discards(new PhraseTrie<>());
    }

    public PhraseTrie<Entry> trie() {
        return trie;
    }

    public int size() {
        return trie.size();
    }

    public static Discards from(List<Block> blocks, Problems problems) {
        PhraseTrie<Entry> trie = new PhraseTrie<>();
        for (Block b : blocks) {
            if (!b.kind().equals("discard")) {
                problems.error(b.header(), "expected 'discard GENRE', not '" + b.kind() + "'");
                continue;
            }
            for (Block.Field f : b.fields()) {
                boolean doc;
                if (f.name().equals("sentence")) {
                    doc = false;
                } else if (f.name().equals("document")) {
                    doc = true;
                } else {
                    problems.error(f.line(), "a discard block has 'sentence' and 'document' lines");
                    continue;
                }
                for (String phrase : f.items()) {
                    List<String> keys = Fold.keys(Words.of(phrase));
                    if (keys.isEmpty()) {
                        problems.error(f.line(), "empty phrase");
                        continue;
                    }
                    trie.put(keys, new Entry(b.id(), doc, phrase, f.line().where()));
                }
            }
        }
        return new Discards(trie);
    }
}
