package org.dyad.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Chooses among places of the same name. Each candidate scores by its size (population, or the
 * rank of a country or province), by whether its country is one the document is about, by an
 * administrative hint written next to it ("Mandera, Kenya"), and by its kind (capitals first).
 */
public final class Geocoder {
    private final Gazetteer gazetteer;

    public Geocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * What the text around a toponym says.
     *
     * @param countries ISO alpha-3 codes of the countries the document is about
     * @param hint words written right after the name, such as a country or province ("Kenya"), or null
     */
    public record Context(Set<String> countries, @Nullable String hint) {}

    /** A chosen place and its score. */
    public record Resolved(GeoPlace place, double score) {}

    public @Nullable Resolved resolve(String name, Context ctx) {
        List<GeoPlace> candidates = gazetteer.lookup(name);
        if (candidates.isEmpty()) {
            return null;
        }
        String key = Names.key(name);
        GeoPlace hintPlace = null;
        if (ctx.hint() != null) {
            for (GeoPlace h : gazetteer.lookup(ctx.hint())) {
                if (h.kind() == PlaceKind.COUNTRY || h.kind() == PlaceKind.ADMIN1) {
                    hintPlace = h;
                    break;
                }
            }
        }
        GeoPlace best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GeoPlace p : candidates) {
            double s = score(p, key, ctx, hintPlace);
            if (s > bestScore) {
                bestScore = s;
                best = p;
            }
        }
        if (weak(best, key, ctx, hintPlace)) {
            return null;
        }
        return new Resolved(best, bestScore);
    }

    /**
     * Too little evidence to call a name a place: a hamlet or an old alternate name ("Us" in
     * France, "Africa" for Mahdia) far from everything the document is about.
     */
    private static boolean weak(GeoPlace p, String key, Context ctx, @Nullable GeoPlace hint) {
        if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1 || hint != null
                || ctx.countries().contains(p.country())) {
            return false;
        }
        return p.population() < 20_000 || !primary(p, key) && p.population() < 100_000;
    }

    private static double score(GeoPlace p, String key, Context ctx, @Nullable GeoPlace hint) {
        double size;
        switch (p.kind()) {
            case COUNTRY:
                size = 8.5;
                break;
            case ADMIN1:
                size = 6.3;
                break;
            default:
                size = Math.log10(p.population() + 10.0);
        }
        double s = size;
        if (primary(p, key)) {
            // A place's own name counts for more than an old or foreign alternate ("Salisbury" for Harare).
            s += 2.0;
        }
        if (ctx.countries().contains(p.country())) {
            s += 2.5;
        }
        if (hint != null) {
            boolean inCountry = hint.kind() == PlaceKind.COUNTRY && hint.country().equals(p.country());
            boolean inAdmin = hint.kind() == PlaceKind.ADMIN1 && p.admin1() != null
                    && Names.key(p.admin1()).equals(Names.key(hint.name())) && hint.country().equals(p.country());
            if (inCountry || inAdmin) {
                s += 6;
            }
        }
        if (primary(p, key)) {
            switch (p.kind()) {
                case CAPITAL:
                    s += 2.5;
                    break;
                case ADMIN_SEAT:
                    s += 0.4;
                    break;
                default:
                    break;
            }
        }
        return s;
    }

    /** Whether a name is the place's own: its name, or the part before a comma ("Washington, D.C."). */
    private static boolean primary(GeoPlace p, String key) {
        String own = Names.key(p.name());
        if (own.equals(key)) {
            return true;
        }
        int comma = p.name().indexOf(',');
        return comma > 0 && Names.key(p.name().substring(0, comma)).equals(key);
    }

    /** The place of a country code, for documents' focus and reports. */
    public @Nullable GeoPlace country(String iso3, String name) {
        for (GeoPlace p : gazetteer.lookup(name)) {
            if (p.kind() == PlaceKind.COUNTRY && p.country().equals(iso3.toUpperCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
