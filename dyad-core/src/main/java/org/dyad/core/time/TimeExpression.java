package org.dyad.core.time;

import java.time.LocalDate;
import org.dyad.core.model.EventDate;
import org.jspecify.annotations.Nullable;

/**
 * A time expression in a sentence, resolved against the publication date.
 *
 * @param sentence sentence index
 * @param start first token (inclusive)
 * @param end last token (exclusive)
 * @param text the words
 * @param date the day, or the first day of the month or year
 * @param precision how much of the date the words fix
 * @param relative true when resolved against the publication date ("last month")
 * @param middle for words that name a span of days inside the period ("earlier this week", "a
 *     few days ago"), the middle of that span, on which actors' offices are read; else null
 */
public record TimeExpression(int sentence, int start, int end, String text, LocalDate date,
        EventDate.Precision precision, boolean relative, @Nullable LocalDate middle) {

    public TimeExpression(int sentence, int start, int end, String text, LocalDate date,
            EventDate.Precision precision, boolean relative) {
        this(sentence, start, end, text, date, precision, relative, null);
    }
}
