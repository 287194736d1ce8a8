package org.dyad.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.config.Config;
import org.dyad.core.config.Keys;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Document;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Event;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Facet;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.time.DateStage;
import org.dyad.core.time.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad explain}: everything Dyad sees and decides about a sentence. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show the parse, the actor matches, every pattern tried and the events of a sentence.")
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--no-parse", description = "Do not print tokens and dependencies.")
    boolean noParse;

    @Parameters(arity = "1", paramLabel = "SENTENCE", description = "The text to explain (one or more sentences).")
    String text;

    @Override
    public Integer call() throws Exception {
        Config config = common.config().toBuilder().set(Keys.CLEAN_LANGUAGE_CHECK, "false").build();
        Engine engine = Engine.create(config);
        LocalDate date = config.get(Keys.INPUT_DEFAULT_DATE).orElse(null);
        Document d = new Document("explain", null, text, date, null, null, "explain");
        Pipeline upToTimes = engine.pipeline().upTo("times");
        Analysis a = upToTimes.run(d);
        EventCoder coder = engine.eventCoder();
        PrintStream out = System.out;
        List<Event> all = new ArrayList<>();
        java.util.Map<Integer, List<ActorMention>> codable = EventCoder.codableMentions(a);
        for (Sentence s : a.sentences()) {
            out.println("Sentence " + s.index() + ": " + s.text());
            if (!noParse) {
                printParse(s, out);
            }
            out.println("  actors:");
            for (ActorMention m : a.mentions()) {
                if (m.sentence() == s.index()) {
                    out.printf(Locale.ROOT, "    [%d-%d) %-30s → %-12s %s via %s%n", m.start(), m.end(),
                            "\"" + m.text() + "\"", m.codeAt(a.document().date()), m.form().name().toLowerCase(Locale.ROOT),
                            m.rule());
                }
            }
            out.println("  time expressions:");
            for (TimeExpression t : a.times()) {
                if (t.sentence() == s.index()) {
                    out.printf(Locale.ROOT, "    \"%s\" → %s (%s%s)%n", t.text(), t.date(),
                            t.precision().json(), t.relative() ? ", relative to the publication date" : "");
                }
            }
            out.println("  patterns and decisions:");
            List<ActorMention> ms = codable.getOrDefault(s.index(), List.of());
            all.addAll(coder.code(a.document(), s, ms, coder.story(a), line -> out.println("    " + line)));
        }
        Analysis dated = new DateStage(config.get(Keys.DATES_HISTORY_DAYS)).apply(a.withEvents(Facet.EVENTS, all, List.of()));
        out.println("Events:");
        for (Event e : dated.events()) {
            out.printf(Locale.ROOT, "  %s  %s → %s  %s \"%s\"  mode=%s%s  confidence=%.2f  date=%s (%s)  rule=%s%n",
                    e.code().code(), e.sourceCode(), e.targetCode(), e.code().plover() == null ? "-" : e.code().plover(),
                    e.code().name(), e.mode().json(), e.report() == null ? "" : " reporter=" + e.report().reporter(),
                    e.confidence(), e.when().iso(), e.when().source().json() + (e.when().history() ? ", recalled history" : ""), e.rule());
        }
        if (dated.events().isEmpty()) {
            out.println("  (none)");
        }
        return ExitCodes.OK;
    }

    private static void printParse(Sentence s, PrintStream out) {
        out.println("  tokens:");
        for (Token t : s.tokens()) {
            out.printf(Locale.ROOT, "    %2d %-16s %-14s %-5s %s%n", t.index(), t.word(), t.lemma(), t.pos(),
                    t.ner().equals("O") ? "" : t.ner());
        }
        out.println("  dependencies (enhanced++):");
        StringBuilder b = new StringBuilder("    ");
        for (Edge e : s.enhanced()) {
            String gov = e.governor() < 0 ? "ROOT" : s.token(e.governor()).word() + "-" + e.governor();
            String item = e.relation() + "(" + gov + ", " + s.token(e.dependent()).word() + "-" + e.dependent() + ") ";
            if (b.length() + item.length() > 110) {
                out.println(b);
                b = new StringBuilder("    ");
            }
            b.append(item);
        }
        out.println(b);
    }
}
