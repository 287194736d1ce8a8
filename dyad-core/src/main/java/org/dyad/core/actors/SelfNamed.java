package org.dyad.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;

/**
 * A definite description that says what it is with its own "of" phrase is a name, not an
 * anaphor: "the Ministry of Defence", "the Ministry of Foreign Affairs", "the Department of
 * State". Coreference must not give it the country of an earlier mention; only its own text
 * (an adjective or possessive, composed by {@link ActorStage}) or the document's dateline can.
 * The body and what follows "of" are both capitalised, as proper names are; "the ministry of
 * health" in lower case stays a description.
 */
final class SelfNamed {
    private static final Set<String> BODIES = Set.of("ministry", "ministries", "department", "office", "embassy",
            "agency", "bureau", "directorate", "secretariat", "commission", "council", "committee", "service");

    private SelfNamed() {}

    /**
     * Whether the role mention {@code m} is a body named by its own capitalised "of" phrase.
     * {@code mentions} are the sentence's mentions: an "of" phrase that is an actor ("the embassy of
     * France") owns the body rather than names it.
     */
    static boolean isName(Sentence s, Graph g, ActorMention m, List<ActorMention> mentions) {
        int head = m.head();
        if (head < 0 || head >= s.size()) {
            return false;
        }
        String word = s.token(head).word();
        if (!BODIES.contains(word.toLowerCase(Locale.ROOT)) || !capitalised(word)) {
            return false;
        }
        for (int k = head + 1; k + 1 < m.end(); k++) {
            // The role phrase itself runs on with "of": "Ministry of Foreign Affairs".
            if (s.token(k).word().equals("of") && capitalised(s.token(k + 1).word())) {
                return true;
            }
        }
        for (Edge e : g.children(head)) {
            int d = e.dependent();
            if (!e.relation().startsWith("nmod") || d <= head || !capitalised(s.token(d).word())
                    || actorAt(mentions, d)) {
                continue;
            }
            if (g.markedBy(s, d, Set.of("of"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean actorAt(List<ActorMention> mentions, int token) {
        for (ActorMention x : mentions) {
            if (x.actor() != null && x.contains(token)) {
                return true;
            }
        }
        return false;
    }
}
