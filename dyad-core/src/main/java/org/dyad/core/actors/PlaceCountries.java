package org.dyad.core.actors;

import org.jspecify.annotations.Nullable;

/**
 * The country a place name belongs to, when the name is clear enough to say: "Peshawar" is in
 * Pakistan, "Vienna" alone is not decided here. Implemented over the gazetteer by the geo module;
 * the coder's tests run with {@link #NONE}.
 */
@FunctionalInterface
public interface PlaceCountries {

    /** No gazetteer: no place has a known country. */
    PlaceCountries NONE = name -> null;

    /** ISO 3166 alpha-3 code of the country the named place is in, or null when unknown or ambiguous. */
    @Nullable String countryOf(String placeName);

    /**
     * Whether a town or city of this name with 100,000 people or more lies in the country
     * ("Tripoli" in Lebanon). False without a gazetteer.
     */
    default boolean hasCity(String placeName, String iso3) {
        return false;
    }

    /**
     * Whether a first-level division of this name ("Shaanxi") lies in the country and in no other.
     * False without a gazetteer.
     */
    default boolean isDivision(String placeName, String iso3) {
        return false;
    }

    /**
     * Whether a region of one country that is no division by that name ("Darfur", "Khyber
     * Pakhtunkhwa") has this name. False without a gazetteer.
     */
    default boolean isRegion(String placeName) {
        return false;
    }
}
