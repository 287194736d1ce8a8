package org.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The tables of a Dyad database. Creating them is idempotent. */
final class Schema {
    static final int VERSION = 1;

    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS dyad_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        "CREATE TABLE IF NOT EXISTS documents ("
            + " id VARCHAR PRIMARY KEY, title VARCHAR, pub_date DATE, url VARCHAR, source VARCHAR,"
            + " origin VARCHAR, text VARCHAR, sentences INTEGER, events INTEGER, ingested_at TIMESTAMP)",
        "CREATE TABLE IF NOT EXISTS sentences ("
            + " doc VARCHAR, idx INTEGER, char_start INTEGER, char_end INTEGER, text VARCHAR,"
            + " PRIMARY KEY (doc, idx))",
        "CREATE TABLE IF NOT EXISTS events ("
            + " id VARCHAR PRIMARY KEY, doc VARCHAR, sentence_index INTEGER, char_start INTEGER, char_end INTEGER,"
            + " source VARCHAR, source_text VARCHAR, source_id VARCHAR,"
            + " target VARCHAR, target_text VARCHAR, target_id VARCHAR,"
            + " code VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR,"
            + " mode VARCHAR, reporter VARCHAR, counted BOOLEAN, confidence DOUBLE,"
            + " date DATE, date_precision VARCHAR, date_source VARCHAR, date_text VARCHAR,"
            + " location_name VARCHAR, geonames_id BIGINT, location_country VARCHAR, location_admin1 VARCHAR,"
            + " lat DOUBLE, lon DOUBLE, location_source VARCHAR,"
            + " trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER, rule VARCHAR)",
        "CREATE TABLE IF NOT EXISTS rejections ("
            + " origin VARCHAR, reason VARCHAR, rejected_at TIMESTAMP)",
    };

    private Schema() {}

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
            s.execute("INSERT OR REPLACE INTO dyad_meta VALUES ('schema_version', '" + VERSION + "')");
        }
    }
}
