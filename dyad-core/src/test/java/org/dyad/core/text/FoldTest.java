package org.dyad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void stripsDiacriticsAndKeepsCase() {
        assertEquals("Erdogan", Fold.plain("Erdo\u011fan"));
        assertEquals("elysee", Fold.key("\u00c9lys\u00e9e"));
        assertEquals("Kabul", Fold.plain("Kabul"));
    }

    @Test
    void dropsInvisibleBreaks() {
        // Newspapers set soft hyphens inside long words: "Auran\u00adgzeb", "Min\u00adi\u00ads\u00adter".
        assertEquals("Aurangzeb", Fold.plain("Auran\u00adgzeb"));
        assertEquals("minister", Fold.key("Min\u00adi\u00ads\u00adter"));
        assertEquals("Peshawar", Fold.plain("Pesh\u200bawar"));
    }
}
