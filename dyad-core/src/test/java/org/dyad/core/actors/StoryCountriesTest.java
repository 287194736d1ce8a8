package org.dyad.core.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Local places told from namesakes abroad, with a small gazetteer of invented sizes. */
class StoryCountriesTest {

    /** Sanda and Manawan are small places abroad; Herat is a city; Spin Boldak a small Afghan town. */
    private static final PlaceCountries PLACES = new PlaceCountries() {
        @Override
        public @Nullable String countryOf(String name) {
            return switch (name) {
                case "Sanda" -> "JPN";
                case "Manawan" -> "CAN";
                case "Herat", "Spin Boldak" -> "AFG";
                case "Lahore" -> "PAK";
                default -> null;
            };
        }

        @Override
        public boolean hasCity(String name, String iso3) {
            return name.equals("Herat") || name.equals("Lahore");
        }
    };

    @Test
    void aSmallPlaceAbroadIsNoPlaceOfAStoryFiledAtHome() {
        StoryCountries story = new StoryCountries("PAK", Set.of("PAK"));
        assertNull(story.countryOf("Manawan", PLACES));
        assertEquals("PAK", story.countryOf("Lahore", PLACES));
    }

    @Test
    void aCityAbroadOrATownOfANamedCountryKeepsItsCountry() {
        StoryCountries story = new StoryCountries("PAK", Set.of("PAK", "AFG"));
        assertEquals("AFG", story.countryOf("Herat", PLACES));
        assertEquals("AFG", story.countryOf("Spin Boldak", PLACES));
        assertNull(new StoryCountries("PAK", Set.of("PAK")).countryOf("Spin Boldak", PLACES));
    }

    @Test
    void withoutADatelineEveryPlaceKeepsTheGazetteersCountry() {
        assertEquals("CAN", StoryCountries.NONE.countryOf("Manawan", PLACES));
        assertFalse(StoryCountries.NONE.here(sentence("in/IN Sanda/NNP area/NN here/RB"), 2));
    }

    @Test
    void herePlacesANameInTheDatelinesTown() {
        StoryCountries story = new StoryCountries("PAK", Set.of("PAK"));
        assertTrue(story.here(sentence("in/IN Sanda/NNP area/NN here/RB on/IN Sunday/NNP"), 2));
        assertTrue(story.here(sentence("in/IN Sanda/NNP here/RB"), 2));
        // A proper noun or a verb between the place and "here" breaks the link.
        assertFalse(story.here(sentence("in/IN Sanda/NNP said/VBD here/RB"), 2));
        assertFalse(story.here(sentence("in/IN Sanda/NNP area/NN on/IN Sunday/NNP"), 2));
    }

    /** A sentence of word/TAG pairs. */
    private static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        StringBuilder text = new StringBuilder();
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String w = pair.substring(0, slash);
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(), pair.substring(slash + 1), "O", at, at + w.length()));
            text.append(w).append(' ');
            at += w.length() + 1;
        }
        return new Sentence(0, 0, text.length(), text.toString(), tokens, List.of(), List.of());
    }
}
