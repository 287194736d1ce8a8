package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.core.dict.DictionaryRoot;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The pattern elements beyond TARGET and prepositions ({@code before:}, {@code object:},
 * {@code A:B} codes, {@code MUTUAL}, {@code CLAUSE}), each used by one pattern of a test dictionary layered over
 * the built-in ones, with a sentence it must take and one it must leave to the built-in patterns.
 * Stored parses: no models.
 */
class PatternFeaturesTest {
    private static List<Golden.Record> records;
    private static Pipeline coder;

    @BeforeAll
    static void load() throws Exception {
        records = Golden.records("/golden/features.jsonl");
        Path dict = Path.of(PatternFeaturesTest.class.getResource("/features-dict").toURI());
        coder = Golden.coder(Golden.stored("/golden/features-parses.json"), List.of(DictionaryRoot.directory(dict)));
    }

    @TestFactory
    Stream<DynamicTest> everyRecord() {
        return records.stream().map(r -> DynamicTest.dynamicTest(r.id() + " [" + r.category() + "]: " + r.text(), () -> {
            List<String> problems = Golden.check(r, Golden.code(coder, r));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }));
    }
}
