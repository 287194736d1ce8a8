package org.dyad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.core.model.Event;
import org.jspecify.annotations.Nullable;

/**
 * Scores a coder on the PLOVER gold records.
 *
 * <ul>
 *   <li>Recall: the share of gold records for which some counted event on that sentence has
 *       the gold category, a source code that begins with one of the gold source codes, and a
 *       target code that begins with one of the gold target codes (any target when gold has none).
 *   <li>Precision: the share of counted events with a PLOVER category that match their
 *       sentence's gold record in that way.
 * </ul>
 *
 * "Counted" events are those that feed statistics: asserted ones, and reliably reported ones.
 * CAMEO 01 statements have no PLOVER category and are not PLOVER predictions; the strict
 * precision, which counts them as misses, is reported too.
 */
public final class PloverEval {

    /** Codes one gold sentence. */
    @FunctionalInterface
    public interface Coder {
        List<Event> code(PloverGold g);
    }

    /** Counts for one category, or for all. */
    public static final class Tally {
        public int gold;
        public int recalled;
        public int predicted;
        public int correct;
        public int categoryHits;
        public int categoryHitsWithActors;

        public double recall() {
            return gold == 0 ? 0 : (double) recalled / gold;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One sentence's outcome, for error analysis. */
    public record Outcome(PloverGold gold, List<Event> events, boolean recalled) {}

    /** The whole result. */
    public record Report(Tally all, Map<String, Tally> byCategory, int strictPredicted, List<Outcome> outcomes,
            int actorChecked, int actorCorrect) {

        public double strictPrecision() {
            return strictPredicted == 0 ? 0 : (double) all.correct / strictPredicted;
        }

        /** Among events with the gold category on a gold sentence, the share with the right source and target countries. */
        public double actorAccuracy() {
            return actorChecked == 0 ? 0 : (double) actorCorrect / actorChecked;
        }
    }

    private PloverEval() {}

    public static Report run(List<PloverGold> gold, Coder coder) {
        Tally all = new Tally();
        Map<String, Tally> byCat = new TreeMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        int strict = 0;
        int actorChecked = 0;
        int actorCorrect = 0;
        for (PloverGold g : gold) {
            List<Event> events = coder.code(g);
            Tally t = byCat.computeIfAbsent(g.category(), k -> new Tally());
            all.gold++;
            t.gold++;
            boolean recalled = false;
            for (Event e : events) {
                if (!e.counts()) {
                    continue;
                }
                strict++;
                String cat = e.code().plover();
                if (cat == null) {
                    continue;
                }
                Tally pt = byCat.computeIfAbsent(cat, k -> new Tally());
                all.predicted++;
                pt.predicted++;
                boolean match = matches(e, g);
                if (match) {
                    all.correct++;
                    pt.correct++;
                    recalled = true;
                }
                if (cat.equals(g.category())) {
                    actorChecked++;
                    if (actorsMatch(e, g)) {
                        actorCorrect++;
                    }
                }
            }
            if (recalled) {
                all.recalled++;
                t.recalled++;
            }
            outcomes.add(new Outcome(g, events, recalled));
        }
        return new Report(all, byCat, strict, outcomes, actorChecked, actorCorrect);
    }

    static boolean matches(Event e, PloverGold g) {
        return g.category().equals(e.code().plover()) && actorsMatch(e, g);
    }

    static boolean actorsMatch(Event e, PloverGold g) {
        return prefixed(e.sourceCode(), g.sources()) && (g.targets().isEmpty() || prefixed(e.targetCode(), g.targets()));
    }

    private static boolean prefixed(@Nullable String code, List<String> gold) {
        if (code == null) {
            return false;
        }
        for (String c : gold) {
            if (code.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    /** The report as a Markdown table. */
    public static String markdown(Report r) {
        StringBuilder b = new StringBuilder();
        b.append("| category | gold | recalled | recall | predicted | correct | precision | F1 |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Tally> e : r.byCategory().entrySet()) {
            row(b, e.getKey(), e.getValue());
        }
        row(b, "**all**", r.all());
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Tally t) {
        b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %d | %d | %.3f | %.3f |%n", name, t.gold,
                t.recalled, t.recall(), t.predicted, t.correct, t.precision(), t.f1()));
    }

    /** Plain-text summary lines. */
    public static Map<String, String> summary(Report r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("records", String.valueOf(r.all().gold));
        m.put("recall", String.format(Locale.ROOT, "%.3f", r.all().recall()));
        m.put("precision", String.format(Locale.ROOT, "%.3f", r.all().precision()));
        m.put("f1", String.format(Locale.ROOT, "%.3f", r.all().f1()));
        m.put("precision_strict", String.format(Locale.ROOT, "%.3f", r.strictPrecision()));
        m.put("actor_accuracy", String.format(Locale.ROOT, "%.3f", r.actorAccuracy()));
        return m;
    }
}
