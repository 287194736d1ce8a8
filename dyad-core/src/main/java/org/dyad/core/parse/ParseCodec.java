package org.dyad.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.core.json.Json;
import org.dyad.core.json.JsonException;
import org.dyad.core.json.JsonWriter;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Dyad's sentence model as JSON, so parses made once by the nlp module can be stored and used
 * by tests that load no models. Compact: a token is {@code [word, lemma, pos, ner, begin, end]},
 * an edge {@code [governor, dependent, relation]}.
 */
public final class ParseCodec {
    private ParseCodec() {}

    public static String write(List<Sentence> sentences) {
        StringBuilder b = new StringBuilder();
        JsonWriter w = new JsonWriter(b);
        w.beginArray();
        for (Sentence s : sentences) {
            w.beginObject();
            w.field("index", s.index());
            w.field("begin", s.begin());
            w.field("end", s.end());
            w.field("text", s.text());
            w.name("tokens").beginArray();
            for (Token t : s.tokens()) {
                w.value(List.of(t.word(), t.lemma(), t.pos(), t.ner(), t.begin(), t.end()));
            }
            w.endArray();
            edges(w, "basic", s.basic());
            edges(w, "enhanced", s.enhanced());
            w.endObject();
        }
        w.endArray();
        return b.toString();
    }

    private static void edges(JsonWriter w, String name, List<Edge> edges) {
        w.name(name).beginArray();
        for (Edge e : edges) {
            w.value(List.of(e.governor(), e.dependent(), e.relation()));
        }
        w.endArray();
    }

    public static List<Sentence> read(String json) throws JsonException {
        List<Sentence> out = new ArrayList<>();
        for (Object o : Json.list(Json.parse(json))) {
            @SuppressWarnings("unchecked")
            Map<String, @Nullable Object> m = (Map<String, @Nullable Object>) o;
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            for (Object t : Json.list(m.get("tokens"))) {
                List<@Nullable Object> f = Json.list(t);
                tokens.add(new Token(i++, (String) f.get(0), (String) f.get(1), (String) f.get(2), (String) f.get(3),
                        num(f.get(4)), num(f.get(5))));
            }
            out.add(new Sentence(num(m.get("index")), num(m.get("begin")), num(m.get("end")), (String) m.get("text"),
                    tokens, edges(m.get("basic")), edges(m.get("enhanced"))));
        }
        return out;
    }

    private static List<Edge> edges(@Nullable Object v) {
        List<Edge> out = new ArrayList<>();
        for (Object e : Json.list(v)) {
            List<@Nullable Object> f = Json.list(e);
            out.add(new Edge(num(f.get(0)), num(f.get(1)), (String) f.get(2)));
        }
        return out;
    }

    private static int num(@Nullable Object o) {
        return ((Number) o).intValue();
    }
}
