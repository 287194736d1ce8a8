/**
 * Places: a compact gazetteer built from GeoNames data at build time, a geocoder that picks
 * among same-named places by country context, population and administrative context, and the
 * pipeline stage that gives each event the place of its own clause.
 */
@NullMarked
package org.dyad.geo;

import org.jspecify.annotations.NullMarked;
