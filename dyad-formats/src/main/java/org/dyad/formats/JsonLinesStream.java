package org.dyad.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import org.dyad.core.BadInputException;
import org.dyad.core.json.Json;
import org.dyad.core.json.JsonException;
import org.dyad.core.model.Document;
import org.dyad.core.pipeline.Item;
import org.jspecify.annotations.Nullable;

/**
 * JSON Lines: one document per line, {@code {"id","text","date","title","url","source"}} with
 * only {@code text} required. Lines are read within a byte limit, so one huge line cannot
 * exhaust memory; a bad line is rejected with its line number and the stream goes on.
 */
public final class JsonLinesStream implements DocumentStream {
    private final InputStream in;
    private final String origin;
    private final long maxBytes;
    private int line;
    private boolean done;

    public JsonLinesStream(InputStream in, String origin, long maxBytes) {
        this.in = in;
        this.origin = origin;
        this.maxBytes = maxBytes;
    }

    @Override
    public @Nullable Item read() throws IOException {
        while (!done) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
            boolean tooLong = false;
            long size = 0;
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                size++;
                if (size > maxBytes) {
                    tooLong = true;
                } else {
                    buf.write(c);
                }
            }
            if (c < 0) {
                done = true;
                if (size == 0) {
                    return null;
                }
            }
            line++;
            String where = origin + ":" + line;
            if (tooLong) {
                return Item.rejected(where, "line longer than input.max-bytes (" + maxBytes + " bytes)");
            }
            byte[] bytes = buf.toByteArray();
            String text;
            try {
                text = Bytes.utf8(bytes);
            } catch (BadInputException e) {
                return Item.rejected(where, e.getMessage());
            }
            if (text.isBlank()) {
                continue;
            }
            try {
                return Item.of(document(text, where));
            } catch (BadInputException e) {
                return Item.rejected(where, e.getMessage());
            }
        }
        return null;
    }

    static Document document(String jsonLine, String where) throws BadInputException {
        Map<String, @Nullable Object> m;
        try {
            m = Json.parseObject(jsonLine.strip());
        } catch (JsonException e) {
            throw new BadInputException("malformed JSON: " + e.getMessage());
        }
        Object t = m.get("text");
        if (!(t instanceof String)) {
            throw new BadInputException(t == null ? "no \"text\" member" : "\"text\" must be a string");
        }
        String text = ((String) t).replace("\r\n", "\n");
        Object idv = m.get("id");
        String id = idv == null ? Ids.forText(text) : idv.toString();
        if (id.isBlank()) {
            id = Ids.forText(text);
        }
        LocalDate date = null;
        Object dv = m.get("date");
        if (dv != null) {
            date = Dates.parse(dv.toString());
            if (date == null) {
                throw new BadInputException("\"date\" is not a date: '" + dv + "' (use YYYY-MM-DD)");
            }
        }
        return new Document(id, str(m, "title"), text, date, str(m, "url"), str(m, "source"), where);
    }

    private static @Nullable String str(Map<String, @Nullable Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : v.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
