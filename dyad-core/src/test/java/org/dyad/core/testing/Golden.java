package org.dyad.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.core.BadInputException;
import org.dyad.core.actors.ActorStage;
import org.dyad.core.actors.CorefStage;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.DictionaryRoot;
import org.dyad.core.json.Json;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Span;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.parse.ParseCodec;
import org.dyad.core.parse.Parser;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.time.DateStage;
import org.dyad.core.time.TimeStage;
import org.jspecify.annotations.Nullable;

/**
 * Golden records for the coder: an id, a category, a text, and the events expected as
 * (source, target, code), with optional codes or (source, target, code) events that must not be
 * counted, events that must be counted, and events expected in a given mode. The same records run on stored parses (fast tests) and on live CoreNLP (ITs).
 */
public final class Golden {

    /** One golden record. */
    public record Record(String id, String category, String text, LocalDate date, List<Expect> expected,
            List<String> forbid, List<Expect> absent, List<Expect> modes, List<DateExpect> dates,
            List<ReporterExpect> reporters, List<Expect> counted) {}

    /** The reporter an event with this code must carry: an actor code read on the document's date. */
    public record ReporterExpect(String code, String reporter) {
        @Override
        public String toString() {
            return code + " reported by " + reporter;
        }
    }

    /** The date an event with this code must carry: ISO text at its precision, and where it came from. */
    /** @param kind "history" or "news" when the record says whether the act is recalled history; else null */
    public record DateExpect(String code, String iso, String precision, String source, @Nullable String kind) {
        @Override
        public String toString() {
            return code + " dated " + iso + " (" + precision + ", " + source + (kind == null ? "" : ", " + kind) + ")";
        }
    }

    /** An expected event; null source or target means "none". */
    public record Expect(@Nullable String source, @Nullable String target, String code, String mode) {
        @Override
        public String toString() {
            return code + " " + source + "→" + target + (mode.equals("asserted") ? "" : " (" + mode + ")");
        }
    }

    private Golden() {}

    public static List<Record> records(String resource) throws IOException, BadInputException {
        List<Record> out = new ArrayList<>();
        for (String line : read(resource).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> m = Json.parseObject(line);
            List<Expect> exp = expects(m.get("expected"), "asserted");
            List<Expect> modes = new ArrayList<>();
            for (Object o : Json.list(m.get("modes"))) {
                List<Object> f = Json.list(o);
                modes.add(new Expect((String) f.get(0), (String) f.get(1), (String) f.get(2), (String) f.get(3)));
            }
            List<String> forbid = new ArrayList<>();
            List<Expect> absent = new ArrayList<>();
            for (Object o : Json.list(m.get("forbid"))) {
                if (o instanceof String code) {
                    forbid.add(code);
                } else {
                    // [source, target, code]: this one event must not be counted.
                    absent.addAll(expects(List.of(o), "asserted"));
                }
            }
            List<DateExpect> dates = new ArrayList<>();
            for (Object o : Json.list(m.get("dates"))) {
                List<Object> f = Json.list(o);
                dates.add(new DateExpect((String) f.get(0), (String) f.get(1), (String) f.get(2), (String) f.get(3),
                        f.size() > 4 ? (String) f.get(4) : null));
            }
            List<ReporterExpect> reporters = new ArrayList<>();
            for (Object o : Json.list(m.get("reporters"))) {
                List<Object> f = Json.list(o);
                reporters.add(new ReporterExpect((String) f.get(0), (String) f.get(1)));
            }
            // [source, target, code]: this event must be there and counted (not background or history told in passing).
            List<Expect> counted = expects(m.get("counted"), "asserted");
            out.add(new Record((String) m.get("id"), (String) m.get("category"), (String) m.get("text"),
                    LocalDate.parse((String) m.get("date")), exp, forbid, absent, modes, dates, reporters, counted));
        }
        return out;
    }

    private static List<Expect> expects(@Nullable Object v, String mode) {
        List<Expect> out = new ArrayList<>();
        for (Object o : Json.list(v)) {
            List<Object> f = Json.list(o);
            out.add(new Expect((String) f.get(0), (String) f.get(1), (String) f.get(2), mode));
        }
        return out;
    }

