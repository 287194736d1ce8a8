package org.dyad.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.jspecify.annotations.Nullable;

/**
 * Finds the places a document names and resolves them. Candidates are the words NER tags as
 * locations, and country and capital names used as places. Names that act ("Ankara said"),
 * national adjectives ("Somali") and peoples are not places. Country names are resolved first;
 * the countries of the document's actors and places then guide the rest.
 */
public final class PlaceFinder {
    /** Oceans, continents and points of the compass: not in the gazetteer, and not to be confused with towns. */
    private static final Set<String> NOT_PLACES = Names.union(Set.of("antarctic", "africa", "asia", "europe",
            "america", "americas", "oceania", "middle east", "west", "east", "north", "south", "western", "eastern",
            "northern", "southern", "midwest", "balkans", "sahel", "levant", "horn of africa", "west coast",
            "east coast", "sub saharan africa", "latin america", "central asia", "south asia", "southeast asia",
            "east asia", "north africa", "west africa", "east africa", "central africa", "southern africa",
            "scandinavia", "eurasia",
            "mediterranean sea", "pacific ocean", "atlantic ocean", "arctic ocean", "middle", "central", "upper",
            "lower", "new", "old", "great"), Names.SEAS);
    private static final Set<String> ACTING = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "nmod:poss",
            "nsubj:xsubj");
    private final Geocoder geocoder;
    private final Gazetteer gazetteer;

    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.geocoder = new Geocoder(gazetteer);
    }

    /**
     * A place name before resolution.
     *
     * @param country for a country named by the actor dictionary ("the US", "Britain"), its code
     */
    private record Span(int sentence, int start, int end, int head, String hint, String country, boolean associative) {
        Span(int sentence, int start, int end, int head, String hint, String country) {
            this(sentence, start, end, head, hint, country, false);
        }
    }

    public List<Toponym> find(Analysis a) {
        Map<Integer, List<ActorMention>> mentions = new HashMap<>();
        Set<String> countries = new LinkedHashSet<>();
        for (ActorMention m : a.mentions()) {
            mentions.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            if (m.actor() != null && m.actor().country() != null && m.actor().kind() != ActorKind.UNKNOWN) {
                countries.add(m.actor().country());
            }
        }
        List<Span> spans = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            spans.addAll(spans(s, mentions.getOrDefault(s.index(), List.of()), gazetteer));
        }
        List<Toponym> out = new ArrayList<>();
        // Countries and provinces first: they are rarely ambiguous and set the context.
        Map<Span, Geocoder.Resolved> resolved = new HashMap<>();
        for (Span sp : spans) {
            Sentence s = a.sentences().get(sp.sentence());
            if (sp.country() != null) {
                var c = gazetteer.country(sp.country());
                if (c.isPresent()) {
                    countries.add(sp.country());
                    resolved.put(sp, new Geocoder.Resolved(c.get(), 100));
                    continue;
                }
            }
            Geocoder.Resolved r = geocoder.resolve(s.words(sp.start(), sp.end()), new Geocoder.Context(Set.of(), sp.hint()));
            if (r != null && (r.place().kind() == PlaceKind.COUNTRY || r.place().kind() == PlaceKind.CAPITAL)) {
                countries.add(r.place().country());
                resolved.put(sp, r);
            }
        }
        for (Span sp : spans) {
            Sentence s = a.sentences().get(sp.sentence());
            Geocoder.Resolved r = sp.country() != null ? resolved.get(sp)
                    : geocoder.resolve(s.words(sp.start(), sp.end()), new Geocoder.Context(countries, sp.hint()));
            if (r == null) {
                r = resolved.get(sp);
            }
            if (r == null) {
                continue;
            }
            out.add(new Toponym(sp.sentence(), sp.start(), sp.end(), sp.head(), s.words(sp.start(), sp.end()),
                    s.token(sp.start()).begin(), s.token(sp.end() - 1).end(), r.place(), sp.associative()));
        }
        return out;
    }

    private static List<Span> spans(Sentence s, List<ActorMention> ms, Gazetteer gazetteer) {
        Graph g = Graph.basic(s);
        List<Span> out = new ArrayList<>();
        boolean[] taken = new boolean[s.size()];
        for (ActorMention m : ms) {
            if (m.actor() == null || m.actor().kind() != ActorKind.COUNTRY) {
                // Named people, groups and organisations are not places, though NER may say so.
                if (m.form() != ActorMention.Form.UNKNOWN) {
                    for (int k = m.start(); k < m.end(); k++) {
                        taken[k] = true;
                    }
                }
                Span own = countryInName(s, g, m, gazetteer);
                if (own == null) {
                    own = townInBodyName(s, g, m, gazetteer);
                }
                if (own != null) {
                    out.add(own);
                }
                continue;
            }
            boolean place = m.form() == ActorMention.Form.NAME || m.form() == ActorMention.Form.CAPITAL;
            for (int k = m.start(); k < m.end(); k++) {
                taken[k] = true;
            }
            Span town = m.form() == ActorMention.Form.ROLE ? townInRoleName(s, g, m, gazetteer) : null;
            if (town == null && m.rule().startsWith("occupation body")) {
                // "the Kenya Revenue Authority", "the Electoral Commission of Zambia": the country a body's
                // name holds is an associative toponym, as in an institution's name.
                town = countryInName(s, g, m, gazetteer, Set.of(PlaceKind.COUNTRY, PlaceKind.CAPITAL));
                town = town != null ? town : countryEndingName(s, g, m, gazetteer);
            }
            if (town != null) {
                out.add(town);
                continue;
            }
            if (place && !acting(g, s, m.head())) {
                String iso = m.form() == ActorMention.Form.NAME ? m.actor().id() : null;
                out.add(new Span(s.index(), m.start(), m.end(), m.head(), hint(s, m.end()), iso));
            }
        }
        for (Sentence.Run r : s.runs("LOCATION", k -> !taken[k])) {
            int a = r.start();
            int b = r.end();
            // Trim words that are not part of a name: "of" inside "United States of America".
            while (a < b && !Character.isUpperCase(s.token(a).word().charAt(0))) {
                a++;
            }
            while (b > a && !Character.isUpperCase(s.token(b - 1).word().charAt(0))) {
                b--;
            }
            if (a < b && !NOT_PLACES.contains(Names.key(s.words(a, b)))) {
                int head = g.spanHead(a, b);
                if (!acting(g, s, head)) {
                    out.add(new Span(s.index(), a, b, head, hint(s, b), null));
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /**
     * The country's own name at the start of an institution's name, as an associative toponym:
     * "U.S." in "the U.S. State Department" ("British" in "the British Embassy" is an adjective, no
     * name). Null when the name does not start with a name of the institution's country.
     */
    private static @Nullable Span countryInName(Sentence s, Graph g, ActorMention m, Gazetteer gazetteer) {
        return countryInName(s, g, m, gazetteer, Set.of(PlaceKind.COUNTRY));
    }

    /** The same, for a place of one of these kinds in the institution's country. */
    private static @Nullable Span countryInName(Sentence s, Graph g, ActorMention m, Gazetteer gazetteer,
            Set<PlaceKind> kinds) {
        String iso = m.actor() == null ? null : m.actor().country();
        if (iso == null || m.actor().kind() == ActorKind.PERSON || m.end() - m.start() < 2) {
            return null;
        }
        int a = m.start();
        if (s.token(a).word().equalsIgnoreCase("the")) {
            a++;
        }
        if (a >= m.end() || !Character.isUpperCase(s.token(a).word().charAt(0))) {
            return null;
        }
        for (int len = Math.min(3, m.end() - a - 1); len >= 1; len--) {
            Span own = placeOf(s, g, a, a + len, iso, kinds, gazetteer);
            if (own != null) {
                return own;
            }
        }
        return null;
    }

    /**
     * Words {@code [a, b)} as an associative toponym when they name a place of these kinds in the
     * country; else null.
     */
    private static @Nullable Span placeOf(Sentence s, Graph g, int a, int b, String iso, Set<PlaceKind> kinds,
            Gazetteer gazetteer) {
        for (GeoPlace p : gazetteer.lookup(s.words(a, b))) {
            if (kinds.contains(p.kind()) && p.country().equals(iso)) {
                return new Span(s.index(), a, b, g.spanHead(a, b), hint(s, b), iso, true);
            }
        }
        return null;
    }

    /**
     * The country's own name that ends a body's name after "of": "Zambia" in "the Electoral
     * Commission of Zambia".
     */
    private static @Nullable Span countryEndingName(Sentence s, Graph g, ActorMention m, Gazetteer gazetteer) {
        String iso = m.actor() == null ? null : m.actor().country();
        if (iso == null) {
            return null;
        }
        for (int len = Math.min(3, m.end() - m.start() - 2); len >= 1; len--) {
            int a = m.end() - len;
            if (a - 1 <= m.start() || !s.token(a - 1).word().equalsIgnoreCase("of")) {
                continue;
            }
            Span own = placeOf(s, g, a, m.end(), iso, Set.of(PlaceKind.COUNTRY), gazetteer);
            if (own != null) {
                return own;
            }
        }
        return null;
    }

    /**
     * The town that opens the name of a union or professional body no dictionary lists, as an
     * associative toponym: "Lagos" in "the Lagos Chamber of Commerce". The tagger marks the whole
     * name as an organisation, so the gazetteer alone decides; null otherwise.
     */
    private static @Nullable Span townInBodyName(Sentence s, Graph g, ActorMention m, Gazetteer gazetteer) {
        if (!m.rule().startsWith("occupation body") || m.end() - m.start() < 3) {
            return null;
        }
        int a = m.start();
        if (s.token(a).word().equalsIgnoreCase("the")) {
            a++;
        }
        return openingTown(s, g, a, Math.min(2, m.end() - a - 2), gazetteer,
                found -> !found.isEmpty() && found.get(0).kind() != PlaceKind.COUNTRY);
    }

    /**
     * The town of the country that opens a title, as an associative toponym: "Manila" in "Manila
     * Archbishop Luis Antonio Tagle", whose role took its country from the town. Null otherwise.
     */
    private static @Nullable Span townInRoleName(Sentence s, Graph g, ActorMention m, Gazetteer gazetteer) {
        String iso = m.actor() == null ? null : m.actor().country();
        if (iso == null || m.end() - m.start() < 2) {
            return null;
        }
        if (!Character.isUpperCase(s.token(m.start()).word().charAt(0))) {
            return null;
        }
        return openingTown(s, g, m.start(), Math.min(2, m.end() - m.start() - 1), gazetteer,
                found -> found.stream().anyMatch(p -> p.kind() != PlaceKind.COUNTRY && p.country().equals(iso)));
    }

    /**
     * The longest capitalised name of one or two words at {@code a} (at most {@code maxLen}) whose
     * gazetteer places {@code fits} accepts, as an associative toponym the resolver places; null when none.
     */
    private static @Nullable Span openingTown(Sentence s, Graph g, int a, int maxLen, Gazetteer gazetteer,
            java.util.function.Predicate<List<GeoPlace>> fits) {
        for (int len = maxLen; len >= 1; len--) {
            if (Character.isUpperCase(s.token(a + len - 1).word().charAt(0))
                    && fits.test(gazetteer.lookup(s.words(a, a + len)))) {
                return new Span(s.index(), a, a + len, g.spanHead(a, a + len), hint(s, a + len), null, true);
            }
        }
        return null;
    }

    /** A name used as an actor, not a place: the subject or object of a verb, or a possessor. */
    private static boolean acting(Graph g, Sentence s, int head) {
        Edge e = g.head(head);
        if (e == null) {
            return false;
        }
        boolean hasCase = !g.children(head, "case").isEmpty();
        return !hasCase && ACTING.contains(e.relation()) && !s.token(e.governor()).isNoun();
    }

    /** "Mandera, Kenya": the name after a comma, as a hint of where the place is. */
    private static String hint(Sentence s, int end) {
        if (end + 1 < s.size() && s.token(end).word().equals(",") && s.token(end + 1).ner().equals("LOCATION")) {
            int j = end + 1;
            StringBuilder b = new StringBuilder();
            while (j < s.size() && s.token(j).ner().equals("LOCATION")) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(s.token(j).word());
                j++;
            }
            return b.toString().toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
