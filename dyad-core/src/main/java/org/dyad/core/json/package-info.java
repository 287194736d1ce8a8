@NullMarked
package org.dyad.core.json;

import org.jspecify.annotations.NullMarked;