    /** A parser that answers from stored parses made by {@code dyad parse --golden}. */
    public static Parser stored(String resource) throws IOException, BadInputException {
        Map<String, Object> all = Json.parseObject(read(resource));
        return (text, regions) -> {
            Object v = all.get(text);
            if (v == null) {
                throw new IllegalStateException("no stored parse for: " + text
                        + " (regenerate with: ./dyad parse --golden … --out …)");
            }
            try {
                return ParseCodec.read(org.dyad.core.json.JsonWriter.write(v));
            } catch (BadInputException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The stages after parsing, over the built-in dictionaries. */
    public static Pipeline coder(Parser parser) {
        return coder(parser, List.of());
    }

    /** The stages after parsing, over the built-in dictionaries and these user directories layered over them. */
    public static Pipeline coder(Parser parser, List<DictionaryRoot> extra) {
        Cameo cameo = Cameo.standard();
        List<DictionaryRoot> roots = new ArrayList<>();
        roots.add(DictionaryRoot.builtin());
        roots.addAll(extra);
        Dictionaries d = Dictionaries.load(roots, cameo);
        return Pipeline.of(new org.dyad.core.clean.Cleaner(org.dyad.core.dict.Boilerplate.empty(), null),
                new org.dyad.core.parse.ParseStage(parser), new ActorStage(d.actors()), new CorefStage(d.actors(), org.dyad.core.actors.PlaceCountries.NONE),
                new TimeStage(), new EventCoder(d, cameo, true, 0.0), new DateStage(30));
    }

    /** Codes one record's text as a one-paragraph document. */
    public static List<Event> code(Pipeline coder, Record r) throws BadInputException {
        Document d = new Document(r.id(), null, r.text(), r.date(), null, null, r.id());
        return coder.run(d).events();
    }

    /** What is wrong with the events for a record, or an empty list. */
    public static List<String> check(Record r, List<Event> events) {
        List<String> problems = new ArrayList<>();
        for (Expect x : r.expected()) {
            if (!present(x, events)) {
                problems.add("missing " + x);
            }
        }
        for (Expect x : r.modes()) {
            if (!present(x, events)) {
                problems.add("missing " + x);
            }
        }
        for (Expect x : r.counted()) {
            if (events.stream().noneMatch(e -> e.counts() && matches(x, e))) {
                problems.add("missing counted " + x);
            }
        }
        for (DateExpect x : r.dates()) {
            boolean found = false;
            for (Event e : events) {
                found |= e.code().code().equals(x.code()) && x.iso().equals(e.when().iso())
                        && e.when().precision().json().equals(x.precision()) && e.when().source().json().equals(x.source())
                        && (x.kind() == null || x.kind().equals(e.when().history() ? "history" : "news"));
            }
            if (!found) {
                problems.add("missing " + x);
            }
        }
        for (ReporterExpect x : r.reporters()) {
            boolean found = false;
            for (Event e : events) {
                found |= e.code().code().equals(x.code()) && e.report() != null
                        && e.report().reporter().equals(x.reporter());
            }
            if (!found) {
                problems.add("missing " + x);
            }
        }
        for (String code : r.forbid()) {
            for (Event e : events) {
                if (e.counts() && e.code().code().startsWith(code)) {
                    problems.add("forbidden counted event " + e.code().code() + " " + e.sourceCode() + "→"
                            + e.targetCode());
                }
            }
        }
        for (Expect x : r.absent()) {
            for (Event e : events) {
                if (e.counts() && e.code().code().equals(x.code()) && Objects.equals(e.sourceCode(), x.source())
                        && Objects.equals(e.targetCode(), x.target())) {
                    problems.add("forbidden counted event " + x);
                }
            }
        }
        // No event is told twice: one counted event per sentence, code, pair of actors and mode.
        java.util.Set<Map.Entry<Integer, Event.Act>> once = new java.util.HashSet<>();
        for (Event e : events) {
            if (e.counts() && !once.add(Map.entry(e.evidence().sentenceIndex(), e.act()))) {
                problems.add("duplicate counted event " + e.code().code() + " " + e.sourceCode() + "→" + e.targetCode());
            }
        }
        if (!problems.isEmpty()) {
            List<String> got = new ArrayList<>();
            for (Event e : events) {
                got.add(e.code().code() + " " + e.sourceCode() + "→" + e.targetCode() + " " + e.mode().json() + " "
                        + e.when().iso() + "/" + e.when().precision().json() + "/" + e.when().source().json());
            }
            problems.add("got " + got);
        }
        return problems;
    }

    private static boolean present(Expect x, List<Event> events) {
        return events.stream().anyMatch(e -> matches(x, e));
    }

    private static boolean matches(Expect x, Event e) {
        return e.code().code().equals(x.code()) && Objects.equals(e.sourceCode(), x.source())
                && Objects.equals(e.targetCode(), x.target()) && e.mode().json().equals(x.mode());
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Sentences of a stored parse, for tests of single stages. */
    public static List<Sentence> sentences(Parser p, String text) {
        return p.parse(text, List.of(new Span(0, text.length())));
    }
}
