package org.dyad.core.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One news document as read from an input.
 *
 * @param id stable identifier: given by the input, or derived from the content
 * @param title headline, when the input has one
 * @param text the body text; every character offset in Dyad refers to this string
 * @param date publication date, when known
 * @param url where the document was published, when known
 * @param source the outlet, when known
 * @param origin where Dyad read it: a path, with a line number for JSON Lines
 */
public record Document(
        String id,
        @Nullable String title,
        String text,
        @Nullable LocalDate date,
        @Nullable String url,
        @Nullable String source,
        String origin) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }

    public Document withDate(@Nullable LocalDate d) {
        return new Document(id, title, text, d, url, source, origin);
    }
}
