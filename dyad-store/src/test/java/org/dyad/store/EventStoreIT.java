package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.json.Json;
import org.dyad.core.model.Document;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.Rejection;
import org.dyad.core.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real DuckDB file: writes, re-writes without duplicates, events and mentions, exports read back. */
class EventStoreIT {
    private static List<Analysis> analyses;
    private static Pipeline coder;

    @BeforeAll
    static void code() throws Exception {
        coder = Golden.coder(Golden.stored("/golden/coder-parses.json"));
        analyses = new ArrayList<>();
        for (Golden.Record r : Golden.records("/golden/coder.jsonl")) {
            analyses.add(coder.run(new Document(r.id(), null, r.text(), r.date(), null, "wire-" + (r.id().length() % 3),
                    r.id())));
        }
    }

    @Test
    void reingestingAddsNoRows(@TempDir Path dir) {
        Path db = dir.resolve("events.duckdb");
        long mentions;
        long events;
        try (EventStore s = EventStore.open(db)) {
            s.write(analyses.subList(0, 20));
            s.write(analyses.subList(20, analyses.size()));
            mentions = s.count("mentions");
            events = s.count("events");
            assertEquals(analyses.size(), s.count("documents"));
            assertTrue(mentions > 40, "mentions: " + mentions);
            assertTrue(events > 30 && events <= mentions, "events: " + events);
        }
        try (EventStore s = EventStore.open(db)) {
            s.write(analyses);
            s.write(analyses.subList(3, 9));
            assertEquals(analyses.size(), s.count("documents"));
            assertEquals(mentions, s.count("mentions"));
            assertEquals(events, s.count("events"));
            assertEquals(analyses.stream().mapToInt(a -> a.sentences().size()).sum(), s.count("sentences"));
        }
    }

    @Test
    void oneEventManyMentionsAndSyndicatedCopies(@TempDir Path dir) throws Exception {
        Golden.Record r = Golden.records("/golden/coder.jsonl").stream().filter(x -> x.id().equals("g16-expel"))
                .findFirst().orElseThrow();
        List<Analysis> reports = new ArrayList<>();
        for (String outlet : List.of("Wire A", "Wire B", "Wire C")) {
            reports.add(coder.run(new Document("report-" + outlet, null, r.text(), r.date(), null, outlet, outlet)));
        }
        try (EventStore s = EventStore.open(dir.resolve("m.duckdb"))) {
            s.write(reports);
            assertEquals(3, s.count("mentions"));
            assertEquals(1, s.count("events"), "three reports of one expulsion are one event");
            Exports x = new Exports(s, Cameo.standard());
            assertEquals(3, ((Number) x.scalar("SELECT num_mentions FROM events")).intValue());
            assertEquals(3, ((Number) x.scalar("SELECT num_sources FROM events")).intValue());
            s.writeDuplicate(new Document("copy-1", null, r.text(), r.date(), null, "Wire D", "copy"), "report-Wire A");
            assertEquals(4, ((Number) x.scalar("SELECT num_articles FROM events")).intValue(), "a syndicated copy counts as an article");
            assertEquals(3, ((Number) x.scalar("SELECT num_mentions FROM events")).intValue(), "but is not coded again");
            assertEquals(1, s.dyads(10).get(0).events(), "statistics count events");
            assertEquals(3, s.dyads(10, true).get(0).events(), "or mentions, when asked");
        }
    }

