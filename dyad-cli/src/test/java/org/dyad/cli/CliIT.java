package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, with CoreNLP and DuckDB. */
class CliIT {
    private static final String CORPUS = "../samples/corpus";
    private static final List<String> FIELDS = List.of("id", "doc", "sentence_index", "sentence", "char_start",
            "char_end", "source", "target", "source_text", "target_text", "code", "root", "quad_class", "goldstein",
            "plover", "mode", "date", "date_source", "date_precision", "location", "rule", "confidence");

    @Test
    void codesTheSampleCorpusIntoEvidenceBackedEvents() throws Exception {
        Run r = Run.of("code", CORPUS);
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines.length > 150, "events: " + lines.length);
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            Map<String, Object> e = Json.parseObject(line);
            for (String f : FIELDS) {
                assertTrue(e.containsKey(f), f + " missing in " + line);
            }
            assertTrue(ids.add((String) e.get("id")), "duplicate id " + e.get("id"));
            assertTrue(((String) e.get("rule")).matches("\\S+\\.txt:\\d+.*"), line);
            String root = (String) e.get("root");
            assertEquals(root, ((String) e.get("code")).substring(0, 2));
        }
        Run again = Run.of("code", CORPUS);
        assertEquals(r.out(), again.out(), "re-running gives the same events and ids");
        assertTrue(r.err().contains("18 documents"), r.err());
    }

    @Test
    void badInputIsReportedAndTheRestIsCoded(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Kinshasa expels envoys\n\nCongo expelled Rwandan diplomats on "
                + "Saturday, and Rwanda recalled its ambassador from Kinshasa on Sunday.\n");
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 3, 4});
        Files.writeString(dir.resolve("french.txt"), "Titre\n\nLe ministre des affaires étrangères a rencontré son "
                + "homologue à Paris pour discuter de la crise au Sahel et des relations entre les deux pays.\n");
        Files.writeString(dir.resolve("wire.jsonl"), "{\"text\": \"Japan pledged aid to Sudan.\", \"date\": \"2023-05-01\"}\n"
                + "{\"text\": oops}\n");
        Run r = Run.of("code", "--date", "2025-01-27", dir.toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().contains("binary.txt: binary content"), r.err());
        assertTrue(r.err().contains("french.txt (french-"), r.err());
        assertTrue(r.err().contains("skipped: not English"), r.err());
        assertTrue(r.err().contains("wire.jsonl:2: malformed JSON"), r.err());
        assertTrue(r.out().contains("\"code\":\"161\""), r.out());
        assertTrue(r.out().contains("\"code\":\"033\""), r.out());
    }

    @Test
    void ingestingTwiceKeepsOneCopy(@TempDir Path dir) throws Exception {
        String db = dir.resolve("d.duckdb").toString();
        Run first = Run.of("ingest", "--db", db, CORPUS);
        assertEquals(0, first.exit(), first.err());
        Run second = Run.of("ingest", "--db", db, CORPUS, "--dyads");
        assertEquals(0, second.exit(), second.err());
        String holds = first.err().lines().filter(l -> l.contains("now holds")).findFirst().orElseThrow();
        assertTrue(second.err().contains(holds.substring(holds.indexOf("now holds"))), second.err());
        assertTrue(second.out().contains("Top dyads"), second.out());
        Run dyads = Run.of("dyads", "--db", db, "--top", "5");
        assertEquals(0, dyads.exit());
        assertTrue(dyads.out().lines().count() >= 4, dyads.out());
    }

    @Test
    void explainShowsTheDecisions() {
        Run r = Run.of("explain", "--date", "2023-12-28", "Pakistan did not attack Afghan troops on Tuesday.");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("tried verbs/"), r.out());
        assertTrue(r.out().contains("negated at 'attack'"), r.out());
        assertTrue(r.out().contains("mode=negated"), r.out());
        assertTrue(r.out().contains("\"Tuesday\" → 2023-12-26"), r.out());
    }

    @Test
    void dictionaryGapsListNamesNotPronouns(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("story.txt");
        Files.writeString(text, "Kenyan police arrested Zorbal Kentrix in Nairobi on Monday. A court freed him on "
                + "Friday, and he thanked the judges.\n", StandardCharsets.UTF_8);
        Run r = Run.of("dict", "gaps", "--date", "2024-03-01", text.toString());
        assertEquals(0, r.exit(), r.err());
        String entities = r.out().substring(0, r.out().indexOf("Verbs no pattern"));
        assertTrue(entities.contains("Zorbal Kentrix"), r.out());
        assertTrue(!entities.contains(" him ") && !entities.contains(" he "), r.out());
    }

    @Test
    void configurationAndDictionaryErrorsAreUsageErrors(@TempDir Path dir) throws Exception {
        Run bad = Run.of("code", "--set", "nlp.thread=2", CORPUS);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("unknown configuration key 'nlp.thread'"), bad.err());
        Files.createDirectories(dir.resolve("verbs"));
        Files.writeString(dir.resolve("verbs/mine.txt"), "042 visit TARGET\n999 teleport TARGET\n", StandardCharsets.UTF_8);
        Run check = Run.of("dict", "check", dir.toString());
        assertEquals(2, check.exit());
        assertTrue(check.out().contains("verbs/mine.txt:2: unknown CAMEO code '999'"), check.out());
        Run builtin = Run.of("dict", "check", "--quiet");
        assertEquals(0, builtin.exit(), builtin.out());
        Run withBadDict = Run.of("code", "--dictionaries", dir.toString(), CORPUS);
        assertEquals(2, withBadDict.exit());
        assertTrue(withBadDict.err().contains("mine.txt:2"), withBadDict.err());
    }
}
