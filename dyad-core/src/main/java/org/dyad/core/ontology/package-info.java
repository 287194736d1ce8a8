@NullMarked
package org.dyad.core.ontology;

import org.jspecify.annotations.NullMarked;
