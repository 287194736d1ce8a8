package org.dyad.core.dict;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one loader every dictionary goes through: strict UTF-8, {@code #} comments and blank
 * lines skipped, indentation noted.
 */
public final class LineReader {
    private LineReader() {}

    /** Reads a file; a file that is not UTF-8 is reported as a problem and yields no lines. */
    public static List<Line> read(Path file, String label, Problems problems) {
        String text = text(file, label, problems);
        return text == null ? List.of() : lines(text, label);
    }

    /**
     * A dictionary file's text, decoded as strict UTF-8, or null when it cannot be read or is not
     * UTF-8; either is reported as a problem at {@code label} (with the line of the first bad byte).
     */
    public static @Nullable String text(Path file, String label, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(label, 0, "cannot read: " + e.getMessage());
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.error(label, lineOfFirstBadByte(bytes), "not UTF-8 text");
            return null;
        }
    }

    /** Splits text into meaningful lines. */
    public static List<Line> lines(String text, String label) {
        List<Line> out = new ArrayList<>();
        int n = 0;
        int start = 0;
        if (text.startsWith("\uFEFF")) {
            start = 1;
        }
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            n++;
            String raw = text.substring(start, end);
            int hash = raw.indexOf('#');
            if (hash >= 0) {
                raw = raw.substring(0, hash);
            }
            String stripped = raw.strip();
            if (!stripped.isEmpty()) {
                boolean indented = Character.isWhitespace(raw.charAt(0));
                out.add(new Line(label, n, indented, stripped));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    dec.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }
}
