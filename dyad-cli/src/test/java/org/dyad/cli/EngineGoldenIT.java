package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.dyad.core.config.Config;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden records that need the whole engine, gazetteer included: towns that give actors and
 * unknown attackers a country. Same format as the coder's golden records.
 */
class EngineGoldenIT {
    private static Pipeline engine;
    private static List<Golden.Record> records;

    @BeforeAll
    static void load() throws Exception {
        engine = Engine.create(Config.defaults()).pipeline();
        records = Golden.records("/golden-engine.jsonl");
    }

    @TestFactory
    Stream<DynamicTest> everyRecord() {
        return records.stream().map(r -> DynamicTest.dynamicTest(r.id() + ": " + r.text(), () -> {
            List<String> problems = Golden.check(r, Golden.code(engine, r));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }));
    }
}
