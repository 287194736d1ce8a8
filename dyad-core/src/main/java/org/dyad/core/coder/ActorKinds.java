package org.dyad.core.coder;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.CodeSpan;
import org.dyad.core.model.Document;
import org.dyad.core.model.Edge;
import org.dyad.core.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * What kind of actor a mention is on the date, as the coder's rules ask it: a state, its
 * government or its armed forces; a civil body, an official or a politician; a person in office;
 * private people (a demonym, civilians, refugees); an armed unit.
 */
final class ActorKinds {
    private ActorKinds() {}

    static final Set<String> CIVIL_ROLES = Set.of("GOV", "ELI", "LEG", "PTY", "OPP", "JUD", "BUS", "MED",
            "HRI", "EDU", "LAB");

    /** Words for aircraft and what they fire: a strike by them is aerial. */
    static final Set<String> AIR_WORDS = Set.of("jets", "jet", "warplanes", "warplane", "aircraft", "drones",
            "drone", "helicopters", "helicopter", "bombers", "bomber", "airstrike", "airstrikes", "air", "gunships");

    /** A state or its government or armed forces, by its code on the document's date. */
    static boolean stateForce(@Nullable ActorMention m, Document doc) {
        return stateActor(m, doc, GOVERNMENT_OR_ARMY);
    }

    /** A state itself, or one of its organs with one of these roles, on the document's date. */
    static boolean stateActor(@Nullable ActorMention m, Document doc, Set<String> roles) {
        if (m == null || m.actor() == null) {
            return false;
        }
        String code = m.codeAt(doc.date());
        if (RoleCodes.country(code) == null) {
            return false;
        }
        return "".equals(RoleCodes.roleOf(code)) || RoleCodes.roleIn(code, roles);
    }

    static final Set<String> GOVERNMENT_OR_ARMY = Set.of("GOV", "MIL");

    /** A state itself or its government, on the document's date: "Britain", "the Japanese government". */
    static boolean statesman(@Nullable ActorMention m, Document doc) {
        // "Thousands of Nigerians … to protest": a people is no state.
        return m != null && m.form() != ActorMention.Form.PEOPLE && stateActor(m, doc, GOVERNMENT);
    }

    static final Set<String> GOVERNMENT = Set.of("GOV");

    /** Forces turning on their own state's government: a coup or mutiny, which stays 180. */
    static boolean coup(ActorMention source, @Nullable ActorMention target, Document doc) {
        if (target == null) {
            return false;
        }
        String s = source.codeAt(doc.date());
        String t = target.codeAt(doc.date());
        if (RoleCodes.samePrefix(s, t) && "GOV".equals(RoleCodes.roleOf(t))) {
            return true;
        }
        // "Soldiers in Niger overthrew President Mohamed Bazoum in July 2023", told in 2024: the head
        // they overthrew held his country's government then, whatever he is on the article's date.
        Actor a = target.actor();
        if (a == null || a.kind() != ActorKind.PERSON) {
            return false;
        }
        for (CodeSpan c : a.codes()) {
            if (c.dated() && RoleCodes.samePrefix(s, c.code()) && "GOV".equals(RoleCodes.roleOf(c.code()))) {
                return true;
            }
        }
        return false;
    }

    static boolean airborne(ActorMention m) {
        for (String w : m.text().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (AIR_WORDS.contains(w) || w.equals("force") && m.text().toLowerCase(Locale.ROOT).contains("air force")) {
                return true;
            }
        }
        return false;
    }

    /** Heads of the bodies a politician attacks in words: leaderships, parties, the press, institutions. */
    static final Set<String> BODIES = Set.of("leadership", "leader", "leaders", "government", "opposition",
            "party", "parties", "critics", "press", "media", "parliament", "judiciary", "court", "commission",
            "policy", "policies", "establishment");

    static final Set<String> PERSONAL_OWNERS = Set.of("his", "her");

    /** A person (named, or a pronoun for one) whose code is a civil role: a minister, a politician. */
    static boolean personInOffice(SentenceView v, @Nullable ActorMention m, Document doc) {
        if (m == null || !civilian(m, doc)) {
            return false;
        }
        String w = v.word(m.head()).toLowerCase(Locale.ROOT);
        return PERSONAL_OWNERS.contains(w) || "PERSON".equals(v.tok(m.head()).ner());
    }

    /** Whether an actor is named by a body's head word ("the Chechen separatist leadership"). */
    static boolean body(SentenceView v, @Nullable ActorMention m) {
        return m != null && BODIES.contains(v.lemma(m.head()).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether an actor is an official, politician, party or other civil body, or a person no
     * dictionary knows (not a state, an armed force or a crowd).
     */
    static boolean civilian(@Nullable ActorMention m, Document doc) {
        if (m == null) {
            return false;
        }
        if (m.actor() == null) {
            return m.unknownPerson();
        }
        return RoleCodes.roleIn(m.codeAt(doc.date()), CIVIL_ROLES);
    }

    /** A people named by its demonym, or civilians and refugees: not a state or an organisation. */
    static boolean privatePeople(ActorMention m) {
        return m.form() == ActorMention.Form.PEOPLE || "CVL".equals(m.role()) || "REF".equals(m.role());
    }

    /** Nouns of armed units, not of people who speak for them: "troops", "a force", "the soldiers". */
    static final Set<String> UNITS = Set.of("troop", "troops", "force", "forces", "soldier", "soldiers",
            "unit", "units", "battalion", "battalions", "brigade", "brigades", "contingent", "contingents",
            "column", "columns", "convoy", "convoys", "patrol", "patrols");

    /** Whether a mention is an armed unit named by such a noun, or the country of one ("a Greek force"). */
    static boolean forces(ActorMention m, SentenceView v) {
        if (m.head() < 0 || m.head() >= v.s.size()) {
            return false;
        }
        if (m.form() == ActorMention.Form.ADJECTIVE) {
            Edge up = v.basic.head(m.head());
            return up != null && up.relation().equals("amod")
                    && UNITS.contains(v.word(up.governor()).toLowerCase(Locale.ROOT));
        }
        return RoleCodes.hasRole(m.codeAt(v.date), "MIL") && UNITS.contains(v.word(m.head()).toLowerCase(Locale.ROOT));
    }
}
