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
 */
public record EventDate(@Nullable LocalDate date, Source source, Precision precision, @Nullable String expression) {

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
