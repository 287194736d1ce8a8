package org.dyad.core.coder;

/** Receives the coder's reasoning, for {@code dyad explain}. The default does nothing. */
public interface Trace {
    Trace NONE = line -> { };

    /** One step: a pattern tried, a frame applied, an event dropped and why. */
    void note(String line);
}
