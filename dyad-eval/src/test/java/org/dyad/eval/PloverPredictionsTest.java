package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.core.BadInputException;
import org.dyad.core.ontology.Cameo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another coder's predictions, read from JSON lines and scored against hand-written gold records. */
class PloverPredictionsTest {
    private static final Cameo CAMEO = Cameo.standard();
    private static final LocalDate DAY = LocalDate.of(2000, 1, 1);

    /** Four gold records written for this test. */
    private static final List<PloverGold> GOLD = List.of(
            new PloverGold("G-1", "CONSULT", "Kenyan and Ugandan ministers met in Nairobi on Monday.",
                    List.of("KEN"), List.of("UGA"), DAY),
            new PloverGold("G-2", "ASSAULT", "Chadian troops shelled rebel positions near the border.",
                    List.of("TCD"), List.of(), DAY),
            new PloverGold("G-3", "REQUEST", "Peru urged Chile to reopen the border crossing.",
                    List.of("PER"), List.of("CHL"), DAY),
            new PloverGold("G-4", "PROTEST", "Students marched in Lima against the new tax.",
                    List.of("PER"), List.of("PER"), DAY));

    @TempDir
    Path dir;

    private Path file(String... lines) throws Exception {
        Path f = dir.resolve("pred.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsEventsByRecordWithDyadsCategoriesAndCountingRule() throws Exception {
        Path f = file(
                "{\"id\": \"G-1\", \"source\": \"KENGOV\", \"target\": \"UGAGOV\", \"code\": \"040\"}",
                "",
                "{\"id\": \"G-1\", \"source\": \"---GOV\", \"target\": \"UGA\", \"code\": \"043\", \"extra\": 1}",
                "{\"id\": \"G-3\", \"source\": \"PER\", \"target\": null, \"code\": \"0234\"}",
                "{\"id\": \"G-3\", \"source\": \"\", \"target\": \"CHL\", \"code\": \"010\"}");
        Map<String, List<PloverEval.Prediction>> m = PloverPredictions.read(f, GOLD, CAMEO);
        assertEquals(List.of(), m.get("G-2"));
        List<PloverEval.Prediction> g1 = m.get("G-1");
        assertEquals(2, g1.size());
        assertEquals("CONSULT", g1.get(0).plover());
        assertTrue(g1.get(0).counts());
        assertTrue(g1.get(0).detail().endsWith("pred.jsonl:1"), g1.get(0).detail());
        assertFalse(g1.get(1).counts(), "a role of no country is no known source");
        assertTrue(g1.get(1).detail().endsWith("pred.jsonl:3"), g1.get(1).detail());
        List<PloverEval.Prediction> g3 = m.get("G-3");
        // 0234 is no CAMEO code; its parent 023 is, and gives the category
        assertEquals("REQUEST", g3.get(0).plover());
        assertNull(g3.get(0).target());
        assertFalse(g3.get(1).counts(), "an empty source is no known source");
        assertNull(g3.get(1).plover(), "01x statements have no PLOVER category");
    }

    @Test
    void anIdNotInTheGoldFileIsAnErrorNamingFileAndLine() throws Exception {
        Path f = file("{\"id\": \"G-1\", \"source\": \"KEN\", \"target\": \"UGA\", \"code\": \"040\"}",
                "{\"id\": \"G-9\", \"source\": \"KEN\", \"target\": \"UGA\", \"code\": \"040\"}");
        BadInputException e = assertThrows(BadInputException.class, () -> PloverPredictions.read(f, GOLD, CAMEO));
        assertTrue(e.getMessage().contains("pred.jsonl:2"), e.getMessage());
        assertTrue(e.getMessage().contains("'G-9' is not in the gold file"), e.getMessage());
    }

    @Test
    void malformedLinesAreErrorsNamingFileAndLine() throws Exception {
        String[] bad = {
            "{\"id\": \"G-1\", \"source\": \"KEN\", \"target\": \"UGA\", \"code\": \"040\"",
            "[\"G-1\", \"KEN\", \"UGA\", \"040\"]",
            "{\"source\": \"KEN\", \"target\": \"UGA\", \"code\": \"040\"}",
            "{\"id\": \"G-1\", \"source\": \"KEN\", \"target\": \"UGA\"}",
            "{\"id\": \"G-1\", \"source\": \"KEN\", \"target\": \"UGA\", \"code\": \"4O\"}",
            "{\"id\": \"G-1\", \"source\": \"KEN\", \"target\": \"UGA\", \"code\": \"990\"}",
            "{\"id\": \"G-1\", \"source\": 7, \"target\": \"UGA\", \"code\": \"040\"}",
        };
        for (String line : bad) {
            Path f = file("{\"id\": \"G-2\", \"source\": \"TCD\", \"target\": null, \"code\": \"190\"}", line);
            BadInputException e = assertThrows(BadInputException.class, () -> PloverPredictions.read(f, GOLD, CAMEO),
                    line);
            assertTrue(e.getMessage().startsWith(f + ":2: "), e.getMessage());
        }
    }

    @Test
    void scoresTheFileLikeDyadsOwnEvents() throws Exception {
        Path f = file(
                // G-1: right category and actors (prefixes), plus a statement: strict precision only
                "{\"id\": \"G-1\", \"source\": \"KENGOV\", \"target\": \"UGAGOV\", \"code\": \"042\"}",
                "{\"id\": \"G-1\", \"source\": \"KEN\", \"target\": \"UGA\", \"code\": \"012\"}",
                // G-2: gold has no target, so any target will do; an event of no known source is not counted
                "{\"id\": \"G-2\", \"source\": \"TCDMIL\", \"target\": null, \"code\": \"194\"}",
                "{\"id\": \"G-2\", \"source\": \"---REB\", \"target\": \"TCDMIL\", \"code\": \"190\"}",
                // G-3: right category, wrong target: a miss that counts against actor accuracy
                "{\"id\": \"G-3\", \"source\": \"PER\", \"target\": \"BOL\", \"code\": \"020\"}",
                // G-4: a wrong category, predicted as ASSAULT
                "{\"id\": \"G-4\", \"source\": \"PERCOP\", \"target\": \"PEREDU\", \"code\": \"180\"}");
        Map<String, List<PloverEval.Prediction>> byId = PloverPredictions.read(f, GOLD, CAMEO);
        PloverEval.Report r = PloverEval.run(GOLD, g -> byId.get(g.id()));
        assertEquals(4, r.all().gold);
        assertEquals(2, r.all().recalled);
        assertEquals(4, r.all().predicted);
        assertEquals(2, r.all().correct);
        assertEquals(5, r.strictPredicted());
        assertEquals(3, r.actorChecked());
        assertEquals(2, r.actorCorrect());
        Map<String, String> s = PloverEval.summary(r);
        assertEquals("0.500", s.get("recall"));
        assertEquals("0.500", s.get("precision"));
        assertEquals("0.400", s.get("precision_strict"));
        assertEquals("0.667", s.get("actor_accuracy"));
        PloverEval.Tally assault = r.byCategory().get("ASSAULT");
        assertEquals(1, assault.gold);
        assertEquals(1, assault.recalled);
        assertEquals(2, assault.predicted);
        assertEquals(1, assault.correct);
        assertEquals(0, r.byCategory().get("PROTEST").recalled);
        assertEquals(List.of(true, true, false, false),
                r.outcomes().stream().map(PloverEval.Outcome::recalled).toList());
        assertEquals(2, r.outcomes().get(1).predictions().size(), "uncounted events are kept for the error listing");
    }

    @Test
    void anEventRightForTheOtherRecordOfItsSentenceHasRightActors() {
        String text = "Rebels rejected Ghana's peace plan and the deployment of an African force.";
        List<PloverGold> gold = List.of(
                new PloverGold("T-1", "REJECT", text, List.of("CIV"), List.of("GHA"), DAY),
                new PloverGold("T-2", "REJECT", text, List.of("CIV"), List.of("IGO"), DAY),
                new PloverGold("T-3", "PROTEST", text, List.of("CIV"), List.of("IGO"), DAY));
        List<PloverEval.Prediction> events = List.of(
                new PloverEval.Prediction("CIVREB", "GHAGOV", "127", "REJECT", true, "plan"),
                new PloverEval.Prediction("CIVREB", "IGOMIL", "1212", "REJECT", true, "force"),
                new PloverEval.Prediction("CIVREB", "SENGOV", "1212", "REJECT", true, "wrong for both"));
        PloverEval.Report r = PloverEval.run(gold, g -> events);
        // each of the three events is checked once for each REJECT record: the first two are right for one of
        // them, the third for neither; a PROTEST record of the same sentence does not make a REJECT event right
        assertEquals(6, r.actorChecked());
        assertEquals(4, r.actorCorrect());
        assertEquals(2, r.all().recalled, "recall still asks each record for an event of its own");
    }

    @Test
    void aRepeatedGoldIdIsReadWithItsOccurrence(@TempDir Path d) throws Exception {
        Path gold = d.resolve("gold.json");
        Files.writeString(gold, "[{\"id\": \"H\", \"event\": \"DOCUMENT\"},"
                + "{\"id\": \"X-1\", \"event\": \"FIGHT\", \"text\": \"One.\", \"source\": [{\"code\": \"TCD\"}]},"
                + "{\"id\": \"X-1\", \"event\": \"DEMAND\", \"text\": \"Two.\", \"source\": [{\"code\": \"JAP\"}],"
                + " \"date\": \"1999-05-06\"}]", StandardCharsets.UTF_8);
        List<PloverGold> g = PloverGold.load(gold);
        assertEquals(List.of("X-1", "X-1#2"), g.stream().map(PloverGold::id).toList());
        assertEquals("REQUEST", g.get(1).category());
        assertEquals(List.of("JPN"), g.get(1).sources());
        assertEquals(LocalDate.of(1999, 5, 6), g.get(1).date());
    }
}
