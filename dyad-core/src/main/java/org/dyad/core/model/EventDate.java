package org.dyad.core.model;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * When an event happened, how Dyad knows, and how precisely.
 *
 * @param date the day, or the first day of the month or year when less precise; null when unknown
 * @param source where the date came from
 * @param precision how much of the date is known
 * @param expression the words of the time expression, when the date came from the text
 * @param history true when the text dates the act to a period that ended well before the report
 *     ("invaded Tibet in 1951", "Kibaki's last visit to China was in 2005"): history that the story
 *     recalls rather than reports; it is coded and counted on its own date, and the flag lets a
 *     user keep news and recalled history apart
 */
public record EventDate(@Nullable LocalDate date, Source source, Precision precision, @Nullable String expression,
        boolean history) {

    public EventDate(@Nullable LocalDate date, Source source, Precision precision, @Nullable String expression) {
        this(date, source, precision, expression, false);
    }

    /** The same date, told as history or not. */
    public EventDate withHistory(boolean h) {
        return new EventDate(date, source, precision, expression, h);
    }

    /** The last day of the period the date names; null when there is no date. */
    public @Nullable LocalDate lastDay() {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    public enum Source {
        TEXT,
        PUBLICATION,
        NONE;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Precision {
        DAY,
        MONTH,
        YEAR;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static EventDate publication(@Nullable LocalDate d) {
        return d == null
                ? new EventDate(null, Source.NONE, Precision.DAY, null)
                : new EventDate(d, Source.PUBLICATION, Precision.DAY, null);
    }

    /** The date as ISO text at its precision: {@code 2021-08}, {@code 2021}, or {@code 2021-08-15}. */
    public @Nullable String iso() {
        if (date == null) {
            return null;
        }
        switch (precision) {
            case YEAR:
                return String.format(Locale.ROOT, "%04d", date.getYear());
            case MONTH:
                return String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            default:
                return date.toString();
        }
    }
}
