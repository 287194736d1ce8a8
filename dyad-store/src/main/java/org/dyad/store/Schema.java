package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of a Dyad database, following GDELT's split between events and mentions: a
 * mention is one coded sentence of one document; an event is one real-world event, with all
 * the mentions that report it. Creating the tables is idempotent.
 */
final class Schema {
    static final int VERSION = 3;

    private static final String MENTION_COLUMNS = "id VARCHAR PRIMARY KEY, event_id VARCHAR, doc VARCHAR,"
            + " sentence_index INTEGER, char_start INTEGER, char_end INTEGER,"
            + " source VARCHAR, source_text VARCHAR, source_id VARCHAR, target VARCHAR, target_text VARCHAR, target_id VARCHAR,"
            + " code VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR,"
            + " mode VARCHAR, reporter VARCHAR, background BOOLEAN, counted BOOLEAN, confidence DOUBLE,"
            + " date DATE, date_precision VARCHAR, date_source VARCHAR, date_text VARCHAR,"
            + " history BOOLEAN, location_name VARCHAR, geonames_id BIGINT, location_country VARCHAR, location_admin1 VARCHAR,"
            + " lat DOUBLE, lon DOUBLE, location_source VARCHAR,"
            + " trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER, rule VARCHAR";

    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS dyad_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        "CREATE TABLE IF NOT EXISTS documents ("
            + " id VARCHAR PRIMARY KEY, title VARCHAR, pub_date DATE, url VARCHAR, source VARCHAR,"
            + " origin VARCHAR, text VARCHAR, sentences INTEGER, mentions INTEGER, duplicate_of VARCHAR,"
            + " ingested_at TIMESTAMP)",
        "CREATE TABLE IF NOT EXISTS sentences ("
            + " doc VARCHAR, idx INTEGER, char_start INTEGER, char_end INTEGER, text VARCHAR,"
            + " PRIMARY KEY (doc, idx))",
        "CREATE TABLE IF NOT EXISTS mentions (" + MENTION_COLUMNS + ")",
        "CREATE TABLE IF NOT EXISTS events ("
            + " id VARCHAR PRIMARY KEY, source VARCHAR, source_id VARCHAR, target VARCHAR, target_id VARCHAR,"
            + " code VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR,"
            + " date DATE, date_precision VARCHAR, location_name VARCHAR, geonames_id BIGINT,"
            + " location_country VARCHAR, location_admin1 VARCHAR, lat DOUBLE, lon DOUBLE,"
            + " num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, first_doc VARCHAR,"
            + " root_event BOOLEAN, added_at TIMESTAMP)",
        "CREATE TABLE IF NOT EXISTS signatures (doc VARCHAR PRIMARY KEY, sig BLOB)",
        "CREATE TABLE IF NOT EXISTS doc_bands (band INTEGER, bucket BIGINT, doc VARCHAR)",
        "CREATE TABLE IF NOT EXISTS rejections (origin VARCHAR, reason VARCHAR, rejected_at TIMESTAMP)",
        "CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc)",
        "CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event_id)",
        "CREATE INDEX IF NOT EXISTS events_key ON events (source, target, root)",
        "CREATE INDEX IF NOT EXISTS doc_bands_key ON doc_bands (band, bucket)",
    };

    private Schema() {}

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(DDL[0]);
            try (ResultSet r = s.executeQuery("SELECT value FROM dyad_meta WHERE key = 'schema_version'")) {
                if (r.next() && !r.getString(1).equals(String.valueOf(VERSION))) {
                    throw new SQLException("this database has Dyad schema version " + r.getString(1)
                            + "; this Dyad writes version " + VERSION + " (ingest into a new file)");
                }
            }
            for (int i = 1; i < DDL.length; i++) {
                s.execute(DDL[i]);
            }
            s.execute("INSERT OR REPLACE INTO dyad_meta VALUES ('schema_version', '" + VERSION + "')");
        }
    }
}
