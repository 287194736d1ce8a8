package org.dyad.core.actors;

import java.util.List;
import java.util.Locale;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/** The place of a document's dateline: where the report was filed, not an actor. */
final class Dateline {
    private Dateline() {}

    /**
     * The country mention of a dateline at the start of a document's first sentence: a capital
     * in capitals ("ISLAMABAD, March 18 —"), or a town in capitals and then its country ("MOPTI,
     * Mali, July 6 —"); null when there is none.
     */
    static @Nullable ActorMention place(Sentence first, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.start() == 0 && m.actor() != null && m.actor().kind() == ActorKind.COUNTRY
                    && (m.form() == Form.CAPITAL || m.form() == Form.NAME)
                    && m.end() < first.size() && first.token(m.end()).word().equals(",")
                    && m.text().equals(m.text().toUpperCase(Locale.ROOT))) {
                return m;
            }
            // "MOPTI, Mali, July 6 —": a town in capitals, then its country.
            if (m.start() >= 2 && m.start() <= 4 && m.actor() != null && m.actor().kind() == ActorKind.COUNTRY
                    && m.form() == Form.NAME && m.end() < first.size() && first.token(m.end()).word().equals(",")
                    && first.token(m.start() - 1).word().equals(",") && upperCaseWords(first, 0, m.start() - 1)) {
                return m;
            }
        }
        return null;
    }

    private static boolean upperCaseWords(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).word();
            if (!w.equals(w.toUpperCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return to > from;
    }
}
