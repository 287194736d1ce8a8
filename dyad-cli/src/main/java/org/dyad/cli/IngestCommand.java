package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.config.Config;
import org.dyad.core.config.Keys;
import org.dyad.core.dedup.DuplicateFilter;
import org.dyad.core.dedup.NearDuplicates;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Runner;
import org.dyad.formats.Inputs;
import org.dyad.store.EventStore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest}: code documents into a DuckDB file, replacing earlier copies of the same documents. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Code documents and store documents, sentences and events in DuckDB.")
final class IngestCommand implements Callable<Integer> {
    private static final int BATCH = 32;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--db", paramLabel = "FILE", description = "Database file (default: dyad.duckdb).")
    @Nullable Path db;

    @Option(names = "--dyads", description = "Print the dyad summary after ingesting.")
    boolean dyads;

    @Option(names = "--top", defaultValue = "20", description = "Dyads to print with --dyads (default: ${DEFAULT-VALUE}).")
    int top;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        Config config = common.config();
        Path file = db != null ? db : Path.of(config.get(Keys.STORE_DB));
        Engine engine = Engine.create(config);
        Runner runner = new Runner(engine.pipeline(), engine.threads());
        Reporter rep = new Reporter(System.err);
        Runner.Summary s;
        EventStore.MergeRules rules = new EventStore.MergeRules(config.get(Keys.DEDUP_WINDOW_DAYS),
                config.get(Keys.DEDUP_MAX_KM), config.get(Keys.DEDUP_LEVEL).equals("code"));
        try (EventStore store = EventStore.open(file, rules);
                Inputs in = new Inputs(inputs, config.get(Keys.INPUT_MAX_BYTES), System.in)) {
            List<Analysis> batch = new ArrayList<>();
            double threshold = config.get(Keys.DEDUP_NEAR_DUPLICATE);
            NearDuplicates index = threshold >= 1.0 ? null : new NearDuplicates(threshold, store);
            s = runner.run(new DuplicateFilter(in::read, index), r -> {
                if (r.rejection() != null) {
                    rep.rejected(r.rejection());
                    store.reject(r.rejection());
                    return;
                }
                if (r.duplicate() != null) {
                    store.write(batch);
                    batch.clear();
                    rep.duplicate(r.duplicate(), r.duplicateOf());
                    store.writeDuplicate(r.duplicate(), r.duplicateOf());
                    return;
                }
                batch.add(r.analysis());
                if (batch.size() >= BATCH) {
                    store.write(batch);
                    batch.clear();
                }
            });
            store.write(batch);
            rep.summary(s);
            System.err.printf("dyad: %s now holds %d documents, %d mentions and %d events%n", file,
                    store.count("documents"), store.count("mentions"), store.count("events"));
            if (dyads) {
                DyadsCommand.print(store.dyads(top), System.out);
            }
        }
        return Reporter.exitCode(s);
    }
}
