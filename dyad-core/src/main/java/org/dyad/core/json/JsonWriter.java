package org.dyad.core.json;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes compact JSON into a {@link StringBuilder}. Keys are written in call order, so output
 * is stable. Use {@link #value(Object)} for maps, lists, strings, numbers and booleans.
 */
public final class JsonWriter {
    private final StringBuilder out;
    private boolean needComma;

    public JsonWriter(StringBuilder out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        comma();
        out.append('{');
        needComma = false;
        return this;
    }

    public JsonWriter endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    public JsonWriter beginArray() {
        comma();
        out.append('[');
        needComma = false;
        return this;
    }

    public JsonWriter endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    public JsonWriter name(String key) {
        comma();
        quote(out, key);
        out.append(':');
        needComma = false;
        return this;
    }

    public JsonWriter field(String key, @Nullable Object v) {
        return name(key).value(v);
    }

    public JsonWriter value(@Nullable Object v) {
        comma();
        if (v == null) {
            out.append("null");
        } else if (v instanceof String) {
            quote(out, (String) v);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                out.append("null");
            } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                out.append((long) d).append(".0");
            } else {
                out.append(d);
            }
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Map) {
            out.append('{');
            needComma = false;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                name(String.valueOf(e.getKey()));
                value(e.getValue());
            }
            out.append('}');
        } else if (v instanceof Collection) {
            out.append('[');
            needComma = false;
            for (Object o : (Collection<?>) v) {
                value(o);
            }
            out.append(']');
        } else {
            quote(out, v.toString());
        }
        needComma = true;
        return this;
    }

    private void comma() {
        if (needComma) {
            out.append(',');
        }
    }

    /** Appends a JSON string literal. */
    public static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }

    /** One-shot serialisation of a value. */
    public static String write(@Nullable Object v) {
        StringBuilder b = new StringBuilder();
        new JsonWriter(b).value(v);
        return b.toString();
    }
}
