/**
 * Finding actors in parsed sentences: dictionary matching over a trie, composition of role
 * words with countries and groups ("Nigerian security forces"), and a light coreference
 * resolver for pronouns and definite descriptions.
 */
@NullMarked
package org.dyad.core.actors;

import org.jspecify.annotations.NullMarked;
