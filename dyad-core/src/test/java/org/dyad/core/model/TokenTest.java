package org.dyad.core.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenTest {

    private static Token token(String word, String pos) {
        return new Token(0, word, word, pos, "O", 0, word.length());
    }

    @Test
    void bothApostrophesMakeAPossessiveEnding() {
        assertTrue(token("'s", "POS").isPossessiveMark());
        assertTrue(token("’s", "POS").isPossessiveMark());
    }

    @Test
    void aBareApostropheIsPossessiveOnlyWhereTheTaggerSaysSo() {
        assertTrue(token("'", "POS").isPossessiveMark(), "the Bakers' union");
        assertTrue(token("’", "POS").isPossessiveMark());
        assertFalse(token("’", "''").isPossessiveMark(), "a closing quote");
        assertFalse(token("'", "''").isPossessiveMark());
    }

    @Test
    void otherWordsAreNoPossessiveEnding() {
        assertFalse(token("its", "PRP$").isPossessiveMark());
        assertFalse(token("s", "NN").isPossessiveMark());
    }
}
