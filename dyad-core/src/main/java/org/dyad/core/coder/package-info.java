/**
 * The event coder: dictionary patterns over the dependency parse, complement-taking frames
 * (intent, appeal, demand, rejection, threat, report), factuality, and over-generation guards.
 * It reads only Dyad's own sentence model, so its tests run on stored parses.
 */
@NullMarked
package org.dyad.core.coder;

import org.jspecify.annotations.NullMarked;
