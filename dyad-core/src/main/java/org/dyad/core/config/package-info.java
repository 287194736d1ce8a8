@NullMarked
package org.dyad.core.config;

import org.jspecify.annotations.NullMarked;
