/** Scoring Dyad against gold data: the PLOVER development set and PETRARCH-2's unit-test records. */
@NullMarked
package org.dyad.eval;

import org.jspecify.annotations.NullMarked;
