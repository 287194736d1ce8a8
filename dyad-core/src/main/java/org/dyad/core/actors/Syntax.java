package org.dyad.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;

/** The small questions the actor rules ask of a parse, asked in one place. */
final class Syntax {
    private Syntax() {}

    /** Whether a noun's preposition ("case" child) is one of these lower-case words: "of" in "leaders of X". */
    static boolean markedBy(Sentence s, Graph g, int noun, Set<String> prepositions) {
        for (Edge c : g.children(noun, "case")) {
            if (prepositions.contains(s.token(c.dependent()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token lies inside one of the mentions. */
    static boolean covered(List<ActorMention> ms, int token) {
        for (ActorMention m : ms) {
            if (m.contains(token)) {
                return true;
            }
        }
        return false;
    }
}
