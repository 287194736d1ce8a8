package org.dyad.core.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A trie over word sequences, keyed by folded words. Lookup walks the sentence once per
 * start position, so cost grows with sentence length, not with the number of entries.
 *
 * @param <V> the entry type
 */
public final class PhraseTrie<V> {
    private final Node<V> root = new Node<>();
    private int size;

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        final List<V> values = new ArrayList<>(1);
    }

    /** A match of entries over words {@code [start, end)}. */
    public record Match<V>(int start, int end, List<V> values) {}

    public void put(List<String> keys, V value) {
        Node<V> n = root;
        for (String k : keys) {
            n = n.next.computeIfAbsent(k, x -> new Node<>());
        }
        n.values.add(value);
        size++;
    }

    public int size() {
        return size;
    }

    /**
     * The longest match starting at {@code start} whose entries pass {@code accept} for the words
     * matched, or null.
     *
     * @param keys folded words of the sentence
     * @param accept checks an entry against the words it would match (case rules, say)
     */
    public Match<V> longest(List<String> keys, int start, MatchFilter<V> accept) {
        Node<V> n = root;
        Match<V> best = null;
        for (int i = start; i < keys.size(); i++) {
            n = n.next.get(keys.get(i));
            if (n == null) {
                break;
            }
            if (!n.values.isEmpty()) {
                List<V> ok = new ArrayList<>(n.values.size());
                for (V v : n.values) {
                    if (accept.test(v, start, i + 1)) {
                        ok.add(v);
                    }
                }
                if (!ok.isEmpty()) {
                    best = new Match<>(start, i + 1, ok);
                }
            }
        }
        return best;
    }

    /** All entries stored under exactly these keys. */
    public List<V> exact(List<String> keys) {
        Node<V> n = root;
        for (String k : keys) {
            n = n.next.get(k);
            if (n == null) {
                return List.of();
            }
        }
        return List.copyOf(n.values);
    }

    /** Every value in the trie that passes the predicate. */
    public List<V> values(Predicate<V> p) {
        List<V> out = new ArrayList<>();
        collect(root, p, out);
        return out;
    }

    private void collect(Node<V> n, Predicate<V> p, List<V> out) {
        for (V v : n.values) {
            if (p.test(v)) {
                out.add(v);
            }
        }
        for (Node<V> c : n.next.values()) {
            collect(c, p, out);
        }
    }

    /** Accepts or refuses an entry for the words {@code [start, end)}. */
    @FunctionalInterface
    public interface MatchFilter<V> {
        boolean test(V value, int start, int end);
    }
}
