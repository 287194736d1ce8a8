package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.dyad.core.config.Config;
import org.dyad.core.model.Span;
import org.dyad.core.parse.ParseCodec;
import org.dyad.core.parse.Parser;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The coder's golden records with live CoreNLP parses, and a check that the stored parses are current. */
class GoldenCoderIT {
    private static Parser live;
    private static Parser stored;
    private static Pipeline coder;
    private static List<Golden.Record> records;

    @BeforeAll
    static void load() throws Exception {
        live = Engine.create(Config.defaults()).parser();
        stored = Golden.stored("/golden/coder-parses.json");
        coder = Golden.coder(live);
        records = Golden.records("/golden/coder.jsonl");
    }

    @TestFactory
    Stream<DynamicTest> liveParses() {
        return records.stream().map(r -> DynamicTest.dynamicTest(r.id() + ": " + r.text(), () -> {
            List<String> problems = Golden.check(r, Golden.code(coder, r));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }));
    }

    @TestFactory
    Stream<DynamicTest> storedParsesAreCurrent() {
        return records.stream().map(r -> DynamicTest.dynamicTest(r.id(), () -> {
            List<Span> all = List.of(new Span(0, r.text().length()));
            assertEquals(ParseCodec.write(stored.parse(r.text(), all)), ParseCodec.write(live.parse(r.text(), all)),
                    "stored parse is stale; regenerate: ./dyad parse --golden "
                            + "dyad-core/src/test/resources/golden/coder.jsonl --out dyad-core/src/test/resources/golden/coder-parses.json");
        }));
    }
}
