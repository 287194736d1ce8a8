package org.dyad.core.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * People named in full earlier in a document, by surname: news names a person once in full ("Miro
 * Cerar") and by surname after ("Cerar said"). A later name-tagged word that no dictionary knows
 * and that is the surname of exactly one person named before is that person. Where news puts the
 * family name first (China, Korea) or names people by the given name (Malaysia, Thailand,
 * Indonesia, Ethiopia, Eritrea, Iceland, Pakistan), that first name counts as well.
 */
final class Surnames {
    /** What a mention's rule gains when it is taken for someone named in full before, followed by that name. */
    static final String MARK = " + surname of '";

    /** Surname to the first full mention with it; null when two different people share it. */
    private final Map<String, @Nullable ActorMention> bySurname = new HashMap<>();

    /**
     * Records the people named in full in a sentence's resolved mentions: a known person ("Miro
     * Cerar"), or a title with a full name the tagger marks as a person ("Slovenian Prime Minister
     * Miro Hrast" → SVNGOV).
     */
    void learn(Sentence s, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.actor() == null || m.end() - m.start() < 2 || m.form() == Form.REFERENCE) {
                continue;
            }
            Token last = s.token(m.end() - 1);
            // "Indonesian Vice President Budiono": one name after a title is the name a later
            // sentence uses ("Budiono later accused …"). So is a title that only the sentence's place
            // or the dateline gave a country: "ISLAMABAD: National Assembly Speaker Rafiq Qadir".
            boolean person = m.actor().kind() == ActorKind.PERSON && m.form() == Form.NAME
                    || "PERSON".equals(last.ner()) && "PERSON".equals(s.token(m.end() - 2).ner())
                    || "PERSON".equals(last.ner()) && m.form() == Form.ROLE && titled(s.token(m.end() - 2));
            if (!person) {
                continue;
            }
            String surname = last.word();
            // "Lee Jae-myung", split as "Lee Jae - myung": a lower-case last part is no surname, but
            // the family name before it still is.
            if (!surname.isEmpty() && Character.isUpperCase(surname.charAt(0))) {
                remember(surname, m);
            }
            String country = m.actor().country();
            if (country != null && (FAMILY_NAME_FIRST.contains(country)
                    || m.actor().kind() == ActorKind.PERSON && GIVEN_NAME_USED.contains(country))) {
                // "Ban Ki-moon … Ban said", "Hu Jintao … Hu": the family name comes first. "Prime Minister
                // Najib Razak … Najib's ruling coalition", "Abiy Ahmed … Abiy said": news of these
                // countries names a person by the given name after the full name.
                int first = m.end() - 1;
                while (first > m.start() && "PERSON".equals(s.token(first - 1).ner())) {
                    first--;
                }
                while (first < m.end() - 1 && HONORIFICS.contains(s.token(first).word())) {
                    // "Mian Nawaz Sharif … Nawaz said": the given name after an honorific.
                    first++;
                }
                String name = s.token(first).word();
                if (first < m.end() - 1 && !name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
                    remember(name, m);
                }
            }
        }
    }

    /** Whether a word is a title written as part of a name ("President", "Minister", "General"). */
    private static boolean titled(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !"PERSON".equals(t.ner())
                && t.isNoun();
    }

    /** Countries whose names put the family name first in English news. */
    private static final java.util.Set<String> FAMILY_NAME_FIRST = java.util.Set.of("CHN", "TWN", "HKG", "MAC", "KOR",
            "PRK", "SGP");

    /**
     * Countries whose people news names by the given name after the full name: Malay and Thai
     * names, Indonesian ones, the patronymic names of Ethiopia, Eritrea and Iceland, and
     * Pakistan's leaders in its own press ("Imran Khan … injuring Imran"; "Khan" is too common).
     */
    private static final java.util.Set<String> GIVEN_NAME_USED = java.util.Set.of("MYS", "BRN", "THA", "IDN", "ETH",
            "ERI", "ISL", "PAK");

    /** Honorifics that South Asian news writes before a given name as part of the name. */
    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("Mian", "Maulana", "Syed", "Sardar",
            "Khawaja", "Makhdoom", "Pir", "Mufti", "Allama", "Hafiz", "Sheikh", "Dr", "Haji");

    /** Academic titles, which news sets before the surname of anyone who holds the degree. */
    private static final java.util.Set<String> ACADEMIC = java.util.Set.of("Professor", "Prof", "Prof.", "Dr", "Dr.");

    /** Courtesy titles and short ranks news sets before a surname: "Mr Khan", "Ms Khanum", "Gen Munir". */
    private static final java.util.Set<String> COURTESY = java.util.Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
            "Miss", "Mx", "Dr", "Dr.", "Gen", "Gen.");

    private void remember(String surname, ActorMention m) {
        if (!bySurname.containsKey(surname)) {
            bySurname.put(surname, m);
        } else {
            ActorMention prior = bySurname.get(surname);
            if (prior != null && !prior.codeAt(null).equals(m.codeAt(null))) {
                bySurname.put(surname, null);
            }
        }
    }

    /**
     * Mentions for surnames the tagger left untagged, often at the start of a sentence ("Ban, who is
     * to assume the post …"): a proper noun alone, in no other mention, that is the surname of
     * exactly one person named before.
     */
    List<ActorMention> untagged(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = new java.util.ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            ActorMention person = bySurname.get(t.word());
            // "China's He is also scheduled to meet …": He Lifeng's family name after a possessive,
            // which the tagger takes for the pronoun.
            boolean possessed = person != null && i > 1 && t.pos().equals("PRP") && s.token(i - 1).pos().equals("POS")
                    && Character.isUpperCase(t.word().charAt(0));
            if (person == null || !t.pos().equals("NNP") && !possessed || !"O".equals(t.ner()) && !t.ner().isEmpty()
                    || i > 0 && s.token(i - 1).pos().startsWith("NNP")
                    || i + 1 < s.size() && s.token(i + 1).pos().startsWith("NNP")) {
                continue;
            }
            int k = i;
            if (mentions.stream().anyMatch(m -> m.start() <= k && k < m.end())) {
                continue;
            }
            out.add(new ActorMention(s.index(), i, i + 1, i, person.actor(), person.role(), Form.REFERENCE, t.word(),
                    person.rule() + MARK + person.text() + "'"));
        }
        return out;
    }

    /**
     * The person an unknown one-word name stands for, or a title of no country before such a name
     * ("Pakistani Prime Minister Shaukat Aziz … the visit of Prime Minister Aziz"), or null.
     */
    @Nullable ActorMention person(Sentence s, ActorMention m) {
        int surname = surnameStart(s, m.end());
        if (m.form() == Form.ROLE && surname == m.start() && m.rule().contains(Offices.ROLE_OF_APPOSITION)) {
            // "Yadav, a wily politician, refused to step down" after "Chief Minister Laloo Prasad
            // Yadav": the person named in full before, whose office says more than the description.
            ActorMention named = bySurname.get(s.token(m.end() - 1).word());
            return named != null && named.actor() != null ? named : null;
        }
        if (m.actor() == null && m.form() == Form.ROLE && surname > m.start()
                && "PERSON".equals(s.token(m.end() - 1).ner()) && !"PERSON".equals(s.token(surname - 1).ner())) {
            ActorMention named = bySurname.get(s.token(m.end() - 1).word());
            if (named != null && named.actor() != null && ACADEMIC.contains(s.token(m.start()).word())) {
                // "President Professor Iajuddin Ahmed … Professor Ahmed told the envoy": an academic
                // title is a courtesy, not the office of the person named before.
                return named;
            }
            String code = named == null ? "" : named.codeAt(null);
            String held = RoleCodes.roleOf(code);
            // "Senator Mohammad Ishaq Dar … Senator Dar said": a member of parliament can hold a
            // minister's office, and the office he holds on the date is his code.
            return named != null && (m.role() == null || m.role().equals(held) || "LEG".equals(m.role())
                    && "GOV".equals(held) && named.actor() != null && named.actor().kind() == ActorKind.PERSON)
                    ? named : null;
        }
        if (m.actor() != null || m.form() != Form.UNKNOWN || !m.rule().endsWith("ner:person")) {
            return null;
        }
        if (surname == m.start() + 1 && COURTESY.contains(s.token(m.start()).word())) {
            // "The court later summoned Mr Khan": the courtesy title the tagger took into the name.
            return bySurname.get(s.token(m.end() - 1).word());
        }
        return surname == m.start() ? bySurname.get(s.token(m.end() - 1).word()) : null;
    }

    /**
     * Where the one surname that ends at {@code end} starts: the last word, or the parts the
     * tokenizer split at hyphens ("Al - Zaabi"), which count by their last part as when learned.
     */
    private static int surnameStart(Sentence s, int end) {
        int i = end - 1;
        while (i >= 2 && s.token(i - 1).word().equals("-") && "PERSON".equals(s.token(i - 2).ner())
                && Character.isUpperCase(s.token(i - 2).word().charAt(0))) {
            i -= 2;
        }
        return i;
    }
}
