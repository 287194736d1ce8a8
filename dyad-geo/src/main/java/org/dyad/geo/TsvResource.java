package org.dyad.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A UTF-8 table on the classpath, one row a line, tab-separated, with blank and "#" lines skipped. */
public final class TsvResource {
    /** One data line: its number in the file (from 1) and its text. */
    public record Row(int line, String text) {
        /** The line's tab-separated fields. */
        public String[] fields() {
            return text.split("\t");
        }
    }

    private TsvResource() {}

    /** The data lines of {@code resource}, read through {@code anchor}'s class loader; null when it is absent. */
    public static @Nullable List<Row> rows(Class<?> anchor, String resource) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            List<Row> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                    out.add(new Row(i + 1, lines[i]));
                }
            }
            return out;
        }
    }
}
