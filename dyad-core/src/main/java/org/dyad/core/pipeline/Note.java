package org.dyad.core.pipeline;

/**
 * Something a stage decided that the user may want to know: a paragraph dropped as
 * boilerplate, a sentence discarded as sport.
 *
 * @param stage the stage's name
 * @param begin character offset of what the note is about, or -1 for the whole document
 * @param end character offset after it, or -1
 * @param reason what happened and why
 */
public record Note(String stage, int begin, int end, String reason) {}
