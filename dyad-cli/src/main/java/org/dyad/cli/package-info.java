/** Dyad's command line: picocli commands over the engine, and the one place that maps errors to exit codes. */
@NullMarked
package org.dyad.cli;

import org.jspecify.annotations.NullMarked;
