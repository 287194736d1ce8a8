package org.dyad.core.coder;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actors.RegionalPeoples;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.jspecify.annotations.Nullable;

/**
 * Domestic contention: roles of no stated country that face a named country's organs, society or
 * challengers in one event take that country (docs/actors.md, "Role words without a country").
 */
final class DomesticRoles {
    private final Dictionaries dict;

    DomesticRoles(Dictionaries dict) {
        this.dict = dict;
    }

    /**
     * Domestic contention: a role of no stated country facing a named country takes that country.
     * A state organ facing the country's society ("Algerian landowners protested outside
     * parliament" → DZALEG; "police dispersed Nigerian students" → NGACOP), and rebels or
     * opposition facing its state ("the Mozambique government accepted demands from rebels" →
     * MOZREB), are that country's, unless the text gives them another. So are a state organ facing
     * a country's challengers, an armed group standing for its own ("the president conceded to
     * UNITA" → AGOGOV), and society or elites facing a state organ ("Ibo elders demanded that the
     * Nigerian interior ministry …" → NGAELI). A group's role is read on the event's date: the
     * Taliban are Afghanistan's insurgents in 2019 and its government in 2022.
     */
    ActorMention[] pair(ActorMention a, ActorMention b, int root, @Nullable LocalDate date, @Nullable Actor where) {
        if (root == 5 && (SPONSORED.contains(a.lastWord().toLowerCase(Locale.ROOT))
                || SPONSORED.contains(b.lastWord().toLowerCase(Locale.ROOT)))) {
            // "88 terrorists supported by the Afghan Taliban": a state backs only others' terrorists.
            return new ActorMention[] {a, b};
        }
        if (root == 6 || root == 7) {
            // "Chad armed the rebels": cooperation with and aid to challengers is as often foreign as not.
            return new ActorMention[] {a, b};
        }
        return new ActorMention[] {adopt(a, b, root, date, false, where), adopt(b, a, root, date, true, where)};
    }

    /** Words for armed men that no state backs at home: its support of them is a foreign state's. */
    private static final Set<String> SPONSORED = Set.of("terrorist", "terrorists", "extremist", "extremists");

    /**
     * A country's own organ, named bare, in what its security or military source tells: "a Turkish
     * security source said the army shelled the YPG" is Turkey's army, not that of the country where
     * it fired. A speaker from government at large is left out ("a US official said the army retook
     * Ramadi" may well mean Iraq's).
     */
    @Nullable ActorMention ofSpeaker(SentenceView v, List<ActorMention> speakers, @Nullable ActorMention organ) {
        // A country that coreference gave the organ from an earlier sentence yields to the speaker's
        // ("Syrian rebels entered Jarablus. A Turkish security source said the army shelled the YPG").
        boolean bare = organ != null && (organ.actor() == null && organ.form() == ActorMention.Form.ROLE
                || organ.form() == ActorMention.Form.REFERENCE);
        if (organ == null || !bare || organ.role() == null
                || !BARE_ORGANS.contains(organ.text().toLowerCase(Locale.ROOT).replaceFirst("^the ", ""))) {
            return organ;
        }
        Actor country = null;
        for (ActorMention sp : speakers) {
            if (sp.actor() == null) {
                continue;
            }
            String code = sp.codeAt(v.date);
            // "a Turkish security source": the adjective's noun carries the words of security.
            Edge up = sp.form() == ActorMention.Form.ADJECTIVE ? v.basic.head(sp.head()) : null;
            int noun = up != null && up.relation().equals("amod") ? up.governor() : sp.head();
            boolean security = code.length() >= 6 && RoleCodes.STATE_FORCES.contains(code.substring(3, 6))
                    || v.basic.children(noun, "compound").stream()
                            .anyMatch(e -> SECURITY_WORDS.contains(v.tok(e.dependent()).word().toLowerCase(Locale.ROOT)));
            Actor c = sp.actor().kind() == ActorKind.COUNTRY ? sp.actor()
                    : sp.actor().country() == null ? null : dict.actors().country(sp.actor().country()).orElse(null);
            if (!security || c == null || country != null && !country.equals(c)) {
                return organ;
            }
            country = c;
        }
        return country == null ? organ
                : organ.withActor(country, organ.role(), organ.form(), " + its speaker's: a " + country.name() + " security source");
    }

    /** Organs named bare ("the army"), which a speaker of their country means as its own. */
    private static final Set<String> BARE_ORGANS = Set.of("army", "military", "armed forces", "security forces",
            "police", "navy", "air force", "troops", "soldiers", "forces");

    /** Words that make a speaker a security source: "a Turkish security source", "military sources". */
    private static final Set<String> SECURITY_WORDS = Set.of("security", "military", "army", "defence", "defense",
            "intelligence", "police");

