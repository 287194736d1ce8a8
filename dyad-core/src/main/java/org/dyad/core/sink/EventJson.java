package org.dyad.core.sink;

import org.dyad.core.json.JsonWriter;
import org.dyad.core.model.Event;
import org.dyad.core.model.Participant;
import org.dyad.core.model.Place;
import org.jspecify.annotations.Nullable;

/** Dyad's event record as one line of JSON; the schema is documented in docs/schema.md. */
public final class EventJson {
    private EventJson() {}

    public static String line(Event e) {
        StringBuilder b = new StringBuilder(768);
        JsonWriter w = new JsonWriter(b);
        w.beginObject();
        w.field("id", e.id());
        w.field("doc", e.evidence().doc());
        w.field("sentence_index", e.evidence().sentenceIndex());
        w.field("sentence", e.evidence().sentence());
        w.field("char_start", e.evidence().charStart());
        w.field("char_end", e.evidence().charEnd());
        participant(w, "source", e.source());
        participant(w, "target", e.target());
        w.field("code", e.code().code());
        w.field("code_name", e.code().name());
        w.field("root", e.code().root());
        w.field("quad_class", e.code().quadClass());
        w.field("goldstein", e.code().goldstein());
        w.field("plover", e.code().plover());
        w.field("mode", e.mode().json());
        w.field("reporter", e.report() == null ? null : e.report().reporter());
        w.field("background", e.evidence().background());
        w.field("counted", e.counts());
        w.field("confidence", e.confidence());
        w.field("date", e.when().iso());
        w.field("date_source", e.when().source().json());
        w.field("date_precision", e.when().date() == null ? null : e.when().precision().json());
        w.field("date_text", e.when().expression());
        w.field("history", e.when().history());
        place(w, e.where());
        w.field("trigger", e.evidence().trigger());
        w.field("trigger_start", e.evidence().triggerStart());
        w.field("trigger_end", e.evidence().triggerEnd());
        w.field("rule", e.rule());
        w.endObject();
        return b.toString();
    }

    private static void participant(JsonWriter w, String role, @Nullable Participant p) {
        w.field(role, p == null ? null : p.code());
        w.field(role + "_text", p == null ? null : p.text());
        w.field(role + "_id", p == null ? null : p.id());
    }

    private static void place(JsonWriter w, @Nullable Place p) {
        if (p == null) {
            w.field("location", null);
            w.field("location_source", null);
            return;
        }
        w.name("location").beginObject();
        w.field("name", p.name());
        w.field("geonames_id", p.geonamesId());
        w.field("country", p.country());
        w.field("admin1", p.admin1());
        w.field("lat", p.lat());
        w.field("lon", p.lon());
        w.field("text", p.text());
        w.endObject();
        w.field("location_source", p.source().json());
    }
}
