package org.dyad.geo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Event;
import org.dyad.core.model.Place;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Facet;
import org.dyad.core.pipeline.Stage;

/**
 * Places each event: the place named in its own clause ("at a summit in Doha", "the raid on a
 * checkpoint near Mandera"); failing that, a place named in its sentence; failing that, the
 * document's focus, the place it names most often. {@code location_source} says which.
 */
public final class PlaceStage implements Stage {
    private final PlaceFinder finder;

    public PlaceStage(Gazetteer gazetteer) {
        this.finder = new PlaceFinder(gazetteer);
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Facet> requires() {
        return EnumSet.of(Facet.PARSE, Facet.ACTORS, Facet.EVENTS);
    }

    @Override
    public Set<Facet> provides() {
        return EnumSet.of(Facet.PLACES);
    }

    @Override
    public Analysis apply(Analysis in) {
        List<Toponym> tops = finder.find(in);
        Map<Integer, List<Toponym>> bySentence = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Toponym focus = null;
        for (Toponym t : tops) {
            bySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
            String key = t.place().name() + "|" + t.place().country();
            int c = counts.merge(key, 1, Integer::sum);
            if (focus == null || c > counts.get(focus.place().name() + "|" + focus.place().country())) {
                focus = t;
            }
        }
        List<Event> out = new ArrayList<>(in.events().size());
        for (Event e : in.events()) {
            List<Toponym> here = bySentence.getOrDefault(e.evidence().sentenceIndex(), List.of());
            Sentence s = in.sentences().get(e.evidence().sentenceIndex());
            Toponym clause = clausePlace(s, here, e.evidence().headToken(), e.evidence().triggerToken());
            if (clause != null) {
                out.add(e.withWhere(place(clause, Place.Source.CLAUSE)));
            } else if (!here.isEmpty()) {
                out.add(e.withWhere(place(here.get(0), Place.Source.SENTENCE)));
            } else if (focus != null) {
                out.add(e.withWhere(place(focus, Place.Source.DOCUMENT)));
            } else {
                out.add(e);
            }
        }
        return in.withEvents(Facet.PLACES, out, List.of());
    }

    private static Place place(Toponym t, Place.Source source) {
        GeoPlace p = t.place();
        return new Place(p.name(), p.geonamesId() == 0 ? null : p.geonamesId(), p.country(), p.admin1(), p.lat(), p.lon(),
                source, t.text());
    }

    /** The place whose phrase hangs below the event's word without leaving its clause. */
    static Toponym clausePlace(Sentence s, List<Toponym> tops, int head, int trigger) {
        if (tops.isEmpty()) {
            return null;
        }
        Graph g = Graph.basic(s);
        Toponym best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (Toponym t : tops) {
            int cur = t.head();
            for (int depth = 0; depth <= s.size() && cur >= 0; depth++) {
                if (cur == head || cur == trigger) {
                    if (depth < bestDepth) {
                        best = t;
                        bestDepth = depth;
                    }
                    break;
                }
                Edge up = g.head(cur);
                if (up == null || up.relation().equals("ccomp") || up.relation().startsWith("parataxis")
                        || up.relation().equals("acl:relcl") || up.relation().startsWith("advcl")) {
                    break;
                }
                cur = up.governor();
            }
        }
        return best;
    }
}
