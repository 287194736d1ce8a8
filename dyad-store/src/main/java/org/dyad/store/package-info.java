/** Dyad's embedded store: documents, sentences and events in a DuckDB file, and the dyad summaries over them. */
@NullMarked
package org.dyad.store;

import org.jspecify.annotations.NullMarked;
