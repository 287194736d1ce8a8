package org.dyad.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.core.json.Json;
import org.dyad.core.json.JsonException;
import org.jspecify.annotations.Nullable;

/**
 * The gold set of time expressions ({@code src/test/resources/time/gold.jsonl}; conventions in
 * {@code docs/time.md}). One JSON object a line: {@code id}, {@code date} (publication),
 * {@code text}, and {@code times}, each with the words as they appear in the text, and either a
 * {@code value} (ISO text at its precision: {@code 2021-08-15}, {@code 2021-08} or {@code 2021}) or
 * a {@code kind}: {@code none} (not a date: giving it one is an error) or {@code vague} (not
 * graded either way). Optional {@code note} and {@code tags}.
 */
final class TimeGold {

    enum Kind { DATE, NONE, VAGUE }

    /** One expected expression; {@code begin} and {@code end} are character offsets in the item's text. */
    record Expected(String text, int begin, int end, @Nullable String value, Kind kind, List<String> tags) {}

    record Item(String id, LocalDate date, String text, List<Expected> times) {}

    private TimeGold() {}

    static List<Item> load(String resource) {
        InputStream in = TimeGold.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no resource " + resource);
        }
        List<Item> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(item(line));
                } catch (JsonException | RuntimeException e) {
                    throw new IllegalStateException(resource + ":" + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static Item item(String line) throws JsonException {
        Map<String, @Nullable Object> m = Json.parseObject(line);
        String id = require(Json.string(m, "id"), "id");
        String text = require(Json.string(m, "text"), "text");
        LocalDate date = LocalDate.parse(require(Json.string(m, "date"), "date"));
        List<Expected> times = new ArrayList<>();
        Map<String, Integer> nextFrom = new HashMap<>();
        for (Object o : Json.list(m.get("times"))) {
            if (!(o instanceof Map)) {
                throw new IllegalArgumentException("times must hold objects");
            }
            @SuppressWarnings("unchecked")
            Map<String, @Nullable Object> t = (Map<String, @Nullable Object>) o;
            String words = require(Json.string(t, "text"), "times.text");
            // A repeated expression is matched to its next occurrence in the text.
            int begin = text.indexOf(words, nextFrom.getOrDefault(words, 0));
            if (begin < 0) {
                throw new IllegalArgumentException("'" + words + "' is not in the text");
            }
            nextFrom.put(words, begin + words.length());
            String value = Json.string(t, "value");
            String kindName = Json.string(t, "kind");
            Kind kind = kindName == null ? Kind.DATE : Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
            if ((kind == Kind.DATE) != (value != null)) {
                throw new IllegalArgumentException("'" + words + "': a date needs a value, and only a date has one");
            }
            if (value != null && !value.matches("\\d{4}(-\\d\\d(-\\d\\d)?)?")) {
                throw new IllegalArgumentException("'" + words + "': value must be YYYY, YYYY-MM or YYYY-MM-DD");
            }
            List<String> tags = new ArrayList<>();
            for (Object g : Json.list(t.get("tags"))) {
                tags.add(String.valueOf(g));
            }
            times.add(new Expected(words, begin, begin + words.length(), value, kind, List.copyOf(tags)));
        }
        return new Item(id, date, text, List.copyOf(times));
    }

    private static String require(@Nullable String v, String key) {
        if (v == null) {
            throw new IllegalArgumentException("missing '" + key + "'");
        }
        return v;
    }
}
