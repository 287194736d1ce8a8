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
            if (m.form() != Form.PEOPLE) {
                continue;
            }
            boolean ethnic = ethnic(s, g, m);
            if (ethnic && m.start() > 0 && s.token(m.start() - 1).word().equalsIgnoreCase("ethnic")) {
                m = new ActorMention(m.sentence(), m.start() - 1, m.end(), m.head(), m.actor(), m.role(), m.form(),
                        s.words(m.start() - 1, m.end()), m.rule());
            }
            ActorMention place = home(s, g, m, out);
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

    /** "ethnic Albanians": the word "ethnic" right before the demonym, or modifying it. */
    private static boolean ethnic(Sentence s, Graph g, ActorMention m) {
        if (m.start() > 0 && s.token(m.start() - 1).word().equalsIgnoreCase("ethnic")) {
            return true;
        }
        for (Edge e : g.children(m.head(), "amod")) {
            if (s.token(e.dependent()).word().toLowerCase(Locale.ROOT).equals("ethnic")) {
                return true;
            }
        }
        return false;
    }

    /** The country a people is placed in: "in Serbia", "of southern Serbia", "Bulgaria's". */
    private static @Nullable ActorMention home(Sentence s, Graph g, ActorMention m, List<ActorMention> ms) {
        ActorMention found = null;
        for (Edge e : g.children(m.head())) {
            boolean placed = e.relation().equals("nmod:poss");
            if (e.relation().startsWith("nmod") && !placed) {
                placed = Syntax.markedBy(s, g, e.dependent(), Set.of("in", "of"));
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
