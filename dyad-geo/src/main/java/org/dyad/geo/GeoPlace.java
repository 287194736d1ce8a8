package org.dyad.geo;

import org.jspecify.annotations.Nullable;

/**
 * One gazetteer entry.
 *
 * @param geonamesId the GeoNames id, or 0 when the source has none (divisions, countries)
 * @param name the place's name
 * @param country ISO 3166 alpha-3 code
 * @param admin1 first-level division name, or null
 * @param lat latitude
 * @param lon longitude
 * @param population population, 0 when unknown
 * @param kind what sort of place
 */
public record GeoPlace(long geonamesId, String name, String country, @Nullable String admin1, double lat, double lon,
        long population, PlaceKind kind) {

    /** Great-circle distance in kilometres. */
    public double kmTo(double lat2, double lon2) {
        double r = 6371.0;
        double p1 = Math.toRadians(lat);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * r * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
