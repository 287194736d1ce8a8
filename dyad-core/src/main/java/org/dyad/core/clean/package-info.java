@NullMarked
package org.dyad.core.clean;

import org.jspecify.annotations.NullMarked;
