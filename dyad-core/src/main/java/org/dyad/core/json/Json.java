package org.dyad.core.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small strict JSON reader. Objects become {@code LinkedHashMap<String, Object>}, arrays
 * {@code List<Object>}, numbers {@code Long} or {@code Double}, and JSON null Java null.
 */
public final class Json {
    private static final int MAX_DEPTH = 256;
    private final String s;
    private int i;
    private int depth;

    private Json(String s) {
        this.s = s;
    }

    /** Parses one complete JSON value; trailing non-space text is an error. */
    public static @Nullable Object parse(String text) throws JsonException {
        Json p = new Json(text);
        p.skipSpace();
        Object v = p.value();
        p.skipSpace();
        if (p.i < text.length()) {
            throw new JsonException("unexpected text after the JSON value", p.i);
        }
        return v;
    }

    /** Parses a JSON object; any other value is an error. */
    @SuppressWarnings("unchecked")
    public static Map<String, @Nullable Object> parseObject(String text) throws JsonException {
        Object v = parse(text);
        if (!(v instanceof Map)) {
            throw new JsonException("expected a JSON object", 0);
        }
        return (Map<String, @Nullable Object>) v;
    }

    private @Nullable Object value() throws JsonException {
        if (i >= s.length()) {
            throw new JsonException("unexpected end of input", i);
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new JsonException("unexpected character '" + printable(c) + "'", i);
        }
    }

    private static String printable(char c) {
        return c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private @Nullable Object literal(String word, @Nullable Object v) throws JsonException {
        if (!s.startsWith(word, i)) {
            throw new JsonException("expected '" + word + "'", i);
        }
        i += word.length();
        return v;
    }

    private Map<String, @Nullable Object> object() throws JsonException {
        enter();
        i++;
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            i++;
            depth--;
            return m;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw new JsonException("expected a quoted key", i);
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            m.put(key, value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                i++;
            } else if (c == '}') {
                i++;
                depth--;
                return m;
            } else {
                throw new JsonException("expected ',' or '}'", i);
            }
        }
    }

    private List<@Nullable Object> array() throws JsonException {
        enter();
        i++;
        List<@Nullable Object> l = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            i++;
            depth--;
            return l;
        }
        while (true) {
            skipSpace();
            l.add(value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                i++;
            } else if (c == ']') {
                i++;
                depth--;
                return l;
            } else {
                throw new JsonException("expected ',' or ']'", i);
            }
        }
    }

    private void enter() throws JsonException {
        if (++depth > MAX_DEPTH) {
            throw new JsonException("nesting deeper than " + MAX_DEPTH, i);
        }
    }

    private String string() throws JsonException {
        int start = ++i;
        StringBuilder b = null;
        while (true) {
            if (i >= s.length()) {
                throw new JsonException("unterminated string", start - 1);
            }
            char c = s.charAt(i);
            if (c == '"') {
                String out = b == null ? s.substring(start, i) : b.append(s, start, i).toString();
                i++;
                return out;
            }
            if (c < 0x20) {
                throw new JsonException("control character in string", i);
            }
            if (c == '\\') {
                if (b == null) {
                    b = new StringBuilder();
                }
                b.append(s, start, i);
                i++;
                if (i >= s.length()) {
                    throw new JsonException("unterminated escape", i);
                }
                char e = s.charAt(i);
                switch (e) {
                    case '"': b.append('"'); break;
                    case '\\': b.append('\\'); break;
                    case '/': b.append('/'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'n': b.append('\n'); break;
                    case 'r': b.append('\r'); break;
                    case 't': b.append('\t'); break;
                    case 'u':
                        if (i + 4 >= s.length()) {
                            throw new JsonException("short \\u escape", i);
                        }
                        int cp = 0;
                        for (int k = 1; k <= 4; k++) {
                            int d = Character.digit(s.charAt(i + k), 16);
                            if (d < 0) {
                                throw new JsonException("bad \\u escape", i);
                            }
                            cp = cp * 16 + d;
                        }
                        b.append((char) cp);
                        i += 4;
                        break;
                    default:
                        throw new JsonException("bad escape '\\" + printable(e) + "'", i);
                }
                i++;
                start = i;
            } else {
                i++;
            }
        }
    }

    private Object number() throws JsonException {
        int start = i;
        if (peek() == '-') {
            i++;
        }
        if (!digits()) {
            throw new JsonException("bad number", start);
        }
        boolean real = false;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            real = true;
            if (!digits()) {
                throw new JsonException("bad number", start);
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            real = true;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (!digits()) {
                throw new JsonException("bad number", start);
            }
        }
        String t = s.substring(start, i);
        if (!real) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException tooBig) {
                return Double.parseDouble(t);
            }
        }
        return Double.parseDouble(t);
    }

    private boolean digits() {
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i > start;
    }

    private char peek() throws JsonException {
        if (i >= s.length()) {
            throw new JsonException("unexpected end of input", i);
        }
        return s.charAt(i);
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw new JsonException("expected '" + c + "'", i);
        }
        i++;
    }

    private void skipSpace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else {
                break;
            }
        }
    }

    /** Reads a string member, or null when absent or JSON null. */
    public static @Nullable String string(Map<String, @Nullable Object> m, String key) throws JsonException {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String)) {
            throw new JsonException("member '" + key + "' must be a string", 0);
        }
        return (String) v;
    }

    /** Unmodifiable view helper for lists read from JSON. */
    @SuppressWarnings("unchecked")
    public static List<@Nullable Object> list(@Nullable Object v) {
        return v instanceof List ? (List<@Nullable Object>) v : Collections.emptyList();
    }
}
