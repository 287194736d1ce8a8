package org.dyad.core.model;

/**
 * One token of a parsed sentence.
 *
 * @param index zero-based position in its sentence
 * @param word the surface form
 * @param lemma the dictionary form
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity tag (PERSON, ORGANIZATION, LOCATION or O)
 * @param begin character offset of the first character in the document text
 * @param end character offset after the last character in the document text
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    /**
     * The possessive ending written as its own token: "'s" or "’s" whatever its tag, and a bare
     * apostrophe only where the tagger calls it possessive ("the Bakers' union"), not a closing
     * quote.
     */
    public boolean isPossessiveMark() {
        return word.equals("'s") || word.equals("’s")
                || (word.equals("'") || word.equals("’")) && pos.equals("POS");
    }

    public boolean isPronoun() {
        return pos.equals("PRP") || pos.equals("PRP$");
    }
}
