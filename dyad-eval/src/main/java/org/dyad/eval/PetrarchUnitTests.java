package org.dyad.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dyad.core.model.Event;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * PETRARCH-2's unit-test records ({@code PETR.UnitTest.records.xml}) as a conformance suite for
 * reading PETRARCH dictionaries.
 *
 * <p>Each record has a sentence, a date, a category and the codings PETRARCH should produce:
 * {@code <EventCoding sourcecode targetcode eventcode>}, several, or none ({@code noevents}). A record passes when
 * the set of (source, target, code) triples of the events Dyad codes is exactly the expected
 * set. Events of every mode count, since PETRARCH has no modes. A missing actor is
 * {@code ---}. {@code <Config option="require_dyad">} elements between records switch on and
 * off whether an event needs both a source and a target (on by default, as in PETRARCH's own
 * configuration); when on, events missing either are not PETRARCH output.
 *
 * <p>Records that test how PETRARCH reads its input rather than its dictionaries
 * ({@code error="bad_input_parse"}: a broken stored parse; {@code error="dateline"}) are not
 * applicable, since Dyad parses the text itself; they are counted apart. Records expecting a
 * discard ({@code storydiscard}, {@code sentencediscard}) pass when nothing is coded.
 */
public final class PetrarchUnitTests {
    private static final Set<String> NOT_APPLICABLE = Set.of("bad_input_parse", "dateline");

    /** One expected or produced coding. */
    public record Coding(String source, String target, String code) {
        @Override
        public String toString() {
            return source + " " + target + " " + code;
        }
    }

    /**
     * One test record.
     *
     * @param id the record's id
     * @param category its category (DEMO, AGENT, COMPOUND, …)
     * @param date its date, which picks the code of date-restricted actors
     * @param text the sentence
     * @param expected the codings PETRARCH should produce
     * @param error the error PETRARCH should report instead, or null
     * @param requireDyad whether events need both a source and a target
     */
    public record Record(String id, String category, @Nullable LocalDate date, String text, Set<Coding> expected,
            @Nullable String error, boolean requireDyad) {

        public boolean applicable() {
            return error == null || !NOT_APPLICABLE.contains(error);
        }
    }

    /** Codes one record's sentence. */
    @FunctionalInterface
    public interface Coder {
        List<Event> code(Record r);
    }

    /** Passes out of records. */
    public static final class Tally {
        public int records;
        public int passed;

        public double rate() {
            return records == 0 ? 0 : (double) passed / records;
        }
    }

    /** One record's outcome. */
    public record Outcome(Record record, Set<Coding> produced, List<Event> events, boolean passed) {}

    /**
     * The result.
     *
     * @param all every applicable record
     * @param byCategory applicable records per category
     * @param outcomes every applicable record's outcome, in file order
     * @param notApplicable records left out, with why
     */
    public record Report(Tally all, Map<String, Tally> byCategory, List<Outcome> outcomes, List<Record> notApplicable) {}

    private PetrarchUnitTests() {}

    /** Reads the records, tracking the {@code require_dyad} option in document order. */
    public static List<Record> load(Path xml) throws IOException {
        org.w3c.dom.Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(xml.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read " + xml + ": " + e.getMessage(), e);
        }
        List<Record> out = new ArrayList<>();
        boolean requireDyad = true;
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getTagName().equals("Config")) {
                if (e.getAttribute("option").equalsIgnoreCase("require_dyad")) {
                    requireDyad = e.getAttribute("value").strip().equalsIgnoreCase("true");
                }
                continue;
            }
            if (!e.getTagName().equals("Sentence")) {
                continue;
            }
            Set<Coding> expected = new LinkedHashSet<>();
            String error = null;
            NodeList codings = e.getElementsByTagName("EventCoding");
            for (int k = 0; k < codings.getLength(); k++) {
                Element c = (Element) codings.item(k);
                if (c.hasAttribute("error")) {
                    error = c.getAttribute("error").strip();
                    continue;
                }
                if (c.hasAttribute("noevents") || !c.hasAttribute("eventcode")) {
                    continue;
                }
                expected.add(new Coding(orNull(c.getAttribute("sourcecode")), orNull(c.getAttribute("targetcode")),
                        c.getAttribute("eventcode").strip()));
            }
            NodeList texts = e.getElementsByTagName("Text");
            String text = texts.getLength() == 0 ? "" : texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
            String id = e.getAttribute("id").strip();
            out.add(new Record(id.isEmpty() ? "record-" + (out.size() + 1) : id, e.getAttribute("category").strip(),
                    date(e.getAttribute("date").strip()), text, expected, error, requireDyad));
        }
        return out;
    }

    private static String orNull(String code) {
        String c = code.strip();
        return c.isEmpty() ? "---" : c;
    }

    private static @Nullable LocalDate date(String s) {
        if (!s.matches("\\d{8}")) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                Integer.parseInt(s.substring(6, 8)));
    }

    /** The PETRARCH-style codings of Dyad's events. */
    public static Set<Coding> codings(List<Event> events, boolean requireDyad) {
        Set<Coding> out = new LinkedHashSet<>();
        for (Event e : events) {
            String s = e.sourceCode() == null ? "---" : e.sourceCode();
            String t = e.targetCode() == null ? "---" : e.targetCode();
            if (requireDyad && (s.equals("---") || t.equals("---"))) {
                continue;
            }
            out.add(new Coding(s, t, e.code().code()));
        }
        return out;
    }

    public static Report run(List<Record> records, Coder coder) {
        Tally all = new Tally();
        Map<String, Tally> byCategory = new TreeMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<Record> skipped = new ArrayList<>();
        for (Record r : records) {
            if (!r.applicable()) {
                skipped.add(r);
                continue;
            }
            List<Event> events = coder.code(r);
            Set<Coding> produced = codings(events, r.requireDyad());
            boolean pass = produced.equals(r.expected());
            Tally t = byCategory.computeIfAbsent(r.category(), k -> new Tally());
            t.records++;
            all.records++;
            if (pass) {
                t.passed++;
                all.passed++;
            }
            outcomes.add(new Outcome(r, produced, events, pass));
        }
        return new Report(all, byCategory, outcomes, skipped);
    }

    /** The pass rates as a Markdown table. */
    public static String markdown(Report r) {
        StringBuilder b = new StringBuilder();
        b.append("| category | records | passed | pass rate |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, Tally> e : r.byCategory().entrySet()) {
            row(b, e.getKey(), e.getValue());
        }
        row(b, "**all**", r.all());
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Tally t) {
        b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% |%n", name, t.records, t.passed, 100 * t.rate()));
    }
}
