package org.dyad.store;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.dedup.MinHash;
import org.dyad.core.dedup.NearDuplicates;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Participant;
import org.dyad.core.model.Place;
import org.dyad.core.model.Sentence;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * A Dyad database in one DuckDB file, with GDELT's split between events and mentions.
 *
 * <p>Every coded sentence is a mention. A counted mention (asserted, or reliably reported)
 * joins an existing event when it has the same source and target, the same CAMEO root (or
 * code), a date within the window, and a compatible place; otherwise it starts a new event.
 * Writing a document replaces any earlier copy of it, in one transaction, so ingesting the same
 * documents again adds no rows. A near-duplicate document (a syndicated copy) is stored and
 * linked to its original, adds to the original's events' article and source counts, and is not
 * coded again. Not thread-safe; one writer per file.
 */
public final class EventStore implements AutoCloseable, NearDuplicates.Store {
    private final Connection conn;
    private final Path file;
    private final MergeRules rules;

    /**
     * How mentions merge into events.
     *
     * @param windowDays the most days between the dates of two mentions of one event
     * @param maxKm the most kilometres between their places; 0 means only "same country"
     * @param byCode true to require the same CAMEO code, false for the same root
     */
    public record MergeRules(int windowDays, int maxKm, boolean byCode) {
        public static final MergeRules DEFAULT = new MergeRules(2, 100, false);
    }

    private EventStore(Connection conn, Path file, MergeRules rules) {
        this.conn = conn;
        this.file = file;
        this.rules = rules;
    }

    public static EventStore open(Path file) {
        return open(file, MergeRules.DEFAULT);
    }

