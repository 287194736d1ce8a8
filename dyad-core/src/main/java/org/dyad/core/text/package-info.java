@NullMarked
package org.dyad.core.text;

import org.jspecify.annotations.NullMarked;
