package org.dyad.core.dict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Verb or noun patterns indexed by predicate, most specific first. Immutable. */
public final class PatternDictionary {
    private final Map<String, List<Pattern>> byPredicate;
    private final int size;

    PatternDictionary(List<Pattern> patterns) {
        Map<String, List<Pattern>> m = new HashMap<>();
        for (Pattern p : patterns) {
            m.computeIfAbsent(p.predicate(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<Pattern>> e : m.entrySet()) {
            List<Pattern> l = new ArrayList<>(e.getValue());
            // Stable sort: equal specificity keeps file order.
            l.sort(Comparator.comparingInt(Pattern::specificity).reversed());
            e.setValue(List.copyOf(l));
        }
        this.byPredicate = Collections.unmodifiableMap(m);
        this.size = patterns.size();
    }

    /** A dictionary of patterns built by other readers (PETRARCH's), indexed like a loaded one. */
    public static PatternDictionary of(List<Pattern> patterns) {
        return new PatternDictionary(patterns);
    }

    public static PatternDictionary empty() {
        return new PatternDictionary(List.of());
    }

    /** Patterns for a predicate key ("attack", "carry_out"), most specific first. */
    public List<Pattern> patterns(String predicate) {
        return byPredicate.getOrDefault(predicate, List.of());
    }

    public boolean has(String predicate) {
        return byPredicate.containsKey(predicate);
    }

    public Set<String> predicates() {
        return byPredicate.keySet();
    }

    public int size() {
        return size;
    }
}
