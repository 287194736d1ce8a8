package org.dyad.core.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * People no dictionary knows whom the text describes once, beside their name: "a journalist, Aziz
 * Orujov", "Tom Odhiambo, a Kenyan teacher". Later mentions of the same person, by name ("Orujov") or
 * by pronoun ("released him"), keep the description's actor and role, which may lack a country (---MED).
 */
final class DescribedPeople {
    /** Last word of a described name to the description. */
    private final Map<String, ActorMention> byLastWord = new HashMap<>();

    /** Records the unknown people of a sentence that have a description beside their name. */
    void learn(Sentence s, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.unknownPerson() && m.end() > m.start() && m.end() - m.start() <= 4) {
                ActorMention d = besideName(s, m, mentions);
                if (d != null) {
                    byLastWord.putIfAbsent(s.token(m.end() - 1).word(), d);
                }
            }
        }
    }

    /**
     * A later mention of a described person by name, read with the description's role; null when
     * {@code m} is not one.
     */
    @Nullable ActorMention named(Sentence s, ActorMention m) {
        if (!m.unknownPerson() || m.end() <= m.start()) {
            return null;
        }
        ActorMention d = byLastWord.get(s.token(m.end() - 1).word());
        if (d == null || d.sentence() == m.sentence()) {
            return null;
        }
        return m.withActor(d.actor(), d.role(), Form.ROLE, " + described before as '" + d.text() + "'");
    }

    /** Whether a mention is a described person read with the description's role. */
    static boolean isDescribed(ActorMention m) {
        return m.form() == Form.ROLE && m.rule().startsWith("ner:person");
    }

    /**
     * A pronoun that stands for a person no dictionary knows: that person, with the role of the
     * description the text gave, or else still unknown.
     *
     * @param person the unknown or described person the pronoun stands for
     * @param sameSentence the resolved mentions of the person's sentence
     */
    static ActorMention pronoun(Sentence s, int at, ActorMention person, Sentence ps, List<ActorMention> sameSentence) {
        if (person.form() == Form.ROLE && !isDescribed(person)) {
            return new ActorMention(s.index(), at, at + 1, at, person.actor(), person.role(), Form.ROLE,
                    s.words(at, at + 1), "coref: '" + person.text() + "' (" + person.rule() + ")");
        }
        ActorMention d = isDescribed(person) ? person : besideName(ps, person, sameSentence);
        if (d != null) {
            return new ActorMention(s.index(), at, at + 1, at, d.actor(), d.role(), Form.ROLE, s.words(at, at + 1),
                    "ner:person + coref: '" + person.text() + "', " + d.text());
        }
        return new ActorMention(s.index(), at, at + 1, at, null, null, Form.UNKNOWN, s.words(at, at + 1),
                person.rule() + " + coref: '" + person.text() + "'");
    }

    /** Words for one private person, beside the descriptions of one person by role or trade. */
    private static final Set<String> ONE_PERSON = Set.of("man", "woman", "boy", "girl", "child", "teenager", "youth");

    /**
     * Whether a mention is one person named only by a role of no country: "the young man", "a
     * police officer", "the journalist"; "he" may stand for such a person.
     */
    static boolean onePersonOfNoCountry(Sentence s, ActorMention m) {
        if (m.actor() != null || m.form() != Form.ROLE || m.role() == null || m.head() < 0 || m.head() >= s.size()) {
            return false;
        }
        return ONE_PERSON.contains(s.token(m.head()).word().toLowerCase(Locale.ROOT))
                || PersonDescriptions.describesPerson(s, m);
    }

    /** A one-person description set off by a comma just before or just after a name. */
    private static @Nullable ActorMention besideName(Sentence s, ActorMention name, List<ActorMention> mentions) {
        for (ActorMention d : mentions) {
            boolean before = d.end() + 1 == name.start() && s.token(d.end()).word().equals(",");
            boolean after = name.end() + 1 == d.start() && s.token(name.end()).word().equals(",");
            if ((before || after) && PersonDescriptions.onePerson(s, d)) {
                return d;
            }
        }
        return null;
    }
}
