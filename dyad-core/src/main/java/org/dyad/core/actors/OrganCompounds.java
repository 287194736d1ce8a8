package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;

/**
 * A role of no stated country whose noun is modified by a country's organ takes that country:
 * in "five Panamanian army officers" and "28 Chilean government officials" the officers are
 * PANMIL and the officials CHLGOV, not officials of nowhere.
 */
final class OrganCompounds {
    private OrganCompounds() {}

    static List<ActorMention> apply(Graph g, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            ActorMention owned = m;
            if (m.actor() == null && m.form() == Form.ROLE && m.role() != null) {
                for (Edge e : g.children(m.head(), "compound")) {
                    for (ActorMention o : mentions) {
                        if (o.head() == e.dependent() && o.actor() != null && o.form() == Form.ROLE
                                && o.actor().kind() == ActorKind.COUNTRY && owned == m) {
                            owned = m.withActor(o.actor(), m.role(), m.form(), " + compound: '" + o.text() + "'");
                        }
                    }
                }
            }
            out.add(owned);
        }
        return out;
    }
}
