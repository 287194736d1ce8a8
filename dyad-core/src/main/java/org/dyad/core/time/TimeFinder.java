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
import org.dyad.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds time expressions in a sentence's tokens and resolves them against the publication
 * date. Absolute dates need no anchor ("March 18, 2021", "in August 2021", "in 2019");
 * relative ones need the publication date ("on Wednesday", "last month", "two years ago",
 * "earlier this year"). Expressions that cover several days ("last week", "over the weekend", "a
 * few days ago") resolve to the smallest month or year that holds all of those days, never to an
 * invented day. A date without a year, a bare month or a bare weekday is the most recent one in a
 * past or undecided clause, and the next one in a future clause ("will meet on Friday", "is due
 * to vote in March"). Dates that are part of a name ("the May 9 movement", "the Sunday Times")
 * are not time expressions. See docs/time.md for the conventions and how they are measured.
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
            "early", "late", "mid", "throughout", "before", "after", "from", "between", "around");
    /** Words that put a clause in the future ("will vote", "is due to", "ahead of"). */
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo", "would", "may", "might", "must",
            "should", "due", "scheduled", "expected", "plans", "planned", "ahead", "upcoming");
    /** Present-tense verbs that report rather than schedule ("says on Monday"). */
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "add", "claim", "announce", "state",
            "confirm", "warn", "deny", "accuse", "insist", "believe", "blame", "have", "do");
    private static final Set<String> CLAUSE_BOUNDARY = Set.of(",", ";", ":", "(", ")", "--", "—", "–", "\"", "``",
            "''", "that", "which", "who");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th");

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
                && !(a.equals("march") && !dateContext(s, i))
                && !(w(s, i - 1).equals("the") && (dayNumber(w(s, i + 1)) != null || year(w(s, i + 1)) != null))) {
            // ("the May 9 movement", "the March 2011 uprising": part of a name, not a time expression)
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
                return pub == null ? null : dayWithoutYear(s, i, i + 2, m, day, pub);
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
                int start = before.equals("last") || before.equals("this") ? i - 1 : i;
                if (before.equals("last")) {
                    return make(s, start, i + 1, LocalDate.of(pub.getYear() - 1, m, 1), Precision.MONTH, true);
                }
                return bareMonth(s, start, i + 1, m, pub);
            }
        }
        // "mid-December", "mid-2019": one token for CoreNLP, three for some tokenizers.
        boolean split = a.equals("mid") && w(s, i + 1).equals("-");
        String after = split ? w(s, i + 2) : a.startsWith("mid-") ? a.substring(4) : "";
        int midEnd = split ? i + 3 : i + 1;
        if (MONTHS.containsKey(after) && pub != null) {
            return bareMonth(s, i, midEnd, MONTHS.get(after), pub);
        }
        if (year(after) != null) {
            return make(s, i, midEnd, LocalDate.of(year(after), 1, 1), Precision.YEAR, false);
        }
        // Day-first: "18 March 2021", "18 March".
        Integer dayFirst = dayNumber(a);
        if (dayFirst != null && i + 1 < s.size()) {
            int k = w(s, i + 1).equals("of") && !a.matches("\\d+") ? i + 2 : i + 1; // "the 18th of March"
            Month m2 = MONTHS.get(w(s, k));
            if (m2 != null && capitalised(s, k)) {
                Integer y = year(w(s, k + 1));
                if (y != null) {
                    return make(s, i, k + 2, safeDate(y, m2, dayFirst), Precision.DAY, false);
                }
                return pub == null ? null : dayWithoutYear(s, i, k + 1, m2, dayFirst, pub);
            }
            // "on the 9th": a day of the publication month, or of the month before.
            if (pub != null && !a.matches("\\d+") && w(s, i - 1).equals("the") && w(s, i - 2).equals("on")) {
                LocalDate d = safeDate(pub.getYear(), pub.getMonth(), dayFirst);
                if (d != null && d.isAfter(pub) && !future(s, i - 2, i + 1)) {
                    LocalDate prev = pub.minusMonths(1);
                    d = safeDate(prev.getYear(), prev.getMonth(), dayFirst);
                }
                return d == null ? null : make(s, i - 1, i + 1, d, Precision.DAY, true);
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
        boolean range = (w(s, i - 1).equals("to") || w(s, i - 1).equals("and")) && year(w(s, i - 2)) != null;
        if (y != null && (YEAR_PREPS.contains(w(s, i - 1)) || range) && !w(s, i + 1).equals("-")
                && !(i + 1 < s.size() && s.token(i + 1).pos().equals("NNS"))) {
            // ("by 2000 votes", "in 2019 elections": a number, or a modifier)
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
        if (dow != null && capitalised(s, i) && !w(s, i - 1).equals("the")) { // not "the Sunday Times"
            String before = w(s, i - 1);
            LocalDate d;
            int start = i;
            if (before.equals("next")) {
                d = pub.plusDays(1);
                while (d.getDayOfWeek() != dow) {
                    d = d.plusDays(1);
                }
                start = i - 1;
            } else if (!before.equals("last") && future(s, i, i + 1)) {
                // "will meet on Friday": the next one, the publication day included.
                d = pub;
                while (d.getDayOfWeek() != dow) {
                    d = d.plusDays(1);
                }
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
                case "week": {
                    if (a.equals("past")) {
                        return spanning(s, i, i + 2, pub.minusDays(7), pub.minusDays(1));
                    }
                    LocalDate monday = monday(pub).plusWeeks(sign);
                    return spanning(s, i, i + 2, monday, monday.plusDays(6));
                }
                case "weekend":
                    return weekend(s, i, i + 2, pub, a.equals("next") || a.equals("this") && future(s, i, i + 2));
                case "month":
                    return make(s, i, i + 2, pub.plusMonths(sign).withDayOfMonth(1), Precision.MONTH, true);
                case "year":
                    return make(s, i, i + 2, LocalDate.of(pub.getYear() + sign, 1, 1), Precision.YEAR, true);
                default:
                    return null;
            }
        }
        // "over the weekend", "at the weekend".
        if (a.equals("the") && w(s, i + 1).equals("weekend")
                && (w(s, i - 1).equals("over") || w(s, i - 1).equals("at") || w(s, i - 1).equals("during"))) {
            return weekend(s, i, i + 2, pub, future(s, i, i + 2));
        }
        // "by the end of the year", "at the start of this month".
        if ((a.equals("end") || a.equals("beginning") || a.equals("start") || a.equals("middle"))
                && w(s, i + 1).equals("of") && (w(s, i + 2).equals("the") || w(s, i + 2).equals("this"))) {
            int start = w(s, i - 1).equals("the") ? i - 1 : i;
            if (w(s, i + 3).equals("month")) {
                return make(s, start, i + 4, pub.withDayOfMonth(1), Precision.MONTH, true);
            }
            if (w(s, i + 3).equals("year")) {
                return make(s, start, i + 4, LocalDate.of(pub.getYear(), 1, 1), Precision.YEAR, true);
            }
        }
        // "in the fourth quarter", "the first half": inside the publication year ("of 2020" is found on its own).
        if (a.equals("the") && ORDINALS.contains(w(s, i + 1))
                && (w(s, i + 2).equals("quarter") || w(s, i + 2).equals("half")) && !w(s, i + 3).equals("of")) {
            return make(s, i, i + 3, LocalDate.of(pub.getYear(), 1, 1), Precision.YEAR, true);
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
                LocalDate monday = monday(pub);
                return a.equals("earlier")
                        ? spanning(s, i, i + 3, monday, pub.minusDays(1).isBefore(monday) ? monday : pub.minusDays(1))
                        : spanning(s, i, i + 3, pub.plusDays(1).isAfter(monday.plusDays(6)) ? pub : pub.plusDays(1),
                                monday.plusDays(6));
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
                    // "a few days ago": two to six days before publication.
                    return vague ? spanning(s, i, end, pub.minusDays(6), pub.minusDays(2))
                            : make(s, i, end, pub.minusDays(count), Precision.DAY, true);
                }
                if (unit.startsWith("week")) {
                    // "two weeks ago": that many weeks before publication, give or take three days;
                    // "a few weeks ago": two to four weeks before.
                    return vague ? spanning(s, i, end, pub.minusWeeks(4), pub.minusWeeks(2))
                            : spanning(s, i, end, pub.minusWeeks(count).minusDays(3), pub.minusWeeks(count).plusDays(3));
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

    /**
     * True when the clause around tokens {@code start}..{@code end} is in the future: the nearest
     * telling word before it is a modal or a scheduling word ("will", "is due to", "expected",
     * "ahead of") or a present-tense verb ("Chile votes on Sunday"); a past-tense verb or the edge
     * of the clause ends the search. An expression that opens the sentence ("On Friday, the court
     * will rule") looks at its clause to the right instead.
     */
    private static boolean future(Sentence s, int start, int end) {
        String before = w(s, start - 1).equals("on") ? w(s, start - 2) : w(s, start - 1);
        if (before.equals("since") || before.equals("after")) {
            return false; // "since Monday", "after Friday's attack"
        }
        boolean possessive = w(s, end).equals("'s");
        for (int k = start - 1; k >= 0; k--) {
            Boolean f = tense(s, k, possessive);
            if (f != null) {
                return f;
            }
            if (CLAUSE_BOUNDARY.contains(w(s, k))) {
                break;
            }
        }
        if (start > 1 || start == 1 && s.token(0).pos().startsWith("VB")) {
            return false;
        }
        int k = end < s.size() && w(s, end).equals(",") ? end + 1 : end;
        for (; k < s.size() && !CLAUSE_BOUNDARY.contains(w(s, k)); k++) {
            Boolean f = tense(s, k, possessive);
            if (f != null) {
                return f;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} makes its clause future (true), past (false), or tells nothing
     * (null). A present tense tells nothing about a possessive ("is still reeling from Sunday's vote").
     */
    private static @Nullable Boolean tense(Sentence s, int k, boolean possessive) {
        Token t = s.token(k);
        String x = w(s, k);
        if (FUTURE.contains(x) && !(x.equals("may") && Character.isUpperCase(t.word().charAt(0))
                && !t.pos().equals("MD")) && !plan(s, k)) {
            return !w(s, k + 1).equals("have"); // "may have met" is past
        }
        String pos = t.pos();
        if (pos.equals("VBD")) {
            return false;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if ((pos.equals("VBZ") || pos.equals("VBP")) && !possessive && !REPORTING.contains(lemma)
                && !(lemma.equals("be") && k + 1 < s.size() && s.token(k + 1).pos().equals("VBN"))) {
            return true; // "Chile votes on Sunday", "talks are on Monday"; not "is accused of"
        }
        return null;
    }

    /** Whether token {@code k} is the noun "plan" or "plans", which a past clause can report ("announced his plans to go"). */
    private static boolean plan(Sentence s, int k) {
        String x = w(s, k);
        return (x.equals("plans") || x.equals("plan")) && s.token(k).pos().startsWith("NN");
    }

    /**
     * Whether the clause before token {@code start} holds the noun "plans" before any word of tense:
     * a plan's month may lie before or after the report, so the nearest such month is taken.
     */
    private static boolean planned(Sentence s, int start) {
        for (int k = start - 1; k >= 0 && !CLAUSE_BOUNDARY.contains(w(s, k)); k--) {
            if (plan(s, k)) {
                return true;
            }
            String pos = s.token(k).pos();
            if (pos.startsWith("VB") && !pos.equals("VB") || pos.equals("MD")) {
                return false;
            }
        }
        return false;
    }

    /** Of {@code d} a year earlier, {@code d} and {@code d} a year later, the one nearest {@code pub}. */
    private static LocalDate nearest(LocalDate pub, LocalDate d) {
        LocalDate best = d;
        for (LocalDate c : List.of(d.minusYears(1), d.plusYears(1))) {
            if (Math.abs(c.toEpochDay() - pub.toEpochDay()) < Math.abs(best.toEpochDay() - pub.toEpochDay())) {
                best = c;
            }
        }
        return best;
    }

    /** A month and day without a year: the most recent, or in a future clause the next, such day. */
    private static @Nullable TimeExpression dayWithoutYear(Sentence s, int start, int end, Month m, int day,
            LocalDate pub) {
        int j = w(s, end).equals("of") ? end + 1 : end;
        Integer shift = yearShift(s, j);
        if (shift != null) { // "on March 3 last year"
            return make(s, start, j + 2, safeDate(pub.getYear() + shift, m, day), Precision.DAY, true);
        }
        LocalDate d = nearestYear(pub, m, day);
        if (d != null && d.isBefore(pub) && future(s, start, end)) {
            d = safeDate(d.getYear() + 1, m, day);
        }
        return make(s, start, end, d, Precision.DAY, true);
    }

    /** A month without a year: this year's, last year's when it has not come yet, next year's in a future clause. */
    private static @Nullable TimeExpression bareMonth(Sentence s, int start, int end, Month m, LocalDate pub) {
        int j = w(s, end).equals("of") ? end + 1 : end;
        Integer shift = yearShift(s, j);
        if (shift != null) { // "in June last year"
            return make(s, start, j + 2, LocalDate.of(pub.getYear() + shift, m, 1), Precision.MONTH, true);
        }
        LocalDate d = LocalDate.of(pub.getYear(), m, 1);
        if (future(s, start, end)) {
            if (d.isBefore(pub.withDayOfMonth(1))) {
                d = d.plusYears(1);
            }
        } else if (planned(s, start)) {
            d = nearest(pub.withDayOfMonth(1), d);
        } else if (d.isAfter(pub)) {
            d = d.minusYears(1);
        }
        return make(s, start, end, d, Precision.MONTH, true);
    }

    /** -1, 0 or 1 for "last year", "this year", "next year" at token {@code j}; else null. */
    private static @Nullable Integer yearShift(Sentence s, int j) {
        if (!w(s, j + 1).equals("year")) {
            return null;
        }
        return switch (w(s, j)) {
            case "last" -> -1;
            case "this" -> 0;
            case "next" -> 1;
            default -> null;
        };
    }

    private static LocalDate monday(LocalDate d) {
        return d.minusDays(d.getDayOfWeek().getValue() - 1L);
    }

    /** A weekend: the last one before publication, or the coming one. */
    private static @Nullable TimeExpression weekend(Sentence s, int start, int end, LocalDate pub, boolean coming) {
        LocalDate sat = pub;
        if (coming) {
            while (sat.getDayOfWeek() != DayOfWeek.SATURDAY) {
                sat = sat.plusDays(1);
            }
        } else {
            sat = sat.minusDays(1);
            while (sat.getDayOfWeek() != DayOfWeek.SATURDAY) {
                sat = sat.minusDays(1);
            }
        }
        return spanning(s, start, end, sat, sat.plusDays(1));
    }

    /**
     * An expression covering the days {@code a} to {@code b}: the day, or the smallest month or
     * year that holds them all; none when they fall in different years.
     */
    private static @Nullable TimeExpression spanning(Sentence s, int start, int end, LocalDate a, LocalDate b) {
        if (a.equals(b)) {
            return make(s, start, end, a, Precision.DAY, true);
        }
        if (a.getYear() != b.getYear()) {
            return null;
        }
        TimeExpression t = a.getMonth() == b.getMonth() ? make(s, start, end, a.withDayOfMonth(1), Precision.MONTH, true)
                : make(s, start, end, LocalDate.of(a.getYear(), 1, 1), Precision.YEAR, true);
        // The period is the month or year, but offices are read on the middle of the span itself:
        // "Putin said earlier this week he was ready for talks with Trump", a week after 20 January.
        return t == null ? null : new TimeExpression(t.sentence(), t.start(), t.end(), t.text(), t.date(),
                t.precision(), t.relative(), a.plusDays(java.time.temporal.ChronoUnit.DAYS.between(a, b) / 2));
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
