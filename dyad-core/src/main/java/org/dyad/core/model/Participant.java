package org.dyad.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The source or target of an event.
 *
 * @param code CAMEO actor code on the event's date
 * @param text the words it came from
 * @param id dictionary id of the actor, when it has one (e.g. {@code TALIBAN})
 * @param mention the mention, kept so the code can be re-resolved for the event's date
 */
public record Participant(String code, String text, @Nullable String id, ActorMention mention) {

    public static Participant of(ActorMention m, @Nullable LocalDate date) {
        return new Participant(m.codeAt(date), m.text(), m.actorId(), m);
    }

    public Participant at(@Nullable LocalDate date) {
        return of(mention, date);
    }

    /**
     * Read on {@code date}, for a report of {@code reported}. A person the report calls "former"
     * (role ELI) is read by the office the dictionary gives him on an earlier date when the
     * dictionary too has him leave it since: "Former South Korean president Yoon … Prosecutors
     * first indicted Yoon in January — when he was still president" is KORGOV in January. When the
     * dictionary has him in the same office then and on the report's day, it may be stale, and
     * "former" stands.
     */
    public Participant at(@Nullable LocalDate date, @Nullable LocalDate reported) {
        Actor a = mention.actor();
        if (date == null || reported == null || !date.isBefore(reported) || a == null || a.kind() != ActorKind.PERSON
                || !"ELI".equals(mention.role())) {
            return at(date);
        }
        String then = a.codeAt(date);
        if (then.length() < 6 || then.startsWith("ELI", 3) || then.equals(a.codeAt(reported))) {
            return at(date);
        }
        return of(mention.withActor(a, null, mention.form(), " + in office on the event's date"), date);
    }
}
