package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Event;
import org.dyad.core.model.Participant;

/**
 * A capital that violence strikes is the city, not its government: in "the attack on Kyiv" and
 * "missiles hit Tehran" the target is the country's people and places (the bare country code),
 * where "Moscow warned Kyiv" is Ukraine's government. Assault (CAMEO 18), shelling (194) and
 * strikes from the air (195) only; fighting between states (190) keeps the capitals' governments.
 */
final class StruckCities {
    private StruckCities() {}

    /** CAMEO codes of strikes on a place. */
    private static final Set<String> SHELLING = Set.of("194", "195");

    /** The events, with a capital struck by violence made its country's city. */
    static List<Event> places(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String code = e.code().code();
            ActorMention t = e.target() == null ? null : e.target().mention();
            if (t == null || t.form() != ActorMention.Form.CAPITAL || t.actor() == null
                    || !code.startsWith("18") && !SHELLING.contains(code)) {
                out.add(e);
                continue;
            }
            ActorMention city = t.withActor(t.actor(), null, ActorMention.Form.REFERENCE, " + the city struck, not its government");
            out.add(EventCoder.withTarget(e, Participant.of(city, e.when().date())));
        }
        return out;
    }
}
