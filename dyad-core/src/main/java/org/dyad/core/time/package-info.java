/**
 * Dates from the text: time expressions found and resolved against the publication date
 * ("on Wednesday", "last month", "in August 2021", "two years ago"), attached to the events
 * of the clause they govern, and datelines that give a document its publication date.
 */
@NullMarked
package org.dyad.core.time;

import org.jspecify.annotations.NullMarked;
