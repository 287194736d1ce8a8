package org.dyad.core.dict;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Dictionary dates: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
final class Dates {
    private Dates() {}

    /** Parses a range {@code FROM..TO}; either side may be empty. Returns {from, to}. */
    static @Nullable LocalDate[] range(String s) {
        int dots = s.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("a date range is FROM..TO, not '" + s + "'");
        }
        String a = s.substring(0, dots);
        String b = s.substring(dots + 2);
        LocalDate from = a.isEmpty() ? null : parse(a, false);
        LocalDate to = b.isEmpty() ? null : parse(b, true);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it begins: " + s);
        }
        return new LocalDate[] {from, to};
    }

    /** Parses one date; for an end date, a year or month means its last day. */
    static LocalDate parse(String s, boolean end) {
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(s);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a valid date: '" + s + "'");
        }
        throw new IllegalArgumentException("a date is YYYY, YYYY-MM or YYYY-MM-DD, not '" + s + "'");
    }
}
