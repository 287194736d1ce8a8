package org.dyad.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.core.config.Config;
import org.dyad.core.json.Json;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Span;
import org.dyad.core.parse.ParseCodec;
import org.dyad.core.parse.Parser;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad parse}: Dyad's sentence model of a text as JSON. With {@code --golden}, parses
 * every record of a golden JSON Lines file and writes the stored parses that the coder's fast
 * tests run on, so those tests need no models.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print the parse of a text in Dyad's sentence model, as JSON.")
final class ParseCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--golden", paramLabel = "FILE", description = "Parse the 'text' of every record of this JSON Lines file.")
    @Nullable Path golden;

    @Option(names = "--out", paramLabel = "FILE", description = "With --golden: where to write the parses.")
    @Nullable Path out;

    @Parameters(arity = "0..1", paramLabel = "TEXT")
    @Nullable String text;

    @Override
    public Integer call() throws Exception {
        Config config = common.config();
        Parser parser = Engine.create(config).parser();
        if (golden == null) {
            if (text == null) {
                throw new IllegalArgumentException("give a TEXT, or --golden FILE --out FILE");
            }
            System.out.println(ParseCodec.write(parser.parse(text, List.of(new Span(0, text.length())))));
            return ExitCodes.OK;
        }
        if (out == null) {
            throw new IllegalArgumentException("--golden needs --out FILE");
        }
        StringBuilder b = new StringBuilder("{\n");
        boolean first = true;
        for (String line : Files.readAllLines(golden, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> rec = Json.parseObject(line);
            String t = (String) rec.get("text");
            List<Sentence> s = parser.parse(t, List.of(new Span(0, t.length())));
            if (!first) {
                b.append(",\n");
            }
            first = false;
            b.append(org.dyad.core.json.JsonWriter.write(t)).append(": ").append(ParseCodec.write(s));
        }
        b.append("\n}\n");
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
        System.err.println("dyad: wrote parses to " + out);
        return ExitCodes.OK;
    }
}
