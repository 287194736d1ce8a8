package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Sentence;

/**
 * "A senior Russian general", "an Iranian general": the lower-case singular "general" is a
 * soldier's rank (MIL) right after a country's adjective when no common noun follows it (the
 * tagger often reads it as an adjective all the same). The sectors' dictionary lists it only after
 * a word of rank ("top general"), since alone it opens "general election" and "general secretary".
 */
final class GeneralRank {
    private GeneralRank() {}

    static List<ActorMention> apply(Sentence s, List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            int k = m.end();
            if (m.form() == Form.ADJECTIVE && m.actor() != null && m.actor().kind() == ActorKind.COUNTRY
                    && k < s.size() && s.token(k).word().equals("general") && !Syntax.covered(ms, k)
                    && (k + 1 == s.size() || !s.token(k + 1).pos().equals("NN") && !s.token(k + 1).pos().equals("NNS"))) {
                out.add(new ActorMention(s.index(), m.start(), k + 1, k, m.actor(), "MIL", Form.ROLE,
                        s.words(m.start(), k + 1), m.rule() + " + rank 'general'"));
                continue;
            }
            out.add(m);
        }
        return out;
    }
}
