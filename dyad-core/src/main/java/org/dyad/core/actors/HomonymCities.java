package org.dyad.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;

/**
 * Capitals whose name is also a city of another country: "Tripoli" is Libya's capital unless the
 * sentence describes it as the other country's city ("the north Lebanese port").
 */
final class HomonymCities {
    private HomonymCities() {}

    /** Place nouns that a country's adjective can describe a town by: "the north Lebanese port". */
    private static final Set<String> TOWN_NOUNS = Set.of("city", "town", "port", "village", "capital", "stronghold");

    /**
     * A capital's name that is also a city of another country which the sentence describes it by:
     * "rival militias in Tripoli as shells crashed into the north Lebanese port" are in Lebanon's
     * Tripoli, not Libya's. The other country must be an adjective of a town noun ("the Lebanese
     * city", "the north Lebanese port"), and the gazetteer must know a city of that name there.
     */
    static ActorMention resolve(Sentence s, Graph g, ActorMention capital, List<ActorMention> ms,
            PlaceCountries places) {
        for (ActorMention p : ms) {
            if (p.form() != Form.ADJECTIVE || p.actor() == null || p.actor().kind() != ActorKind.COUNTRY
                    || p.actor().equals(capital.actor())) {
                continue;
            }
            Edge up = g.head(p.head());
            boolean townNoun = up != null && up.relation().equals("amod")
                    && TOWN_NOUNS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
            if (townNoun && places.hasCity(capital.text(), p.actor().id())) {
                return capital.withActor(p.actor(), null, Form.NAME, " (the city in " + p.actor().id() + ")");
            }
        }
        return capital;
    }

}
