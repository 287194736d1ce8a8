package org.dyad.core.dict;

import java.util.ArrayList;
import java.util.List;

/**
 * A header line with its indented field lines:
 *
 * <pre>
 * country AFG Afghanistan
 *     name  Afghanistan | Islamic Republic of Afghanistan
 * </pre>
 *
 * @param kind the first word of the header
 * @param id the second word of the header
 * @param display the rest of the header, or the id when absent
 * @param header the header line, for provenance
 * @param fields the field lines in order
 */
public record Block(String kind, String id, String display, Line header, List<Field> fields) {

    /** A field line: a name and its value. */
    public record Field(String name, String value, Line line) {
        /** The value split at {@code |} into trimmed, non-empty items. */
        public List<String> items() {
            List<String> out = new ArrayList<>();
            for (String s : value.split("\\|")) {
                String t = s.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        }
    }

    /** Groups lines into blocks; a field line before any header is a problem. */
    public static List<Block> parse(List<Line> lines, Problems problems) {
        List<Block> out = new ArrayList<>();
        Line header = null;
        String kind = null;
        String id = null;
        String display = null;
        List<Field> fields = new ArrayList<>();
        for (Line l : lines) {
            if (!l.indented()) {
                if (header != null) {
                    out.add(new Block(kind, id, display, header, List.copyOf(fields)));
                }
                String[] p = l.text().split("\\s+", 3);
                if (p.length < 2) {
                    problems.error(l, "a header needs a kind and an id: 'KIND ID [name]'");
                    header = null;
                    fields.clear();
                    continue;
                }
                header = l;
                kind = p[0];
                id = p[1];
                display = p.length > 2 ? p[2] : p[1];
                fields.clear();
            } else {
                if (header == null) {
                    problems.error(l, "field line outside any block (indented lines belong to the header above them)");
                    continue;
                }
                String[] p = l.text().split("\\s+", 2);
                fields.add(new Field(p[0], p.length > 1 ? p[1].strip() : "", l));
            }
        }
        if (header != null) {
            out.add(new Block(kind, id, display, header, List.copyOf(fields)));
        }
        return out;
    }
}
