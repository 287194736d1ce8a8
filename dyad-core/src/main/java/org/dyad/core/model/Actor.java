package org.dyad.core.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dictionary actor: a country, organisation, group or person, with its codes over time.
 *
 * @param kind what sort of actor
 * @param id the stable identifier (ISO alpha-3 for countries), kept in the output
 * @param name display name
 * @param codes one undated code, or a timeline of dated codes
 * @param country home country for groups, organisations and people, when known
 * @param origin {@code file:line} of the dictionary block
 */
public record Actor(
        ActorKind kind, String id, String name, List<CodeSpan> codes, @Nullable String country, String origin) {

    /** The placeholder for an actor whose country is unknown. */
    public static final String UNKNOWN_COUNTRY = "---";

    public Actor {
        codes = List.copyOf(codes);
    }

    /**
     * The code on a date. Outside every dated range, a person who has held a role is an elite
     * of their country afterwards and is coded by bare country before.
     */
    public String codeAt(@Nullable LocalDate date) {
        if (codes.isEmpty()) {
            return country != null ? country : id;
        }
        if (date == null) {
            CodeSpan last = codes.get(codes.size() - 1);
            for (CodeSpan c : codes) {
                if (!c.dated()) {
                    return c.code();
                }
            }
            return last.code();
        }
        CodeSpan undated = null;
        for (CodeSpan c : codes) {
            if (!c.dated()) {
                undated = c;
            } else if (c.covers(date)) {
                return c.code();
            }
        }
        if (undated != null) {
            return undated.code();
        }
        String home = country != null ? country : codes.get(0).code().substring(0, 3);
        boolean afterSome = false;
        for (CodeSpan c : codes) {
            if (c.from() == null || !date.isBefore(c.from())) {
                afterSome = true;
            }
        }
        if (kind == ActorKind.PERSON) {
            return afterSome ? home + "ELI" : home;
        }
        // An organisation or group outside its ranges keeps the nearest code in time.
        CodeSpan nearest = codes.get(0);
        for (CodeSpan c : codes) {
            if (c.from() != null && !date.isBefore(c.from())) {
                nearest = c;
            }
        }
        return nearest.code();
    }

    /** The role title on a date, for explanations; empty when none. */
    public String titleAt(@Nullable LocalDate date) {
        for (CodeSpan c : codes) {
            if (date != null && c.dated() && c.covers(date)) {
                return c.title();
            }
        }
        return "";
    }
}
