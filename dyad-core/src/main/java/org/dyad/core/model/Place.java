package org.dyad.core.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where an event happened.
 *
 * @param name the place's name
 * @param geonamesId GeoNames id, when known
 * @param country ISO alpha-3 country code, when known
 * @param admin1 first-level administrative division, when known
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param source how the place was chosen
 * @param text the words in the document that named it
 */
public record Place(
        String name,
        @Nullable Long geonamesId,
        @Nullable String country,
        @Nullable String admin1,
        double lat,
        double lon,
        Source source,
        String text) {

    public enum Source {
        /** Named in the event's own clause. */
        CLAUSE,
        /** Named elsewhere in the event's sentence. */
        SENTENCE,
        /** The document's main place. */
        DOCUMENT;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
