package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * "Supporters of Raila Odinga", "loyalists of former president Laurent Gbagbo", "the
 * president's followers", "Yoon supporters": the followers of a person or a party are not that person or party.
 * They are people of its country: opposition (OPP) when it is in opposition or out of office
 * (its code's role is OPP or ELI), civilians (CVL) otherwise, so that "supporters of the
 * president" are not the government. Followers of armed groups, organisations and unknown
 * people are left to the coder.
 */
final class Followers {
    private static final Set<String> NOUNS = Set.of("supporter", "supporters", "follower", "followers", "loyalist",
            "loyalists", "partisan", "partisans");
    private static final Set<String> PARTY_ROLES = Set.of("PTY", "OPP", "GOV");
    private static final Set<String> OUT_OF_POWER = Set.of("OPP", "ELI");
    private static final Set<String> ARMED = Set.of("INS", "REB", "SPP", "IMG", "UAF", "RAD", "MIL");

    private final ActorDictionary dictionary;

    Followers(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The mentions with each followed person or party replaced by its followers. */
    List<ActorMention> apply(Sentence s, Graph g, List<ActorMention> mentions, @Nullable LocalDate date) {
        List<ActorMention> out = new ArrayList<>(mentions);
        for (int t = 0; t < s.size(); t++) {
            if (!NOUNS.contains(s.token(t).word().toLowerCase(Locale.ROOT)) || Syntax.covered(out, t)) {
                continue;
            }
            for (Edge e : g.children(t)) {
                ActorMention led = followedBy(s, g, e, out);
                if (led == null) {
                    continue;
                }
                ActorMention f = followers(s, t, led, date);
                if (f != null) {
                    out.remove(led);
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    /** The person or party an edge from a follower noun names: "of X" or "X's". */
    private static @Nullable ActorMention followedBy(Sentence s, Graph g, Edge e, List<ActorMention> ms) {
        boolean of = e.relation().startsWith("nmod") && !e.relation().equals("nmod:poss")
                && g.markedBy(s, e.dependent(), Set.of("of"));
        // "Yoon supporters held placards": a name before the noun.
        boolean compound = e.relation().equals("compound") && e.dependent() < e.governor();
        if (!of && !compound && !e.relation().equals("nmod:poss")) {
            return null;
        }
        for (ActorMention m : ms) {
            if (m.head() == e.dependent() && m.actor() != null) {
                return m;
            }
        }
        return null;
    }

    private @Nullable ActorMention followers(Sentence s, int noun, ActorMention led, @Nullable LocalDate date) {
        Actor a = led.actor();
        String code = led.codeAt(date);
        if (a == null || code.length() < 3) {
            return null;
        }
        String role = code.length() >= 6 ? code.substring(3, 6) : null;
        if (a.kind() == ActorKind.GROUP ? role == null || !PARTY_ROLES.contains(role) : a.kind() != ActorKind.PERSON) {
            return null;
        }
        if (role != null && ARMED.contains(role)) {
            // "Taliban leader Mullah Omar praised his followers": an armed leader's followers are his
            // fighters, not civilians; left to the coder.
            return null;
        }
        Actor country = dictionary.country(code.substring(0, 3)).orElse(null);
        if (country == null) {
            return null;
        }
        String theirs = role != null && OUT_OF_POWER.contains(role) ? "OPP" : "CVL";
        int start = Math.min(noun, led.start());
        int end = Math.max(noun + 1, led.end());
        return new ActorMention(s.index(), start, end, noun, country, theirs, Form.ROLE, s.words(start, end),
                led.rule() + " + followers of '" + led.text() + "' (" + code + ")");
    }

}
