package org.dyad.core.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * Words in a sentence that name an actor, possibly composed from parts: "Nigerian security
 * forces" is the country NGA with the role MIL.
 *
 * @param sentence sentence index
 * @param start first token (inclusive)
 * @param end last token (exclusive)
 * @param head the token that heads the words in the dependency tree
 * @param actor the dictionary actor, or null when only a role is known ("the troops")
 * @param role a role code added to a country ("MIL"), or null
 * @param form how the words name the actor
 * @param text the words as written
 * @param rule {@code file:line} of the dictionary entries that produced this mention
 */
public record ActorMention(
        int sentence,
        int start,
        int end,
        int head,
        @Nullable Actor actor,
        @Nullable String role,
        Form form,
        String text,
        String rule) {

    /** How a mention names its actor. */
    public enum Form {
        /** A name: "Pakistan", "the Taliban", "Imran Khan". */
        NAME,
        /** A national adjective on its own: "Afghan". */
        ADJECTIVE,
        /** A plural demonym: "Afghans". */
        PEOPLE,
        /** A capital acting as its government: "Kabul said". */
        CAPITAL,
        /** A seat of government: "the Kremlin". */
        SEAT,
        /** A role word, possibly composed with a country: "Pakistani troops". */
        ROLE,
        /** A pronoun or description resolved to an earlier actor. */
        REFERENCE,
        /** A named entity found by NER that no dictionary has. */
        UNKNOWN
    }

    public boolean contains(int token) {
        return token >= start && token < end;
    }

    /** The CAMEO code of this mention on a date. */
    private static final java.util.Set<String> STATE_ROLES = java.util.Set.of("MIL", "COP", "SPY", "JUD", "LEG");

    /** Roles of a state's agencies whose own courts are still courts: police and intelligence. */
    private static final java.util.Set<String> STATE_AGENCIES = java.util.Set.of("COP", "SPY");

    public String codeAt(@Nullable LocalDate date) {
        String base = actor == null ? Actor.UNKNOWN_COUNTRY : actor.codeAt(date);
        if (form == Form.CAPITAL || form == Form.SEAT) {
            return base.length() == 3 ? base + "GOV" : base;
        }
        if (role != null) {
            if (base.length() == 3) {
                return base + role;
            }
            if (actor != null && actor.kind() == ActorKind.PERSON && "ELI".equals(role)) {
                // "former Prime Minister Mahathir Mohamad" in 2018, when he led the opposition: a
                // former office does not undo what the person is on the date outside the state.
                return base.length() >= 6 && OUT_OF_POWER.contains(base.substring(3, 6)) ? base : base.substring(0, 3) + role;
            }
            if (actor != null && (actor.kind() == ActorKind.GROUP || actor.kind() == ActorKind.ORG)
                    && base.length() == 6 && base.endsWith("GOV") && STATE_ROLES.contains(role)) {
                // A group in power has state organs: "Taliban forces" after August 2021 are AFGMIL; so
                // has a government body: "PNA security forces" are PSEMIL.
                return base.substring(0, 3) + role;
            }
            if (actor != null && actor.kind() == ActorKind.ORG && base.length() == 6 && base.endsWith("LEG")
                    && "OPP".equals(role)) {
                // "Opposition parties in the Sindh Assembly": the opposition sits in the chamber and
                // stays the opposition.
                return base.substring(0, 3) + role;
            }
            if (actor != null && actor.kind() == ActorKind.ORG && base.length() == 6 && "JUD".equals(role)
                    && STATE_AGENCIES.contains(base.substring(3))) {
                // "the Special Court of the Federal Investigation Agency": a court that tries an agency's
                // cases is a court, of the agency's country, not the police.
                return base.substring(0, 3) + role;
            }
            if (actor != null && actor.kind() == ActorKind.GROUP && base.length() == 6) {
                boolean governing = base.endsWith("PTY");
                // A party that once fought, or whose armed wing still does: "Hamas militants" and "Amal
                // gunmen" are armed men (INS), not the party; "the Hamas government" is the cabinet it leads.
                if (governing && ARMED_ROLES.contains(role)) {
                    return base.substring(0, 3) + "INS";
                }
                if (governing && "LEG".equals(role)) {
                    // "a BJP MP" (2025): a governing party's lawmakers sit in the legislature.
                    return base.substring(0, 3) + "LEG";
                }
                if ((governing || base.endsWith("OPP")) && "GOV".equals(role) && CABINETS.contains(lastWord())) {
                    // "the Congress government in Karnataka" (2025): a party in opposition nationally
                    // still leads the governments it has won.
                    return base.substring(0, 3) + "GOV";
                }
            }
        }
        return base;
    }

    /** Roles of people out of power whom a former office does not make elites: opposition, party, rebels. */
    private static final Set<String> OUT_OF_POWER = Set.of("OPP", "PTY", "REB", "INS");

    /** Roles of armed men who are no state's forces: insurgents, rebels and unidentified armed men. */
    public static final Set<String> IRREGULAR_ROLES = Set.of("INS", "REB", "UAF");

    /** Roles of armed men, which a party's members take up as militants. */
    private static final Set<String> ARMED_ROLES = Words.plus(IRREGULAR_ROLES, "MIL");

    /**
     * Words of the government a party leads, and of its ministers: "the Hamas government", "the ANC
     * administration", "PTI ministers" where the PTI governs a province.
     */
    private static final Set<String> CABINETS = Set.of("government", "administration", "cabinet", "minister",
            "ministers");

    /** The dictionary id of the actor, or null. */
    public @Nullable String actorId() {
        return actor == null ? null : actor.id();
    }

    /**
     * Whether this is a person the named-entity tagger found and no dictionary knows, or a pronoun
     * standing for one ("Aziz Orujov … released him").
     */
    public boolean unknownPerson() {
        return actor == null && form == Form.UNKNOWN && rule.startsWith("ner:person");
    }

    /** The last word of the mention's text, lower-cased: "governments" of "local governments". */
    public String lastWord() {
        String t = text.toLowerCase(Locale.ROOT);
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    /** Words that make a force one from abroad wherever they stand in its name (not "foreign": "Foreign Minister"). */
    private static final Set<String> FORCE_ABROAD = Set.of("coalition", "multinational", "allied", "occupation",
            "occupying");

    /**
     * First words that make a role a force from abroad: "coalition troops", "foreign forces" (the
     * words of FORCE_ABROAD, and "foreign" and "international", which only lead a role so).
     */
    public static final Set<String> ABROAD = Words.plus(FORCE_ABROAD, "foreign", "international");

    /**
     * Adjectives of regions wider than a country: "Western governments", "Arab diplomats" are of no
     * one country; nor are "world leaders" and "global leaders". Not "regional": "regional
     * governments" are a country's provinces.
     */
    public static final Set<String> REGIONAL = Set.of("western", "arab", "european", "african", "asian", "gulf",
            "nordic", "latin", "world", "global");

    /**
     * Whether a mention's text names a force from abroad or led by another, whatever country it
     * was given: "U.S.-led coalition troops", "multinational forces", "peacekeepers".
     */
    public static boolean foreignForce(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("peacekeep") || t.contains("-led") || t.contains(" led ")) {
            return true;
        }
        for (String w : t.split("[\\s-]+")) {
            if (FORCE_ABROAD.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention's text names a secretary-general ("the secretary-general", "Secretary
     * General"): the head of a body, which no place or side it speaks to gives a country.
     */
    public static boolean secretaryGeneral(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(" - ", "-").replace(' ', '-');
        return t.contains("secretary-general");
    }

    /**
     * Whether this is a role of no country for a force sent from abroad: peacekeepers, "coalition
     * troops", "multinational forces". Such a force is never the army of the country it serves in;
     * nor are a region's roles ("Western governments") the organs of a country they face.
     */
    public boolean fromAbroad() {
        if (actor != null || form != Form.ROLE) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        int space = t.indexOf(' ');
        // "Jewish settlers in the West Bank city of Hebron": settlers are not of the land they settle.
        // "Western governments" in a story about Pakistan are not Pakistan's.
        return t.contains("peacekeep") || t.endsWith("settler") || t.endsWith("settlers")
                || space > 0 && (ABROAD.contains(t.substring(0, space)) || REGIONAL.contains(t.substring(0, space)));
    }

    /** Words for a country's people who are abroad: "Afghan nationals", "Nigerian migrants". */
    private static final Set<String> NATIONALS = Set.of("nationals", "migrants", "immigrants", "expatriates", "expats",
            "asylum-seekers");

    /** What the rule of a person given the nationality of an apposition ("Kong Hung, a Cambodian") gains. */
    public static final String NATIONALITY_OF_APPOSITION = " + nationality of apposition '";

    /**
     * Whether this is civilians named as a country's people abroad: "72 Afghan nationals" arrested in
     * Quetta are in Pakistan, and the organs that act on them are Pakistan's. So is a person a story
     * names by nationality: "Ivan Petrenko, a Ukrainian national" arrested in Delhi.
     */
    public boolean nationalsAbroad() {
        return "CVL".equals(role) && (NATIONALS.contains(lastWord().toLowerCase(Locale.ROOT))
                || rule.contains(NATIONALITY_OF_APPOSITION));
    }

    public ActorMention withForm(Form f) {
        return new ActorMention(sentence, start, end, head, actor, role, f, text, rule);
    }

    /**
     * The same words read as another actor, role or form; the rule gains {@code why}: "rebels" in
     * "rebels in the Ivory Coast" become CIVREB, " + context: 'Ivory Coast'".
     */
    public ActorMention withActor(@Nullable Actor newActor, @Nullable String newRole, Form f, String why) {
        return new ActorMention(sentence, start, end, head, newActor, newRole, f, text, rule + why);
    }
}
