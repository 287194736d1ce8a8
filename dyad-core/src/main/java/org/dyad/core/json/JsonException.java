package org.dyad.core.json;

import org.dyad.core.BadInputException;

/** Malformed JSON, with the character position where reading failed. */
public final class JsonException extends BadInputException {
    private static final long serialVersionUID = 1L;
    private final int position;

    public JsonException(String message, int position) {
        super(message + " at character " + (position + 1));
        this.position = position;
    }

    /** Zero-based character offset of the problem in the parsed text. */
    public int position() {
        return position;
    }
}
