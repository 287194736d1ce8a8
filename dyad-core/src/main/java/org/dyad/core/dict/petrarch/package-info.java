/**
 * Reads dictionaries in the PETRARCH-2 formats (verbs, actors, agents, discards) and translates
 * them into Dyad's own dictionary model, keeping the {@code file:line} of every entry.
 */
@NullMarked
package org.dyad.core.dict.petrarch;

import org.jspecify.annotations.NullMarked;
