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
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    public boolean overlaps(CodeSpan o) {
        boolean thisEndsBefore = to != null && o.from != null && to.isBefore(o.from);
        boolean otherEndsBefore = o.to != null && from != null && o.to.isBefore(from);
        return !thisEndsBefore && !otherEndsBefore;
    }

    public boolean dated() {
        return from != null || to != null;
    }
}
