package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.config.Config;
import org.dyad.core.model.EventDate.Precision;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Span;
import org.dyad.core.time.TimeExpression;
import org.dyad.core.time.TimeFinder;
import org.dyad.nlp.TimeGold.Expected;
import org.dyad.nlp.TimeGold.Item;
import org.dyad.nlp.TimeGold.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Compares Dyad's own time-expression resolver ({@link TimeFinder}) with Stanford's SUTime on
 * the gold set ({@link TimeGold}): what each finds, whether it resolves it to the right value at
 * the right precision, what it wrongly dates, and what it costs. See {@code docs/time.md}.
 *
 * <p>SUTime runs two ways: inside the NER annotator ({@code ner.useSUTime}, which also needs the
 * numeric classifiers), as the usual CoreNLP pipeline tokenize, ssplit, pos, lemma, ner has it;
 * and as the standalone {@link TimeAnnotator}, the cheapest way Dyad could add it after its own
 * parse. Both get the publication date as the document date. Everything is built once, by the
 * constructor, and loads about as much as Dyad's own parser does again.
 */
final class TimeComparison {
    static final String DYAD = "Dyad TimeFinder";
    static final String SUTIME_NER = "SUTime in NER";
    static final String SUTIME_ALONE = "SUTime TimeAnnotator";
    static final List<String> RESOLVERS = List.of(DYAD, SUTIME_NER, SUTIME_ALONE);
    static final List<String> TAGS = List.of("weekday", "future", "week", "approximate", "relative", "absolute", "hard");

    /** What a resolver found: character offsets in the item's text, and its value as ISO text at its precision, or null. */
    record Found(int begin, int end, String text, @Nullable String value, String raw) {}

    /** A resolver's figures on the gold set. */
    record Score(String resolver, int dates, int found, int exact, int consistent, int notDates, int falseOnNotDates,
            int falseElsewhere, Map<String, int[]> byTag, List<String> errors) {}

    /**
     * Milliseconds for one pass over the sentences, the median of the measured passes (of
     * {@code finderPasses}-pass rounds for TimeFinder, which takes microseconds).
     */
    record Timing(int sentences, int passes, int finderPasses, double parseMs, double frontMs, double nerPlainMs,
            double nerSutimeMs, double timeAnnotatorMs, double finderMs) {

        double perSentence(double ms) {
            return ms / sentences;
        }
    }

    private final CoreNlpParser parser;
    private final StanfordCoreNLP front;
    private final StanfordCoreNLP nerSutime;
    private final StanfordCoreNLP nerPlain;
    private final TimeAnnotator timeAnnotator;

    TimeComparison(Config config) {
        parser = new CoreNlpParser(config);
        Properties base = CoreNlpParser.properties(config);
        Properties f = copy(base);
        f.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        front = new StanfordCoreNLP(f);
        // The NER annotator as Dyad configures it (three classes, no SUTime), and with SUTime on.
        Properties plain = copy(base);
        plain.setProperty("annotators", "ner");
        nerPlain = new StanfordCoreNLP(plain, false);
        Properties sutime = copy(base);
        sutime.setProperty("annotators", "ner");
        sutime.setProperty("ner.useSUTime", "true");
        sutime.setProperty("ner.applyNumericClassifiers", "true"); // SUTime runs inside the numeric classifiers
        sutime.setProperty("ner.buildEntityMentions", "true");
        nerSutime = new StanfordCoreNLP(sutime, false);
        timeAnnotator = new TimeAnnotator("sutime", new Properties(), true);
    }

    private static Properties copy(Properties p) {
        Properties c = new Properties();
        c.putAll(p);
        return c;
    }

    // ---- the resolvers -------------------------------------------------------------------

    /** Dyad's production parse of the item, which is what {@link TimeFinder} sees in a run. */
    List<Sentence> parse(Item item) {
        return parser.parse(item.text(), List.of(new Span(0, item.text().length())));
    }

