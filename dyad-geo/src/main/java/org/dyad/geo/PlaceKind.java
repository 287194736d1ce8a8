package org.dyad.geo;

/** What sort of place a gazetteer entry is, by its GeoNames feature. */
public enum PlaceKind {
    /** A populated place. */
    CITY,
    /** The seat of a first- to fourth-order administrative division (PPLA*). */
    ADMIN_SEAT,
    /** A capital of a country (PPLC). */
    CAPITAL,
    /** A first-level administrative division: province, state, region. */
    ADMIN1,
    /** A country. */
    COUNTRY
}
