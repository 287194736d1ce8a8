package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * A people named with where they live is coded by that country: "ethnic Albanians in south
 * Serbia", "the Albanians of southern Serbia", "Bulgaria's ethnic Turks" are residents of Serbia
 * and Bulgaria, as CAMEO codes them. "Ethnic" before a demonym names a people, often a minority
 * abroad, not the state of the demonym: "ethnic Albanians" are civilians (CVL) of the country the
 * text places them in ("in Macedonia" here, or the place of their clause, which the coreference
 * stage gives role words), and of no stated country ({@code ---CVL}) when it places them nowhere.
 */
final class Residence {
    private static final String CIVILIANS = "CVL";

    private Residence() {}

    static List<ActorMention> apply(Sentence s, Graph g, List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>(ms);
        for (int i = 0; i < out.size(); i++) {
            ActorMention m = out.get(i);
            if (m.form() == Form.ROLE && m.role() != null && m.actor() != null
                    && m.actor().kind() == ActorKind.COUNTRY && ethnic(s, g, m)) {
                // "ethnic Albanian guerrillas operating in Macedonia", "ethnic Serb parties in Croatia": a
                // role of a people, not of the state of its adjective; of the country it is placed in,
                // or of none.
                ActorMention place = home(s, g, m.head(), m, out);
                out.set(i, place != null
                        ? m.withActor(place.actor(), m.role(), Form.ROLE, " + residence: '" + place.text() + "'")
                        : m.withActor(null, m.role(), Form.ROLE, " + ethnic: no residence"));
                continue;
            }
            int people = peopleNoun(s, g, m);
            if (people >= 0 && m.actor() != null && m.actor().kind() == ActorKind.COUNTRY) {
                // "the Albanian population of Montenegro", "the Turkish community in Germany": a people
                // placed in a country is that country's civilians.
                ActorMention place = home(s, g, people, m, out);
                for (ActorMention p : out) {
                    // "of Montenegro" may already be composed with the noun ("Montenegro … population").
                    if (place == null && p != m && p.head() == people && p.start() > people && p.actor() != null
                            && p.actor().kind() == ActorKind.COUNTRY && p.start() > 0
                            && Set.of("of", "in").contains(s.token(p.start() - 1).word().toLowerCase(Locale.ROOT))) {
                        place = p;
                    }
                }
                if (place == null) {
                    place = namedBefore(s, g, people, m, out);
                }
                if (place != null && place.actor() != m.actor()) {
                    out.set(i, m.withActor(place.actor(), CIVILIANS, Form.ROLE, " + residence: '" + place.text() + "'"));
                }
                continue;
            }
            if (m.form() != Form.PEOPLE) {
                continue;
            }
            boolean ethnic = ethnic(s, g, m);
            if (ethnic && m.start() > 0 && s.token(m.start() - 1).word().equalsIgnoreCase("ethnic")) {
                m = new ActorMention(m.sentence(), m.start() - 1, m.end(), m.head(), m.actor(), m.role(), m.form(),
                        s.words(m.start() - 1, m.end()), m.rule());
            }
            ActorMention place = home(s, g, m.head(), m, out);
            String role = ethnic ? CIVILIANS : null;
            if (place != null) {
                out.set(i, m.withActor(place.actor(), role, Form.PEOPLE, " + residence: '" + place.text() + "'"));
            } else if (ethnic) {
                // A people, not a state: the clause's place or the dateline may still say where they live.
                out.set(i, m.withActor(null, CIVILIANS, Form.ROLE, " + ethnic: no residence"));
            }
        }
        return out;
    }

    /** Verbs of a stay abroad that does not make a people residents of the place: "working in Iran". */
    private static final Set<String> SOJOURNS = Set.of("work", "study", "stay", "travel", "visit", "holiday");

    private static final Set<String> PEOPLE_NOUNS = Set.of("population", "populations", "community",
            "communities", "minority", "minorities", "diaspora");

