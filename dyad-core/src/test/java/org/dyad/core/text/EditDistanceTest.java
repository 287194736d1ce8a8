package org.dyad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, EditDistance.of("bashir", "bashir"));
        assertEquals(1, EditDistance.of("beshir", "bashir"));
        assertEquals(1, EditDistance.of("gaddafi", "gadafi"));
        assertEquals(2, EditDistance.of("qaddafi", "gadafi"));
        assertEquals(5, EditDistance.of("", "kabul"));
        assertEquals(3, EditDistance.of("kitten", "sitting"));
    }
}
