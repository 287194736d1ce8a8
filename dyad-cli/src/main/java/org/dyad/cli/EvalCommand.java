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
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.sink.EventJson;
import org.dyad.eval.PloverEval;
import org.dyad.eval.PloverGold;
import org.dyad.eval.PloverPredictions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval}: scores against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the coder against gold data.",
        subcommands = {EvalCommand.Plover.class, EvalCommand.Geo.class, PetrarchEvalCommand.class})
final class EvalCommand implements Runnable {
    @Override
    public void run() {
        throw new IllegalArgumentException("name a gold set: 'dyad eval plover [FILE]', 'dyad eval geo [FILE]' or "
                + "'dyad eval petrarch [FILE]'");
    }

    /** {@code dyad eval plover}. */
    @Command(name = "plover", mixinStandardHelpOptions = true,
            description = "Precision, recall and F1 on the PLOVER gold records, overall and per category.")
    static final class Plover implements Callable<Integer> {
        @Mixin
        CommonOptions common = new CommonOptions();

        @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "../shared/data/plover/PLOVER_GSR_CAMEO.txt",
                description = "The gold file (default: ${DEFAULT-VALUE}).")
        Path file;

        @Option(names = "--markdown", description = "Print the per-category table as Markdown.")
        boolean markdown;

        @Option(names = "--errors", paramLabel = "FILE", description = "Write every record with its events and outcome here.")
        @Nullable Path errors;

        @Option(names = "--predictions", paramLabel = "FILE",
                description = "Score another coder's events from this JSON-lines file instead of running Dyad: one event "
                        + "a line, {\"id\": gold record id, \"source\", \"target\", \"code\": CAMEO code}.")
        @Nullable Path predictions;

        @Override
        public Integer call() throws Exception {
            if (!Files.exists(file)) {
                throw new ConfigException("gold file not found: " + file);
            }
            List<PloverGold> gold = PloverGold.load(file);
            PloverEval.Report r;
            if (predictions != null) {
                if (!Files.exists(predictions)) {
                    throw new ConfigException("predictions file not found: " + predictions);
                }
                var byId = PloverPredictions.read(predictions, gold, Cameo.standard());
                r = PloverEval.run(gold, g -> byId.getOrDefault(g.id(), List.of()));
            } else {
                r = plover(common.config(), gold);
            }
            PrintStream out = System.out;
            for (Map.Entry<String, String> e : PloverEval.summary(r).entrySet()) {
                out.println(e.getKey() + ": " + e.getValue());
            }
            out.println();
            if (markdown) {
                out.print(PloverEval.markdown(r));
            } else {
                out.printf(Locale.ROOT, "%-12s %5s %8s %7s %9s %7s %9s %6s%n", "category", "gold", "recalled", "recall",
                        "predicted", "correct", "precision", "F1");
                for (Map.Entry<String, PloverEval.Tally> e : r.byCategory().entrySet()) {
                    PloverEval.Tally t = e.getValue();
                    out.printf(Locale.ROOT, "%-12s %5d %8d %7.3f %9d %7d %9.3f %6.3f%n", e.getKey(), t.gold, t.recalled,
                            t.recall(), t.predicted, t.correct, t.precision(), t.f1());
                }
            }
            if (errors != null) {
                StringBuilder b = new StringBuilder();
                for (PloverEval.Outcome o : r.outcomes()) {
                    b.append(o.recalled() ? "HIT  " : "MISS ").append(o.gold().id()).append("  ")
                            .append(o.gold().category()).append("  ").append(o.gold().sources()).append(" -> ")
                            .append(o.gold().targets()).append('\n').append("     ").append(o.gold().text()).append('\n');
                    for (PloverEval.Prediction p : o.predictions()) {
                        b.append("     ").append(p.code()).append(' ').append(p.plover()).append(' ')
                                .append(p.source()).append(" -> ").append(p.target()).append(' ')
                                .append(p.detail()).append(p.counts() ? "" : "  (not counted)").append('\n');
                    }
                }
                Files.writeString(errors, b.toString(), StandardCharsets.UTF_8);
            }
            return ExitCodes.OK;
        }
    }

    /** {@code dyad eval geo}. */
    @Command(name = "geo", mixinStandardHelpOptions = true,
            description = "Toponym resolution on GeoWebNews: share within 161 km, share in the right country, recall.")
    static final class Geo implements Callable<Integer> {
        @Mixin
        CommonOptions common = new CommonOptions();

        @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "../shared/data/geo/GeoWebNews.xml",
                description = "The gold file (default: ${DEFAULT-VALUE}).")
        Path file;

        @Option(names = "--errors", paramLabel = "FILE", description = "Write toponyms resolved more than 161 km off here.")
        @Nullable Path errors;

        @Override
        public Integer call() throws Exception {
            if (!Files.exists(file)) {
                throw new ConfigException("gold file not found: " + file);
            }
            var articles = org.dyad.eval.GeoWebNews.load(file);
            StringBuilder errs = new StringBuilder();
            var report = score(common.config(), articles, errs);
            System.out.println(report.summary());
            if (errors != null) {
                Files.writeString(errors, errs.toString(), StandardCharsets.UTF_8);
            }
            return ExitCodes.OK;
        }
    }

    /** Codes each PLOVER gold sentence as a document of its own and scores the events. */
    static PloverEval.Report plover(Config config, List<PloverGold> gold) {
        Pipeline pipeline = Engine.create(config).pipeline();
        return PloverEval.run(gold, g -> PloverEval.Prediction.of(
                events(pipeline, new Document(g.id(), null, g.text(), g.date(), null, null, g.id()))));
    }

    /** A document's events, or none when it is rejected as bad input (scored as a miss). */
    static List<Event> events(Pipeline pipeline, Document d) {
        try {
            return pipeline.run(d).events();
        } catch (org.dyad.core.BadInputException e) {
            return List.of();
        }
    }

    /** Resolves the toponyms of GeoWebNews articles with the engine's place finder and scores them. */
    static org.dyad.eval.GeoWebNews.Report score(Config base, List<org.dyad.eval.GeoWebNews.Article> articles,
            StringBuilder errors) {
        Config config = base.toBuilder().set("clean.language-check", "false").build();
        Engine engine = Engine.create(config);
        Pipeline upToActors = engine.pipeline().upTo("coref");
        var finder = new org.dyad.geo.PlaceFinder(engine.gazetteer());
        return org.dyad.eval.GeoWebNews.score(articles, a -> {
            try {
                return finder.find(upToActors.run(new Document("gwn-" + a.id(), a.title(), a.text(), null, null,
                        null, "GeoWebNews:" + a.id())));
            } catch (org.dyad.core.BadInputException e) {
                return List.of();
            }
        }, engine.gazetteer(), errors);
    }

    static String json(Event e) {
        return EventJson.line(e);
    }
}