    // Criminals too: "the police had arrested 20 suspected extortionists" are the police's country's.
    private static final Set<String> SOCIETY = Set.of("CVL", "OPP", "LAB", "EDU", "PTY", "REL", "MED",
            "AGR", "HRI", "REF", "HLH", "ENV", "CRM");
    private static final Set<String> CHALLENGERS = Set.of("REB", "INS", "OPP");
    private static final Set<String> LAW = Set.of("JUD", "COP", "SPY");
    private static final Set<String> CHAMBERS = Set.of("JUD", "LEG");

    /** Officials whom a state's orders and appeals, naming no country, address at home: "local governments". */
    private static final Set<String> HOME_OFFICIALS = Set.of("officials", "governments", "agencies", "authorities",
            "ministries", "governors", "mayors", "embassies", "departments", "administrations", "officers", "ministers");

    /** Officers whom a state's leaders meet at home when no country is named: "army commanders". */
    private static final Set<String> COMMANDERS = Set.of("commander", "commanders", "generals", "officers");

    private ActorMention adopt(ActorMention role, ActorMention other, int root, @Nullable LocalDate date,
            boolean roleIsTarget, @Nullable Actor where) {
        if (role.actor() != null || role.form() != ActorMention.Form.ROLE || other.actor() == null
                || role.fromAbroad() || ActorMention.secretaryGeneral(role.text())
                // "terrorists … to fight against the U.S.-led coalition troops in the country": those who
                // fight a force from abroad are not of its country.
                || ActorMention.foreignForce(other.text())
                // "President Zardari assured Kashmiris of support": people named by their region lend
                // no country to the roles facing them.
                || RegionalPeoples.isRegional(other)
                // "troops levelling buildings in a refugee camp": refugees have fled from elsewhere.
                || "REF".equals(role.role())) {
            // "opposed the deployment of a regional peacekeeping force": peacekeepers are sent from
            // outside, never the own forces of those they stand between. Nor is the head of a body
            // one of the sides it addresses: "the secretary-general urged the armed groups".
            return role;
        }
        Actor country;
        String otherRole = other.role() == null && (other.form() == ActorMention.Form.CAPITAL
                || other.form() == ActorMention.Form.SEAT) ? "GOV" : other.role();
        if (other.actor().kind() == ActorKind.COUNTRY) {
            country = other.actor();
        } else if ((other.actor().kind() == ActorKind.GROUP || other.actor().kind() == ActorKind.PERSON
                // "the Afghan National Army killed two insurgents": a named institution stands for its state's organ.
                || other.actor().kind() == ActorKind.ORG)
                && other.actor().country() != null) {
            // "President dos Santos conceded to UNITA": an armed group stands for its country's challengers;
            // "the prime minister told members of the media": a person for the role he holds on the date.
            country = dict.actors().country(other.actor().country()).orElse(null);
            String code = other.actor().kind() == ActorKind.PERSON ? other.codeAt(date) : other.actor().codeAt(date);
            otherRole = code.length() >= 6 && code.startsWith(other.actor().country()) ? code.substring(3, 6) : null;
            if (country == null || otherRole == null) {
                return role;
            }
        } else {
            return role;
        }
        if ("VAT".equals(country.id()) && roleIsTarget) {
            // "the Pope reached out to Muslims and Orthodox Christians": the Holy See's flock and its
            // interlocutors are of every country, not its own.
            return role;
        }
        boolean organFacingSociety = RoleCodes.STATE_ORGANS.contains(role.role()) && (otherRole == null
                ? other.form() == ActorMention.Form.PEOPLE || other.form() == ActorMention.Form.ADJECTIVE
                // "police stations have arrested Afghan refugees": refugees are in another's land, and
                // the organs that act on them are their hosts', not their own country's.
                // So are a country's nationals and migrants ("police arrested 40 Afghan nationals").
                : SOCIETY.contains(otherRole) && !"REF".equals(otherRole) && !other.nationalsAbroad()
                        || CHALLENGERS.contains(otherRole));
        boolean challengerFacingState = CHALLENGERS.contains(role.role()) && (otherRole == null
                ? other.form() == ActorMention.Form.NAME || other.form() == ActorMention.Form.CAPITAL
                : RoleCodes.STATE_ORGANS.contains(otherRole));
        // "Ibo elders demanded that the Nigerian interior ministry …": society facing its own state.
        boolean societyFacingState = (SOCIETY.contains(role.role()) || "ELI".equals(role.role()))
                && otherRole != null && RoleCodes.STATE_ORGANS.contains(otherRole);
        // "the president threatened to impose a curfew in Bamako": an organ of no stated country coercing
        // or threatening a capital, as a place or as its government, is that country's (a delegation
        // visiting it is not).
        boolean organAtCapital = (root == 13 || root == 17) && RoleCodes.STATE_ORGANS.contains(role.role())
                && other.form() == ActorMention.Form.CAPITAL;
        // "a judge opened investigations against Chilean government officials", "police arrested
        // the Kenyan minister": courts, police and spies investigate, charge and arrest their own
        // state's officials.
        boolean lawFacingState = (root == 9 || root == 11 || root == 17) && LAW.contains(role.role())
                && otherRole != null && RoleCodes.STATE_ORGANS.contains(otherRole);
        // "a police officer told the court", "the defence minister told a parliamentary committee": a
        // state's officials speak to and appeal to their own courts and legislatures.
        boolean chamberAddressed = (root == 1 || root == 2) && CHAMBERS.contains(role.role()) && otherRole != null
                && RoleCodes.STATE_ORGANS.contains(otherRole);
        // "China ordered local governments to make up shortfalls", "the premier told officials to
        // publicize the aid": a state's appeals and orders to officials of no stated country are to
        // its own.
        // "Prime Minister Tony Blair told senior ministers he feared …": a leader telling ministers tells his own.
        boolean ownOfficials = roleIsTarget && (root == 2 || root == 10 || root == 1 && "ministers".equals(role.lastWord()))
                && "GOV".equals(role.role())
                && HOME_OFFICIALS.contains(role.lastWord())
                && ("GOV".equals(otherRole) || otherRole == null && other.form() == ActorMention.Form.NAME);
        // "the junta chief met army commanders", "the defence minister consulted his generals": a
        // government's or army's meetings with commanders of no stated country are with its own.
        boolean ownCommanders = root == 4 && "MIL".equals(role.role()) && COMMANDERS.contains(role.lastWord())
                && ("GOV".equals(otherRole) || "MIL".equals(otherRole));
        // "Macron convened a meeting of key ministers": a head's meeting with ministers of no stated
        // country is with his own.
        boolean ownMinisters = root == 4 && roleIsTarget && "GOV".equals(role.role())
                && role.lastWord().equals("ministers") && "GOV".equals(otherRole);
        // "Kim ordered the 650,000-strong military to step up combat-readiness", "the authorities have
        // mobilised 35,000 policemen": a government's orders, messages and mobilisations to forces of
        // no stated country are to its own.
        // So are its appeals: "China's Ministry of Public Security urged police to learn from a crash",
        // "Ghana urged police to show restraint" (a country named as a state stands for its organs).
        boolean ownForces = roleIsTarget && (root == 1 || root == 2 || root == 10 || root == 15)
                && RoleCodes.STATE_FORCES.contains(role.role()) && (otherRole == null ? other.form() == ActorMention.Form.NAME
                        : RoleCodes.STATE_ORGANS.contains(otherRole));
        // "Interior Minister Mohsin Naqvi paid rich tribute to the martyred soldiers", "Netanyahu made a
        // rare visit to troops operating in a refugee camp": a state's praise of forces of no stated
        // country, and its visits to them, are of and to its own.
        boolean ownForcesPraised = roleIsTarget && (root == 4 || root == 5) && RoleCodes.STATE_FORCES.contains(role.role())
                && otherRole != null && RoleCodes.STATE_ORGANS.contains(otherRole);
        // "the constable was killed when assailants opened fire on him": armed men of no known side
        // who face a country's police are at home there (an army may fight abroad; police do not).
        boolean armedMenFacingPolice = "UAF".equals(role.role()) && "COP".equals(otherRole);
        if (!organFacingSociety && !challengerFacingState && !societyFacingState && !organAtCapital
                && !armedMenFacingPolice
                && !lawFacingState && !chamberAddressed && !ownOfficials && !ownCommanders && !ownMinisters && !ownForces
                && !ownForcesPraised) {
            return role;
        }
        if (where != null && !where.equals(country) && "MIL".equals(otherRole)
                && (SOCIETY.contains(role.role()) || CHALLENGERS.contains(role.role()))) {
            // "American soldiers killed six suspected insurgents, two women and a child … west of
            // Baghdad": those an army fights or strikes abroad are of the country it fights in.
            return role.withActor(where, role.role(), role.form(), " + where '" + other.text() + "' acted");
        }
        return role.withActor(country, role.role(), role.form(), DOMESTIC + other.text() + "'");
    }

    /**
     * How a mention's rule records the country it took from the other side of its event, quoting
     * that side (PlaceTargets' " + domestic: the country where it happened" is another matter).
     */
    private static final String DOMESTIC = " + domestic: '";

    /** Whether a mention's country is one this class lent it from the other side of its event. */
    static boolean lent(ActorMention m) {
        return m.rule().contains(DOMESTIC);
    }
}
