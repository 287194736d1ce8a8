@NullMarked
package org.dyad.core.model;

import org.jspecify.annotations.NullMarked;
