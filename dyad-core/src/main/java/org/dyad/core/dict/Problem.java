package org.dyad.core.dict;

/**
 * One problem in a dictionary file.
 *
 * @param file the file, as its provenance label
 * @param line one-based line number, or 0 for the whole file
 * @param reason what is wrong
 * @param warning true for a problem that does not stop loading (a duplicate entry, say)
 */
public record Problem(String file, int line, String reason, boolean warning) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + (warning ? "warning: " : "") + reason;
    }
}
