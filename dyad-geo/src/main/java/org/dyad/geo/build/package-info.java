/** Build-time tools: turn the fetched GeoNames packages into Dyad's gazetteer index. */
@NullMarked
package org.dyad.geo.build;

import org.jspecify.annotations.NullMarked;
