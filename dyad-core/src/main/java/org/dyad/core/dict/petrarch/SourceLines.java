package org.dyad.core.dict.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dict.Line;
import org.dyad.core.dict.Problems;

/**
 * Splits a PETRARCH dictionary file into meaningful lines. PETRARCH files take comments in
 * three styles: {@code <!-- … -->} (possibly over several lines), {@code #} to the end of the
 * line, and the legacy {@code ;} to the end of the line. A {@code #} or {@code ;} inside a
 * {@code […]} code is part of the code. Lines keep their number and whether they were indented
 * (date restrictions in actor files are).
 */
final class SourceLines {
    private SourceLines() {}

    /** Reads a file as strict UTF-8; a file that is not UTF-8 is reported and yields no lines. */
    static List<Line> read(Path file, String label, Problems problems) {
        String text = org.dyad.core.dict.LineReader.text(file, label, problems);
        return text == null ? List.of() : lines(text, label);
    }

    /** Splits text into meaningful lines, comments removed. */
    static List<Line> lines(String text, String label) {
        List<Line> out = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] raw = text.split("\n", -1);
        boolean inComment = false;
        for (int n = 0; n < raw.length; n++) {
            String line = raw[n];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            StringBuilder kept = new StringBuilder(line.length());
            int i = 0;
            int bracket = 0;
            while (i < line.length()) {
                if (inComment) {
                    int end = line.indexOf("-->", i);
                    if (end < 0) {
                        i = line.length();
                    } else {
                        inComment = false;
                        i = end + 3;
                    }
                    continue;
                }
                char c = line.charAt(i);
                if (c == '<' && opensComment(line, i)) {
                    inComment = true;
                    i = line.indexOf('!', i) + 1;
                    continue;
                }
                if (c == '[') {
                    bracket++;
                } else if (c == ']' && bracket > 0) {
                    bracket--;
                } else if ((c == '#' || c == ';') && bracket == 0) {
                    break;
                }
                kept.append(c);
                i++;
            }
            String stripped = kept.toString().strip();
            if (!stripped.isEmpty()) {
                boolean indented = Character.isWhitespace(kept.charAt(0));
                out.add(new Line(label, n + 1, indented, stripped));
            }
        }
        return out;
    }

    /** {@code <!--}, and the slips {@code <! --} and {@code <!  --} that the files contain. */
    private static boolean opensComment(String line, int at) {
        int j = at + 1;
        if (j >= line.length() || line.charAt(j) != '!') {
            return false;
        }
        j++;
        while (j < line.length() && line.charAt(j) == ' ') {
            j++;
        }
        return line.startsWith("--", j);
    }
}
