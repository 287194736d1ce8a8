package org.dyad.core.pipeline;

import org.dyad.core.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * What a reader yields: a document, or the report of an input that could not be read.
 *
 * @param document the document, or null for a rejection
 * @param rejection why an input was rejected, or null for a document
 */
public record Item(@Nullable Document document, @Nullable Rejection rejection) {

    public static Item of(Document d) {
        return new Item(d, null);
    }

    public static Item rejected(String origin, String reason) {
        return new Item(null, new Rejection(origin, reason));
    }

    public boolean isDocument() {
        return document != null;
    }
}
