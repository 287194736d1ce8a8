package org.dyad.core.dict;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Named word sets for patterns, from {@code synsets.txt}:
 *
 * <pre>
 * synset TROOPS
 *     words  troops | soldier | battalion
 *     words  &amp;WARPLANES
 * </pre>
 *
 * A set may include another with {@code &NAME}.
 */
public final class Synsets {
    private final Map<String, WordSet> sets;

    private Synsets(Map<String, WordSet> sets) {
        this.sets = Collections.unmodifiableMap(sets);
    }

    public static Synsets empty() {
        return new Synsets(Map.of());
    }

    public Optional<WordSet> find(String name) {
        return Optional.ofNullable(sets.get(name.toUpperCase(Locale.ROOT)));
    }

    public Map<String, WordSet> all() {
        return sets;
    }

    /** Builds the sets from blocks; later blocks with the same name replace earlier ones. */
    public static Synsets from(List<Block> blocks, Problems problems) {
        Map<String, Block> byName = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (!b.kind().equals("synset")) {
                problems.error(b.header(), "expected 'synset NAME', not '" + b.kind() + "'");
                continue;
            }
            byName.put(b.id().toUpperCase(Locale.ROOT), b);
        }
        Map<String, WordSet> out = new LinkedHashMap<>();
        for (String name : byName.keySet()) {
            Set<String> words = new HashSet<>();
            expand(name, byName, words, new HashSet<>(), problems);
            out.put(name, new WordSet("&" + name, words));
        }
        return new Synsets(out);
    }

    private static void expand(String name, Map<String, Block> byName, Set<String> words, Set<String> visiting,
            Problems problems) {
        if (!visiting.add(name)) {
            problems.error(byName.get(name).header(), "synset &" + name + " includes itself");
            return;
        }
        Block b = byName.get(name);
        for (Block.Field f : b.fields()) {
            if (!f.name().equals("words")) {
                problems.error(f.line(), "a synset has only 'words' lines");
                continue;
            }
            for (String w : f.items()) {
                if (w.startsWith("&")) {
                    String inner = w.substring(1).toUpperCase(Locale.ROOT);
                    if (!byName.containsKey(inner)) {
                        problems.error(f.line(), "unknown synset " + w);
                    } else {
                        expand(inner, byName, words, visiting, problems);
                    }
                } else {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        visiting.remove(name);
    }
}
