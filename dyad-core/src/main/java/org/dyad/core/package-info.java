/**
 * Dyad's core: domain records, ontology, dictionaries and the coder. No heavy dependencies.
 *
 * <p>Errors by layer: {@link org.dyad.core.BadInputException} (checked) for bad data,
 * {@link org.dyad.core.ConfigException} and {@link org.dyad.core.dict.DictionaryException}
 * (unchecked) for configuration and dictionary errors.
 */
@NullMarked
package org.dyad.core;

import org.jspecify.annotations.NullMarked;
