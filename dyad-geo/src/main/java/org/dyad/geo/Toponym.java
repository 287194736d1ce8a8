package org.dyad.geo;

/**
 * A resolved place name in a sentence.
 *
 * @param sentence sentence index
 * @param start first token
 * @param end last token (exclusive)
 * @param head the token that heads the name in the dependency tree
 * @param text the words
 * @param begin character offset in the document
 * @param stop character offset after the name
 * @param place the place chosen
 * @param associative whether the name is part of another name ("U.S." in "the U.S. State
 *     Department"): a place the text names, but not where anything happens
 */
public record Toponym(int sentence, int start, int end, int head, String text, int begin, int stop, GeoPlace place,
        boolean associative) {}
