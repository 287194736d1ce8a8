package org.dyad.core.actors;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;

/**
 * Places where talks are held. A country named as the venue of talks between others ("peace talks
 * due to start in South Africa") is neither where the fighting the sentence tells of happens nor
 * the country of the armed men it names.
 */
public final class TalkVenues {
    private TalkVenues() {}

    /** Nouns of talks (whose "with" phrase names the other side). */
    static final Set<String> TALKS = Set.of("talk", "talks", "negotiation", "negotiations", "meeting",
            "meetings", "round", "dialogue", "consultations", "summit", "summits", "conference", "conferences");

    /** Verbs that tell where talks begin or are held: "talks due to start in South Africa". */
    private static final Set<String> CONVENING = Set.of("start", "begin", "open", "resume", "hold", "convene",
            "continue", "take");

    /**
     * Whether a place is where talks are held, not where armed men fight: "the planned peace talks in
     * South Africa between rebel and Mobutu officials", "with rebels advancing … and peace talks due
     * to start in South Africa". A noun of talks owns the place, or a verb of convening does, with a
     * noun of talks as its subject or among the few words before it.
     */
    public static boolean placeOfTalks(Sentence s, Graph g, int place) {
        Edge up = g.head(place);
        if (up == null) {
            return false;
        }
        if (up.relation().equals("appos") && up.governor() < place) {
            // "the summit in Khankendi, Azerbaijan": the country of the town where the talks are.
            return placeOfTalks(s, g, up.governor());
        }
        int gov = up.governor();
        String lemma = s.token(gov).lemma().toLowerCase(Locale.ROOT);
        if (up.relation().startsWith("nmod")) {
            return TALKS.contains(lemma);
        }
        if (!up.relation().startsWith("obl") || !CONVENING.contains(lemma)) {
            return false;
        }
        for (Edge e : g.children(gov, "nsubj")) {
            if (TALKS.contains(s.token(e.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int k = Math.max(0, gov - 4); k < gov; k++) {
            if (TALKS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT)) && s.token(k).isNoun()) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of talking whose own place a venue of talks is. */
    private static final Set<String> TALKING = Set.of("meet", "talk", "negotiate", "discuss", "confer");

    /**
     * Whether a place is the venue of talks other than the act at {@code trigger}: "rebels advancing
     * on two key towns and peace talks due to start in South Africa" places the talks, not the
     * advance. Talks, or a meeting, at their own venue keep it.
     */
    public static boolean placeOfOtherTalks(Sentence s, Graph g, int place, int trigger) {
        if (trigger < 0 || !placeOfTalks(s, g, place) || g.governor(place) == trigger) {
            return false;
        }
        String lemma = s.token(trigger).lemma().toLowerCase(Locale.ROOT);
        return !TALKS.contains(lemma) && !TALKING.contains(lemma);
    }
}
