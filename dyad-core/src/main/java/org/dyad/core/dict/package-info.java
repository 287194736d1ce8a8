@NullMarked
package org.dyad.core.dict;

import org.jspecify.annotations.NullMarked;
