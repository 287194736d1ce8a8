package org.dyad.core.coder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The coder's golden records on stored parses: no models are loaded. */
class GoldenCoderTest {
    private static List<Golden.Record> records;
    private static Pipeline coder;

    @BeforeAll
    static void load() throws Exception {
        records = Golden.records("/golden/coder.jsonl");
        coder = Golden.coder(Golden.stored("/golden/coder-parses.json"));
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenRecord() {
        return records.stream().map(r -> DynamicTest.dynamicTest(r.id() + " [" + r.category() + "]: " + r.text(), () -> {
            List<String> problems = Golden.check(r, Golden.code(coder, r));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }));
    }

    @Test
    void goldenRecordsCoverEveryCameoRoot() {
        TreeSet<String> roots = new TreeSet<>();
        for (Golden.Record r : records) {
            for (Golden.Expect x : r.expected()) {
                roots.add(x.code().substring(0, 2));
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String root = String.format("%02d", i);
            if (!roots.contains(root)) {
                missing.add(root);
            }
        }
        assertTrue(missing.isEmpty(), "roots without a golden record: " + missing);
    }
}
