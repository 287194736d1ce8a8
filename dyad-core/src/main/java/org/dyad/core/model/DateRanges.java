package org.dyad.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Closed date ranges whose ends may be open (null), as actor codes and dated name forms use them. */
public final class DateRanges {
    private DateRanges() {}

    /** Whether {@code [from, to]} contains the day. */
    public static boolean covers(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Whether {@code [from, to]} and {@code [otherFrom, otherTo]} share a day. */
    public static boolean overlap(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable LocalDate otherFrom,
            @Nullable LocalDate otherTo) {
        boolean endsBefore = to != null && otherFrom != null && to.isBefore(otherFrom);
        boolean otherEndsBefore = otherTo != null && from != null && otherTo.isBefore(from);
        return !endsBefore && !otherEndsBefore;
    }
}
