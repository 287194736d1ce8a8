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
    private final Gazetteer gazetteer;

    public PlaceStage(Gazetteer gazetteer) {
        this.finder = new PlaceFinder(gazetteer);
        this.gazetteer = gazetteer;
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
        List<Toponym> tops = new ArrayList<>(finder.find(in));
        // A country named inside an institution's name ("the U.S. State Department") is not where
        // anything happens.
        tops.removeIf(Toponym::associative);
        Map<Integer, List<Toponym>> bySentence = new HashMap<>();
        for (Toponym t : tops) {
            bySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
        }
        Toponym focus = focus(in, tops);
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

    /**
     * The document's focus: the country it is most about, counting the places it names there
     * and its actors from there (a dateline counts three times); then the place in that country
     * it names most often, or the country itself.
     */
    private Toponym focus(Analysis in, List<Toponym> tops) {
        int datelineEnd = org.dyad.core.time.PublicationDateStage.datelineEnd(in);
        Map<String, Integer> byCountry = new HashMap<>();
        for (Toponym t : tops) {
            byCountry.merge(t.place().country(), t.begin() < datelineEnd ? 3 : 1, Integer::sum);
        }
        for (org.dyad.core.model.ActorMention m : in.mentions()) {
            if (m.actor() != null && m.actor().kind() == org.dyad.core.model.ActorKind.COUNTRY && m.actor().country() != null
                    && m.form() != org.dyad.core.model.ActorMention.Form.REFERENCE) {
                byCountry.merge(m.actor().country(), 1, Integer::sum);
            }
        }
        String country = null;
        for (Map.Entry<String, Integer> e : byCountry.entrySet()) {
            if (country == null || e.getValue() > byCountry.get(country)
                    || e.getValue().equals(byCountry.get(country)) && e.getKey().compareTo(country) < 0) {
                country = e.getKey();
            }
        }
        if (country == null) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        Toponym best = null;
        for (Toponym t : tops) {
            if (!t.place().country().equals(country) || t.place().kind() == PlaceKind.COUNTRY) {
                continue;
            }
            int c = counts.merge(t.place().name(), t.begin() < datelineEnd ? 3 : 1, Integer::sum);
            if (best == null || c > counts.get(best.place().name())) {
                best = t;
            }
        }
        if (best != null) {
            return best;
        }
        for (Toponym t : tops) {
            if (t.place().country().equals(country)) {
                return t;
            }
        }
        GeoPlace c = gazetteer.country(country).orElse(null);
        return c == null ? null : new Toponym(-1, 0, 0, 0, c.name(), 0, 0, c, false);
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
