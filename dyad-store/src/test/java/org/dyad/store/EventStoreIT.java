package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.Document;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.Rejection;
import org.dyad.core.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real DuckDB file: writes, re-writes without duplicates, and the dyad summary. */
class EventStoreIT {
    private static List<Analysis> analyses;

    @BeforeAll
    static void code() throws Exception {
        Pipeline coder = Golden.coder(Golden.stored("/golden/coder-parses.json"));
        analyses = new ArrayList<>();
        for (Golden.Record r : Golden.records("/golden/coder.jsonl")) {
            analyses.add(coder.run(new Document(r.id(), null, r.text(), r.date(), null, null, r.id())));
        }
    }

    @Test
    void reingestingAddsNoRows(@TempDir Path dir) {
        Path db = dir.resolve("events.duckdb");
        long events;
        try (EventStore s = EventStore.open(db)) {
            s.write(analyses.subList(0, 20));
            s.write(analyses.subList(20, analyses.size()));
            events = s.count("events");
            assertEquals(analyses.size(), s.count("documents"));
            assertTrue(events > 40, "events: " + events);
        }
        try (EventStore s = EventStore.open(db)) {
            s.write(analyses);
            s.write(analyses.subList(3, 9));
            assertEquals(analyses.size(), s.count("documents"));
            assertEquals(events, s.count("events"));
            assertEquals(analyses.stream().mapToInt(a -> a.sentences().size()).sum(), s.count("sentences"));
        }
    }

    @Test
    void eventsKeepTheirEvidence(@TempDir Path dir) throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("e.duckdb"))) {
            s.write(analyses);
            try (Statement st = s.connection().createStatement();
                    ResultSet r = st.executeQuery("SELECT e.char_start, e.char_end, e.trigger_start, e.trigger_end, d.text,"
                            + " e.rule, e.mode, e.date FROM events e JOIN documents d ON d.id = e.doc")) {
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
}
