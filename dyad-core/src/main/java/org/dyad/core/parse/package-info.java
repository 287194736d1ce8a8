@NullMarked
package org.dyad.core.parse;

import org.jspecify.annotations.NullMarked;
