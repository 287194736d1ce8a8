package org.dyad.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.EventDate.Precision;
import org.dyad.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Finds time expressions in a sentence's tokens and resolves them against the publication
 * date. Absolute dates need no anchor ("March 18, 2021", "in August 2021", "in 2019");
 * relative ones need the publication date ("on Wednesday", "last month", "two years ago",
 * "earlier this year"). Vague expressions ("a few days ago", "last week") resolve to the
 * month, never to an invented day.
 */
public final class TimeFinder {
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
            Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
            Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("sept", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20));
    private static final Set<String> YEAR_PREPS = Set.of("in", "since", "during", "until", "till", "by", "of",
            "early", "late", "mid", "throughout", "before", "after");

    private TimeFinder() {}

    /** The time expressions of a sentence, left to right, not overlapping. */
    public static List<TimeExpression> find(Sentence s, @Nullable LocalDate pub) {
        List<TimeExpression> out = new ArrayList<>();
        int n = s.size();
        int i = 0;
        while (i < n) {
            TimeExpression t = at(s, i, pub);
            if (t != null) {
                out.add(t);
                i = t.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static String w(Sentence s, int i) {
        return i >= 0 && i < s.size() ? s.token(i).word().toLowerCase(Locale.ROOT).replace(".", "") : "";
    }

    private static @Nullable Integer number(String word) {
        if (word.matches("\\d{1,3}")) {
            return Integer.parseInt(word);
        }
        return NUMBERS.get(word);
    }

    private static @Nullable Integer dayNumber(String word) {
        String d = word.replaceAll("(st|nd|rd|th)$", "");
        if (d.matches("\\d{1,2}")) {
            int v = Integer.parseInt(d);
            return v >= 1 && v <= 31 ? v : null;
        }
        return null;
    }

    private static @Nullable Integer year(String word) {
        if (word.matches("(19|20)\\d\\d")) {
            return Integer.parseInt(word);
        }
        return null;
    }

    private static boolean capitalised(Sentence s, int i) {
        String word = s.token(i).word();
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static @Nullable TimeExpression at(Sentence s, int i, @Nullable LocalDate pub) {
        String a = w(s, i);
        // Month-first: "March 18, 2021", "March 18", "March 2021", "in March".
        Month m = MONTHS.get(a);
        if (m != null && capitalised(s, i) && !(a.equals("may") && !dateContext(s, i))
                && !(a.equals("march") && !dateContext(s, i))) {
            Integer day = dayNumber(w(s, i + 1));
            if (day != null) {
                int j = i + 2;
                if (w(s, j).equals(",")) {
                    j++;
                }
                Integer y = year(w(s, j));
                if (y != null) {
                    return make(s, i, j + 1, safeDate(y, m, day), Precision.DAY, false);
                }
                LocalDate d = pub == null ? null : nearestYear(pub, m, day);
                return d == null ? null : make(s, i, i + 2, d, Precision.DAY, true);
            }
            Integer y = year(w(s, i + 1));
            if (y == null && w(s, i + 1).equals(",")) {
                y = year(w(s, i + 2));
                if (y != null) {
                    return make(s, i, i + 3, LocalDate.of(y, m, 1), Precision.MONTH, false);
                }
            }
            if (y != null) {
                return make(s, i, i + 2, LocalDate.of(y, m, 1), Precision.MONTH, false);
            }
            String before = w(s, i - 1);
            if (pub != null && (before.equals("in") || before.equals("since") || before.equals("until")
                    || before.equals("early") || before.equals("late") || before.equals("mid")
                    || before.equals("last") || before.equals("this") || before.equals("by"))) {
                LocalDate d = LocalDate.of(pub.getYear(), m, 1);
                if (before.equals("last") || d.isAfter(pub)) {
                    d = d.minusYears(1);
                }
                int start = before.equals("last") || before.equals("this") ? i - 1 : i;
                return make(s, start, i + 1, d, Precision.MONTH, true);
            }
        }
        // Day-first: "18 March 2021", "18 March".
        Integer dayFirst = dayNumber(a);
        if (dayFirst != null && i + 1 < s.size()) {
            Month m2 = MONTHS.get(w(s, i + 1));
            if (m2 != null && capitalised(s, i + 1)) {
                Integer y = year(w(s, i + 2));
                if (y != null) {
                    return make(s, i, i + 3, safeDate(y, m2, dayFirst), Precision.DAY, false);
                }
                LocalDate d = pub == null ? null : nearestYear(pub, m2, dayFirst);
                return d == null ? null : make(s, i, i + 2, d, Precision.DAY, true);
            }
        }
        // ISO dates.
        if (s.token(i).word().matches("(19|20)\\d\\d-\\d\\d-\\d\\d")) {
            try {
                return make(s, i, i + 1, LocalDate.parse(s.token(i).word()), Precision.DAY, false);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        // Years with a preposition: "in 2019", "since 2015", "early 2020".
        Integer y = year(a);
        if (y != null && YEAR_PREPS.contains(w(s, i - 1)) && !w(s, i + 1).equals("-")) {
            return make(s, i, i + 1, LocalDate.of(y, 1, 1), Precision.YEAR, false);
        }
        if (pub == null) {
            return null;
        }
        return relative(s, i, a, pub);
    }

    private static boolean dateContext(Sentence s, int i) {
        return dayNumber(w(s, i + 1)) != null || year(w(s, i + 1)) != null
                || Set.of("in", "since", "until", "early", "late", "mid", "last", "this", "by").contains(w(s, i - 1))
                || dayNumber(w(s, i - 1)) != null;
    }

    private static @Nullable TimeExpression relative(Sentence s, int i, String a, LocalDate pub) {
        switch (a) {
            case "today":
            case "tonight":
                return make(s, i, i + 1, pub, Precision.DAY, true);
            case "yesterday":
                return make(s, i, i + 1, pub.minusDays(1), Precision.DAY, true);
            case "tomorrow":
                return make(s, i, i + 1, pub.plusDays(1), Precision.DAY, true);
            default:
                break;
        }
        DayOfWeek dow = DAYS.get(a);
        if (dow != null && capitalised(s, i)) {
            String before = w(s, i - 1);
            LocalDate d;
            int start = i;
            if (before.equals("next")) {
                d = pub.plusDays(1);
                while (d.getDayOfWeek() != dow) {
                    d = d.plusDays(1);
                }
                start = i - 1;
            } else {
                // News convention: a bare weekday is the most recent one, the publication day included.
                d = pub;
                while (d.getDayOfWeek() != dow) {
                    d = d.minusDays(1);
                }
                if (before.equals("last")) {
                    start = i - 1;
                    if (d.equals(pub)) {
                        d = d.minusDays(7);
                    }
                }
            }
            return make(s, start, i + 1, d, Precision.DAY, true);
        }
        String b = w(s, i + 1);
        if (a.equals("last") || a.equals("this") || a.equals("next") || a.equals("past")) {
            int sign = a.equals("last") || a.equals("past") ? -1 : a.equals("next") ? 1 : 0;
            switch (b) {
                case "night":
                    return a.equals("last") ? make(s, i, i + 2, pub.minusDays(1), Precision.DAY, true) : null;
                case "morning":
                case "afternoon":
                case "evening":
                    return a.equals("this") ? make(s, i, i + 2, pub, Precision.DAY, true) : null;
                case "week":
                    return make(s, i, i + 2, pub.plusDays(7L * sign).withDayOfMonth(1), Precision.MONTH, true);
                case "month":
                    return make(s, i, i + 2, pub.plusMonths(sign).withDayOfMonth(1), Precision.MONTH, true);
                case "year":
                    return make(s, i, i + 2, LocalDate.of(pub.getYear() + sign, 1, 1), Precision.YEAR, true);
                default:
                    return null;
            }
        }
        if ((a.equals("earlier") || a.equals("later")) && w(s, i + 1).equals("this")) {
            String unit = w(s, i + 2);
            if (unit.equals("month")) {
                return make(s, i, i + 3, pub.withDayOfMonth(1), Precision.MONTH, true);
            }
            if (unit.equals("year")) {
                return make(s, i, i + 3, LocalDate.of(pub.getYear(), 1, 1), Precision.YEAR, true);
            }
            if (unit.equals("week")) {
                return make(s, i, i + 3, pub.withDayOfMonth(1), Precision.MONTH, true);
            }
        }
        if ((a.equals("late") || a.equals("early")) && w(s, i + 1).equals("last") && w(s, i + 2).equals("year")) {
            return make(s, i, i + 3, LocalDate.of(pub.getYear() - 1, 1, 1), Precision.YEAR, true);
        }
        // "two years ago", "a few days ago", "several months ago".
        int j = i;
        Integer count = number(a);
        boolean vague = false;
        if (count == null && (a.equals("few") || a.equals("several") || a.equals("couple"))) {
            vague = true;
            count = 3;
        } else if (count != null && a.equals("a") && (w(s, i + 1).equals("few") || w(s, i + 1).equals("couple"))) {
            vague = true;
            count = 3;
            j = i + 1;
        }
        if (count != null) {
            int k = j + 1;
            if (w(s, k).equals("of")) {
                k++;
            }
            String unit = w(s, k);
            if (w(s, k + 1).equals("ago")) {
                int end = k + 2;
                if (unit.startsWith("day")) {
                    LocalDate d = pub.minusDays(count);
                    return vague ? make(s, i, end, d.withDayOfMonth(1), Precision.MONTH, true)
                            : make(s, i, end, d, Precision.DAY, true);
                }
                if (unit.startsWith("week")) {
                    return make(s, i, end, pub.minusWeeks(count).withDayOfMonth(1), Precision.MONTH, true);
                }
                if (unit.startsWith("month")) {
                    return make(s, i, end, pub.minusMonths(count).withDayOfMonth(1), Precision.MONTH, true);
                }
                if (unit.startsWith("year") || unit.startsWith("decade")) {
                    int years = unit.startsWith("decade") ? count * 10 : count;
                    return make(s, i, end, LocalDate.of(pub.getYear() - years, 1, 1), Precision.YEAR, true);
                }
            }
        }
        return null;
    }

    private static @Nullable LocalDate safeDate(int y, Month m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The date with this month and day nearest the publication date, looking back rather than forward. */
    private static @Nullable LocalDate nearestYear(LocalDate pub, Month m, int day) {
        LocalDate same = safeDate(pub.getYear(), m, day);
        if (same == null) {
            return null;
        }
        // A date more than two months after publication is last year's.
        if (same.isAfter(pub.plusMonths(2))) {
            return safeDate(pub.getYear() - 1, m, day);
        }
        return same;
    }

    private static @Nullable TimeExpression make(Sentence s, int start, int end, @Nullable LocalDate d, Precision p,
            boolean relative) {
        if (d == null || end > s.size() || start < 0) {
            return null;
        }
        return new TimeExpression(s.index(), start, end, s.words(start, end), d, p, relative);
    }
}
