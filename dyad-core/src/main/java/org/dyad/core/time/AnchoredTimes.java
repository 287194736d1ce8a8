package org.dyad.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.EventDate;
import org.dyad.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Time expressions counted from a date the text gave before, not from the publication date:
 * "On May 6, Indian jets struck … Two days later, Pakistan launched drones" dates the drones
 * to May 8. Forms: "N days/weeks later|earlier", "the next|following day", "the day after|before",
 * "the previous day", "that day", "the same day". With no earlier date of day precision in the
 * document, nothing is resolved.
 */
final class AnchoredTimes {
    private AnchoredTimes() {}

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));
    private static final Set<String> LATER = Set.of("later", "afterwards", "after");
    private static final Set<String> EARLIER = Set.of("earlier", "before");
    /** Words that open a noun phrase: "the day after the vote" names a day of its own. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");
    private static final Set<String> BEFORE_THAT_DAY = Set.of("on", "later", "earlier");

    /** The anchored expressions of a sentence, each resolved from the latest anchor before it. */
    static List<TimeExpression> find(Sentence s, List<TimeExpression> found, @Nullable TimeExpression anchor) {
        List<TimeExpression> out = new ArrayList<>();
        TimeExpression last = anchor;
        for (int i = 0; i < s.size(); i++) {
            // A day named just before this word is the anchor from here on; any date named just
            // before it anchors a span that starts here ("August 2022 a year after …").
            TimeExpression justBefore = null;
            for (List<TimeExpression> ts : List.of(found, out)) {
                for (TimeExpression t : ts) {
                    if (t.end() == i && t.precision() == EventDate.Precision.DAY) {
                        last = t;
                    }
                    if (t.end() == i && !t.relative()) {
                        justBefore = t;
                    }
                }
            }
            if (covered(found, i) || covered(out, i)) {
                continue;
            }
            TimeExpression since = justBefore == null ? null : span(s, i, justBefore);
            if (since != null) {
                out.add(since);
                continue;
            }
            if (last == null) {
                continue;
            }
            TimeExpression t = at(s, i, last.date());
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** Units of "a year after …", with how many months each is (weeks and days apart). */
    private static final Map<String, Integer> SPAN_MONTHS = Map.of("year", 12, "years", 12, "month", 1, "months", 1);

    /**
     * "detained in August 2022 a year after the Taliban seized Kabul": a span right after a date,
     * then "after" or "before" and a clause, dates that clause from the date (August 2021), with
     * the date's precision. "Two days after the vote" (a noun after "after") is left alone.
     */
    private static @Nullable TimeExpression span(Sentence s, int i, TimeExpression anchor) {
        Integer n = NUMBERS.get(w(s, i));
        String unit = w(s, i + 1);
        String dir = w(s, i + 2);
        if (n == null || !dir.equals("after") && !dir.equals("before")
                || i + 3 >= s.size() || s.token(i + 3).pos().startsWith("NN") && !s.token(i + 3).pos().startsWith("NNP")) {
            return null;
        }
        int sign = dir.equals("after") ? -1 : 1;
        LocalDate d;
        EventDate.Precision p = anchor.precision();
        if (unit.startsWith("month") && p == EventDate.Precision.YEAR) {
            return null;
        }
        if (SPAN_MONTHS.containsKey(unit)) {
            d = anchor.date().plusMonths((long) sign * n * SPAN_MONTHS.get(unit));
        } else if ((unit.equals("week") || unit.equals("weeks")) && p == EventDate.Precision.DAY) {
            d = anchor.date().plusWeeks((long) sign * n);
        } else if ((unit.equals("day") || unit.equals("days")) && p == EventDate.Precision.DAY) {
            d = anchor.date().plusDays((long) sign * n);
        } else {
            return null;
        }
        return new TimeExpression(s.index(), i, i + 3, s.words(i, i + 3), d, p, false);
    }

    private static boolean covered(List<TimeExpression> ts, int i) {
        for (TimeExpression t : ts) {
            if (i >= t.start() && i < t.end()) {
                return true;
            }
        }
        return false;
    }

    private static String w(Sentence s, int i) {
        return i < s.size() ? s.token(i).word().toLowerCase(Locale.ROOT) : "";
    }

    private static @Nullable TimeExpression at(Sentence s, int i, LocalDate anchor) {
        String a = w(s, i);
        Integer n = NUMBERS.get(a);
        if (n == null && !a.isEmpty() && a.length() <= 2 && a.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            n = Integer.parseInt(a);
        }
        if (n != null) {
            // "two days later", "a week earlier"
            String unit = w(s, i + 1);
            String dir = w(s, i + 2);
            int sign = LATER.contains(dir) && !dir.equals("after") ? 1 : EARLIER.contains(dir) && !dir.equals("before") ? -1 : 0;
            if (sign == 0) {
                return null;
            }
            LocalDate d;
            if (unit.equals("day") || unit.equals("days")) {
                d = anchor.plusDays(sign * n);
            } else if (unit.equals("week") || unit.equals("weeks")) {
                d = anchor.plusWeeks(sign * n);
            } else {
                return null;
            }
            return expression(s, i, i + 3, d);
        }
        if (a.equals("the") || a.equals("that")) {
            String b = w(s, i + 1);
            String c = w(s, i + 2);
            if (a.equals("the") && (b.equals("next") || b.equals("following")) && c.equals("day")) {
                return expression(s, i, i + 3, anchor.plusDays(1));
            }
            if (a.equals("the") && (b.equals("previous") || b.equals("preceding")) && c.equals("day")) {
                return expression(s, i, i + 3, anchor.minusDays(1));
            }
            if (a.equals("the") && b.equals("day") && (c.equals("after") || c.equals("before"))
                    && !DETERMINERS.contains(w(s, i + 3))) {
                // "the day after", not "the day after the vote" (a date of its own, not resolved here)
                return expression(s, i, i + 3, c.equals("after") ? anchor.plusDays(1) : anchor.minusDays(1));
            }
            if (a.equals("the") && b.equals("same") && c.equals("day")) {
                return expression(s, i, i + 3, anchor);
            }
            if (a.equals("that") && b.equals("day") && i > 0 && BEFORE_THAT_DAY.contains(w(s, i - 1))) {
                return expression(s, i, i + 2, anchor);
            }
        }
        return null;
    }

    private static TimeExpression expression(Sentence s, int start, int end, LocalDate d) {
        return new TimeExpression(s.index(), start, end, s.words(start, end), d, EventDate.Precision.DAY, false);
    }
}
