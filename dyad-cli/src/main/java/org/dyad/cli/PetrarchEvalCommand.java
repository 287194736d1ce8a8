package org.dyad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.core.ConfigException;
import org.dyad.core.config.Config;
import org.dyad.core.config.Keys;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.eval.PetrarchUnitTests;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad eval petrarch}: PETRARCH-2's unit-test records coded with the PETRARCH test
 * dictionaries beside them, and only those; Dyad parses each sentence itself.
 */
@Command(name = "petrarch", mixinStandardHelpOptions = true,
        description = "Pass rate on PETRARCH-2's unit tests, coded with the PETR.Validate dictionaries only.")
final class PetrarchEvalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(arity = "0..1", paramLabel = "FILE",
            defaultValue = "../shared/data/petrarch2/unit-tests/PETR.UnitTest.records.xml",
            description = "The records (default: ${DEFAULT-VALUE}); the dictionaries are read from its directory.")
    Path file;

    @Option(names = "--markdown", description = "Print the per-category table as Markdown.")
    boolean markdown;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write every failing record, expected and coded, here.")
    @Nullable Path errors;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(file)) {
            throw new ConfigException("unit-test records not found: " + file);
        }
        PetrarchUnitTests.Report r = run(common.config(), file);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "records: %d applicable, %d not applicable (they test PETRARCH's input reader)%n",
                r.all().records, r.notApplicable().size());
        out.printf(Locale.ROOT, "passed: %d (%.1f%%)%n%n", r.all().passed, 100 * r.all().rate());
        if (markdown) {
            out.print(PetrarchUnitTests.markdown(r));
        } else {
            out.printf(Locale.ROOT, "%-12s %7s %6s %6s%n", "category", "records", "passed", "rate");
            for (Map.Entry<String, PetrarchUnitTests.Tally> e : r.byCategory().entrySet()) {
                PetrarchUnitTests.Tally t = e.getValue();
                out.printf(Locale.ROOT, "%-12s %7d %6d %5.1f%%%n", e.getKey(), t.records, t.passed, 100 * t.rate());
            }
        }
        if (errors != null) {
            Files.writeString(errors, errorReport(r), StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }

    /**
     * Codes every record with only the PETRARCH dictionaries beside the records file (unless the
     * configuration names others), keeping codes outside CAMEO as the tests expect them.
     */
    static PetrarchUnitTests.Report run(Config base, Path file) throws java.io.IOException {
        Config.Builder b = base.toBuilder().set(Keys.DICT_BUILTIN, "false").set(Keys.DICT_PATH, "")
                .set(Keys.DICT_PETRARCH_CODES, "keep").set(Keys.CLEAN_LANGUAGE_CHECK, "false");
        if (!base.explicit().containsKey(Keys.CODER_PETRARCH_COMPAT.name())) {
            // PETRARCH's semantics where Dyad's differ by design, unless the caller says otherwise.
            b.set(Keys.CODER_PETRARCH_COMPAT, "true");
        }
        if (base.get(Keys.DICT_PETRARCH).isEmpty()) {
            b.set(Keys.DICT_PETRARCH, file.getParent() == null ? "." : file.getParent().toString());
        }
        Engine engine = Engine.create(b.build());
        Pipeline pipeline = engine.pipeline();
        List<PetrarchUnitTests.Record> records = PetrarchUnitTests.load(file);
        return PetrarchUnitTests.run(records, rec -> EvalCommand.events(pipeline,
                new Document("petrarch-" + rec.id(), null, rec.text(), rec.date(), null, null, file + ":" + rec.id())));
    }

    static String errorReport(PetrarchUnitTests.Report r) {
        StringBuilder b = new StringBuilder();
        for (PetrarchUnitTests.Outcome o : r.outcomes()) {
            if (o.passed()) {
                continue;
            }
            PetrarchUnitTests.Record rec = o.record();
            b.append("FAIL ").append(rec.id()).append("  ").append(rec.category()).append("  ").append(rec.date())
                    .append(rec.requireDyad() ? "" : "  (require_dyad off)").append('\n');
            b.append("     ").append(rec.text()).append('\n');
            b.append("     expected: ").append(rec.error() != null ? rec.error() + " (nothing coded)" : rec.expected())
                    .append('\n');
            b.append("     coded:    ").append(o.produced()).append('\n');
            for (Event e : o.events()) {
                b.append("       ").append(e.code().code()).append(' ').append(e.sourceCode()).append(" -> ")
                        .append(e.targetCode()).append(' ').append(e.mode().json()).append(" [")
                        .append(e.evidence().trigger()).append("] ").append(e.rule()).append('\n');
            }
        }
        for (PetrarchUnitTests.Record rec : r.notApplicable()) {
            b.append("N/A  ").append(rec.id()).append("  ").append(rec.category()).append("  expects error '")
                    .append(rec.error()).append("'\n");
        }
        return b.toString();
    }
}