    /** Opens or creates the database file. */
    public static EventStore open(Path file, MergeRules rules) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            try {
                Schema.create(c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return new EventStore(c, file, rules);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The JDBC connection, for queries and exports in this module. */
    Connection connection() {
        return conn;
    }

    /** Writes documents with their sentences and mentions, replacing earlier copies, and merges mentions into events. */
    public void write(List<Analysis> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            conn.setAutoCommit(false);
            Set<String> touched = new LinkedHashSet<>();
            List<String> ids = new ArrayList<>();
            for (Analysis a : batch) {
                ids.add(a.document().id());
            }
            touched.addAll(eventsOf(ids));
            deleteDocuments(ids);
            insertDocuments(batch);
            for (Analysis a : batch) {
                for (Event e : a.events()) {
                    if (e.counts()) {
                        touched.add(merge(e));
                    }
                }
            }
            refresh(touched);
            conn.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot write to " + file + ": " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    /** Records a near-duplicate of an earlier document: stored, linked, not coded. */
    public void writeDuplicate(Document d, String original) {
        try {
            conn.setAutoCommit(false);
            Set<String> touched = new LinkedHashSet<>(eventsOf(List.of(d.id(), original)));
            deleteDocuments(List.of(d.id()));
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)")) {
                bindDocument(p, d);
                p.setString(8, original);
                p.setTimestamp(9, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
            refresh(touched);
            conn.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot write to " + file + ": " + e.getMessage(), e);
        } finally {
            autoCommit();
        }
    }

    private void rollback() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    private void autoCommit() {
        try {
            conn.setAutoCommit(true);
        } catch (SQLException ignored) {
            // nothing more to do
        }
    }

    private Set<String> eventsOf(List<String> docs) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement p = conn.prepareStatement(
                "SELECT DISTINCT event_id FROM mentions WHERE doc = ? AND event_id IS NOT NULL")) {
            for (String d : docs) {
                p.setString(1, d);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
        }
        return out;
    }

    private void deleteDocuments(List<String> ids) throws SQLException {
        String[] tables = {"DELETE FROM mentions WHERE doc = ?", "DELETE FROM sentences WHERE doc = ?",
            "DELETE FROM documents WHERE id = ?", "DELETE FROM signatures WHERE doc = ?", "DELETE FROM doc_bands WHERE doc = ?"};
        for (String sql : tables) {
            try (PreparedStatement p = conn.prepareStatement(sql)) {
                for (String id : ids) {
                    p.setString(1, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    private static void bindDocument(PreparedStatement p, Document d) throws SQLException {
        p.setString(1, d.id());
        p.setString(2, d.title());
        setDate(p, 3, d.date());
        p.setString(4, d.url());
        p.setString(5, d.source());
        p.setString(6, d.origin());
        p.setString(7, d.text());
    }

    private void insertDocuments(List<Analysis> batch) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement doc = conn.prepareStatement("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)");
                PreparedStatement sen = conn.prepareStatement("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)");
                PreparedStatement men = conn.prepareStatement("INSERT OR REPLACE INTO mentions VALUES ("
                        + "?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement sig = conn.prepareStatement("INSERT OR REPLACE INTO signatures VALUES (?, ?)");
                PreparedStatement band = conn.prepareStatement("INSERT INTO doc_bands VALUES (?, ?, ?)")) {
            for (Analysis a : batch) {
                Document d = a.document();
                bindDocument(doc, d);
                doc.setInt(8, a.sentences().size());
                doc.setInt(9, a.events().size());
                doc.setTimestamp(10, now);
                doc.addBatch();
                for (Sentence s : a.sentences()) {
                    sen.setString(1, d.id());
                    sen.setInt(2, s.index());
                    sen.setInt(3, s.begin());
                    sen.setInt(4, s.end());
                    sen.setString(5, s.text());
                    sen.addBatch();
                }
                for (Event e : a.events()) {
                    bindMention(men, e);
                    men.addBatch();
                }
                long[] signature = MinHash.signature(d.text());
                sig.setString(1, d.id());
                sig.setBytes(2, toBytes(signature));
                sig.addBatch();
                long[] bands = MinHash.bands(signature);
                for (int b = 0; b < bands.length; b++) {
                    band.setInt(1, b);
                    band.setLong(2, bands[b]);
                    band.setString(3, d.id());
                    band.addBatch();
                }
            }
            doc.executeBatch();
            sen.executeBatch();
            men.executeBatch();
            sig.executeBatch();
            band.executeBatch();
        }
    }

    private static void bindMention(PreparedStatement p, Event e) throws SQLException {
        int i = 1;
        p.setString(i++, e.id());
        p.setString(i++, e.evidence().doc());
        p.setInt(i++, e.evidence().sentenceIndex());
        p.setInt(i++, e.evidence().charStart());
        p.setInt(i++, e.evidence().charEnd());
        i = participant(p, i, e.source());
        i = participant(p, i, e.target());
        p.setString(i++, e.code().code());
        p.setString(i++, e.code().root());
        p.setInt(i++, e.code().quadClass());
        p.setDouble(i++, e.code().goldstein());
        p.setString(i++, e.code().plover());
        p.setString(i++, e.mode().json());
        p.setString(i++, e.report() == null ? null : e.report().reporter());
        p.setBoolean(i++, e.evidence().background());
        p.setBoolean(i++, e.counts());
        p.setDouble(i++, e.confidence());
        setDate(p, i++, e.when().date());
        p.setString(i++, e.when().date() == null ? null : e.when().precision().json());
        p.setString(i++, e.when().source().json());
        p.setString(i++, e.when().expression());
        p.setBoolean(i++, e.when().history());
        i = place(p, i, e.where());
        p.setString(i++, e.evidence().trigger());
        p.setInt(i++, e.evidence().triggerStart());
        p.setInt(i++, e.evidence().triggerEnd());
        p.setString(i, e.rule());
    }

    /** A mention's place: the event columns and where the place came from. */
    private static int place(PreparedStatement p, int i, @Nullable Place pl) throws SQLException {
        i = placeColumns(p, i, pl);
        p.setString(i++, pl == null ? null : pl.source().json());
        return i;
    }

    /** Name, GeoNames id, country, first-level division, latitude and longitude, or nulls. */
    private static int placeColumns(PreparedStatement p, int i, @Nullable Place pl) throws SQLException {
        p.setString(i++, pl == null ? null : pl.name());
        if (pl == null || pl.geonamesId() == null) {
            p.setNull(i++, Types.BIGINT);
        } else {
            p.setLong(i++, pl.geonamesId());
        }
        p.setString(i++, pl == null ? null : pl.country());
        p.setString(i++, pl == null ? null : pl.admin1());
        if (pl == null) {
            p.setNull(i++, Types.DOUBLE);
            p.setNull(i++, Types.DOUBLE);
        } else {
            p.setDouble(i++, pl.lat());
            p.setDouble(i++, pl.lon());
        }
        return i;
    }

    /** Attaches a counted mention to an event, creating the event if none matches; returns the event's id. */
    private String merge(Event e) throws SQLException {
        String found = null;
        LocalDate date = e.when().date();
        if (date != null) {
            String sql = "SELECT id, date, lat, lon, location_country FROM events WHERE source IS NOT DISTINCT FROM ?"
                    + " AND target IS NOT DISTINCT FROM ? AND " + (rules.byCode() ? "code" : "root") + " = ?"
                    + " AND date BETWEEN ? AND ?";
            try (PreparedStatement p = conn.prepareStatement(sql)) {
                p.setString(1, e.sourceCode());
                p.setString(2, e.targetCode());
                p.setString(3, rules.byCode() ? e.code().code() : e.code().root());
                p.setDate(4, Date.valueOf(date.minusDays(rules.windowDays())));
                p.setDate(5, Date.valueOf(date.plusDays(rules.windowDays())));
                long bestGap = Long.MAX_VALUE;
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (!compatible(e.where(), r.getObject(3) == null ? null : r.getDouble(3),
                                r.getObject(4) == null ? null : r.getDouble(4), r.getString(5))) {
                            continue;
                        }
                        long gap = Math.abs(r.getDate(2).toLocalDate().toEpochDay() - date.toEpochDay());
                        if (gap < bestGap) {
                            bestGap = gap;
                            found = r.getString(1);
                        }
                    }
                }
            }
        }
        if (found == null) {
            found = e.id();
            try (PreparedStatement p = conn.prepareStatement("INSERT OR REPLACE INTO events VALUES ("
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?)")) {
                int i = 1;
                p.setString(i++, found);
                p.setString(i++, e.sourceCode());
                p.setString(i++, e.source() == null ? null : e.source().id());
                p.setString(i++, e.targetCode());
                p.setString(i++, e.target() == null ? null : e.target().id());
                p.setString(i++, e.code().code());
                p.setString(i++, e.code().root());
                p.setInt(i++, e.code().quadClass());
                p.setDouble(i++, e.code().goldstein());
                p.setString(i++, e.code().plover());
                setDate(p, i++, date);
                p.setString(i++, date == null ? null : e.when().precision().json());
                i = placeColumns(p, i, e.where());
                p.setString(i++, e.evidence().doc());
                p.setBoolean(i++, e.evidence().sentenceIndex() < 3);
                p.setTimestamp(i, Timestamp.from(Instant.now()));
                p.executeUpdate();
            }
        }
        try (PreparedStatement p = conn.prepareStatement("UPDATE mentions SET event_id = ? WHERE id = ?")) {
            p.setString(1, found);
            p.setString(2, e.id());
            p.executeUpdate();
        }
        return found;
    }

    private boolean compatible(@Nullable Place a, @Nullable Double lat, @Nullable Double lon, @Nullable String country) {
        if (a == null || country == null) {
            return true;
        }
        if (a.country() != null && !a.country().equals(country)) {
            return false;
        }
        if (rules.maxKm() > 0 && lat != null && lon != null) {
            return km(a.lat(), a.lon(), lat, lon) <= rules.maxKm();
        }
        return true;
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** Recounts mentions, articles and sources of these events, and drops events left without mentions. */
    private void refresh(Set<String> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS touched (id VARCHAR)");
            s.execute("DELETE FROM touched");
        }
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO touched VALUES (?)")) {
            for (String id : events) {
                p.setString(1, id);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE event_docs AS"
                    + " SELECT DISTINCT m.event_id, m.doc FROM mentions m JOIN touched t ON t.id = m.event_id"
                    + " UNION SELECT DISTINCT m.event_id, d.id FROM mentions m JOIN touched t ON t.id = m.event_id"
                    + " JOIN documents d ON d.duplicate_of = m.doc");
            s.execute("UPDATE events SET"
                    + " num_mentions = (SELECT count(*) FROM mentions m WHERE m.event_id = events.id),"
                    + " num_articles = (SELECT count(*) FROM event_docs x WHERE x.event_id = events.id),"
                    + " num_sources = (SELECT count(DISTINCT coalesce(d.source, d.id)) FROM event_docs x"
                    + "   JOIN documents d ON d.id = x.doc WHERE x.event_id = events.id),"
                    + " date = coalesce((SELECT min(m.date) FROM mentions m WHERE m.event_id = events.id), date)"
                    + " WHERE id IN (SELECT id FROM touched)");
            s.execute("DELETE FROM events WHERE id IN (SELECT id FROM touched) AND num_mentions = 0");
        }
    }

    private static int participant(PreparedStatement p, int i, @Nullable Participant x) throws SQLException {
        p.setString(i, x == null ? null : x.code());
        p.setString(i + 1, x == null ? null : x.text());
        p.setString(i + 2, x == null ? null : x.id());
        return i + 3;
    }

    private static void setDate(PreparedStatement p, int i, @Nullable LocalDate d) throws SQLException {
        if (d == null) {
            p.setNull(i, Types.DATE);
        } else {
            p.setDate(i, Date.valueOf(d));
        }
    }

    private static byte[] toBytes(long[] sig) {
        ByteBuffer b = ByteBuffer.allocate(sig.length * 8);
        for (long x : sig) {
            b.putLong(x);
        }
        return b.array();
    }

    @Override
    public List<String> candidates(long[] bands) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT DISTINCT doc FROM doc_bands WHERE band = ? AND bucket = ?")) {
            for (int b = 0; b < bands.length; b++) {
                p.setInt(1, b);
                p.setLong(2, bands[b]);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (!out.contains(r.getString(1))) {
                            out.add(r.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public Optional<long[]> signature(String doc) {
        try (PreparedStatement p = conn.prepareStatement("SELECT sig FROM signatures WHERE doc = ?")) {
            p.setString(1, doc);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                ByteBuffer b = ByteBuffer.wrap(r.getBytes(1));
                long[] sig = new long[MinHash.SIZE];
                for (int i = 0; i < sig.length; i++) {
                    sig[i] = b.getLong();
                }
                return Optional.of(sig);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records an input that was not coded. */
    public void reject(Rejection r) {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO rejections VALUES (?, ?, ?)")) {
            p.setString(1, r.origin());
            p.setString(2, r.reason());
            p.setTimestamp(3, Timestamp.from(Instant.now()));
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot write to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Row counts of the main tables. */
    public long count(String table) {
        if (!List.of("documents", "sentences", "mentions", "events", "rejections").contains(table)) {
            throw new IllegalArgumentException("no table " + table);
        }
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** One row of the dyad summary. */
    public record DyadRow(String source, String target, long events, double meanGoldstein, long q1, long q2, long q3,
            long q4, @Nullable LocalDate first, @Nullable LocalDate last) {}

    /**
     * The most active dyads, with both actors known: events (each real-world event once), or
     * with {@code mentions}, every counted mention.
     */
    public List<DyadRow> dyads(int limit, boolean mentions) {
        String from = mentions ? "mentions WHERE counted AND" : "events WHERE";
        String sql = "SELECT source, target, count(*) AS n, avg(goldstein) AS g,"
                + " count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),"
                + " count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),"
                + " min(date), max(date)"
                + " FROM " + from + " source IS NOT NULL AND target IS NOT NULL"
                + " AND source NOT LIKE '---%' AND target NOT LIKE '---%'"
                + " GROUP BY source, target ORDER BY n DESC, source, target LIMIT ?";
        List<DyadRow> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setInt(1, limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Date f = r.getDate(9);
                    Date l = r.getDate(10);
                    out.add(new DyadRow(r.getString(1), r.getString(2), r.getLong(3), r.getDouble(4), r.getLong(5),
                            r.getLong(6), r.getLong(7), r.getLong(8), f == null ? null : f.toLocalDate(),
                            l == null ? null : l.toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    public List<DyadRow> dyads(int limit) {
        return dyads(limit, false);
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
