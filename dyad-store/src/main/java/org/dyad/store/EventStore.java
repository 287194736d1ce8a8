package org.dyad.store;

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
import java.util.List;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Participant;
import org.dyad.core.model.Place;
import org.dyad.core.model.Sentence;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Rejection;
import org.jspecify.annotations.Nullable;

/**
 * A Dyad database in one DuckDB file. Writing a document replaces any earlier copy of it, with
 * its sentences and events, in one transaction: ingesting the same documents again adds no
 * rows. Not thread-safe; one writer per file.
 */
public final class EventStore implements AutoCloseable {
    private final Connection conn;
    private final Path file;

    private EventStore(Connection conn, Path file) {
        this.conn = conn;
        this.file = file;
    }

    /** Opens or creates the database file. */
    public static EventStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            Schema.create(c);
            return new EventStore(c, file);
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

    /** Writes documents with their sentences and events, replacing earlier copies. */
    public void write(List<Analysis> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            conn.setAutoCommit(false);
            try (PreparedStatement delEvents = conn.prepareStatement("DELETE FROM events WHERE doc = ?");
                    PreparedStatement delSentences = conn.prepareStatement("DELETE FROM sentences WHERE doc = ?");
                    PreparedStatement delDoc = conn.prepareStatement("DELETE FROM documents WHERE id = ?")) {
                for (Analysis a : batch) {
                    String id = a.document().id();
                    for (PreparedStatement p : List.of(delEvents, delSentences, delDoc)) {
                        p.setString(1, id);
                        p.addBatch();
                    }
                }
                delEvents.executeBatch();
                delSentences.executeBatch();
                delDoc.executeBatch();
            }
            try (PreparedStatement doc = conn.prepareStatement(
                            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement sen = conn.prepareStatement("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement ev = conn.prepareStatement("INSERT OR REPLACE INTO events VALUES ("
                            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (Analysis a : batch) {
                    Document d = a.document();
                    doc.setString(1, d.id());
                    doc.setString(2, d.title());
                    setDate(doc, 3, d.date());
                    doc.setString(4, d.url());
                    doc.setString(5, d.source());
                    doc.setString(6, d.origin());
                    doc.setString(7, d.text());
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
                        bindEvent(ev, e);
                        ev.addBatch();
                    }
                }
                doc.executeBatch();
                sen.executeBatch();
                ev.executeBatch();
            }
            conn.commit();
        } catch (SQLException e) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw new StoreException("cannot write to " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }

    private static void bindEvent(PreparedStatement p, Event e) throws SQLException {
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
        p.setBoolean(i++, e.counts());
        p.setDouble(i++, e.confidence());
        setDate(p, i++, e.when().date());
        p.setString(i++, e.when().date() == null ? null : e.when().precision().json());
        p.setString(i++, e.when().source().json());
        p.setString(i++, e.when().expression());
        Place pl = e.where();
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
        p.setString(i++, pl == null ? null : pl.source().json());
        p.setString(i++, e.evidence().trigger());
        p.setInt(i++, e.evidence().triggerStart());
        p.setInt(i++, e.evidence().triggerEnd());
        p.setString(i, e.rule());
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
        if (!List.of("documents", "sentences", "events", "rejections").contains(table)) {
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
     * The most active dyads among counted events (asserted, or reliably reported), with both
     * actors known.
     */
    public List<DyadRow> dyads(int limit) {
        String sql = "SELECT source, target, count(*) AS n, avg(goldstein) AS g,"
                + " count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),"
                + " count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),"
                + " min(date), max(date)"
                + " FROM events WHERE counted AND source IS NOT NULL AND target IS NOT NULL"
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

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }
}
