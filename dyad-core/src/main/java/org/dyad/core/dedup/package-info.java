/**
 * Near-duplicate documents: MinHash signatures over word shingles and locality-sensitive
 * hashing, so that a wire story syndicated by many outlets is coded once and linked to its
 * first copy.
 */
@NullMarked
package org.dyad.core.dedup;

import org.jspecify.annotations.NullMarked;
