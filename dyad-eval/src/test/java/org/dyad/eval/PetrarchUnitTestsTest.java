package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader of PETRARCH's unit-test records, on a small file written for this test. */
class PetrarchUnitTestsTest {
    private static final String XML = String.join("\n",
            "<Validation>",
            "<!-- records -->",
            "<Environment><Config option=\"stop_on_error\" value=\"True\"></Config></Environment>",
            "<Sentences>",
            "<Sentence date=\"19950101\" id=\"A-1\" category=\"DEMO\" sentence=\"true\">",
            "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>",
            "<EventCoding sourcecode=\"GON\" targetcode=\"ARN\" eventcode=\"064\"></EventCoding>",
            "<Text>",
            "Arnor is about to restore",
            "   full ties with Gondor.",
            "</Text>",
            "<Parse>(ROOT (S ...))</Parse>",
            "</Sentence>",
            "<Config option=\"require_dyad\" value=\"False\"></Config>",
            "<Sentence date = \"20080801\" id =\"B-2\"  category=\"PARSING\" sentence=\"true\">",
            "<EventCoding noevents = \"True\"></EventCoding>",
            "<Text>Nothing happens.</Text>",
            "</Sentence>",
            "<Config option=\"require_dyad\" value=\"TRUE\"></Config>",
            "<Sentence date=\"19950101\" id=\"C-3\" category=\"ERROR\" sentence=\"true\">",
            "<EventCoding error=\"bad_input_parse\"></EventCoding>",
            "<Text>Arnor restored ties.</Text>",
            "</Sentence>",
            "<Sentence date=\"19950101\" id=\"D-4\" category=\"ERROR\" sentence=\"true\">",
            "<EventCoding error=\"storydiscard\"></EventCoding>",
            "<Text>A typhoon.</Text>",
            "</Sentence>",
            "</Sentences>",
            "</Validation>",
            "");

    @Test
    void recordsConfigurationAndScoring(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("records.xml");
        Files.writeString(f, XML, StandardCharsets.UTF_8);
        List<PetrarchUnitTests.Record> rs = PetrarchUnitTests.load(f);
        assertEquals(4, rs.size());
        PetrarchUnitTests.Record a = rs.get(0);
        assertEquals("A-1", a.id());
        assertEquals(LocalDate.of(1995, 1, 1), a.date());
        assertEquals("Arnor is about to restore full ties with Gondor.", a.text());
        assertEquals(Set.of(new PetrarchUnitTests.Coding("ARN", "GON", "064"),
                new PetrarchUnitTests.Coding("GON", "ARN", "064")), a.expected());
        assertTrue(a.requireDyad(), "on by default");
        PetrarchUnitTests.Record b = rs.get(1);
        assertEquals("B-2", b.id(), "attributes with blanks around '='");
        assertFalse(b.requireDyad(), "switched off by the Config element before it");
        assertTrue(b.expected().isEmpty(), "noevents");
        assertNull(b.error());
        assertTrue(rs.get(2).requireDyad());
        assertFalse(rs.get(2).applicable(), "a broken stored parse tests PETRARCH's reader");
        assertTrue(rs.get(3).applicable());

        PetrarchUnitTests.Report r = PetrarchUnitTests.run(rs, rec -> List.of());
        assertEquals(3, r.all().records);
        assertEquals(2, r.all().passed, "nothing expected, nothing coded: B-2 and the discard D-4");
        assertEquals(1, r.notApplicable().size());
        assertEquals(0, r.byCategory().get("DEMO").passed);
        assertTrue(PetrarchUnitTests.markdown(r).contains("| **all** | 3 | 2 | 66.7% |"), PetrarchUnitTests.markdown(r));
    }
}
