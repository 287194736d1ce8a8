package org.dyad.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.dyad.core.pipeline.Rejection;
import org.dyad.core.pipeline.Runner;

/** Diagnostics on standard error: rejections as they happen, and a closing summary. */
final class Reporter {
    private final PrintStream err;

    Reporter(PrintStream err) {
        this.err = err;
    }

    void rejected(Rejection r) {
        err.println("dyad: rejected " + r.origin() + ": " + r.reason());
    }

    void duplicate(org.dyad.core.model.Document d, String original) {
        err.println("dyad: " + d.origin() + " (" + d.id() + ") repeats " + original + "; linked, not coded again");
    }

    void summary(Runner.Summary s) {
        double secs = s.nanos() / 1e9;
        err.printf(Locale.ROOT, "dyad: %d documents, %d sentences, %d events in %.1f s; %d near-duplicates; "
                + "%d inputs rejected%n", s.documents(), s.sentences(), s.events(), secs, s.duplicates(), s.rejected());
    }

    static int exitCode(Runner.Summary s) {
        return s.rejected() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
    }
}
