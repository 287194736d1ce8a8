package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.core.ConfigException;
import org.dyad.core.ontology.Cameo;
import org.dyad.store.EventStore;
import org.dyad.store.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad export}: a database as GDELT 2.0 tables, PLOVER JSON Lines, or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export events and mentions: GDELT 2.0 Events and Mentions tables, PLOVER JSON Lines, or Parquet.")
final class ExportCommand implements Callable<Integer> {
    enum Format { gdelt, plover, parquet }

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "Database file (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "A directory for gdelt (events.tsv, mentions.tsv) and parquet (events.parquet, mentions.parquet); a file for plover.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(db)) {
            throw new ConfigException("no database at " + db + " (run 'dyad ingest' first)");
        }
        try (EventStore store = EventStore.open(db)) {
            Exports x = new Exports(store, Cameo.standard());
            switch (format) {
                case gdelt:
                    System.err.println("dyad: wrote " + x.gdelt(out) + " events to " + out.resolve("events.tsv")
                            + " and their mentions to " + out.resolve("mentions.tsv"));
                    break;
                case plover:
                    System.err.println("dyad: wrote " + x.plover(out) + " PLOVER events to " + out);
                    break;
                default:
                    System.err.println("dyad: wrote " + x.parquet(out) + " events to " + out.resolve("events.parquet")
                            + " and their mentions to " + out.resolve("mentions.parquet"));
            }
        }
        return ExitCodes.OK;
    }
}
