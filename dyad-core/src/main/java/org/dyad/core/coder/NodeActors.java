package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Allies;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Kin;
import org.dyad.core.model.Token;
import org.dyad.core.text.Words;

/**
 * The actors a node of the graph names: the mentions headed there, their conjuncts and
 * appositions, the owners of agent nouns ("the leader of the Taliban") and of other nouns
 * (possessive, adjective, compound, "by" or "from"), with capitals that only name a place or an
 * accord left out.
 */
final class NodeActors {
    private final SentenceView v;

    NodeActors(SentenceView v) {
        this.v = v;
    }

    /** Nouns of the parts around a place: "west of Baghdad", "the outskirts of Kabul". */
    static final Set<String> QUARTERS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outskirts", "suburb", "suburbs", "edge");

    /** Nouns of a settlement that a capital is named in an "of" phrase of: "the capital city of Lusaka". */
    private static final Set<String> SETTLEMENTS = Set.of("city", "capital", "town", "port");

    /**
     * The preposition that places a word, looking through a settlement noun it names: "in" for
     * "Lusaka" in "in the capital city of Lusaka", as for "in Lusaka".
     */
    String placePrep(int node) {
        String prep = v.prepOf(node);
        Edge up = v.basic.head(node);
        if (prep.equals("of") && up != null && up.relation().startsWith("nmod")
                && SETTLEMENTS.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))) {
            return v.prepOf(up.governor());
        }
        if (prep.equals("of") && up != null && up.relation().startsWith("nmod")
                && QUARTERS.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))) {
            // "in the southeast of the capital", "west of Baghdad": a quarter of a place places as the
            // place does, and near it when it has no preposition of its own.
            String outer = v.prepOf(up.governor());
            return outer.isEmpty() ? "near" : outer;
        }
        if ((prep.isEmpty() || prep.equals("'s")) && up != null && up.relation().equals("nmod:poss")
                && EventPlaces.WHERE.contains(v.prepOf(up.governor()))) {
            // "gathered Saturday evening in Skopje's main square": the city whose square it is, is where.
            return v.prepOf(up.governor());
        }
        return prep;
    }

    /** Nouns of agreements and meetings that are named after the city where they were made or held. */
    private static final Set<String> ACCORDS = Set.of("agreement", "agreements", "accord", "accords", "treaty",
            "protocol", "declaration", "process", "conference", "summit", "round", "convention", "peace");

    /**
     * Whether a capital only names an agreement or a meeting after its city: "the Helsinki agreement", "the
     * Oslo accords", "the Doha round". The city signs nothing; the parties do.
     */
    boolean namesAccord(ActorMention m) {
        Edge up = v.basic.head(m.head());
        return m.form() == Form.CAPITAL && up != null && up.relation().equals("compound")
                && ACCORDS.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT));
    }

    /**
     * The actors at a node: mentions headed there, coordinated ones, appositions, and the owner
     * of agent nouns ("the leader of the Taliban"). Capitals under locative prepositions are
     * places, not actors; national adjectives count only when used as nouns.
     */
    List<ActorMention> actorsAt(int node) {
        return actorsAt(node, false);
    }

    /**
     * The actors at a node; with {@code places}, a capital named as a place counts too, for
     * patterns that ask for the place ("arrived in Amman", "flew to Kabul").
     */
    List<ActorMention> actorsAt(int node, boolean places) {
        if (places) {
            List<ActorMention> here = new ArrayList<>();
            for (ActorMention m : v.mentionsHeadedAt(node)) {
                if (m.form() == Form.CAPITAL) {
                    here.add(m);
                }
            }
            if (!here.isEmpty()) {
                return here;
            }
        }
        Set<ActorMention> out = new LinkedHashSet<>();
        collect(node, out, 0);
        for (Edge e : v.g.children(node, "conj")) {
            collect(e.dependent(), out, 0);
        }
        if (out.isEmpty() && TERRITORY.contains(v.lemma(node).toLowerCase(java.util.Locale.ROOT))) {
            // "to Guyanese waters", "into Pakistani airspace": a country's territory stands for the country.
            out.addAll(adjectiveActors(node, true));
        }
        return new ArrayList<>(out);
    }

    /**
     * The actors that adjectives of a noun name ("Guyanese waters", "German experts"), and with
     * {@code compounds} those that modifiers before it name as adjectives.
     */
    List<ActorMention> adjectiveActors(int noun, boolean compounds) {
        List<ActorMention> out = new ArrayList<>(1);
        for (Edge e : v.basic.children(noun)) {
            if (e.relation().equals("amod") || compounds && e.relation().equals("compound")) {
                for (ActorMention m : v.mentionsHeadedAt(e.dependent())) {
                    if (m.form() == Form.ADJECTIVE && m.actor() != null) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /** Parts of a town, which a capital owns as a place, not as a government. */
    private static final Set<String> TOWN_PARTS = Set.of("suburb", "outskirts", "district", "neighbourhood",
            "neighborhood", "street", "centre", "center", "airport", "port", "outskirt", "quarter", "market");

    private static final Set<String> TERRITORY = Set.of("water", "waters", "airspace", "territory", "soil", "border",
            "coast", "frontier", "land", "shore", "shores", "side");

    /**
     * The actors that own a noun (possessive, adjective, compound, "by" or "from"), not those its
     * other phrases name.
     */
    List<ActorMention> ownersOf(int node) {
        Set<ActorMention> out = new LinkedHashSet<>();
        addOwners(node, out, false);
        return new ArrayList<>(out);
    }

    /** Nouns of travel, whose "from" phrase is where they started, not who made them. */
    private static final Set<String> JOURNEYS = Set.of("trip", "journey", "flight", "train", "voyage", "ride", "route",
            "drive", "crossing", "passage", "service", "connection", "link");

    /**
     * Adds the actors of the first owner phrase of a node that has any (possessive, compound,
     * adjective, "from" or "by"), only actors of known identity when {@code knownOnly}; returns
     * whether it added one.
     */
    private boolean addOwners(int node, Set<ActorMention> out, boolean knownOnly) {
        // "Checkpoint shootings" are not the checkpoint's; a "checkpoint commander" is its force's.
        List<ActorMention> places = v.mentionsHeadedAt(node).isEmpty() ? v.facilityModifiers(node) : List.of();
        for (Edge e : v.basic.children(node)) {
            String r = e.relation();
            // "Israel Friday reimposed blockades": the parser makes the weekday the subject's head.
            boolean owner = r.equals("nmod:poss")
                    || r.equals("compound")
                    && (!v.s.token(node).isProperNoun() || Complements.WEEKDAYS.contains(v.word(node)))
                    // "Speaker of Syria's People's Assembly Mahmoud al-Abrash": a title before a name no
                    // dictionary knows says who the name is.
                    || r.equals("compound") && e.dependent() < node && "PERSON".equals(v.s.token(node).ner())
                    && v.mentionsHeadedAt(e.dependent()).stream().anyMatch(m -> m.form() == Form.ROLE)
                    || r.equals("amod") || r.startsWith("nmod") && (v.prepOf(e.dependent()).equals("by")
                    // "a delegation from Kabul" is Kabul's; "the maiden trip from London" only started there.
                    || v.prepOf(e.dependent()).equals("from") && !JOURNEYS.contains(v.lemma(node)));
            if (!owner) {
                continue;
            }
            int before = out.size();
            for (ActorMention m : v.mentionsHeadedAt(e.dependent())) {
                if (places.contains(m) || m.end() < v.s.size() && currency(m.end())) {
                    // "a 50 million-US dollar loan": the parser makes "US" a modifier of the loan
                    // beside "dollar"; it says whose money, not whose loan.
                    continue;
                }
                if ((m.form() != Form.ADJECTIVE || r.equals("amod"))
                        && !(m.form() == Form.CAPITAL && r.equals("compound"))
                        && (!knownOnly || m.actor() != null)) {
                    // "struck Beirut's southern suburbs": a capital that owns a part of town is the place.
                    out.add(m.form() == Form.CAPITAL && TOWN_PARTS.contains(v.lemma(node))
                            ? m.withActor(m.actor(), null, Form.NAME, " (a place)") : m);
                }
            }
            if (r.equals("amod")) {
                for (ActorMention m : v.mentions) {
                    if (m.form() == Form.ADJECTIVE && m.head() == e.dependent() && !out.contains(m)) {
                        out.add(m);
                    }
                }
            }
            if (out.size() > before) {
                return true;
            }
        }
        return false;
    }

    /** The named actors of a "such as" phrase on a noun ("groups such as Amnesty International and Oxfam"), or none. */
    private List<ActorMention> namedExamples(int node) {
        List<ActorMention> out = new ArrayList<>();
        for (Edge e : v.basic.children(node)) {
            if (!e.relation().startsWith("nmod") || !(e.relation().equals("nmod:such_as") || v.markedBy(e.dependent(), "such"))) {
                continue;
            }
            List<Integer> heads = new ArrayList<>(List.of(e.dependent()));
            for (Edge c : v.basic.children(e.dependent())) {
                if (c.relation().startsWith("conj")) {
                    heads.add(c.dependent());
                }
            }
            for (int h : heads) {
                for (ActorMention m : v.mentionsHeadedAt(h)) {
                    if (m.actor() != null && m.form() == Form.NAME) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    private void collect(int node, Set<ActorMention> out, int depth) {
        List<ActorMention> here = v.mentionsHeadedAt(node);
        if (!here.isEmpty()) {
            List<ActorMention> usable = new ArrayList<>();
            for (ActorMention m : here) {
                if (usable(m, node)) {
                    usable.add(m);
                }
            }
            List<ActorMention> examples = v.firstInPhrase ? List.of() : namedExamples(node);
            if (!examples.isEmpty() && !usable.isEmpty() && usable.stream().allMatch(m -> m.form() == Form.ROLE)) {
                // "Rights groups such as Amnesty International and Oxfam organised the demonstration":
                // the bodies named as examples are who acted, not rights groups of the dateline's country.
                out.addAll(examples);
                return;
            }
            if (!v.firstInPhrase && depth == 0 && !usable.isEmpty() && allUnknown(usable)) {
                // "Mohammed Mamoun, a member of the Syrian parliament": a name no dictionary knows
                // is who its apposition describes.
                for (Edge e : v.basic.children(node, "appos")) {
                    if (!agentNoun(e.dependent())) {
                        continue;
                    }
                    Set<ActorMention> described = new LinkedHashSet<>();
                    collect(e.dependent(), described, depth + 1);
                    described.removeIf(m -> m.actor() == null && m.role() == null);
                    if (!described.isEmpty()) {
                        out.addAll(described);
                        return;
                    }
                }
                // "Speaker of Syria's People's Assembly Mahmoud al-Abrash": so is a title before it.
                List<ActorMention> titles = new ArrayList<>();
                for (Edge e : v.basic.children(node, "compound")) {
                    for (ActorMention m : v.mentionsHeadedAt(e.dependent())) {
                        if (e.dependent() < node && m.form() == Form.ROLE && m.actor() != null) {
                            titles.add(m);
                        }
                    }
                }
                if (!titles.isEmpty()) {
                    out.addAll(titles);
                    return;
                }
            }
            out.addAll(usable);
            return;
        }
        if (depth > 1) {
            return;
        }
        if (!v.firstInPhrase && depth == 0 && !v.basic.children(node, "cop").isEmpty()) {
            // "Pakistan is the fifth-largest contributor …, currently deploying …, the Central African
            // Republic, Cyprus …": a copular predicate is its subject, not a list the parser hung on it.
            int before = out.size();
            for (Edge e : v.basic.children(node, "nsubj")) {
                collect(e.dependent(), out, depth + 1);
            }
            if (out.size() > before) {
                return;
            }
        }
        List<ActorMention> unknownAppos = List.of();
        if (!v.firstInPhrase) {
            for (Edge e : v.basic.children(node, "appos")) {
                List<ActorMention> ap = v.mentionsHeadedAt(e.dependent());
                if (!ap.isEmpty() && allUnknown(ap) && agentNoun(node)) {
                    // "A member of the Syrian parliament, Mohammed Mamoun": the description says who
                    // the unknown name is, if it can; the name is kept only if it cannot.
                    unknownAppos = ap;
                    break;
                }
                if (!ap.isEmpty()) {
                    out.addAll(ap);
                    return;
                }
            }
        }
        if (currency(node)) {
            // "seized 9,000 US dollars": whose money it is names no one acted on.
            return;
        }
        if (v.s.token(node).isNoun() && KIN.contains(v.lemma(node).toLowerCase(Locale.ROOT))) {
            // "His wife travelled to Lima": a relative acts for no one's office.
            return;
        }
        int before = out.size();
        collectOwners(node, out, depth);
        if (out.size() == before) {
            out.addAll(unknownAppos);
        }
    }

    /** Relatives, whose possessor is not who acts. */
    private static final Set<String> KIN = Words.plus(Kin.WORDS, "widow", "widower", "family", "relatives", "child",
            "children", "grandson", "granddaughter", "uncle", "aunt", "parent", "parents", "fiancee", "fiance");

    /** Nouns of money named after a country: "US dollars", "Egyptian pounds". */
    private static final Set<String> CURRENCIES = Set.of("dollar", "pound", "euro", "yen", "yuan", "renminbi",
            "rupee", "rial", "riyal", "ruble", "rouble", "franc", "lira", "dinar", "rand", "peso", "won", "shekel",
            "dirham", "baht", "ringgit", "rupiah", "naira", "shilling", "birr", "kwacha", "cedi", "taka", "afghani",
            "dong", "kyat", "krone", "krona", "zloty", "forint", "hryvnia", "lari", "manat", "som", "tenge");

    /** Whether a noun is a currency, whose country modifier says whose money it is, not who acts. */
    boolean currency(int noun) {
        return v.s.token(noun).isNoun() && CURRENCIES.contains(v.lemma(noun).toLowerCase(Locale.ROOT));
    }

    /** Nouns whose "of" or possessive phrase names who they belong to: "the leader of the Taliban". */
    private static final Set<String> AGENT_NOUNS = Set.of(
            "leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "commander", "member", "members",
            "fighter", "fighters", "representative", "representatives", "delegation", "envoy", "official", "officials",
            "minister", "president", "government", "army", "forces", "troops", "militia", "wing", "faction", "side",
            "supporter", "supporters", "ally", "allies", "unit", "units", "branch", "office", "ministry", "embassy",
            "mission", "administration", "regime", "authorities", "police", "security", "negotiator", "negotiators",
            "ambassador", "diplomat", "diplomats", "soldier", "soldiers", "chairman", "secretary", "general",
            // "Personnel of ANA killed one rebel", "elements of the 3rd brigade": staff and ranks of a body.
            "personnel", "staff", "elements", "cadres", "officers", "guards", "men",
            // Counts and collectives: "thousands of Nigerians", "a group of Chechen refugees".
            "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "million",
            "millions", "tens", "group", "crowd", "crowds", "band", "gang", "contingent", "batch", "number",
            "some", "many", "most", "several", "majority", "hundreds_of",
            // Parts and batches: "a first patch of Bangladeshi troops", "one third of the guerrillas".
            "patch", "wave", "detachment", "deployment", "half", "third", "quarter", "rest", "remainder", "bulk",
            "part", "fraction", "handful");

    /** Whether a noun names a member, agent or body of something: "a member of", "the head of". */
    private boolean agentNoun(int node) {
        return AGENT_NOUNS.contains(v.lemma(node)) || AGENT_NOUNS.contains(v.word(node));
    }

    /** Whether every mention is a name no dictionary knows (code "---", no role). */
    private static boolean allUnknown(List<ActorMention> ms) {
        for (ActorMention m : ms) {
            if (m.actor() != null || m.role() != null) {
                return false;
            }
        }
        return true;
    }

    private void collectOwners(int node, Set<ActorMention> out, int depth) {
        // "Turkey's efforts", "a U.N. Security Council resolution": the owner of a thing acted upon.
        // Known actors first: in "bin Laden's al-Qaeda network" the network is al-Qaeda's, not an
        // unknown possessor's.
        if (Allies.noun(v.word(node))) {
            // "Iran's proxies", "Israel's allies": the owner is whom they stand with, not who they are.
            // A bloc named before the noun is what they are: "its European Community partners",
            // "NATO allies" are the bloc's members ("American allies" are not America).
            for (Edge e : v.basic.children(node, "compound")) {
                for (ActorMention m : v.mentionsHeadedAt(e.dependent())) {
                    if (m.actor() != null && m.actor().kind() == ActorKind.IGO) {
                        out.add(m);
                    }
                }
            }
            return;
        }
        if (addOwners(node, out, true) || addOwners(node, out, false)) {
            return;
        }
        if (v.firstInPhrase) {
            // PETRARCH: the words of the phrase before its apposition ("the official news agency WFNA": ---GOV).
            for (Edge e : v.basic.children(node, "appos")) {
                List<ActorMention> ap = v.mentionsHeadedAt(e.dependent());
                if (!ap.isEmpty()) {
                    out.addAll(ap);
                    return;
                }
            }
        }
        if (agentNoun(node)) {
            for (Edge e : v.basic.children(node)) {
                String r = e.relation();
                if (r.equals("nmod:poss") || r.equals("compound") || r.equals("amod")
                        || (r.startsWith("nmod") && v.prepOf(e.dependent()).equals("of"))) {
                    int before = out.size();
                    collect(e.dependent(), out, depth + 1);
                    if (r.startsWith("nmod")) {
                        // "scores of Sierra Leonean and Liberian refugees": every conjunct of the phrase.
                        for (Edge c : v.basic.children(e.dependent(), "conj")) {
                            collect(c.dependent(), out, depth + 1);
                        }
                    }
                    if (out.size() > before) {
                        return;
                    }
                }
            }
        }
    }

    /** Prepositions that make a capital a place rather than a government: "in Kabul", "to Kabul". */
    static final Set<String> LOCATIVE = Set.of(
            "in", "at", "near", "inside", "outside", "across", "around", "from", "to", "into", "toward", "towards",
            "through", "via", "within", "beyond", "along", "over", "throughout", "off", "outside_of");

    private boolean usable(ActorMention m, int node) {
        if (m.form() == Form.CAPITAL && (LOCATIVE.contains(placePrep(node)) || namesAccord(m))) {
            return false;
        }
        if (m.form() == Form.ADJECTIVE) {
            Token t = v.s.token(node);
            return t.isNoun() && m.head() == node;
        }
        return true;
    }
}
