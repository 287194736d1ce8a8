@NullMarked
package org.dyad.core.sink;

import org.jspecify.annotations.NullMarked;