    static List<Found> dyad(Item item, List<Sentence> sentences) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (TimeExpression t : TimeFinder.find(s, item.date())) {
                int b = s.token(t.start()).begin();
                int e = s.token(t.end() - 1).end();
                out.add(new Found(b, e, item.text().substring(b, e), iso(t.date(), t.precision()),
                        t.precision().json()));
            }
        }
        return out;
    }

    private Annotation annotation(Item item) {
        Annotation doc = new Annotation(item.text());
        doc.set(CoreAnnotations.DocDateAnnotation.class, item.date().toString());
        return doc;
    }

    List<Found> sutimeNer(Item item) {
        Annotation doc = annotation(item);
        front.annotate(doc);
        nerSutime.annotate(doc);
        List<Found> out = new ArrayList<>();
        for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
            Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
            if (t != null) {
                out.add(found(item, m, t));
            }
        }
        return out;
    }

    List<Found> sutimeAlone(Item item) {
        Annotation doc = annotation(item);
        front.annotate(doc);
        timeAnnotator.annotate(doc);
        List<Found> out = new ArrayList<>();
        List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap m : timexes) {
                Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
                if (t != null) {
                    out.add(found(item, m, t));
                }
            }
        }
        return out;
    }

    private static Found found(Item item, CoreMap m, Timex t) {
        int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String type = t.timexType() == null ? "" : t.timexType();
        String value = type.equals("DATE") || type.equals("TIME") ? isoOfTimex(t.value()) : null;
        return new Found(b, e, item.text().substring(b, e), value, type + " " + t.value());
    }

    // ---- ISO text at a precision --------------------------------------------------------

    static String iso(LocalDate d, Precision p) {
        return switch (p) {
            case DAY -> d.toString();
            case MONTH -> d.toString().substring(0, 7);
            case YEAR -> d.toString().substring(0, 4);
        };
    }

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d)(-WE)?");
    private static final Pattern WITHIN_YEAR = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA)");

    /**
     * A TIMEX3 value as ISO text at day, month or year precision, or null when it has none
     * (unresolved, a decade, a reference such as PAST_REF). A week or weekend becomes the
     * smallest month or year that holds all its days; a quarter, half or season (but winter) its year.
     */
    static @Nullable String isoOfTimex(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String v = value;
        int t = v.indexOf('T');
        if (t > 0) {
            v = v.substring(0, t); // a time of day: keep the date
        }
        try {
            if (v.matches("\\d{4}-\\d\\d-\\d\\d")) {
                return LocalDate.parse(v).toString();
            }
            if (v.matches("\\d{4}-\\d\\d") || v.matches("\\d{4}")) {
                return v;
            }
            Matcher w = WEEK.matcher(v);
            if (w.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                        .with(DayOfWeek.MONDAY);
                return w.group(3) == null ? smallest(monday, monday.plusDays(6))
                        : smallest(monday.plusDays(5), monday.plusDays(6));
            }
            Matcher y = WITHIN_YEAR.matcher(v);
            if (y.matches()) {
                return y.group(1);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The smallest day, month or year that holds every day from {@code a} to {@code b}, or null. */
    static @Nullable String smallest(LocalDate a, LocalDate b) {
        if (a.equals(b)) {
            return a.toString();
        }
        if (a.getYear() != b.getYear()) {
            return null;
        }
        return a.getMonth() == b.getMonth() ? a.toString().substring(0, 7) : a.toString().substring(0, 4);
    }

    // ---- scoring ----------------------------------------------------------------------------

    static boolean overlaps(Found f, Expected e) {
        return f.begin() < e.end() && e.begin() < f.end();
    }

    /** True when one value refines the other: "2021-08-18" and "2021-08" are consistent, "2021-08" and "2021-07" not. */
    static boolean consistent(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    static Score score(String resolver, List<Item> items, Map<String, List<Found>> byItem) {
        int dates = 0;
        int found = 0;
        int exact = 0;
        int cons = 0;
        int notDates = 0;
        int falseOnNotDates = 0;
        int falseElsewhere = 0;
        Map<String, int[]> byTag = new LinkedHashMap<>();
        for (String tag : TAGS) {
            byTag.put(tag, new int[3]);
        }
        List<String> errors = new ArrayList<>();
        for (Item item : items) {
            List<Found> fs = byItem.get(item.id());
            for (Expected e : item.times()) {
                List<Found> over = fs.stream().filter(f -> overlaps(f, e)).toList();
                if (e.kind() == Kind.NONE) {
                    notDates++;
                    List<Found> dated = over.stream().filter(f -> f.value() != null).toList();
                    if (!dated.isEmpty()) {
                        falseOnNotDates++;
                        errors.add(item.id() + "  false date on '" + e.text() + "' (not a date): " + show(dated)
                                + "  | " + item.text());
                    }
                }
                if (e.kind() != Kind.DATE) {
                    continue;
                }
                dates++;
                boolean isFound = !over.isEmpty();
                boolean isExact = over.stream().anyMatch(f -> e.value().equals(f.value()));
                boolean isConsistent = over.stream().anyMatch(f -> f.value() != null && consistent(e.value(), f.value()));
                found += isFound ? 1 : 0;
                exact += isExact ? 1 : 0;
                cons += isConsistent ? 1 : 0;
                for (String tag : e.tags()) {
                    int[] c = byTag.get(tag);
                    if (c != null) {
                        c[0]++;
                        c[1] += isFound ? 1 : 0;
                        c[2] += isExact ? 1 : 0;
                    }
                }
                if (!isExact) {
                    errors.add(item.id() + "  '" + e.text() + "' = " + e.value() + ": "
                            + (isFound ? (isConsistent ? "wrong precision " : "wrong ") + show(over) : "missed")
                            + "  | " + item.date() + " " + item.date().getDayOfWeek().toString().substring(0, 3)
                            + " | " + item.text());
                }
            }
            for (Found f : fs) {
                if (f.value() != null && item.times().stream().noneMatch(e -> overlaps(f, e))) {
                    falseElsewhere++;
                    errors.add(item.id() + "  false date on '" + f.text() + "' (not in the gold set): " + show(List.of(f))
                            + "  | " + item.text());
                }
            }
        }
        return new Score(resolver, dates, found, exact, cons, notDates, falseOnNotDates, falseElsewhere, byTag,
                errors);
    }

    private static String show(List<Found> fs) {
        StringBuilder b = new StringBuilder();
        for (Found f : fs) {
            b.append(b.length() == 0 ? "" : ", ").append('\'').append(f.text()).append("' → ")
                    .append(f.value() == null ? "no date" : f.value()).append(" [").append(f.raw()).append(']');
        }
        return b.toString();
    }

    // ---- running ------------------------------------------------------------------------------

    /** Each resolver's score on a gold set. */
    record Scores(String set, List<Score> scores) {
        Score of(String resolver) {
            return scores.stream().filter(s -> s.resolver().equals(resolver)).findFirst().orElseThrow();
        }
    }

    Scores score(String set, List<Item> items) {
        Map<String, List<Found>> dyad = new LinkedHashMap<>();
        Map<String, List<Found>> ner = new LinkedHashMap<>();
        Map<String, List<Found>> alone = new LinkedHashMap<>();
        for (Item item : items) {
            dyad.put(item.id(), dyad(item, parse(item)));
            ner.put(item.id(), sutimeNer(item));
            alone.put(item.id(), sutimeAlone(item));
        }
        return new Scores(set, List.of(score(DYAD, items, dyad), score(SUTIME_NER, items, ner),
                score(SUTIME_ALONE, items, alone)));
    }

    /**
     * Times each part over the items, single-threaded: CoreNLP's parts for {@code passes} passes
     * after {@code warmupPasses}; TimeFinder, on Dyad's own parses of the items, for
     * {@code passes} rounds of {@code finderPasses} passes after as many. Reports medians.
     */
    Timing time(List<Item> items, int warmupPasses, int passes, int finderPasses) {
        Map<String, List<Sentence>> parsed = new LinkedHashMap<>();
        for (Item item : items) {
            parsed.put(item.id(), parse(item));
        }
        double[][] ms = new double[5][passes]; // front, ner plain, ner with SUTime, TimeAnnotator, Dyad's parse
        for (int pass = 0; pass < warmupPasses + passes; pass++) {
            int m = pass - warmupPasses;
            for (Item item : items) {
                Annotation a = annotation(item);
                long t0 = System.nanoTime();
                front.annotate(a);
                long t1 = System.nanoTime();
                nerSutime.annotate(a);
                long t2 = System.nanoTime();
                Annotation b = annotation(item);
                front.annotate(b);
                long t3 = System.nanoTime();
                nerPlain.annotate(b);
                long t4 = System.nanoTime();
                timeAnnotator.annotate(b);
                long t5 = System.nanoTime();
                parse(item);
                long t6 = System.nanoTime();
                if (m >= 0) {
                    ms[4][m] += (t6 - t5) / 1e6;
                    ms[0][m] += (t1 - t0) / 1e6;
                    ms[1][m] += (t4 - t3) / 1e6;
                    ms[2][m] += (t2 - t1) / 1e6;
                    ms[3][m] += (t5 - t4) / 1e6;
                }
            }
        }
        int sink = 0;
        for (int pass = 0; pass < finderPasses; pass++) { // warm-up
            sink += finderPass(items, parsed);
        }
        double[] finder = new double[passes];
        for (int round = 0; round < passes; round++) {
            long f0 = System.nanoTime();
            for (int pass = 0; pass < finderPasses; pass++) {
                sink += finderPass(items, parsed);
            }
            finder[round] = (System.nanoTime() - f0) / 1e6 / finderPasses;
        }
        if (sink == 42) {
            System.out.print(""); // keeps the loops from being optimised away
        }
        return new Timing(items.size(), passes, finderPasses, median(ms[4]), median(ms[0]), median(ms[1]),
                median(ms[2]), median(ms[3]), median(finder));
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        java.util.Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    private static int finderPass(List<Item> items, Map<String, List<Sentence>> parsed) {
        int n = 0;
        for (Item item : items) {
            for (Sentence s : parsed.get(item.id())) {
                n += TimeFinder.find(s, item.date()).size();
            }
        }
        return n;
    }

    // ---- the report ---------------------------------------------------------------------------

    static String accuracy(Scores sc) {
        StringBuilder b = new StringBuilder();
        Score d = sc.of(DYAD);
        Score n = sc.of(SUTIME_NER);
        Score a = sc.of(SUTIME_ALONE);
        b.append("| ").append(sc.set()).append(" | ").append(DYAD).append(" | ").append(SUTIME_NER).append(" | ")
                .append(SUTIME_ALONE).append(" |\n|---|---:|---:|---:|\n");
        row(b, "gold dates found", d, n, a, s -> frac(s.found(), s.dates()));
        row(b, "**exact value at the right precision**", d, n, a, s -> "**" + frac(s.exact(), s.dates()) + "**");
        row(b, "right value, wrong precision", d, n, a, s -> String.valueOf(s.consistent() - s.exact()));
        row(b, "wrong value", d, n, a, s -> String.valueOf(s.found() - s.consistent()));
        row(b, "missed", d, n, a, s -> String.valueOf(s.dates() - s.found()));
        row(b, "false dates on not-a-date expressions", d, n, a, s -> s.falseOnNotDates() + " of " + s.notDates());
        row(b, "false dates elsewhere", d, n, a, s -> String.valueOf(s.falseElsewhere()));
        return b.toString();
    }

    static String byTag(Scores sc) {
        StringBuilder b = new StringBuilder("| ").append(sc.set()).append(": exact by tag | gold dates | ");
        for (String res : RESOLVERS) {
            b.append(res).append(" | ");
        }
        b.append("\n|---|---:|---:|---:|---:|\n");
        for (String tag : TAGS) {
            b.append("| ").append(tag).append(" | ").append(sc.of(DYAD).byTag().get(tag)[0]).append(" | ");
            for (String res : RESOLVERS) {
                b.append(sc.of(res).byTag().get(tag)[2]).append(" | ");
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String timing(Timing t) {
        StringBuilder b = new StringBuilder();
        double finder = t.perSentence(t.finderMs());
        double frontMs = t.perSentence(t.frontMs());
        double plain = t.perSentence(t.nerPlainMs());
        double sutime = t.perSentence(t.nerSutimeMs());
        double sutimeStage = sutime - plain;
        double alone = t.perSentence(t.timeAnnotatorMs());
        double parse = t.perSentence(t.parseMs());
        b.append("| speed (").append(t.sentences()).append(" sentences) | ").append(DYAD).append(" | ")
                .append(SUTIME_NER).append(" | ").append(SUTIME_ALONE).append(" |\n|---|---:|---:|---:|\n");
        b.append("| the resolving stage alone, ms/sentence | ").append(ms(finder)).append(" | ").append(ms(sutimeStage))
                .append(" (NER with SUTime − NER without) | ").append(ms(alone)).append(" |\n");
        b.append("| the resolving stage alone, sentences/s | ").append(rate(finder)).append(" | ")
                .append(rate(sutimeStage)).append(" | ").append(rate(alone)).append(" |\n");
        b.append("| tokenize, ssplit, pos, lemma, ner + resolver, sentences/s | ")
                .append(rate(frontMs + plain + finder)).append(" | ").append(rate(frontMs + sutime)).append(" | ")
                .append(rate(frontMs + plain + alone)).append(" |\n");
        b.append("| Dyad's parse (… ner, depparse) + resolver, sentences/s | ").append(rate(parse + finder))
                .append(" | ").append(rate(parse + sutimeStage)).append(" | ").append(rate(parse + alone))
                .append(" |\n");
        b.append("| time added to Dyad's parse | ").append(pct(finder / parse)).append(" | ")
                .append(pct(sutimeStage / parse)).append(" | ").append(pct(alone / parse)).append(" |\n");
        b.append("\nParts, ms/sentence: Dyad's parse ").append(ms(parse)).append("; tokenize…lemma ").append(ms(frontMs)).append("; NER as Dyad runs it ")
                .append(ms(plain)).append("; NER with SUTime and the numeric classifiers ").append(ms(sutime))
                .append("; TimeAnnotator ").append(ms(alone)).append("; TimeFinder ").append(ms(finder))
                .append(". Medians of ").append(t.passes()).append(" measured passes after warm-up (TimeFinder: of ")
                .append(t.passes()).append(" rounds of ").append(t.finderPasses()).append(" passes).\n");
        return b.toString();
    }

    private static void row(StringBuilder b, String label, Score d, Score n, Score a, Function<Score, String> f) {
        b.append("| ").append(label).append(" | ").append(f.apply(d)).append(" | ").append(f.apply(n)).append(" | ")
                .append(f.apply(a)).append(" |\n");
    }

    private static String frac(int k, int of) {
        return String.format(Locale.ROOT, "%d / %d (%.3f)", k, of, of == 0 ? 0.0 : (double) k / of);
    }

    private static String ms(double v) {
        return v < 0.1 ? String.format(Locale.ROOT, "%.4f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, v < 0.01 ? "%.2f%%" : "%.0f%%", 100 * v);
    }

    private static String rate(double msPerSentence) {
        return msPerSentence <= 0 ? "—" : String.format(Locale.ROOT, "%,.0f", 1000.0 / msPerSentence);
    }

    static String errors(Scores sc) {
        StringBuilder b = new StringBuilder();
        for (Score s : sc.scores()) {
            b.append("== ").append(sc.set()).append(": ").append(s.resolver()).append(" (").append(s.errors().size())
                    .append(")\n");
            for (String e : s.errors()) {
                b.append(e).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Tags the gold set may use; others are a typo. */
    static final Set<String> KNOWN_TAGS = Set.of("weekday", "future", "week", "approximate", "relative", "absolute",
            "hard", "not-a-date");
}
