package org.dyad.core.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleCodesTest {

    @Test
    void countryIsThePrefixOfAStateCodeOnly() {
        assertEquals("KEN", RoleCodes.country("KENGOV"));
        assertEquals("KEN", RoleCodes.country("KEN"));
        assertNull(RoleCodes.country("---GOV"), "a role of no country");
        assertNull(RoleCodes.country("IGOUNO"), "an international body");
        assertNull(RoleCodes.country("NGOHRW"));
        assertNull(RoleCodes.country("KE"));
        assertNull(RoleCodes.country(null));
    }

    @Test
    void sameCountryNeedsAKnownCountry() {
        assertTrue(RoleCodes.sameCountry("NGA", "NGAGOV"));
        assertFalse(RoleCodes.sameCountry("NGA", "FRAGOV"));
        assertFalse(RoleCodes.sameCountry("---MIL", "---GOV"), "two unknowns are not one country");
        assertFalse(RoleCodes.sameCountry("IGOUNO", "IGOEU"));
        assertFalse(RoleCodes.sameCountry("NGA", null));
    }

    @Test
    void samePrefixComparesTheFirstThreeLettersWhateverTheyAre() {
        assertTrue(RoleCodes.samePrefix("RUSMIL", "RUS"));
        assertTrue(RoleCodes.samePrefix("---MIL", "---GOV"));
        assertTrue(RoleCodes.samePrefix("IGONATO", "IGOUNO"));
        assertFalse(RoleCodes.samePrefix("RUSMIL", "UKRMIL"));
        assertFalse(RoleCodes.samePrefix("RU", "RUS"));
        assertFalse(RoleCodes.samePrefix(null, "RUS"));
    }
}
