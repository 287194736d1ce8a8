package org.dyad.geo;

import org.jspecify.annotations.Nullable;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dyad.core.text.EditDistance;

/**
 * The GeoNames-derived gazetteer built into Dyad: populated places of 1,000 people or more with
 * their alternate names, first-level divisions and countries. Immutable; load once and share.
 */
public final class Gazetteer {
    private static final String RESOURCE = "gazetteer.bin.gz";
    private final GeoPlace[] places;
    private final Map<String, int[]> index;
    private final Map<Long, GeoPlace> byId = new HashMap<>();
    private final Map<Long, List<GeoPlace>> grid = new HashMap<>();
    private final Map<String, GeoPlace> countries = new HashMap<>();
    /** First-level division names (as keys) to their country, or "" when divisions of that name lie in several. */
    private final Map<String, String> admin1Countries = new HashMap<>();
    /** Regions within one country that are no division of that name ("Darfur", "Chechnya"), as keys, to their country. */
    private final Map<String, String> regionCountries = regions();

    private Gazetteer(GeoPlace[] places, Map<String, int[]> index) {
        this.places = places;
        this.index = index;
        for (GeoPlace p : places) {
            if (p.geonamesId() != 0) {
                byId.put(p.geonamesId(), p);
            }
            if (p.kind() == PlaceKind.COUNTRY) {
                countries.putIfAbsent(p.country(), p);
            }
            if (p.admin1() != null) {
                admin1Countries.merge(Names.key(p.admin1()), p.country(), (a, b) -> a.equals(b) ? a : "");
            }
            if (p.kind() != PlaceKind.COUNTRY && p.kind() != PlaceKind.ADMIN1) {
                grid.computeIfAbsent(cell(p.lat(), p.lon()), k -> new java.util.ArrayList<>()).add(p);
            }
        }
    }

    private static long cell(double lat, double lon) {
        return (long) Math.floor(lat + 90) * 1000 + (long) Math.floor(lon + 180);
    }

