package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * People named by a region whose name is no country's adjective: "the Kashmiri people",
 * "Kashmiris". The countries' dictionary leaves "Kashmiri" out (a region split between states);
 * its people, named so in the news, are those of Indian-administered Jammu and Kashmir, civilians
 * (CVL) of India, and not of the country of the story's dateline. A word before the region's
 * name that places the people on the other side ("Azad Kashmiri", "Pakistani Kashmiris") leaves
 * them to the other rules. Only civilians are read so: "Kashmiri leaders" are no state's officials.
 */
public final class RegionalPeoples {
    /** Adjectives and plural demonyms of a region, with the country whose people they name. */
    private static final Map<String, String> REGIONS = Map.of("Kashmiri", "IND", "Kashmiris", "IND");

    /** Words before the region's name that place its people elsewhere. */
    private static final Set<String> ELSEWHERE = Set.of("azad", "ajk", "pakistani", "pakistan");

    private static final String CIVILIANS = "CVL";

    /** How the rule of a mention this class made says so. */
    private static final String MARK = "people of a region: '";

    /** Whether a mention is a people named by its region ("Kashmiris"), read by this class. */
    public static boolean isRegional(ActorMention m) {
        return m.rule().contains(MARK);
    }

    private RegionalPeoples() {}

    static List<ActorMention> apply(Sentence s, List<ActorMention> ms, ActorDictionary dictionary) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            int k = m.start() - 1;
            if (m.form() == Form.ROLE && m.actor() == null && CIVILIANS.equals(m.role()) && k >= 0) {
                Actor home = region(s, k, dictionary);
                if (home != null) {
                    out.add(new ActorMention(s.index(), k, m.end(), m.head(), home, CIVILIANS, Form.ROLE,
                            s.words(k, m.end()), m.rule() + " + " + MARK + s.token(k).word() + "'"));
                    continue;
                }
            }
            out.add(m);
        }
        for (int k = 0; k < s.size(); k++) {
            if (!s.token(k).word().endsWith("s") || Syntax.covered(out, k)) {
                continue;
            }
            Actor home = region(s, k, dictionary);
            if (home != null) {
                out.add(new ActorMention(s.index(), k, k + 1, k, home, CIVILIANS, Form.ROLE, s.token(k).word(),
                        MARK + s.token(k).word() + "'"));
            }
        }
        return out;
    }

    /** The country of the region named at token k, or null (not such a name, or placed elsewhere). */
    private static @Nullable Actor region(Sentence s, int k, ActorDictionary dictionary) {
        String code = REGIONS.get(s.token(k).word());
        if (code == null || k > 0 && ELSEWHERE.contains(s.token(k - 1).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return dictionary.country(code).orElse(null);
    }
}
