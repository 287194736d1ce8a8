package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.BadInputException;
import org.dyad.core.json.Json;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.ontology.CameoCode;
import org.jspecify.annotations.Nullable;

/**
 * Another coder's events for the PLOVER gold records, so that they are scored by
 * {@link PloverEval} exactly as Dyad's are. The file is JSON lines, one event a line:
 *
 * <pre>{"id": "PLOVER-GSR01-AGREE-0001", "source": "HUN", "target": "ROU", "code": "051"}</pre>
 *
 * <ul>
 *   <li>{@code id}: a gold record's id as {@link PloverGold#load} reads it; required.
 *   <li>{@code source}, {@code target}: actor codes, or null. The event counts when its source
 *       is known: not null, not empty, and not a role of no country ({@code ---}, {@code ---GOV}),
 *       the rule Dyad's own events follow ({@code Event.counts()}).
 *   <li>{@code code}: a CAMEO code of two to four digits; required. Its PLOVER category comes
 *       from Dyad's CAMEO ontology, the most specific code first, then its parents; a code of
 *       which neither it nor a parent is in the ontology is an error.
 * </ul>
 *
 * Other members are ignored; blank lines are skipped. A record with no line has no events.
 */
public final class PloverPredictions {

    private PloverPredictions() {}

    /**
     * Reads the file and returns each gold record's predictions, by record id, in file order.
     *
     * @throws BadInputException for a line that is not such an event, or an id not in {@code gold},
     *     naming the file and line
     */
    public static Map<String, List<PloverEval.Prediction>> read(Path file, List<PloverGold> gold, Cameo cameo)
            throws IOException, BadInputException {
        Map<String, List<PloverEval.Prediction>> out = new HashMap<>();
        for (PloverGold g : gold) {
            out.put(g.id(), new ArrayList<>());
        }
        String name = file.toString();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = name + ":" + n;
                PloverEval.Prediction p;
                String id;
                try {
                    Map<String, @Nullable Object> m = Json.parseObject(line);
                    id = string(m, "id");
                    if (id == null) {
                        throw new BadInputException("no 'id'");
                    }
                    p = prediction(m, cameo, where);
                } catch (BadInputException e) {
                    throw new BadInputException(where + ": " + e.getMessage(), e);
                }
                List<PloverEval.Prediction> list = out.get(id);
                if (list == null) {
                    throw new BadInputException(where + ": record id '" + id + "' is not in the gold file");
                }
                list.add(p);
            }
        }
        return out;
    }

    private static PloverEval.Prediction prediction(Map<String, @Nullable Object> m, Cameo cameo, String where)
            throws BadInputException {
        String source = string(m, "source");
        String target = string(m, "target");
        String code = string(m, "code");
        if (code == null || !code.matches("[0-9]{2,4}")) {
            throw new BadInputException("'code' must be a CAMEO code of two to four digits, not "
                    + (code == null ? "missing" : "'" + code + "'"));
        }
        CameoCode c = category(cameo, code)
                .orElseThrow(() -> new BadInputException("'" + code + "' is not a CAMEO code"));
        boolean counts = source != null && !source.isEmpty() && !source.startsWith("---");
        return new PloverEval.Prediction(source, target, code, c.plover(), counts, where);
    }

    private static @Nullable String string(Map<String, @Nullable Object> m, String key) throws BadInputException {
        Object v = m.get(key);
        if (v != null && !(v instanceof String)) {
            throw new BadInputException("'" + key + "' must be a string or null");
        }
        return (String) v;
    }

    /** The code itself when the ontology has it, else its nearest parent that it has. */
    static Optional<CameoCode> category(Cameo cameo, String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            Optional<CameoCode> found = cameo.find(c);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