    /** The regions table (regions.tsv): name and country, one a line, "#" comments. */
    private static Map<String, String> regions() {
        Map<String, String> out = new HashMap<>();
        try {
            List<TsvResource.Row> rows = TsvResource.rows(Gazetteer.class, "regions.tsv");
            if (rows == null) {
                throw new IllegalStateException("regions.tsv is missing from the classpath; build dyad-geo");
            }
            for (TsvResource.Row r : rows) {
                String[] f = r.fields();
                if (f.length != 2 || !f[1].matches("[A-Z]{3}")) {
                    throw new IllegalStateException("regions.tsv:" + r.line() + ": expected a name and an alpha-3 code");
                }
                out.put(Names.key(f[0]), f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The country with this ISO alpha-3 code, as a place. */
    public java.util.Optional<GeoPlace> country(String iso3) {
        return java.util.Optional.ofNullable(countries.get(iso3));
    }

    /** The place with this GeoNames id, if the gazetteer has it. */
    public java.util.Optional<GeoPlace> byGeonamesId(long id) {
        return java.util.Optional.ofNullable(byId.get(id));
    }

    /** The populated place nearest to a point, searching outwards cell by cell; null when none within ~5°. */
    public GeoPlace nearest(double lat, double lon) {
        GeoPlace best = null;
        double bestKm = Double.MAX_VALUE;
        for (int r = 0; r <= 5 && best == null; r++) {
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    for (GeoPlace p : grid.getOrDefault(cell(lat + dy, lon + dx), List.of())) {
                        double km = p.kmTo(lat, lon);
                        if (km < bestKm) {
                            bestKm = km;
                            best = p;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** Reads the built-in index from the classpath. */
    public static Gazetteer builtin() {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the gazetteer is missing from the classpath; build dyad-geo");
            }
            return read(new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Gazetteer read(DataInputStream d) throws IOException {
        if (!d.readUTF().equals("DYADGAZ1")) {
            throw new IOException("not a Dyad gazetteer");
        }
        int n = d.readInt();
        GeoPlace[] places = new GeoPlace[n];
        PlaceKind[] kinds = PlaceKind.values();
        for (int i = 0; i < n; i++) {
            long id = d.readLong();
            String name = d.readUTF();
            String country = d.readUTF();
            String admin1 = d.readUTF();
            float lat = d.readFloat();
            float lon = d.readFloat();
            long pop = d.readLong();
            PlaceKind kind = kinds[d.readByte()];
            places[i] = new GeoPlace(id, name, country, admin1.isEmpty() ? null : admin1, lat, lon, pop, kind);
        }
        int keys = d.readInt();
        Map<String, int[]> index = new HashMap<>(keys * 2);
        for (int i = 0; i < keys; i++) {
            String k = d.readUTF();
            int[] ids = new int[d.readInt()];
            for (int j = 0; j < ids.length; j++) {
                ids[j] = d.readInt();
            }
            index.put(k, ids);
        }
        return new Gazetteer(places, index);
    }

    /** Places with this name (any of their names), in no particular order. */
    public List<GeoPlace> lookup(String name) {
        int[] ids = index.get(Names.key(name));
        if (ids == null) {
            return List.of();
        }
        GeoPlace[] out = new GeoPlace[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = places[ids[i]];
        }
        return List.of(out);
    }

    /**
     * The country of a place name when it is clear: every place of that name is in one country,
     * or the largest is a city of 100,000 or more (or a first-level division) at least ten times
     * the size of any namesake abroad. A town of 20,000 or more whose own name it is shuts out places
     * that are only known by it ("Salisbury" is not Harare). Null otherwise, and for countries
     * themselves.
     */
    public @Nullable String countryOf(String name) {
        String key = Names.key(name);
        String region = regionCountries.get(key);
        if (region != null) {
            // "a Darfur rebel group": a region known by name, whatever town shares it.
            return region;
        }
        List<GeoPlace> all = lookup(name);
        boolean ownTown = false;
        for (GeoPlace p : all) {
            if (p.kind() == PlaceKind.COUNTRY) {
                return null;
            }
            ownTown |= Names.key(p.name()).equals(key) && weight(p, key) >= OWN_TOWN;
        }
        // "visiting her father in Salisbury": a town's own name is that town, not a city that once bore it (Harare).
        List<GeoPlace> named = ownTown ? all.stream().filter(p -> Names.key(p.name()).equals(key)).toList() : all;
        GeoPlace top = null;
        for (GeoPlace p : named) {
            if (top == null || weight(p, key) > weight(top, key)) {
                top = p;
            }
        }
        if (top == null) {
            // A region known only as the division places lie in: "the West Bank", "the Gaza Strip".
            String country = admin1Countries.get(key);
            return country == null || country.isEmpty() ? null : country;
        }
        if (REGIONS.contains(key) || !Names.key(top.name()).equals(key) && weight(top, key) < 100_000
                && !respelt(key, Names.key(top.name()))) {
            // Known here only by another name of a small place ("Kashmir" for Cashmere, Washington;
            // "Africa" for Mahdia), or a region wider than any country ("the Sahel"): too weak to
            // place anyone. A respelling ("Pahalgam" for Pahlgam) is the same name.
            return null;
        }
        long rival = 0;
        for (GeoPlace p : named) {
            if (!p.country().equals(top.country())) {
                rival = Math.max(rival, weight(p, key));
            }
        }
        if (rival == 0 || weight(top, key) >= 100_000 && weight(top, key) >= 10 * rival) {
            return top.country();
        }
        return null;
    }

    /** Whether a first-level division of this name ("Shaanxi") lies in the country, and in no other. */
    public boolean isDivision(String name, String iso3) {
        return iso3.equals(admin1Countries.get(Names.key(name)));
    }

    /** Whether a region of one country that is no division by that name (regions.tsv) has this name. */
    public boolean isRegion(String name) {
        return regionCountries.containsKey(Names.key(name));
    }

    /** The size from which a town's own name outweighs another name of a larger place. */
    private static final long OWN_TOWN = 20_000;

    /** Whether a populated place of this name with 100,000 people or more lies in the country. */
    public boolean hasCity(String name, String iso3) {
        for (GeoPlace p : lookup(name)) {
            if (p.country().equals(iso3) && p.kind() != PlaceKind.COUNTRY && p.population() >= 100_000) {
                return true;
            }
        }
        return false;
    }

    /** Regions that span countries, which no namesake town should stand for. */
    private static final java.util.Set<String> REGIONS = Names.union(java.util.Set.of("africa", "asia", "europe",
            "america", "sahel", "maghreb", "levant", "balkans", "caucasus", "middle east", "horn of africa", "sahara",
            "kashmir", "kurdistan", "punjab", "arabian gulf"), Names.SEAS);

    /** Whether two name keys are spellings of one name: at most one edit in four letters. */
    static boolean respelt(String a, String b) {
        return EditDistance.of(a, b) * 4 <= Math.max(a.length(), b.length())
                && a.charAt(0) == b.charAt(0);
    }

    /**
     * A place's size for telling namesakes apart. A first-level division of unknown population
     * counts as large, but only under its own name: "Gaza" is the city of 410,000, not Mozambique's
     * Gaza Province.
     */
    private static long weight(GeoPlace p, String key) {
        return p.kind() == PlaceKind.ADMIN1 && Names.key(p.name()).equals(key)
                ? Math.max(p.population(), 1_000_000) : Math.max(p.population(), 1);
    }

    public int size() {
        return places.length;
    }

    public int names() {
        return index.size();
    }
}
