package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;

/**
 * A town the named-entity tagger took for a person is no actor: in "Syrian rebels entered
 * Jarablus" and "ready to cross into Jarablus" the one-word name that no dictionary knows, that
 * the gazetteer places in a country, and that is entered, taken or reached, or a place phrase,
 * names where, not whom.
 */
final class TownsTakenForPeople {
    private TownsTakenForPeople() {}

    /** Verbs whose object is as often a place as an actor: "entered Jarablus", "captured Kasenga". */
    private static final Set<String> GROUND = Set.of("enter", "reach", "capture", "seize", "recapture", "retake",
            "storm", "overrun", "besiege", "encircle", "liberate", "evacuate", "approach", "leave", "flee");

    /** Prepositions of place: "cross into Jarablus", "fighting near Jarablus". */
    private static final Set<String> PLACE_MARKERS = Set.of("in", "into", "near", "outside", "toward", "towards",
            "around", "across", "inside");

    static List<ActorMention> apply(Sentence s, Graph g, List<ActorMention> mentions, PlaceCountries places) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            boolean unknownPerson = m.actor() == null && m.rule().startsWith("ner:person");
            if (!(unknownPerson && m.end() - m.start() == 1 && place(s, g, m.head()) && places.countryOf(m.text()) != null
                    || unknownPerson && province(m.text(), places))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether a name of two words or more is a province or region the gazetteer places in one
     * country: "Tamil Nadu Minister K. N. Nehru", "Khyber Pakhtunkhwa Chief Minister Ali Amin Khan
     * Gandapur", which the tagger reads as people, wherever they stand.
     */
    static boolean province(String name, PlaceCountries places) {
        if (name.indexOf(' ') < 0) {
            return false;
        }
        String iso = places.countryOf(name);
        return iso != null && (places.isDivision(name, iso) || places.isRegion(name));
    }

    private static boolean place(Sentence s, Graph g, int w) {
        Edge up = g.head(w);
        if (up == null) {
            return false;
        }
        if (up.relation().equals("obj") && GROUND.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return (up.relation().startsWith("obl") || up.relation().startsWith("nmod")) && g.markedBy(s, w, PLACE_MARKERS);
    }
}
