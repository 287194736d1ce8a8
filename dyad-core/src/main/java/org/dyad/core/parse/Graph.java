package org.dyad.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/** Fast look-ups over a sentence's dependency edges, by governor and by dependent. */
public final class Graph {
    private final List<List<Edge>> out;
    private final List<List<Edge>> in;

    private Graph(int n, List<Edge> edges) {
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(3));
            in.add(new ArrayList<>(2));
        }
        for (Edge e : edges) {
            if (e.dependent() < 0 || e.dependent() >= n || e.governor() >= n) {
                continue;
            }
            if (e.governor() >= 0) {
                out.get(e.governor()).add(e);
            }
            in.get(e.dependent()).add(e);
        }
    }

    /** The basic tree. */
    public static Graph basic(Sentence s) {
        return new Graph(s.size(), s.basic());
    }

    /** The enhanced++ graph, or the basic tree when the parse has no enhanced edges. */
    public static Graph enhanced(Sentence s) {
        return new Graph(s.size(), s.enhanced().isEmpty() ? s.basic() : s.enhanced());
    }

    /** The token of tokens [start, end) whose governor lies outside them; the last such token when there are several. */
    public int spanHead(int start, int end) {
        for (int k = end - 1; k >= start; k--) {
            int gov = governor(k);
            if (gov < start || gov >= end) {
                return k;
            }
        }
        return end - 1;
    }

    public List<Edge> children(int i) {
        return out.get(i);
    }

    /** Children whose relation is {@code rel} or a subtype of it ({@code obl} matches {@code obl:on}). */
    public List<Edge> children(int i, String rel) {
        List<Edge> r = new ArrayList<>(2);
        for (Edge e : out.get(i)) {
            if (matches(e.relation(), rel)) {
                r.add(e);
            }
        }
        return r;
    }

    public List<Edge> parents(int i) {
        return in.get(i);
    }

    /** The first parent edge (in a tree, the only one), or null for the root and unattached tokens. */
    public @Nullable Edge head(int i) {
        for (Edge e : in.get(i)) {
            if (e.governor() >= 0) {
                return e;
            }
        }
        return null;
    }

    /** The governor of a token, or -1. */
    public int governor(int i) {
        Edge e = head(i);
        return e == null ? -1 : e.governor();
    }

    public boolean hasChild(int i, String rel) {
        for (Edge e : out.get(i)) {
            if (matches(e.relation(), rel)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code relation} is {@code rel} or a subtype of it. */
    public static boolean matches(String relation, String rel) {
        return relation.equals(rel) || relation.length() > rel.length() && relation.startsWith(rel)
                && relation.charAt(rel.length()) == ':';
    }

    /** Whether a noun's preposition ("case" child) is one of these lower-case words: "of" in "leaders of X". */
    public boolean markedBy(Sentence s, int noun, Set<String> prepositions) {
        for (Edge c : children(noun, "case")) {
            if (prepositions.contains(s.token(c.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} dominates {@code b} in this graph (following governor links up from b). */
    public boolean dominates(int a, int b) {
        return dominates(a, b, out.size());
    }

    /** Whether {@code a} is {@code b} or above it by at most {@code steps} governor links. */
    public boolean dominates(int a, int b, int steps) {
        int cur = b;
        for (int guard = 0; guard <= steps && cur >= 0; guard++) {
            if (cur == a) {
                return true;
            }
            cur = governor(cur);
        }
        return false;
    }

    public int size() {
        return out.size();
    }
}
