package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.ConfigException;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad dyads}: the most active dyads in a database. */
@Command(name = "dyads", mixinStandardHelpOptions = true,
        description = "Print the top dyads: events, mean Goldstein, events per quad class, first and last date.")
final class DyadsCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "Database file (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--top", defaultValue = "20", description = "How many dyads (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--mentions", description = "Count every mention instead of each event once.")
    boolean mentions;

    @Override
    public Integer call() {
        if (!Files.exists(db)) {
            throw new ConfigException("no database at " + db + " (run 'dyad ingest' first)");
        }
        try (EventStore store = EventStore.open(db)) {
            print(store.dyads(top, mentions), System.out);
        }
        return ExitCodes.OK;
    }

    static void print(List<EventStore.DyadRow> rows, PrintStream out) {
        out.println("Top dyads (events counted once however often reported; asserted or reliably reported;"
                + " quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)");
        out.printf(Locale.ROOT, "%-14s %-14s %6s %8s %5s %5s %5s %5s  %-10s  %-10s%n", "source", "target", "events",
                "goldstein", "q1", "q2", "q3", "q4", "first", "last");
        for (EventStore.DyadRow r : rows) {
            out.printf(Locale.ROOT, "%-14s %-14s %6d %8.2f %5d %5d %5d %5d  %-10s  %-10s%n", r.source(), r.target(),
                    r.events(), r.meanGoldstein(), r.q1(), r.q2(), r.q3(), r.q4(),
                    r.first() == null ? "-" : r.first(), r.last() == null ? "-" : r.last());
        }
        if (rows.isEmpty()) {
            out.println("(no dyads yet)");
        }
    }
}
