package org.dyad.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An actor code valid over a closed date range; either end may be open.
 *
 * @param code CAMEO actor code such as {@code PAKGOV}
 * @param from first day the code applies, or null for "always before"
 * @param to last day the code applies, or null for "still"
 * @param title what the role is, for explanations ("prime minister")
 */
public record CodeSpan(String code, @Nullable LocalDate from, @Nullable LocalDate to, String title) {

    public boolean covers(LocalDate d) {
        return DateRanges.covers(from, to, d);
    }

    public boolean overlaps(CodeSpan o) {
        return DateRanges.overlap(from, to, o.from, o.to);
    }

    public boolean dated() {
        return from != null || to != null;
    }
}
