package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;

/**
 * Where refugees come from, when their own phrase says so: "refugees from Syria", "refugees
 * fleeing Burundi", "refugees fleeing the civil war in Liberia", "migrants escaping the Syrian
 * war". Only the phrase of the refugees counts: "refugees arrived in Greece" states no origin,
 * and "troops from Syria" are not Syria's (only refugees take an origin this way).
 */
final class Origins {
    private static final Set<String> FLEE = Set.of("flee", "escape", "leave");
    private static final Set<String> FROM = Set.of("from", "in", "of");

    private Origins() {}

    /**
     * Tokens that may name the origin of the refugees in {@code [start, end)} headed at
     * {@code head}, best first; a country mention covering one of them is their origin.
     */
    static List<Integer> of(Sentence s, Graph g, int start, int end, int head) {
        List<Integer> out = new ArrayList<>();
        if (end < s.size() && s.token(end).word().equalsIgnoreCase("from")) {
            int k = end + 1;
            if (k < s.size() && s.token(k).word().equalsIgnoreCase("the")) {
                k++;
            }
            if (k < s.size()) {
                out.add(k);
            }
        }
        List<Integer> verbs = new ArrayList<>();
        for (Edge e : g.children(head)) {
            if (e.relation().startsWith("acl") && flee(s, e.dependent())) {
                verbs.add(e.dependent());
            }
        }
        Edge up = g.head(head);
        if (up != null && up.relation().equals("nsubj") && up.governor() >= 0 && flee(s, up.governor())
                && s.token(up.governor()).pos().equals("VBG")) {
            // "Refugees fleeing the war …" parsed as a clause with the refugees as its subject.
            verbs.add(up.governor());
        }
        for (int v : verbs) {
            for (Edge e : g.children(v)) {
                if (e.relation().equals("obj") || e.relation().startsWith("obl") && hasCase(s, g, e.dependent())) {
                    out.add(e.dependent());
                    for (Edge c : g.children(e.dependent())) {
                        if (c.relation().equals("amod") || c.relation().startsWith("nmod") && hasCase(s, g, c.dependent())) {
                            out.add(c.dependent());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Verbs of people coming to a country: "workers coming from Romania". */
    private static final Set<String> COME = Set.of("come", "arrive", "migrate", "emigrate");

    /**
     * Where workers or other people come from, when a verb of coming in their own phrase says so:
     * "workers coming from Romania and Bulgaria". Tokens of the "from" phrase, first conjunct first.
     */
    static List<Integer> ofMigrants(Sentence s, Graph g, int head) {
        List<Integer> out = new ArrayList<>();
        for (Edge e : g.children(head)) {
            if (!e.relation().startsWith("acl") || !COME.contains(s.token(e.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Edge o : g.children(e.dependent())) {
                if (o.relation().startsWith("obl") && g.markedBy(s, o.dependent(), Set.of("from"))) {
                    out.add(o.dependent());
                }
            }
        }
        return out;
    }

    private static boolean flee(Sentence s, int token) {
        return FLEE.contains(s.token(token).lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean hasCase(Sentence s, Graph g, int token) {
        return g.markedBy(s, token, FROM);
    }
}
