package org.dyad.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesObjectsArraysAndScalars() throws Exception {
        Map<String, Object> m = Json.parseObject(
                "{\"id\": \"a1\", \"n\": 3, \"x\": -2.5e1, \"ok\": true, \"none\": null, \"list\": [1, \"two\"],"
                        + " \"text\": \"line\\nnext \\u00e9\"}");
        assertEquals("a1", m.get("id"));
        assertEquals(3L, m.get("n"));
        assertEquals(-25.0, m.get("x"));
        assertEquals(Boolean.TRUE, m.get("ok"));
        assertTrue(m.containsKey("none"));
        assertEquals(List.of(1L, "two"), m.get("list"));
        assertEquals("line\nnext é", m.get("text"));
    }

    @Test
    void reportsWhereMalformedJsonBreaks() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("{\"text\": \"abc\" \"date\": 1}"));
        assertEquals(15, e.position());
        assertTrue(e.getMessage().contains("expected ',' or '}'"), e.getMessage());
        assertThrows(JsonException.class, () -> Json.parse("{\"text\": \"unterminated}"));
        assertThrows(JsonException.class, () -> Json.parse("[1, 2"));
        assertThrows(JsonException.class, () -> Json.parse("{} trailing"));
        assertThrows(JsonException.class, () -> Json.parseObject("[1]"));
    }

    @Test
    void refusesAbsurdNesting() {
        String deep = "[".repeat(10_000);
        assertThrows(JsonException.class, () -> Json.parse(deep));
    }

    @Test
    void writerEscapesAndRoundTrips() throws Exception {
        String out = JsonWriter.write(Map.of("q", "say \"no\"\t\\ \u0001"));
        assertEquals("{\"q\":\"say \\\"no\\\"\\t\\\\ \\u0001\"}", out);
        assertEquals("say \"no\"\t\\ \u0001", Json.parseObject(out).get("q"));
        assertEquals("3.0", JsonWriter.write(3.0));
        assertEquals("-0.4", JsonWriter.write(-0.4));
    }
}
