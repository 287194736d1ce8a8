package org.dyad.cli;

/** What {@code dyad} returns to the shell. */
final class ExitCodes {
    /** Everything read was coded. */
    static final int OK = 0;
    /** A bug: an unexpected exception. */
    static final int INTERNAL = 1;
    /** Bad usage, configuration or dictionary. */
    static final int USAGE = 2;
    /** The run finished, but some input was rejected (reported on standard error). */
    static final int REJECTED = 3;
    /** Input, output or database failure. */
    static final int IO = 4;

    private ExitCodes() {}
}
