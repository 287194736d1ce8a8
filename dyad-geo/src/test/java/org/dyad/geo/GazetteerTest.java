package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built gazetteer and the geocoder over it: data, no models. */
class GazetteerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.builtin();
    }

    @Test
    void holdsTownsDivisionsAndCountries() {
        assertTrue(gazetteer.size() > 100_000, "places: " + gazetteer.size());
        assertTrue(gazetteer.lookup("Peshawar").stream().anyMatch(p -> p.country().equals("PAK")));
        assertTrue(gazetteer.lookup("Khyber Pakhtunkhwa").stream().anyMatch(p -> p.kind() == PlaceKind.ADMIN1));
        assertTrue(gazetteer.country("SOM").isPresent());
    }

    @Test
    void countriesSitAtGeoNamesOwnPoint() {
        GeoPlace usa = gazetteer.country("USA").orElseThrow();
        assertEquals(39.76, usa.lat(), 0.01);
        assertEquals(-98.5, usa.lon(), 0.01);
    }

    @Test
    void citiesSharingACapitalsName() {
        assertTrue(gazetteer.hasCity("Tripoli", "LBN"), "Lebanon's second city");
        assertTrue(gazetteer.hasCity("Tripoli", "LBY"));
        assertTrue(!gazetteer.hasCity("Tripoli", "KEN"));
        assertTrue(!gazetteer.hasCity("Lebanon", "LBN"), "a country is no city");
    }

    @Test
    void countryOfAClearName() {
        assertEquals("PAK", gazetteer.countryOf("Peshawar"));
        assertEquals("AUT", gazetteer.countryOf("Vienna"), "the capital dwarfs its American namesakes");
        assertNull(gazetteer.countryOf("Punjab"), "a division of both India and Pakistan");
        assertNull(gazetteer.countryOf("Afghanistan"), "countries are the actor dictionary's business");
        assertNull(gazetteer.countryOf("Nowhere Such Place"));
        assertNull(gazetteer.countryOf("Kashmir"), "not Cashmere, Washington, whose other name it is");
        assertNull(gazetteer.countryOf("Africa"), "not Mahdia, whose old name it was");
        assertNull(gazetteer.countryOf("Sahel"), "a region of many countries");
        assertEquals("IND", gazetteer.countryOf("Pahalgam"), "a respelling of Pahlgam is the same town");
        assertTrue(!"ZWE".equals(gazetteer.countryOf("Salisbury")), "the English and American towns, not Harare's old name");
        assertEquals("IND", gazetteer.countryOf("Bombay"), "an old name no sizeable town bears is still the city's");
    }

    @Test
    void regionsAndNamesakeDivisions() {
        assertEquals("PSE", gazetteer.countryOf("West Bank"), "known only as the division its towns lie in");
        assertEquals("PSE", gazetteer.countryOf("Gaza Strip"));
        assertEquals("PSE", gazetteer.countryOf("Gaza"), "the city, not Mozambique's Gaza Province");
        assertEquals("SDN", gazetteer.countryOf("Darfur"), "a region of one country, from regions.tsv");
        assertEquals("RUS", gazetteer.countryOf("Chechnya"));
        assertEquals("PHL", gazetteer.countryOf("Mindanao"));
    }

    @Test
    void contextPicksTheNamesakeInTheDocumentsCountry() {
        Geocoder g = new Geocoder(gazetteer);
        Geocoder.Resolved plain = g.resolve("Hyderabad", new Geocoder.Context(Set.of(), null));
        assertNotNull(plain);
        Geocoder.Resolved inPakistan = g.resolve("Hyderabad", new Geocoder.Context(Set.of("PAK"), null));
        assertNotNull(inPakistan);
        assertEquals("PAK", inPakistan.place().country());
    }
}
