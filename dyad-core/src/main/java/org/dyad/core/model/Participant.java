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
}
