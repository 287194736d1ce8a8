package org.dyad.core.pipeline;

import org.dyad.core.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * What a reader yields: a document, or the report of an input that could not be read.
 *
 * @param document the document, or null for a rejection
 * @param rejection why an input was rejected, or null for a document
 * @param duplicateOf for a near-duplicate of an earlier document (a syndicated copy), that document's id
 */
public record Item(@Nullable Document document, @Nullable Rejection rejection, @Nullable String duplicateOf) {

    public static Item of(Document d) {
        return new Item(d, null, null);
    }

    public static Item rejected(String origin, String reason) {
        return new Item(null, new Rejection(origin, reason), null);
    }

    /** A document that nearly repeats an earlier one: it is recorded and linked, not coded. */
    public static Item duplicate(Document d, String original) {
        return new Item(d, null, original);
    }

    public boolean isDocument() {
        return document != null;
    }
}
