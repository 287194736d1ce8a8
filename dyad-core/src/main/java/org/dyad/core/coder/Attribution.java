package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;

/**
 * Who vouches for a report, and whose act a reported noun is. Used by {@link Reports} when an
 * event climbs into a reporting verb.
 */
final class Attribution {
    private Attribution() {}

    private static final Set<String> UNNAMED = Set.of("source", "sources", "informant", "informants");

    /**
     * Whether the reporter only passes on unnamed sources: "NBC, quoting intelligence sources, reported
     * that …", "said, citing sources close to the talks". The outlet does not vouch for what it relays.
     */
    static boolean quotesUnnamedSources(SentenceView v, int f) {
        List<Integer> heads = new ArrayList<>(List.of(f));
        heads.addAll(v.subjects(f));
        for (int h : heads) {
            for (Edge e : v.basic.children(h)) {
                String l = v.lemma(e.dependent());
                if ((Graph.matches(e.relation(), "acl") || Graph.matches(e.relation(), "advcl")
                        || e.relation().equals("xcomp")) && (l.equals("quote") || l.equals("cite"))) {
                    for (int o : v.objects(e.dependent())) {
                        if (UNNAMED.contains(v.word(o).toLowerCase(Locale.ROOT))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code noun} hangs on {@code verb} through nouns only ("claimed responsibility for the
     * bombing"), or is the active subject of the clause the verb reports ("said military operations
     * were continuing"); not a noun inside another clause ("said the platforms were used to launch
     * attacks").
     */
    static boolean nounPhraseOf(SentenceView v, int noun, int verb) {
        int cur = noun;
        for (int guard = 0; guard < 6; guard++) {
            Edge up = v.basic.head(cur);
            if (up == null) {
                return false;
            }
            if (up.governor() == verb) {
                return true;
            }
            if (up.relation().equals("nsubj") && v.tok(up.governor()).isVerb()) {
                Edge clause = v.basic.head(up.governor());
                return clause != null && clause.governor() == verb && clause.relation().equals("ccomp");
            }
            cur = up.governor();
            if (!v.tok(cur).isNoun()) {
                return false;
            }
        }
        return false;
    }
}
