package org.dyad.core.dict;

/**
 * One meaningful line of a dictionary file, with its comment removed.
 *
 * @param file provenance label of the file: a path relative to its dictionary root
 * @param number one-based line number
 * @param indented true when the line began with white space
 * @param text the line without comment, indentation or trailing space; never empty
 */
public record Line(String file, int number, boolean indented, String text) {

    /** {@code file:line}, the provenance of whatever this line defines. */
    public String where() {
        return file + ":" + number;
    }
}
