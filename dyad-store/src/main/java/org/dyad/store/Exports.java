package org.dyad.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.core.json.JsonWriter;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.ontology.CameoCode;
import org.jspecify.annotations.Nullable;

/**
 * Exports of a Dyad database: GDELT 2.0 Events and Mentions tables, PLOVER JSON Lines, and
 * Parquet files of events and mentions.
 */
public final class Exports {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final java.util.Set<String> INTERNATIONAL = java.util.Set.of("IGO", "NGO", "IMG", "MNC", "---");

    private final EventStore store;
    private final Cameo cameo;

    public Exports(EventStore store, Cameo cameo) {
        this.store = store;
        this.cameo = cameo;
    }

    /** GDELT's numeric event id for a Dyad event id: its first 60 bits. */
    public static long gdeltId(String hexId) {
        return Long.parseUnsignedLong(hexId.substring(0, 15), 16);
    }

    /**
     * Writes {@code dir/events.tsv} (GDELT 2.0's 61 Events columns) and {@code dir/mentions.tsv}
     * (its 16 Mentions columns): tab-separated, no header. Returns the number of events.
     */
    public int gdelt(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> fips = fips();
        Connection c = store.connection();
        int n = 0;
        try (Writer ev = Files.newBufferedWriter(dir.resolve("events.tsv"), StandardCharsets.UTF_8);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT e.id, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein,"
                        + " e.num_mentions, e.num_sources, e.num_articles, e.date, e.location_name, e.geonames_id,"
                        + " e.location_country, e.location_admin1, e.lat, e.lon, e.root_event, e.added_at,"
                        + " (SELECT m.source_text FROM mentions m WHERE m.event_id = e.id AND m.source_text IS NOT NULL LIMIT 1),"
                        + " (SELECT m.target_text FROM mentions m WHERE m.event_id = e.id AND m.target_text IS NOT NULL LIMIT 1),"
                        + " coalesce(d.url, d.origin, d.id)"
                        + " FROM events e LEFT JOIN documents d ON d.id = e.first_doc ORDER BY e.date, e.id")) {
            while (r.next()) {
                n++;
                String[] row = new String[61];
                java.util.Arrays.fill(row, "");
                LocalDate date = r.getDate(11) == null ? null : r.getDate(11).toLocalDate();
                row[0] = String.valueOf(gdeltId(r.getString(1)));
                if (date != null) {
                    row[1] = date.format(DateTimeFormatter.BASIC_ISO_DATE);
                    row[2] = String.format(Locale.ROOT, "%04d%02d", date.getYear(), date.getMonthValue());
                    row[3] = String.valueOf(date.getYear());
                    row[4] = String.format(Locale.ROOT, "%.4f",
                            date.getYear() + (date.getMonthValue() * 30 + date.getDayOfMonth()) / 365.0);
                }
                actor(row, 5, r.getString(2), r.getString(20));
                actor(row, 15, r.getString(3), r.getString(21));
                row[25] = r.getBoolean(18) ? "1" : "0";
                String code = r.getString(4);
                row[26] = code;
                row[27] = code.substring(0, Math.min(3, code.length()));
                row[28] = r.getString(5);
                row[29] = String.valueOf(r.getInt(6));
                row[30] = String.valueOf(r.getDouble(7));
                row[31] = String.valueOf(r.getInt(8));
                row[32] = String.valueOf(r.getInt(9));
                row[33] = String.valueOf(r.getInt(10));
                row[34] = "0";
                row[35] = "0";
                row[43] = "0";
                geo(row, 51, r, fips);
                Timestamp added = r.getTimestamp(19);
                row[59] = added == null ? "" : added.toLocalDateTime().format(STAMP);
                row[60] = clean(r.getString(22));
                ev.write(String.join("\t", row));
                ev.write('\n');
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export " + store.file() + ": " + e.getMessage(), e);
        }
        try (Writer mw = Files.newBufferedWriter(dir.resolve("mentions.tsv"), StandardCharsets.UTF_8);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT m.event_id, e.added_at, d.ingested_at, d.url, d.source, d.id,"
                        + " m.sentence_index, m.char_start, m.source_text, m.target_text, m.trigger_start, m.confidence,"
                        + " length(d.text), sn.text"
                        + " FROM mentions m JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = m.doc"
                        + " LEFT JOIN sentences sn ON sn.doc = m.doc AND sn.idx = m.sentence_index"
                        + " ORDER BY m.event_id, m.doc, m.sentence_index")) {
            while (r.next()) {
                String[] row = new String[16];
                java.util.Arrays.fill(row, "");
                row[0] = String.valueOf(gdeltId(r.getString(1)));
                Timestamp ev = r.getTimestamp(2);
                Timestamp men = r.getTimestamp(3);
                row[1] = ev == null ? "" : ev.toLocalDateTime().format(STAMP);
                row[2] = men == null ? "" : men.toLocalDateTime().format(STAMP);
                String url = r.getString(4);
                row[3] = url != null ? "1" : "2";
                row[4] = clean(r.getString(5) != null ? r.getString(5) : url != null ? host(url) : r.getString(6));
                row[5] = clean(url != null ? url : r.getString(6));
                row[6] = String.valueOf(r.getInt(7) + 1);
                int sentenceStart = r.getInt(8);
                String sentence = r.getString(14);
                row[7] = offset(sentence, r.getString(9), sentenceStart);
                row[8] = offset(sentence, r.getString(10), sentenceStart);
                row[9] = String.valueOf(r.getInt(11));
                row[10] = "1";
                row[11] = String.valueOf(Math.round(r.getDouble(12) * 100));
                row[12] = String.valueOf(r.getInt(13));
                row[13] = "0";
                mw.write(String.join("\t", row));
                mw.write('\n');
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export " + store.file() + ": " + e.getMessage(), e);
        }
        return n;
    }