    /**
     * The noun of a people that a civilian role by demonym names ("the Albanian population"), or -1:
     * the mention's own head, or the noun its adjective modifies.
     */
    private static int peopleNoun(Sentence s, Graph g, ActorMention m) {
        if (!CIVILIANS.equals(m.role())) {
            return -1;
        }
        int head = m.head();
        if (!PEOPLE_NOUNS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))) {
            Edge up = g.head(head);
            if (up == null || !(up.relation().equals("amod") || up.relation().equals("compound"))) {
                return -1;
            }
            head = up.governor();
        }
        return PEOPLE_NOUNS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT)) ? head : -1;
    }

    /** Nouns that name a land already named: "the Albanian population of the province". */
    private static final Set<String> LAND_NOUNS = Set.of("province", "region", "territory", "republic", "country",
            "state", "enclave");

    /**
     * "cleansing in Montenegro against the Albanian population of the province": a people of "the province"
     * (or region, territory …) lives in the country the sentence placed something in before it, the last
     * country after "in" ahead of the people noun; null when the noun names no land or none was placed.
     */
    private static @Nullable ActorMention namedBefore(Sentence s, Graph g, int people, ActorMention m,
            List<ActorMention> ms) {
        boolean land = false;
        for (Edge e : g.children(people)) {
            List<Edge> det = g.children(e.dependent(), "det");
            land |= e.relation().startsWith("nmod") && g.markedBy(s, e.dependent(), Set.of("of", "in"))
                    && LAND_NOUNS.contains(s.token(e.dependent()).lemma().toLowerCase(Locale.ROOT))
                    && !det.isEmpty() && s.token(det.get(0).dependent()).word().equalsIgnoreCase("the");
        }
        if (!land) {
            return null;
        }
        ActorMention found = null;
        for (ActorMention p : ms) {
            if (p != m && p.end() <= m.start() && p.start() > 0 && p.actor() != null
                    && p.actor().kind() == ActorKind.COUNTRY && p.form() != Form.PEOPLE
                    && s.token(p.start() - 1).word().equalsIgnoreCase("in")
                    && (found == null || p.start() > found.start())) {
                found = p;
            }
        }
        return found;
    }

    /** "ethnic Albanians", "ethnic-Lebanese": the word "ethnic" right before the demonym, or modifying it. */
    private static boolean ethnic(Sentence s, Graph g, ActorMention m) {
        if (m.start() > 0 && s.token(m.start() - 1).word().equalsIgnoreCase("ethnic")) {
            return true;
        }
        if (m.start() > 1 && s.token(m.start() - 1).word().equals("-")
                && s.token(m.start() - 2).word().equalsIgnoreCase("ethnic")) {
            // "ethnic-Lebanese men", which the tokenizer splits at the hyphen.
            return true;
        }
        for (Edge e : g.children(m.head(), "amod")) {
            if (s.token(e.dependent()).word().toLowerCase(Locale.ROOT).equals("ethnic")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country a people is placed in: "in Serbia", "of southern Serbia", "Bulgaria's", or by a
     * participle: "living in Serbia", "operating in Macedonia".
     */
    private static @Nullable ActorMention home(Sentence s, Graph g, int head, ActorMention m, List<ActorMention> ms) {
        ActorMention found = null;
        List<Edge> edges = new ArrayList<>(g.children(head));
        for (Edge a : g.children(head, "acl")) {
            if (SOJOURNS.contains(s.token(a.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                // "nine Pakistanis who were working in Iran": workers, students and visitors abroad
                // are still of their own country, not residents of the place.
                continue;
            }
            if (s.token(a.dependent()).pos().equals("VBG") || s.token(a.dependent()).pos().equals("VBN")) {
                for (Edge e : g.children(a.dependent())) {
                    if (e.relation().startsWith("obl") && g.markedBy(s, e.dependent(), Set.of("in"))) {
                        edges.add(new Edge(e.governor(), e.dependent(), "nmod:in"));
                    }
                }
            }
        }
        for (Edge e : edges) {
            boolean placed = e.relation().equals("nmod:poss");
            if (e.relation().startsWith("nmod") && !placed) {
                placed = g.markedBy(s, e.dependent(), Set.of("in", "of"));
            }
            if (!placed) {
                continue;
            }
            for (ActorMention p : ms) {
                if (p != m && p.head() == e.dependent() && p.actor() != null
                        && p.actor().kind() == ActorKind.COUNTRY && p.form() != Form.PEOPLE) {
                    found = p;
                }
            }
        }
        return found;
    }
}
