package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.config.Config;
import org.dyad.core.config.Keys;
import org.dyad.core.dedup.DuplicateFilter;
import org.dyad.core.dedup.NearDuplicates;
import org.dyad.core.model.Event;
import org.dyad.core.pipeline.Runner;
import org.dyad.core.sink.EventJson;
import org.dyad.formats.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: events as JSON Lines on standard output. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code documents into events, one JSON object per line on standard output.")
final class CodeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format = Format.jsonl;

    @Option(names = "--counted-only", description = "Print only events that feed statistics (asserted or reliably reported).")
    boolean countedOnly;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
    List<String> inputs;

    enum Format { jsonl }

    @Override
    public Integer call() throws Exception {
        Config config = common.config();
        Engine engine = Engine.create(config);
        Runner runner = new Runner(engine.pipeline(), engine.threads());
        Reporter rep = new Reporter(System.err);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        Runner.Summary s;
        try (Inputs in = new Inputs(inputs, config.get(Keys.INPUT_MAX_BYTES), System.in)) {
            double threshold = config.get(Keys.DEDUP_NEAR_DUPLICATE);
            NearDuplicates index = threshold >= 1.0 ? null : new NearDuplicates(threshold, NearDuplicates.Store.NONE);
            s = runner.run(new DuplicateFilter(in::read, index), r -> {
                if (r.rejection() != null) {
                    out.flush();
                    rep.rejected(r.rejection());
                    return;
                }
                if (r.duplicate() != null) {
                    rep.duplicate(r.duplicate(), r.duplicateOf());
                    return;
                }
                for (Event e : r.analysis().events()) {
                    if (countedOnly && !e.counts()) {
                        continue;
                    }
                    out.write(EventJson.line(e));
                    out.write('\n');
                }
                out.flush();
            });
        }
        out.flush();
        rep.summary(s);
        return Reporter.exitCode(s);
    }
}
