package org.dyad.core.pipeline;

/**
 * An input that was not coded, and why.
 *
 * @param origin the file, with a line number for JSON Lines, or a document id
 * @param reason what was wrong, in words a user can act on
 */
public record Rejection(String origin, String reason) {
    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
