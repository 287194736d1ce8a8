package org.dyad.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;

/**
 * Misparses that change who did what to whom, corrected before any later stage reads the parse.
 * Each repair is narrow and keeps every other edge as the parser gave it.
 */
final class ParseRepairs {
    private ParseRepairs() {}

    /** Relations by which the parser hangs an adjectival participle on the verb before it. */
    private static final Set<String> CLAUSAL = Set.of("xcomp", "dep", "ccomp", "advcl");

    /** Participles that news puts before a person as adjectives: "met visiting Kenyan President Kibaki". */
    private static final Set<String> ADJECTIVAL = Set.of("visiting");

    static Sentence apply(Sentence s) {
        Graph g = null;
        for (Token t : s.tokens()) {
            if (!ADJECTIVAL.contains(t.word().toLowerCase(Locale.ROOT)) || !t.pos().equals("VBG")) {
                continue;
            }
            // The graph only for the rare sentence that has such a participle: this runs on every sentence.
            if (g == null) {
                g = Graph.basic(s);
            }
            Edge up = g.head(t.index());
            List<Edge> objects = g.children(t.index(), "obj");
            if (up == null || objects.size() != 1) {
                continue;
            }
            int noun = objects.get(0).dependent();
            if (up.relation().startsWith("conj") && s.token(up.governor()).isNoun() && s.token(noun).pos().startsWith("NNP")) {
                // "Aso and visiting Chinese Foreign Minister Li Zhaoxing agreed", parsed as
                // conj(Aso, visiting) and obj(visiting, Zhaoxing): Li Zhaoxing is the conjunct.
                return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(),
                        rewireConjunct(s.basic(), t.index(), noun), rewireConjunct(s.enhanced(), t.index(), noun));
            }
            if (up.governor() != t.index() - 1 || !CLAUSAL.contains(up.relation())
                    || !s.token(up.governor()).isVerb() || !g.children(up.governor(), "obj").isEmpty()) {
                continue;
            }
            // "told visiting Kenyan President Mwai Kibaki", parsed as xcomp(told, visiting) and
            // obj(visiting, Kibaki): "visiting" describes Kibaki, who is what "told" acts on.
            int verb = up.governor();
            return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(),
                    rewire(s.basic(), verb, t.index(), noun), rewire(s.enhanced(), verb, t.index(), noun));
        }
        return s;
    }

    /** The noun a participle took as its object takes the participle's place; the participle describes it. */
    private static List<Edge> rewireConjunct(List<Edge> edges, int participle, int noun) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            if (e.governor() == participle && e.dependent() == noun) {
                out.add(new Edge(noun, participle, "amod"));
            } else if (e.governor() == participle) {
                out.add(new Edge(noun, e.dependent(), e.relation()));
            } else if (e.dependent() == participle) {
                out.add(new Edge(e.governor(), noun, e.relation()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Edge> rewire(List<Edge> edges, int verb, int participle, int noun) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            if (e.governor() == verb && e.dependent() == participle) {
                out.add(new Edge(noun, participle, "amod"));
            } else if (e.governor() == participle && e.dependent() == noun) {
                out.add(new Edge(verb, noun, "obj"));
            } else if (e.governor() == participle) {
                // The verb's own subject, which the enhanced graph copies onto a controlled
                // complement, is no subject of an adjective; the participle's other phrases
                // ("in Beijing", "on Friday") are the verb's.
                if (!e.relation().startsWith("nsubj")) {
                    out.add(new Edge(verb, e.dependent(), e.relation()));
                }
            } else {
                out.add(e);
            }
        }
        return out;
    }
}
