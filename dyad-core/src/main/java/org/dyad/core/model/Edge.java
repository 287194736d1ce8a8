package org.dyad.core.model;

/**
 * A Universal Dependencies edge between two tokens of a sentence.
 *
 * @param governor index of the head token, or -1 for the root edge
 * @param dependent index of the dependent token
 * @param relation the relation, e.g. {@code nsubj}, {@code obj}, {@code obl:on}
 */
public record Edge(int governor, int dependent, String relation) {

    /** The relation without its subtype: {@code obl:on} → {@code obl}. */
    public String baseRelation() {
        int c = relation.indexOf(':');
        return c < 0 ? relation : relation.substring(0, c);
    }

    /** The subtype after the colon, or the empty string. */
    public String subtype() {
        int c = relation.indexOf(':');
        return c < 0 ? "" : relation.substring(c + 1);
    }
}