    @Test
    void eventsKeepTheirEvidence(@TempDir Path dir) throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("e.duckdb"))) {
            s.write(analyses);
            try (Statement st = s.connection().createStatement();
                    ResultSet r = st.executeQuery("SELECT m.char_start, m.char_end, m.trigger_start, m.trigger_end, d.text,"
                            + " m.rule, m.mode, m.date FROM mentions m JOIN documents d ON d.id = m.doc")) {
                int n = 0;
                while (r.next()) {
                    n++;
                    String text = r.getString(5);
                    assertTrue(r.getInt(1) <= r.getInt(3) && r.getInt(4) <= r.getInt(2), "trigger inside its sentence");
                    assertTrue(r.getInt(2) <= text.length());
                    assertTrue(r.getString(6).matches(".+\\.txt:\\d+.*"), r.getString(6));
                    assertTrue(List.of("asserted", "negated", "hypothetical", "reported").contains(r.getString(7)));
                    assertTrue(r.getDate(8) != null);
                }
                assertTrue(n > 40);
            }
        }
    }

    @Test
    void dyadSummaryCountsOnlyCountedEventsBetweenKnownActors(@TempDir Path dir) {
        try (EventStore s = EventStore.open(dir.resolve("d.duckdb"))) {
            s.write(analyses);
            s.reject(new Rejection("bad.txt", "empty file"));
            assertEquals(1, s.count("rejections"));
            List<EventStore.DyadRow> rows = s.dyads(100);
            assertTrue(!rows.isEmpty());
            for (EventStore.DyadRow r : rows) {
                assertTrue(!r.source().startsWith("---") && !r.target().startsWith("---"));
                assertEquals(r.events(), r.q1() + r.q2() + r.q3() + r.q4());
                assertTrue(r.meanGoldstein() >= -10 && r.meanGoldstein() <= 10);
            }
            boolean negatedCounted = rows.stream().anyMatch(r -> r.source().equals("PAK") && r.target().equals("AFGMIL"));
            assertTrue(!negatedCounted, "'Pakistan did not attack Afghan troops' must not count");
        }
    }

    @Test
    void exportsReadBack(@TempDir Path dir) throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("x.duckdb"))) {
            s.write(analyses);
            Exports x = new Exports(s, Cameo.standard());
            long events = s.count("events");
            Set<Long> ids = new HashSet<>();
            try (Statement st = s.connection().createStatement(); ResultSet r = st.executeQuery("SELECT id FROM events")) {
                while (r.next()) {
                    ids.add(Exports.gdeltId(r.getString(1)));
                }
            }

            Path gdelt = dir.resolve("gdelt");
            assertEquals(events, x.gdelt(gdelt));
            Object n = x.scalar("SELECT count(*) FROM read_csv('" + Exports.sqlPath(gdelt.resolve("events.tsv"))
                    + "', delim='\\t', header=false, all_varchar=true, quote='', escape='')");
            assertEquals(events, ((Number) n).longValue());
            for (String line : Files.readAllLines(gdelt.resolve("events.tsv"), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                assertEquals(61, f.length, "GDELT 2.0 has 61 event columns");
                assertTrue(ids.contains(Long.parseLong(f[0])));
                assertTrue(f[1].matches("\\d{8}"), "SQLDATE " + f[1]);
                assertEquals(f[26].substring(0, 2), f[28], "EventRootCode");
                assertTrue(Integer.parseInt(f[31]) >= 1, "NumMentions");
            }
            List<String> mentions = Files.readAllLines(gdelt.resolve("mentions.tsv"), StandardCharsets.UTF_8);
            assertEquals(((Number) x.scalar("SELECT count(*) FROM mentions WHERE event_id IS NOT NULL")).longValue(),
                    mentions.size());
            for (String line : mentions) {
                String[] f = line.split("\t", -1);
                assertEquals(16, f.length, "GDELT 2.0 has 16 mention columns");
                assertTrue(ids.contains(Long.parseLong(f[0])));
            }

            Path plover = dir.resolve("events.plover.jsonl");
            int lines = x.plover(plover);
            List<String> back = Files.readAllLines(plover, StandardCharsets.UTF_8);
            assertEquals(lines, back.size());
            assertTrue(lines > 0 && lines <= events);
            for (String line : back) {
                Map<String, Object> rec = Json.parseObject(line);
                assertTrue(List.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
                        "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT")
                        .contains(rec.get("event")), line);
                assertTrue(rec.get("id") instanceof String && rec.get("text") instanceof String);
            }

            Path pq = dir.resolve("pq");
            assertEquals(events, x.parquet(pq));
            assertEquals(events, ((Number) x.scalar("SELECT count(*) FROM read_parquet('"
                    + Exports.sqlPath(pq.resolve("events.parquet")) + "')")).longValue());
            assertEquals(s.count("mentions"), ((Number) x.scalar("SELECT count(*) FROM read_parquet('"
                    + Exports.sqlPath(pq.resolve("mentions.parquet")) + "')")).longValue());
            assertEquals(0L, ((Number) x.scalar("SELECT count(*) FROM (SELECT id, goldstein, source, target FROM events"
                    + " EXCEPT SELECT id, goldstein, source, target FROM read_parquet('"
                    + Exports.sqlPath(pq.resolve("events.parquet")) + "'))")).longValue(), "Parquet holds the same events");
        }
    }
}
