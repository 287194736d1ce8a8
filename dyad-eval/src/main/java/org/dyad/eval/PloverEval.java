package org.dyad.eval;

import java.util.ArrayList;
import java.util.HashMap;
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
 *
 * <p>The events scored are {@link Prediction}s, whatever coded them: Dyad's own events
 * ({@link Prediction#of(Event)}) or another coder's, read by {@link PloverPredictions}.
 */
public final class PloverEval {

    /** The events predicted for one gold sentence. */
    @FunctionalInterface
    public interface Predictor {
        List<Prediction> predict(PloverGold g);
    }

    /**
     * One predicted event, as the scorer sees it.
     *
     * @param source the source actor code, or null
     * @param target the target actor code, or null
     * @param code the CAMEO code
     * @param plover the code's PLOVER category, or null where PLOVER has none (01x statements)
     * @param counts whether the event feeds statistics (see the class comment); only these are scored
     * @param detail where the event came from, for the error listing: Dyad's mode, trigger and
     *     rule, or the predictions file and line
     */
    public record Prediction(@Nullable String source, @Nullable String target, String code, @Nullable String plover,
            boolean counts, String detail) {

        /** One of Dyad's events. */
        public static Prediction of(Event e) {
            return new Prediction(e.sourceCode(), e.targetCode(), e.code().code(), e.code().plover(), e.counts(),
                    e.mode().json() + " [" + e.evidence().trigger() + "] " + e.rule());
        }

        /** Dyad's events, in order. */
        public static List<Prediction> of(List<Event> events) {
            List<Prediction> out = new ArrayList<>(events.size());
            for (Event e : events) {
                out.add(of(e));
            }
            return out;
        }
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
    public record Outcome(PloverGold gold, List<Prediction> predictions, boolean recalled) {}

    /** The whole result. */
    public record Report(Tally all, Map<String, Tally> byCategory, int strictPredicted, List<Outcome> outcomes,
            int actorChecked, int actorCorrect) {

        public double strictPrecision() {
            return strictPredicted == 0 ? 0 : (double) all.correct / strictPredicted;
        }

        /**
         * Among events with the gold category on a gold sentence, the share with the right source and target
         * countries: those of the record, or of another record of the same sentence and category (a sentence
         * annotated twice, with two targets, has two right events).
         */
        public double actorAccuracy() {
            return actorChecked == 0 ? 0 : (double) actorCorrect / actorChecked;
        }
    }

    private PloverEval() {}

    public static Report run(List<PloverGold> gold, Predictor predictor) {
        Tally all = new Tally();
        Map<String, Tally> byCat = new TreeMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        int strict = 0;
        int actorChecked = 0;
        int actorCorrect = 0;
        Map<String, List<PloverGold>> bySentence = new HashMap<>();
        for (PloverGold g : gold) {
            bySentence.computeIfAbsent(g.text(), k -> new ArrayList<>()).add(g);
        }
        for (PloverGold g : gold) {
            List<Prediction> predictions = predictor.predict(g);
            Tally t = byCat.computeIfAbsent(g.category(), k -> new Tally());
            all.gold++;
            t.gold++;
            boolean recalled = false;
            for (Prediction p : predictions) {
                if (!p.counts()) {
                    continue;
                }
                strict++;
                String cat = p.plover();
                if (cat == null) {
                    continue;
                }
                Tally pt = byCat.computeIfAbsent(cat, k -> new Tally());
                all.predicted++;
                pt.predicted++;
                boolean match = matches(p, g);
                if (match) {
                    all.correct++;
                    pt.correct++;
                    recalled = true;
                }
                if (cat.equals(g.category())) {
                    actorChecked++;
                    if (actorsMatchAny(p, cat, bySentence.get(g.text()))) {
                        actorCorrect++;
                    }
                }
            }
            if (recalled) {
                all.recalled++;
                t.recalled++;
            }
            outcomes.add(new Outcome(g, predictions, recalled));
        }
        return new Report(all, byCat, strict, outcomes, actorChecked, actorCorrect);
    }

    static boolean matches(Prediction p, PloverGold g) {
        return g.category().equals(p.plover()) && actorsMatch(p, g);
    }

    static boolean actorsMatch(Prediction p, PloverGold g) {
        return prefixed(p.source(), g.sources()) && (g.targets().isEmpty() || prefixed(p.target(), g.targets()));
    }

    /** Whether the event's actors are those of some record of its sentence with its category. */
    private static boolean actorsMatchAny(Prediction p, String category, List<PloverGold> records) {
        for (PloverGold g : records) {
            if (g.category().equals(category) && actorsMatch(p, g)) {
                return true;
            }
        }
        return false;
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
