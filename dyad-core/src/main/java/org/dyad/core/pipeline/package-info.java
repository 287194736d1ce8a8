@NullMarked
package org.dyad.core.pipeline;

import org.jspecify.annotations.NullMarked;
