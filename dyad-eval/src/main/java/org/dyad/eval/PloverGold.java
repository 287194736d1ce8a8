package org.dyad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.BadInputException;
import org.dyad.core.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * One record of the PLOVER gold standard.
 *
 * @param id the record's id, made unique: the gold file gives two records the id
 *     {@code PLOVER-GSR01-COERCE-0004}, and the second one with an id is read as {@code ID#2}
 *     (a third as {@code ID#3}), so that another coder's predictions can name each record
 * @param category the PLOVER 2021 category (older names mapped)
 * @param text the sentence
 * @param sources gold source codes (country codes, IGO, NGO, IMG)
 * @param targets gold target codes; empty when any target will do
 * @param date the record's date
 */
public record PloverGold(String id, String category, String text, List<String> sources, List<String> targets,
        LocalDate date) {

    /** PLOVER 0.5 names that PLOVER 2021 renamed. */
    public static String modernName(String v05) {
        switch (v05) {
            case "DEMAND": return "REQUEST";
            case "DISAPPROVE":
            case "INVESTIGATE": return "ACCUSE";
            case "FIGHT": return "ASSAULT";
            default: return v05;
        }
    }

    /**
     * Reads the gold file: a JSON array of records; the header record without text is skipped.
     * A repeated id gets {@code #2}, {@code #3} … appended in file order.
     */
    public static List<PloverGold> load(Path file) throws IOException, BadInputException {
        Object root = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<PloverGold> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Object o : Json.list(root)) {
            if (!(o instanceof Map)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, @Nullable Object> m = (Map<String, @Nullable Object>) o;
            Object text = m.get("text");
            Object ev = m.get("event");
            if (!(text instanceof String) || !(ev instanceof String) || ev.equals("DOCUMENT")) {
                continue;
            }
            LocalDate date = LocalDate.of(2000, 1, 1);
            Object d = m.get("date");
            if (d instanceof String) {
                try {
                    date = LocalDate.parse((String) d);
                } catch (java.time.format.DateTimeParseException e) {
                    // keep the default
                }
            }
            String id = String.valueOf(m.get("id"));
            int n = seen.merge(id, 1, Integer::sum);
            if (n > 1) {
                id = id + "#" + n;
            }
            out.add(new PloverGold(id, modernName((String) ev), (String) text,
                    codes(m.get("source")), codes(m.get("target")), date));
        }
        return out;
    }

    /**
     * Three country codes in the gold file are not ISO 3166: Japan as JAP, Italy as ITL and
     * Vietnam as VTN (six actors in all). They are read as the countries they name.
     */
    private static final Map<String, String> NOT_ISO = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    private static List<String> codes(@Nullable Object v) {
        List<String> out = new ArrayList<>();
        for (Object a : Json.list(v)) {
            if (a instanceof Map) {
                Object c = ((Map<?, ?>) a).get("code");
                if (c instanceof String && !((String) c).isBlank()) {
                    String code = ((String) c).strip();
                    out.add(NOT_ISO.getOrDefault(code, code));
                }
            }
        }
        return out;
    }
}
