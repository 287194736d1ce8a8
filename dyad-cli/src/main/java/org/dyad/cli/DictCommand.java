package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.dict.DictionaryRoot;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.Problem;
import org.dyad.core.ontology.Cameo;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad dict}: tools for dictionary authors. */
@Command(name = "dict", mixinStandardHelpOptions = true, description = "Dictionary tools.",
        subcommands = {DictCommand.Check.class, DictCommand.Gaps.class})
final class DictCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalArgumentException("name a tool: 'dyad dict check [DIR]' or 'dyad dict gaps INPUT...'");
    }

    /** {@code dyad dict check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate dictionaries: syntax, unknown codes, duplicates, overlapping date ranges.")
    static final class Check implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR",
                description = "A user dictionary directory, checked layered over the built-in ones.")
        @Nullable Path dir;

        @Option(names = "--quiet", description = "Print errors only, not warnings.")
        boolean quiet;

        @Option(names = "--petrarch", paramLabel = "DIR",
                description = "Check PETRARCH-2 dictionaries (a directory, or its PETR_config.ini) instead (repeatable).")
        List<Path> petrarch = new ArrayList<>();

        @Override
        public Integer call() {
            if (!petrarch.isEmpty()) {
                var checked = org.dyad.core.dict.petrarch.PetrarchDictionaries.check(petrarch, Cameo.standard(),
                        org.dyad.core.dict.petrarch.PetrarchDictionaries.Codes.CAMEO);
                for (String s : checked.summary()) {
                    System.out.println(s);
                }
                return report(checked.problems());
            }
            List<DictionaryRoot> roots = new ArrayList<>();
            roots.add(DictionaryRoot.builtin());
            if (dir != null) {
                roots.add(DictionaryRoot.directory(dir));
            }
            return report(Dictionaries.check(roots, Cameo.standard()));
        }

        private int report(List<Problem> problems) {
            int errors = 0;
            int warnings = 0;
            for (Problem p : problems) {
                if (p.warning()) {
                    warnings++;
                    if (quiet) {
                        continue;
                    }
                } else {
                    errors++;
                }
                System.out.println(p);
            }
            System.out.println(errors + " errors, " + warnings + " warnings");
            return errors == 0 ? ExitCodes.OK : ExitCodes.USAGE;
        }
    }

    /** {@code dyad dict gaps}: the dictionary author's to-do list for a corpus. */
    @Command(name = "gaps", mixinStandardHelpOptions = true,
            description = "List the most frequent named entities and verbs in a corpus that no dictionary covers.")
    static final class Gaps implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        CommonOptions common = new CommonOptions();

        @Option(names = "--top", defaultValue = "40", description = "How many of each (default: ${DEFAULT-VALUE}).")
        int top;

        @Parameters(arity = "1..*", paramLabel = "INPUT")
        List<String> inputs;

        @Override
        public Integer call() throws Exception {
            var config = common.config();
            Engine engine = Engine.create(config);
            var pipeline = engine.pipeline().upTo("coref");
            GapCounter gaps = new GapCounter(engine.dictionaries);
            var runner = new org.dyad.core.pipeline.Runner(pipeline, engine.threads());
            try (var in = new org.dyad.formats.Inputs(inputs, config.get(org.dyad.core.config.Keys.INPUT_MAX_BYTES),
                    System.in)) {
                runner.run(in::read, r -> {
                    if (r.analysis() != null) {
                        gaps.add(r.analysis());
                    }
                });
            }
            gaps.print(System.out, top);
            return ExitCodes.OK;
        }
    }
}
