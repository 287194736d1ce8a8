package org.dyad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.dyad.core.BadInputException;
import org.dyad.core.model.Document;
import org.junit.jupiter.api.Test;

class PipelineTest {

    /** A stage that needs and adds what it is told, and fails on documents whose text says so. */
    private record Fake(String name, Set<Facet> requires, Set<Facet> provides) implements Stage {
        @Override
        public Analysis apply(Analysis in) throws BadInputException {
            String t = in.document().text();
            if (t.equals("bad")) {
                throw new BadInputException("bad document");
            }
            if (t.equals("bug")) {
                throw new IllegalStateException("a bug");
            }
            return in.withRegions(List.of(), List.of());
        }
    }

    @Test
    void stagesMustFindWhatTheyNeed() {
        Stage clean = new Fake("clean", EnumSet.of(Facet.TEXT), EnumSet.of(Facet.CLEAN));
        Stage events = new Fake("events", EnumSet.of(Facet.PARSE, Facet.ACTORS), EnumSet.of(Facet.EVENTS));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(clean, events));
        assertTrue(e.getMessage().startsWith("stage 'events' needs PARSE"), e.getMessage());
        assertEquals(1, Pipeline.of(clean).stages().size());
    }

    @Test
    void runnerKeepsOrderAndTurnsFailuresIntoRejections() throws Exception {
        Pipeline p = Pipeline.of(new Fake("clean", EnumSet.of(Facet.TEXT), EnumSet.of(Facet.CLEAN)));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add(i == 7 ? "bad" : i == 21 ? "bug" : "doc " + i);
        }
        Iterator<String> it = texts.iterator();
        int[] n = {0};
        List<String> seen = new ArrayList<>();
        Runner.Summary s = new Runner(p, 3).run(() -> it.hasNext()
                ? Item.of(new Document("d" + n[0]++, null, it.next(), LocalDate.of(2024, 1, 1), null, null, "test"))
                : null, r -> seen.add(r.analysis() != null ? r.analysis().document().id() : "rejected:" + r.rejection()));
        assertEquals(38, s.documents());
        assertEquals(2, s.rejected());
        assertEquals("d6", seen.get(6));
        assertEquals("rejected:test (d7): bad document", seen.get(7));
        assertTrue(seen.get(21).startsWith("rejected:test (d21): internal error: java.lang.IllegalStateException"), seen.get(21));
        assertEquals("d39", seen.get(39));
    }
}
