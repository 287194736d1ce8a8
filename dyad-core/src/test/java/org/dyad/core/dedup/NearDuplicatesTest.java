package org.dyad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static final String STORY = "NAIROBI — Kenya and Somalia agreed on Tuesday to reopen their shared border for "
            + "trade after a two-year closure, officials from both governments said after talks in Nairobi. The "
            + "agreement allows goods and travellers to cross at three points, including Mandera and Liboi, under "
            + "joint security arrangements. Kenyan officials said the crossings would open next month, while Somali "
            + "ministers called the deal a step toward wider cooperation against al-Shabaab, which has attacked "
            + "Kenyan bases and towns along the frontier. Traders on both sides welcomed the news.";

    @Test
    void syndicatedCopiesWithSmallEditsAreFound() {
        NearDuplicates index = new NearDuplicates(0.8, NearDuplicates.Store.NONE);
        assertEquals(Optional.empty(), index.check("wire", STORY));
        String copy = STORY.replace("NAIROBI —", "NAIROBI (Reuters) —").replace("Traders on both sides welcomed the news.",
                "Traders on both sides welcomed the news, the outlet reported.");
        assertEquals(Optional.of("wire"), index.check("copy", copy));
        String other = "ADDIS ABABA — Ethiopia and Eritrea held talks on Tuesday about the port of Assab, officials "
                + "said, as the two governments weighed a new trade corridor toward the Red Sea coast and debated "
                + "customs rules, tariffs and the timetable for opening it to commercial traffic next year.";
        assertEquals(Optional.empty(), index.check("other", other));
    }

    @Test
    void theSameDocumentAgainIsNotItsOwnDuplicate() {
        NearDuplicates index = new NearDuplicates(0.8, NearDuplicates.Store.NONE);
        index.check("wire", STORY);
        assertEquals(Optional.empty(), index.check("wire", STORY));
    }

    @Test
    void similarityTracksShingleOverlap() {
        long[] a = MinHash.signature(STORY);
        long[] b = MinHash.signature(STORY + " More paragraphs about the border follow here in a longer edition.");
        long[] c = MinHash.signature("A completely different text about elections in Chile and the new constitution.");
        assertTrue(MinHash.similarity(a, b) > 0.7, "near copy");
        assertTrue(MinHash.similarity(a, c) < 0.1, "different story");
        assertEquals(1.0, MinHash.similarity(a, a));
    }
}