    private static String offset(@Nullable String sentence, @Nullable String words, int sentenceStart) {
        if (sentence == null || words == null) {
            return "-1";
        }
        int i = sentence.indexOf(words);
        return i < 0 ? "-1" : String.valueOf(sentenceStart + i);
    }

    private static String host(String url) {
        try {
            String h = java.net.URI.create(url).getHost();
            return h == null ? url : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Fills an actor's 10 columns: code, name, country, known group, ethnic, religions, three types. */
    private static void actor(String[] row, int at, @Nullable String code, @Nullable String name) {
        if (code == null) {
            return;
        }
        row[at] = code;
        row[at + 1] = name == null ? "" : clean(name).toUpperCase(Locale.ROOT);
        String head = code.length() >= 3 ? code.substring(0, 3) : code;
        int typeFrom;
        if (INTERNATIONAL.contains(head)) {
            row[at + 3] = code.length() >= 6 && !head.equals("---") ? code.substring(3, 6) : "";
            typeFrom = 6;
        } else {
            row[at + 2] = head;
            typeFrom = 3;
        }
        for (int t = 0; t < 3; t++) {
            int b = typeFrom + 3 * t;
            if (code.length() >= b + 3) {
                row[at + 7 + t] = code.substring(b, b + 3);
            }
        }
    }

    /** Fills the 8 ActionGeo columns: type, full name, country, ADM1, ADM2, lat, long, feature id. */
    private static void geo(String[] row, int at, ResultSet r, Map<String, String> fips) throws SQLException {
        String name = r.getString(12);
        if (name == null) {
            row[at] = "0";
            return;
        }
        String country = r.getString(14);
        String admin1 = r.getString(15);
        boolean us = "USA".equals(country);
        long gid = r.getLong(13);
        boolean hasId = !r.wasNull();
        int type;
        if (hasId) {
            type = us ? 3 : 4;
        } else if (admin1 != null && admin1.equals(name)) {
            type = us ? 2 : 5;
        } else {
            type = 1;
        }
        String fc = country == null ? "" : fips.getOrDefault(country, "");
        row[at] = String.valueOf(type);
        StringBuilder full = new StringBuilder(name);
        if (admin1 != null && !admin1.equals(name)) {
            full.append(", ").append(admin1);
        }
        row[at + 1] = clean(full.toString());
        row[at + 2] = fc;
        row[at + 3] = fc;
        row[at + 5] = String.valueOf(r.getDouble(16));
        row[at + 6] = String.valueOf(r.getDouble(17));
        row[at + 7] = hasId ? String.valueOf(gid) : fc;
    }

    private static String clean(@Nullable String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static Map<String, String> fips() throws IOException {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = Exports.class.getResourceAsStream("fips10-4.tsv")) {
            if (in == null) {
                return m;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length >= 2) {
                    m.put(f[0].strip(), f[1].strip());
                }
            }
        }
        return m;
    }

    /**
     * Writes PLOVER JSON Lines, one event per line: its PLOVER category, mode and context,
     * actors, date, place, CAMEO code and the evidence of its first mention. Events with no
     * PLOVER category (CAMEO 01 statements) are left out. Returns the number of lines.
     */
    public int plover(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                Statement s = store.connection().createStatement();
                ResultSet r = s.executeQuery("SELECT e.id, e.date, e.date_precision, e.source, e.target, e.code,"
                        + " e.location_name, e.geonames_id, e.location_country, e.lat, e.lon, e.num_mentions,"
                        + " e.num_articles, e.num_sources, m.source_text, m.target_text, sn.text, m.doc, m.rule,"
                        + " e.source_id, e.target_id, d.source, d.url, m.mode"
                        + " FROM events e JOIN mentions m ON m.id = (SELECT min(x.id) FROM mentions x WHERE x.event_id = e.id)"
                        + " LEFT JOIN sentences sn ON sn.doc = m.doc AND sn.idx = m.sentence_index"
                        + " LEFT JOIN documents d ON d.id = m.doc ORDER BY e.date, e.id")) {
            while (r.next()) {
                CameoCode code = cameo.get(r.getString(6));
                if (code.plover() == null) {
                    continue;
                }
                Map<String, Object> rec = new LinkedHashMap<>();
                rec.put("id", r.getString(1));
                rec.put("date", r.getDate(2) == null ? null : r.getDate(2).toString());
                rec.put("datePrecision", r.getString(3));
                rec.put("event", code.plover());
                rec.put("mode", code.ploverMode());
                rec.put("context", code.ploverContext() == null ? List.of() : List.of(code.ploverContext().split(";")));
                rec.put("source", actors(r.getString(4), r.getString(15), r.getString(20)));
                rec.put("target", actors(r.getString(5), r.getString(16), r.getString(21)));
                if (r.getString(7) != null) {
                    Map<String, Object> loc = new LinkedHashMap<>();
                    loc.put("name", r.getString(7));
                    long gid = r.getLong(8);
                    loc.put("geonamesId", r.wasNull() ? null : gid);
                    loc.put("country", r.getString(9));
                    loc.put("lat", r.getDouble(10));
                    loc.put("lon", r.getDouble(11));
                    rec.put("eventLoc", loc);
                }
                rec.put("cameo", code.code());
                rec.put("goldstein", code.goldstein());
                rec.put("numMentions", r.getInt(12));
                rec.put("numArticles", r.getInt(13));
                rec.put("numSources", r.getInt(14));
                rec.put("text", r.getString(17));
                rec.put("doc", r.getString(18));
                rec.put("publication", r.getString(22));
                rec.put("url", r.getString(23));
                rec.put("rule", r.getString(19));
                rec.put("language", "en");
                rec.put("coder", "Dyad");
                w.write(JsonWriter.write(rec));
                w.write('\n');
                n++;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export " + store.file() + ": " + e.getMessage(), e);
        }
        return n;
    }

    private static List<Object> actors(@Nullable String code, @Nullable String text, @Nullable String id) {
        if (code == null) {
            return List.of();
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("actorText", text);
        a.put("code", code);
        String head = code.length() >= 3 ? code.substring(0, 3) : code;
        a.put("sector", !INTERNATIONAL.contains(head) && code.length() >= 6 ? code.substring(3, 6) : null);
        a.put("id", id);
        return List.of(a);
    }

    /** Writes {@code dir/events.parquet} and {@code dir/mentions.parquet} with DuckDB. Returns the event count. */
    public long parquet(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Statement s = store.connection().createStatement()) {
            s.execute("COPY (SELECT * FROM events ORDER BY date, id) TO '" + sqlPath(dir.resolve("events.parquet"))
                    + "' (FORMAT PARQUET)");
            s.execute("COPY (SELECT * FROM mentions ORDER BY doc, sentence_index, id) TO '"
                    + sqlPath(dir.resolve("mentions.parquet")) + "' (FORMAT PARQUET)");
            return store.count("events");
        } catch (SQLException e) {
            throw new StoreException("cannot export " + store.file() + ": " + e.getMessage(), e);
        }
    }

    static String sqlPath(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    /** Reads a query's first column of the first row; for tests and checks. */
    public Object scalar(String sql) {
        try (PreparedStatement p = store.connection().prepareStatement(sql); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getObject(1);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }
}
