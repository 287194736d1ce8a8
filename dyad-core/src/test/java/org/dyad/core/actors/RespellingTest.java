package org.dyad.core.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One-letter misspellings of country words ("Afganistan", "Ethopia"), and what is not one. */
class RespellingTest {

    @Test
    void oneInsertionDeletionSubstitutionOrSwapIsOneEdit() {
        assertTrue(PhraseMatcher.oneEditApart("afganistan", "afghanistan"));
        assertTrue(PhraseMatcher.oneEditApart("ethopia", "ethiopia"));
        assertTrue(PhraseMatcher.oneEditApart("phillippines", "philippines"));
        assertTrue(PhraseMatcher.oneEditApart("nigreia", "nigeria"));
        assertTrue(PhraseMatcher.oneEditApart("kenyann", "kenyan"));
    }

    @Test
    void identicalOrTwoEditsApartAreNot() {
        assertFalse(PhraseMatcher.oneEditApart("ethiopia", "ethiopia"));
        assertFalse(PhraseMatcher.oneEditApart("slovenia", "slovakia"));
        assertFalse(PhraseMatcher.oneEditApart("austrian", "australian"));
        assertFalse(PhraseMatcher.oneEditApart("nigeria", "algeria"));
    }
}
