package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.CodeSpan;
import org.dyad.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * "The cleric", "the general", "the minister": a bare definite description of one person refers
 * to an earlier mention of a person of that kind, not to whatever country came last. A compatible
 * antecedent is a person whose code on the date has the description's role (or, for a state
 * title, a former office holder, ELI), or a singular role
 * mention with that role. A state title ("the minister", "the general") may also take a country
 * named as such ("Kenya", "Nairobi"), as it is that country's office, or in its own sentence the
 * country of another role ("Malian rebels rejected the president's call"); a title outside the state
 * ("the cleric", "the journalist") takes nothing else, and its country stays unknown.
 */
final class PersonDescriptions {
    /** Whether a word names a single person ("minister", "envoy"), whom "it" never stands for. */
    static boolean personNoun(String word) {
        return PERSON_NOUNS.contains(word);
    }

    /** Head words of descriptions of one person. */
    private static final Set<String> PERSON_NOUNS = Set.of("minister", "president", "premier", "chancellor",
            "leader", "chief", "ruler", "king", "queen", "emir", "prince", "sultan", "monarch", "governor", "mayor", "envoy",
            "ambassador", "consul", "commissioner", "spokesman", "spokeswoman", "spokesperson", "negotiator",
            "mediator", "secretary", "official", "diplomat", "general", "commander", "officer", "soldier",
            "policeman", "judge", "prosecutor", "magistrate", "justice", "lawmaker", "legislator", "senator",
            "congressman", "congresswoman", "mp", "parliamentarian", "cleric", "imam", "priest", "bishop", "mullah",
            "elder", "journalist", "reporter", "editor", "activist", "dissident", "militant", "rebel", "insurgent",
            "gunman", "bomber", "businessman", "trader", "teacher", "doctor", "student", "farmer", "refugee",
            "migrant", "civilian", "resident", "attacker", "assailant", "kidnapper", "smuggler", "trafficker",
            "spymaster", "spy", "guerrilla", "fighter", "jihadist", "extremist", "terrorist", "separatist",
            "man", "woman", "boy", "girl", "pm");

    private PersonDescriptions() {}

    /** Offices one person holds, longest first; "premier" is written as "prime minister". */
    private static final List<String> OFFICES = List.of("deputy prime minister", "vice president", "vice-president",
            "secretary general", "secretary-general", "prime minister", "foreign minister", "defence minister",
            "defense minister", "interior minister", "finance minister", "foreign secretary", "secretary of state",
            "crown prince", "president", "chancellor", "premier", "speaker", "king", "queen", "emir", "governor",
            "mayor", "ambassador", "envoy", "spokesman", "spokeswoman");

    /** Whether a person held an office of these words in a span that ended before the date. */
    private static boolean heldBefore(Actor person, String office, @Nullable LocalDate date) {
        if (date == null) {
            return false;
        }
        for (CodeSpan c : person.codes()) {
            if (c.to() != null && c.to().isBefore(date) && c.title().toLowerCase(Locale.ROOT).contains(office)) {
                return true;
            }
        }
        return false;
    }

    /** The office a mention's words name ("the Secretary General", "Pakistani Prime Minister Shaukat Aziz"), or null. */
    static @Nullable String office(String text) {
        String t = " " + text.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
        for (String o : OFFICES) {
            if (t.contains(" " + o.replace('-', ' ') + " ")) {
                return o.equals("premier") ? "prime minister" : o.replace('-', ' ');
            }
        }
        return null;
    }

    /** Whether a role mention of no country is a description of one person: its head word is one of them. */
    static boolean describesPerson(Sentence s, ActorMention m) {
        return m.actor() == null && onePerson(s, m);
    }

    /** Whether a role mention, of a country or none, describes one person: "a Kenyan teacher", "the general". */
    static boolean onePerson(Sentence s, ActorMention m) {
        // "Kofi Annan's special envoy" has its owner's code and no role of its own.
        if (m.form() != Form.ROLE || m.role() == null && m.actor() == null || m.head() < 0 || m.head() >= s.size()) {
            return false;
        }
        String word = s.token(m.head()).word().toLowerCase(Locale.ROOT);
        return PERSON_NOUNS.contains(word);
    }

    /**
     * Whether {@code c} can be the person {@code m} describes: a person of its role on the date, a
     * singular role mention of its role, or, for a state title, a country named as such.
     */
    static boolean compatible(ActorMention c, ActorMention m, List<Sentence> sentences, @Nullable LocalDate date) {
        Actor a = c.actor();
        if (a == null || c.form() == Form.UNKNOWN || c.form() == Form.ADJECTIVE || c.form() == Form.PEOPLE) {
            return false;
        }
        String role = m.role();
        if (a.kind() == ActorKind.PERSON) {
            String wanted = office(m.text());
            String held = office(c.text());
            if (wanted != null && held != null && !wanted.equals(held)) {
                // "Prime Minister Shaukat Aziz … the Secretary General": another office, another person.
                return false;
            }
            Sentence ms = sentences.get(m.sentence());
            boolean former = "ELI".equals(role) || PastTitles.marked(ms, m);
            if (former && wanted != null && date != null) {
                // "the former premier" is one who was prime minister before the date, whatever he is now
                // (Imran Khan, leading the opposition), and never the one who holds the office now.
                if (a.titleAt(date).toLowerCase(Locale.ROOT).contains(wanted)) {
                    return false;
                }
                if (heldBefore(a, wanted, date)) {
                    return true;
                }
            }
            // "former President Mukherjee … the President": a former holder of a state office too.
            String code = c.codeAt(date);
            String has = code.length() >= 6 ? code.substring(3, 6) : "";
            return has.equals(role) || has.equals("ELI") && role != null && RoleCodes.STATE_ORGANS.contains(role);
        }
        boolean stateTitle = a.kind() == ActorKind.COUNTRY && role != null && RoleCodes.STATE_ORGANS.contains(role);
        if (c.form() == Form.ROLE || c.form() == Form.REFERENCE) {
            Sentence cs = sentences.get(c.sentence());
            boolean singular = c.head() >= 0 && c.head() < cs.size()
                    && PERSON_NOUNS.contains(cs.token(c.head()).word().toLowerCase(Locale.ROOT));
            // "Malian rebels rejected the president's call": in its own sentence, a state title is the
            // country of the actors it deals with.
            return singular && role != null && role.equals(c.role())
                    || stateTitle && c.form() == Form.ROLE && c.sentence() == m.sentence();
        }
        return stateTitle && (c.form() == Form.NAME || c.form() == Form.CAPITAL || c.form() == Form.SEAT);
    }
}
