package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.core.actors.Antecedents.Kind;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.jspecify.annotations.Nullable;

/**
 * Role mentions of no country that refer back: a definite description takes the actor a story
 * named before it ("the army" after "Pakistan" is PAKMIL, "the president" is the president named
 * before, "the court" the court), a bare forces word the country whose troops the story named
 * ("troops"), and the last word of a body named in full is that body ("the Commission"). A
 * description keeps its own role.
 */
final class RoleDescriptions {
    /** How many sentences back a repeated word reaches: further than other antecedents. */
    private static final int SAME_WORD_WINDOW = 15;

    /**
     * The mentions a repeated word can take up: those of the sentences a repeated head noun reaches
     * back to, in text order, then those before it in its own sentence.
     */
    private static List<ActorMention> sameWordReach(Sentence s, Map<Integer, List<ActorMention>> bySentence,
            List<ActorMention> before) {
        List<ActorMention> earlier = new ArrayList<>();
        for (int k = Math.max(0, s.index() - SAME_WORD_WINDOW); k < s.index(); k++) {
            earlier.addAll(bySentence.getOrDefault(k, List.of()));
        }
        earlier.addAll(before);
        return earlier;
    }

    /** Roles a description of which is an armed group's, not a state's or a person's. */
    private static final Set<String> ARMED_ROLES = Set.of("INS", "REB", "SPP");

    private RoleDescriptions() {}

    /** Kinds of actor that a story names in full and then by the last word of the name. */
    private static final Set<ActorKind> BODIES = EnumSet.of(ActorKind.IGO, ActorKind.NGO, ActorKind.ORG,
            ActorKind.GROUP);

    /**
     * "The UN Human Rights Commission condemned … the Commission demanded": a one-word organisation
     * no dictionary knows, after "the", that is the last word of a body named in the same sentence
     * or in the fifteen before it, is that body (the nearest such). Null otherwise.
     */
    static @Nullable ActorMention namedByHead(Sentence s, ActorMention m, List<ActorMention> before,
            Map<Integer, List<ActorMention>> bySentence) {
        if (m.actor() != null || m.form() != Form.UNKNOWN || !m.rule().startsWith("ner:organization")
                || m.end() - m.start() != 1 || m.start() == 0
                || !s.token(m.start() - 1).word().equalsIgnoreCase("the")) {
            return null;
        }
        String head = m.text().toLowerCase(Locale.ROOT);
        List<List<ActorMention>> scopes = new ArrayList<>();
        scopes.add(before);
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - SAME_WORD_WINDOW); k--) {
            scopes.add(bySentence.getOrDefault(k, List.of()));
        }
        for (List<ActorMention> scope : scopes) {
            for (int i = scope.size() - 1; i >= 0; i--) {
                ActorMention p = scope.get(i);
                if (p.actor() != null && BODIES.contains(p.actor().kind()) && p.text().contains(" ")
                        && p.lastWord().equals(head)) {
                    return new ActorMention(s.index(), m.start(), m.end(), m.head(), p.actor(), p.role(),
                            Form.REFERENCE, m.text(), "coref: '" + p.text() + "' (" + p.rule() + ")");
                }
            }
        }
        return null;
    }

    /** Words of an international body's force: "a UN-led peacekeeping force", "the AU mission's troops". */
    private static final java.util.regex.Pattern ABROAD_FORCES = java.util.regex.Pattern.compile(
            "(?i)peacekeep|\\bforces?\\b|\\btroops\\b|\\bmission\\b|\\bsoldiers\\b");

    /**
     * Projectiles (lemmas), which a definite description takes up only as themselves: the drones and
     * missiles of a report are as often those shot down as those fired.
     */
    private static final Set<String> WEAPON_LEMMAS = Set.of("drone", "missile", "rocket");

    /** Resolves a role mention without a country, or a bare description, when it is definite. */
    static @Nullable ActorMention describe(Sentence s, Graph g, ActorMention m, Analysis in,
            Map<Integer, List<ActorMention>> bySentence, List<Graph> basics, List<ActorMention> before) {
        if (m.form() != Form.ROLE || m.actor() != null || "IMG".equals(m.role())
                || m.text().toLowerCase(Locale.ROOT).startsWith("foreign ") && !RoleCodes.STATE_ORGANS.contains(m.role())) {
            // "the foreign fighters", "the foreign banks": from abroad, of no country a story named
            // before ("the foreign minister" is a state's office, and is resolved as one).
            return null;
        }
        boolean forceFromAbroad = m.fromAbroad() && "MIL".equals(m.role());
        if (forceFromAbroad) {
            // "a UN-led peacekeeping force … agreements on the peacekeepers": a force from abroad is
            // the international force named before, never the army of a state the story names.
            ActorMention force = CorefSearch.antecedent(s, g, m.start(), c -> c.actor() != null
                    && c.actor().kind() == ActorKind.IGO && c.form() == Form.ROLE && ABROAD_FORCES.matcher(c.text()).find(),
                    before, in, bySentence, basics);
            if (force != null) {
                return CorefSearch.reference(s, Math.max(m.start() - 1, 0), m.end(), m.head(), force, m.role());
            }
        }
        if (formerTitle(s, m) && PersonDescriptions.describesPerson(s, m)) {
            // "the former premier": someone named before who held that office before the date and
            // holds it no more (Imran Khan, now leading the opposition); else an elite of no one.
            return describedPerson(s, g, m, in, bySentence, basics, before);
        }
        if (barePlural(s, g, m)) {
            return ofPhrase(s, g, m.head()) || placedInCountry(s, g, m.head(), in.mentions())
                    ? null : sameForces(s, m, in, bySentence, before);
        }
        ActorMention voiced = voiceOf(s, g, m, bySentence.getOrDefault(s.index(), List.of()), in.document().date());
        if (voiced != null) {
            // "the spokesman for the Punjab chapter of the Pakistan Brick Kiln Workers Association":
            // the voice of a body of society is that body's, not its country's government.
            return CorefSearch.reference(s, m.start(), m.end(), m.head(), voiced,
                    RoleCodes.roleOf(voiced.codeAt(in.document().date())));
        }
        if (PARTY_PEOPLE.contains(m.text().toLowerCase(Locale.ROOT))) {
            // "party workers had gathered", "party activists": of the party named before,
            // with or without an article.
            ActorMention party = partyNamedBefore(s, g, m, in, bySentence, basics, before);
            if (party != null) {
                return CorefSearch.reference(s, m.start(), m.end(), m.head(), party,
                        RoleCodes.roleOf(party.actor().codeAt(in.document().date())));
            }
        }
        if (m.start() == 0) {
            return null;
        }
        int d = m.start() - 1;
        while (d > 0 && SITTING.contains(s.token(d).word().toLowerCase(Locale.ROOT))) {
            // "the outgoing president", "the incumbent mayor": still the one in office.
            d--;
        }
        String det = s.token(d).word().toLowerCase(Locale.ROOT);
        // "the embassy in west London": a mission is placed in its host's land and is another
        // country's, so its place does not keep it from the one named before ("the Iranian embassy").
        boolean mission = MISSIONS.contains(m.lastWord());
        if (!det.equals("the") || ofPhrase(s, g, m.head())
                || !mission && placedInCountry(s, g, m.head(), in.mentions())) {
            // "The governments of two dozen Western countries": an "of" phrase says whose they are,
            // even when it names no country Dyad knows; they are not the country named before. So
            // does a country they are placed in: "the democratic forces in Belarus".
            return null;
        }
        ActorMention official = homeOfficial(s, g, m, in, before);
        if (official != null && in.dateline() != null) {
            return new ActorMention(s.index(), m.start() - 1, m.end(), m.head(), in.dateline().actor(), m.role(),
                    Form.REFERENCE, s.words(m.start() - 1, m.end()), "coref: the own government of '" + official.text()
                    + "', an official of the dateline's country");
        }
        // A repeated head noun reaches further back than other antecedents: "EC foreign ministers …"
        // in a story's first sentence are still "the ministers" of its last.
        List<ActorMention> earlier = sameWordReach(s, bySentence, before);
        ActorMention same = SameRoleWord.antecedent(s, m, in.sentences(), earlier);
        if (same != null) {
            // "Police officers fired … four of the officers": the same people, with the earlier role.
            return same.actor() == null
                    ? m.withActor(null, same.role(), Form.ROLE, " + same word as '" + same.text() + "'")
                    : CorefSearch.reference(s, m.start() - 1, m.end(), m.head(), same, same.role());
        }
        if (forceFromAbroad) {
            // "the peacekeepers" with no international force named before: no state's organ either.
            return null;
        }
        ActorMention protesting = protestersNamedBefore(s, m, in, bySentence, basics, before);
        if (protesting != null) {
            // "Traders staged a protest against the relocation … The protesters raised slogans": the
            // traders, not the political opposition that protesters are by default.
            return CorefSearch.reference(s, m.start() - 1, m.end(), m.head(), protesting, protesting.role());
        }
        if (WEAPON_LEMMAS.contains(s.token(m.head()).lemma().toLowerCase(Locale.ROOT))) {
            // "The air force said Russian forces had launched 574 drones … Air defence units downed 546
            // of the drones": weapons are the ones named before, never the force named nearest.
            return null;
        }
        // "the army", "the police", "the government" are a state's; a UN mission with a military
        // role is not what they refer to.
        ActorMention party = partyNamedBefore(s, g, m, in, bySentence, basics, before);
        if (party != null) {
            // "three other PTI leaders for the party's protest": the party named before, with its code
            // on the date (in or out of power), not a party of the story's country at large.
            return CorefSearch.reference(s, m.start() - 1, m.end(), m.head(), party,
                    RoleCodes.roleOf(party.actor().codeAt(in.document().date())));
        }
        if (datelinePolice(m, in, before)) {
            // "HARIPUR: A policeman deployed on the security of a Chinese delegation died … The police
            // said": the police of the place the report was filed from, not the delegation's country.
            return new ActorMention(s.index(), m.start() - 1, m.end(), m.head(), in.dateline().actor(), m.role(),
                    Form.REFERENCE, s.words(m.start() - 1, m.end()), "coref: the police of the dateline's country");
        }
        boolean national = Syntax.NATIONAL_ORGANS.contains(m.text().toLowerCase(Locale.ROOT));
        // "the army chief" heads a force and is a person: never the body named before ("US Central
        // Command"), whatever its role.
        ActorMention organ = HEADS.contains(m.lastWord()) ? null : sameRole(s, m, before, in, bySentence, national);
        Set<Integer> ownSubjects = clauseSubjectsOf(g, m.head());
        if (organ != null && ownOrgan(organ, m, ownSubjects, before)) {
            // "the US was opposed to North Korea's nuclear program, not the regime itself": not the
            // organ of the clause's own subject.
            organ = null;
        }
        if (organ != null) {
            // "the International Court of Justice … The court ordered": an organisation with this role.
            return CorefSearch.reference(s, m.start() - 1, m.end(), m.head(), organ, null);
        }
        if (!ARMED_ROLES.contains(m.role()) && PersonDescriptions.describesPerson(s, m)) {
            // "the cleric", "the general": a person of that kind, or for a state title its country; never
            // the country of an unrelated mention.
            return describedPerson(s, g, m, in, bySentence, basics, before);
        }
        return describedCountryOrGroup(s, g, m, in, bySentence, basics, before, ownSubjects);
    }

    /** Roles of a country's own institutions at home, which its envoys abroad do not bring with them. */
    private static final Set<String> DOMESTIC_ROLES = Set.of("OPP", "LEG", "JUD", "COP", "PTY");

    /** Words before a title that keep its holder in office: "the outgoing president". */
    private static final Set<String> SITTING = Set.of("outgoing", "incumbent", "sitting", "current");

    /** How many sentences back "the opposition" may find an opposition named by name. */
    private static final int OPPOSITION_REACH = 3;

    /**
     * "The opposition", bare: the nearest mention before it, in its sentence or the few before,
     * of an actor in opposition on the date (a party or politician coded OPP); null when there is none.
     */
    static @Nullable ActorMention oppositionNamedBefore(Sentence s, ActorMention m, Analysis in,
            Map<Integer, List<ActorMention>> bySentence, List<ActorMention> before) {
        if (m.form() != Form.ROLE || m.actor() != null || !"OPP".equals(m.role()) || m.start() == 0
                || !m.text().equalsIgnoreCase("the opposition") && !(m.text().equalsIgnoreCase("opposition")
                        && s.token(m.start() - 1).word().equalsIgnoreCase("the"))) {
            return null;
        }
        LocalDate date = in.document().date();
        // A party's own members count ("PTI senators"); a country's role word does not.
        Predicate<ActorMention> opposes = c -> c.actor() != null
                && (c.form() != Form.ROLE || c.actor().kind() == ActorKind.GROUP)
                && RoleCodes.hasRole(c.codeAt(date), "OPP") && RoleCodes.country(c.codeAt(date)) != null;
        ActorMention best = null;
        for (ActorMention c : before) {
            if (c.end() <= m.start() && opposes.test(c)) {
                best = c;
            }
        }
        for (int k = s.index() - 1; best == null && k >= Math.max(0, s.index() - OPPOSITION_REACH); k--) {
            for (ActorMention c : bySentence.getOrDefault(k, List.of())) {
                if (opposes.test(c)) {
                    best = c;
                }
            }
        }
        return best;
    }

    /** Whether a mention is "the former …", with "former" in its words or just before them. */
    private static boolean formerTitle(Sentence s, ActorMention m) {
        int k = PastTitles.marks(s.token(m.start()).word()) ? m.start() : m.start() - 1;
        return k > 0 && PastTitles.marks(s.token(k).word()) && s.token(k - 1).word().equalsIgnoreCase("the");
    }

    /** Whether a mention names someone with the title in its own words: "Prime Minister Shehbaz Sharif". */
    private static boolean namedWith(ActorMention c, String title, Analysis in) {
        if (c.actor() == null || c.end() - c.start() <= 1 || !Syntax.endsInName(in.sentences().get(c.sentence()), c)) {
            return false;
        }
        if (PastTitles.marked(in.sentences().get(c.sentence()), c)) {
            // "former president Donald Trump" no longer holds the title he is named with.
            return false;
        }
        String text = " " + c.text().toLowerCase(Locale.ROOT) + " ";
        return forms(title).stream().anyMatch(f -> text.contains(" " + f + " "));
    }

    /** Other words for the same office: "the army chief" is the "Chief of Army Staff" named before. */
    private static final Map<String, List<String>> SAME_OFFICE = Map.of(
            "army chief", List.of("chief of army staff", "chief of the army staff", "coas", "army commander"),
            "military chief", List.of("chief of army staff", "chief of the army staff", "coas", "army chief"),
            "coas", List.of("chief of army staff", "chief of the army staff", "army chief"),
            "premier", List.of("prime minister"),
            "pm", List.of("prime minister"));

    /** A title and the other words for its office. */
    private static List<String> forms(String title) {
        List<String> out = new ArrayList<>();
        out.add(title);
        out.addAll(SAME_OFFICE.getOrDefault(title, List.of()));
        return out;
    }

    /** The nearest earlier mention of a person whose own words hold the title ("Prime Minister X"), anywhere before. */
    private static @Nullable ActorMention namedWithTitle(Sentence s, ActorMention m, String title, Analysis in,
            Map<Integer, List<ActorMention>> bySentence) {
        for (int k = s.index() - 1; k >= 0; k--) {
            List<ActorMention> ms = bySentence.getOrDefault(k, List.of());
            for (int i = ms.size() - 1; i >= 0; i--) {
                ActorMention c = ms.get(i);
                if (namedWith(c, title, in) && c.actor().kind() == ActorKind.PERSON && c.form() == Form.NAME) {
                    return c;
                }
            }
        }
        return null;
    }

    /** How many sentences back "the protesters" may find the body that protested. */
    private static final int PROTEST_REACH = 4;

    /** Verbs whose subject protests: "traders protested", "staged a protest", "took to the streets". */
    private static final Set<String> PROTESTING = Set.of("protest", "demonstrate", "rally", "march", "strike", "stage",
            "hold", "block", "chant", "picket", "agitate", "boycott", "gather", "take", "observe", "launch", "organise",
            "organize", "call");

    /** Roles of society whose protests are no opposition's: traders, workers, students, farmers, doctors. */
    private static final Set<String> SOCIETY = Set.of("BUS", "LAB", "EDU", "AGR", "HLH", "MED", "CVL", "REL", "REF", "HRI");

    /**
     * "The protesters" when the sentence or the two before told a body of society protesting (the
     * subject of "protested", "staged a protest"): that body, or null.
     */
    private static @Nullable ActorMention protestersNamedBefore(Sentence s, ActorMention m, Analysis in,
            Map<Integer, List<ActorMention>> bySentence, List<Graph> basics, List<ActorMention> before) {
        if (!PlaceContext.protesters(s, m)) {
            return null;
        }
        ActorMention found = null;
        for (int k = s.index(); k >= Math.max(0, s.index() - PROTEST_REACH) && found == null; k--) {
            List<ActorMention> ms = k == s.index() ? before : bySentence.getOrDefault(k, List.of());
            Sentence ks = in.sentences().get(k);
            Graph kg = basics.get(k);
            for (ActorMention c : ms) {
                String role = c.role() != null ? c.role()
                        : c.actor() == null ? null : RoleCodes.roleOf(c.codeAt(in.document().date()));
                // Society, or a party that called its own protest ("The Jamaat-e-Islami organised a
                // protest … The protesters chanted"): those people, of that party's country.
                if (role == null || !SOCIETY.contains(role) && !"OPP".equals(role) && !"PTY".equals(role)
                        || k == s.index() && c.end() > m.start()) {
                    continue;
                }
                Edge up = kg.head(c.head());
                if (up != null && up.relation().startsWith("nsubj")
                        && PROTESTING.contains(ks.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
                    if (found != null && !found.codeAt(null).equals(c.codeAt(null))) {
                        return null;
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    /** A description of a person ("the cleric", "the president"): the person, or the country of a state title. */
    private static @Nullable ActorMention describedPerson(Sentence s, Graph g, ActorMention m, Analysis in,
            Map<Integer, List<ActorMention>> bySentence, List<Graph> basics, List<ActorMention> before) {
        LocalDate date = in.document().date();
        // "President Bill Clinton assured Lee … once China takes it over. The president told Lee":
        // a person who holds the title comes before a country that merely has one.
        // "Iran's government spokesman Gholam Hossein Elham … The spokesman also refuted": the one
        // whose own words gave him the title, before anyone the title merely fits.
        // "the PM" is the one named "Prime Minister …" (forms).
        String title = m.text().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        // "the former president" is not the one named "President …" (who holds the office).
        boolean former = formerTitle(s, m);
        ActorMention p = former ? null : CorefSearch.antecedent(s, g, m.start(), c -> namedWith(c, title, in), before,
                in, bySentence, basics);
        if (p == null && !former) {
            // "Prime Minister Shehbaz Sharif held a telephone conversation … (two sentences on Hasina,
            // 'the disposed premier') … The prime minister expressed his satisfaction": the one named
            // with the title, however far back in the story, before anyone it merely fits.
            p = namedWithTitle(s, m, title, in, bySentence);
        }
        if (p == null) {
            p = CorefSearch.antecedent(s, g, m.start(),
                    c -> c.actor() != null && c.actor().kind() == ActorKind.PERSON
                            && PersonDescriptions.compatible(c, m, in.sentences(), date) && titled(c, m, date),
                    before, in, bySentence, basics);
        }
        if (p == null) {
            // "the interior minister of the UAE … the prime minister": a description of another office
            // is someone else.
            p = CorefSearch.antecedent(s, g, m.start(),
                    c -> PersonDescriptions.compatible(c, m, in.sentences(), date) && (c.form() != Form.ROLE
                            || SameRoleWord.sameOffice(s, m, in.sentences().get(c.sentence()), c)),
                    before, in, bySentence, basics);
        }
        if (p == null) {
            return null;
        }
        boolean person = p.actor() != null && p.actor().kind() == ActorKind.PERSON;
        return CorefSearch.reference(s, m.start() - 1, m.end(), m.head(), p, person ? null : m.role());
    }

    /**
     * A description of a state's organ or of an armed group ("the army", "the government", "the
     * rebels"): the country or group it belongs to. {@code ownSubjects} are the subjects of the
     * clauses it is an object or oblique in.
     */
    private static @Nullable ActorMention describedCountryOrGroup(Sentence s, Graph g, ActorMention m, Analysis in,
            Map<Integer, List<ActorMention>> bySentence, List<Graph> basics, List<ActorMention> before,
            Set<Integer> ownSubjects) {
        // "Al-Qaida in Iraq has claimed responsibility … Jordan has vowed to hunt down the attackers":
        // attackers of no known side are the armed group named before, never a country as such.
        boolean attackers = "UAF".equals(m.role()) && ATTACKERS.contains(m.lastWord().toLowerCase(Locale.ROOT));
        Kind want = ARMED_ROLES.contains(m.role()) || attackers ? Kind.GROUP : Kind.COUNTRY;
        // "… one million Armenians were killed in these lands. European Parliament members criticized
        // the government": a state named as a state comes before a people named as people.
        // "the US was opposed to North Korea's nuclear program, not the regime itself": a description
        // among a verb's objects is not that verb's own subject.
        // Only the same organ: "Gilani ordered the army to …" is his own country's army.
        // "Washington said the junta must free Aung San Suu Kyi", "a ban announced by Washington in
        // response to the junta's repression": a junta or a regime is what a speaker or an actor
        // calls another's government, never one of its own country.
        Set<String> speakers = new java.util.HashSet<>();
        if (OTHERS_NAMES.contains(m.lastWord().toLowerCase(Locale.ROOT))) {
            Set<Integer> heads = Antecedents.sidesAbove(s, g, m.head());
            for (ActorMention x : before) {
                if (heads.contains(x.head()) && x.actor() != null && x.actor().country() != null) {
                    speakers.add(x.actor().country());
                }
            }
        }
        boolean organ = want == Kind.COUNTRY;
        // "ISLAMABAD: … met the Turkish ambassador. The opposition protested": an envoy posted to the
        // dateline's country carries no opposition, chamber, court or police of his own there.
        String home = in.filedFrom();
        boolean domestic = home != null && DOMESTIC_ROLES.contains(m.role());
        Predicate<ActorMention> notEnvoy = c -> !domestic || c.actor() == null || home.equals(c.actor().country())
                || !PlaceContext.TRAVELLERS.contains(
                        in.sentences().get(c.sentence()).token(c.head()).lemma().toLowerCase(Locale.ROOT));
        // "Afghan refugees have been rounded up by the authorities": refugees are in another's land,
        // and their country's state is no antecedent of the organs that act on them there.
        Predicate<ActorMention> notSpeaker = c -> notEnvoy.test(c)
                && (c.actor() == null || !speakers.contains(c.actor().country()))
                && !hyphenPaired(in.sentences().get(c.sentence()), c, in.mentions())
                && !(organ && "REF".equals(c.role()));
        Predicate<ActorMention> notOwn = c -> notSpeaker.test(c) && !borderPartner(c, in, basics)
                && (c.sentence() != s.index() || !ownSubjects.contains(c.head())
                || !(java.util.Objects.equals(c.role(), m.role()) || c.role() == null && "GOV".equals(m.role())));
        Predicate<ActorMention> namedCountry = c -> Antecedents.compatible(c, Kind.COUNTRY) && c.form() != Form.PEOPLE
                && notOwn.test(c);
        ActorMention a = want == Kind.COUNTRY ? CorefSearch.antecedent(s, g, m.start(), namedCountry,
                before, in, bySentence, basics) : null;
        if (a == null) {
            Kind k = want;
            a = CorefSearch.antecedent(s, g, m.start(), c -> Antecedents.compatible(c, k) && notOwn.test(c), before,
                    in, bySentence, basics);
        }
        if (a == null) {
            // With no other, the subject itself: "Kenya declined to join the mission" (the mission is
            // then no one the act is aimed at).
            Kind k = want;
            a = CorefSearch.antecedent(s, g, m.start(), c -> Antecedents.compatible(c, k) && notSpeaker.test(c),
                    before, in, bySentence, basics);
        }
        if (a == null && attackers) {
            // With no armed group named before, the attackers are of the country named, as other armed
            // men of no known side are: "The Nigerian president vowed to pursue the attackers".
            a = CorefSearch.antecedent(s, g, m.start(), namedCountry, before, in, bySentence, basics);
            want = Kind.COUNTRY;
        }
        if (a == null) {
            return null;
        }
        return CorefSearch.reference(s, m.start() - 1, m.end(), m.head(), a, want == Kind.COUNTRY ? m.role() : null);
    }

    /**
     * The official of the dateline's country whose words a bare "the government" stands in: "KARACHI:
     * … The minister assured them that the government was working hard" is his own government, not
     * a foreign one the story named before. A foreign official's "the government" may be his hosts',
     * so only the dateline's own officials count; null when there is none.
     */
    /**
     * The opposition that is a side of the clause a bare "the government" is in: "the party expressed
     * concern over the government's silence", the party being in opposition. Null when there is none.
     */
    static @Nullable ActorMention opposition(Sentence s, Graph g, ActorMention m, Analysis in,
            List<ActorMention> before) {
        if (m.form() != Form.ROLE || m.actor() != null || !"GOV".equals(m.role()) || m.end() - m.start() != 1
                || !m.lastWord().equals("government") || m.start() == 0
                || !s.token(m.start() - 1).word().equalsIgnoreCase("the")) {
            return null;
        }
        Set<Integer> heads = Antecedents.sidesAbove(s, g, m.head());
        for (ActorMention x : before) {
            if (x.sentence() == s.index() && heads.contains(x.head()) && x.actor() != null
                    && "OPP".equals(RoleCodes.roleOf(x.codeAt(in.document().date())))) {
                return x;
            }
        }
        return null;
    }

    private static @Nullable ActorMention homeOfficial(Sentence s, Graph g, ActorMention m, Analysis in,
            List<ActorMention> before) {
        String home = in.filedFrom();
        if (home == null || !"GOV".equals(m.role()) || m.end() - m.start() != 1
                || !m.lastWord().equals("government")) {
            return null;
        }
        Set<Integer> heads = Antecedents.sidesAbove(s, g, m.head());
        for (ActorMention x : before) {
            String code = x.codeAt(in.document().date());
            if (x.sentence() == s.index() && heads.contains(x.head()) && x.actor() != null
                    && home.equals(x.actor().country()) && code.equals(home + "GOV")) {
                return x;
            }
        }
        return null;
    }

    /**
     * Whether "the police" are the dateline's country's: the document was filed from a place in a
     * country, and no police of another country were named before.
     */
    private static boolean datelinePolice(ActorMention m, Analysis in, List<ActorMention> before) {
        ActorMention dateline = in.dateline();
        if (!"COP".equals(m.role()) || !m.lastWord().equalsIgnoreCase("police") || dateline == null
                || dateline.actor() == null || dateline.actor().country() == null) {
            return false;
        }
        String home = dateline.actor().country();
        for (ActorMention x : before) {
            if ("COP".equals(RoleCodes.roleOf(x.codeAt(in.document().date()))) && x.actor() != null
                    && !home.equals(x.actor().country())) {
                return false;
            }
        }
        return true;
    }

    /** A state's missions abroad, which are never of the country they are in. */
    static final Set<String> MISSIONS = Set.of("embassy", "embassies", "consulate", "consulates");

    /** Last words of the titles of people who command a force: "the army chief", "the commander". */
    private static final Set<String> HEADS = Set.of("chief", "commander");

    /** Words for those who attacked, whose side a report may give before. */
    private static final Set<String> ATTACKERS = Set.of("attackers", "assailants");

    /** Words for the voice of a body. */
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson");

    /** Nouns of a body's part that a "for" or "of" phrase may pass through: "the Punjab chapter of …". */
    private static final Set<String> BODY_PARTS = Set.of("chapter", "wing", "branch", "unit", "office");

    /**
     * The body of society a spokesman speaks for, by a "for" or "of" phrase of his word, through a
     * chapter or a wing of it: one of the sentence's own {@code mentions} whose code on the date has
     * a role that is no state organ's (LAB, BUS, OPP, PTY …); null otherwise.
     */
    private static @Nullable ActorMention voiceOf(Sentence s, Graph g, ActorMention m, List<ActorMention> mentions,
            @Nullable LocalDate date) {
        if (!SPOKES.contains(m.lastWord().toLowerCase(Locale.ROOT)) || m.end() - m.start() > 2) {
            return null;
        }
        List<Integer> nouns = new ArrayList<>();
        for (Edge e : g.children(m.head())) {
            if (e.relation().startsWith("nmod") && g.markedBy(s, e.dependent(), Set.of("for", "of"))) {
                nouns.add(e.dependent());
                if (BODY_PARTS.contains(s.token(e.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                    for (Edge f : g.children(e.dependent())) {
                        if (f.relation().startsWith("nmod") && g.markedBy(s, f.dependent(), Set.of("of"))) {
                            nouns.add(f.dependent());
                        }
                    }
                }
            }
        }
        for (int noun : nouns) {
            for (ActorMention c : mentions) {
                if (c.head() == noun && c.actor() != null) {
                    String role = RoleCodes.roleOf(c.codeAt(date));
                    if (role != null && !role.isEmpty() && !RoleCodes.STATE_ORGANS.contains(role)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** A party's people by the party's common noun: "party workers", "party activists". */
    private static final Set<String> PARTY_PEOPLE = Set.of("party workers", "party worker", "party leadership",
            "party activists", "party activist", "party members", "party supporters");

    /**
     * "The party" alone, or its people ("party workers"): the nearest party named before it, a group
     * or organisation whose code on the date is a party's or the opposition's; null for other words.
     */
    private static @Nullable ActorMention partyNamedBefore(Sentence s, Graph g, ActorMention m, Analysis in,
            Map<Integer, List<ActorMention>> bySentence, List<Graph> basics, List<ActorMention> before) {
        String words = m.text().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        if (!"PTY".equals(m.role()) || !words.equals("party") && !PARTY_PEOPLE.contains(words)) {
            return null;
        }
        LocalDate date = in.document().date();
        return CorefSearch.antecedent(s, g, m.start(), c -> c.actor() != null
                && (c.form() == Form.NAME || c.form() == Form.ROLE)
                && (c.actor().kind() == ActorKind.GROUP || c.actor().kind() == ActorKind.ORG)
                && (RoleCodes.hasRole(c.actor().codeAt(date), "PTY") || RoleCodes.hasRole(c.actor().codeAt(date), "OPP")),
                before, in, bySentence, basics);
    }

    /** Nouns of a frontier between two countries. */
    private static final Set<String> FRONTIERS = Set.of("border", "frontier", "boundary");

    /**
     * Whether a country is one of two joined by a hyphen ("paralysing Pakistan-China tourism and
     * trade", "the China-Pakistan Economic Corridor"): the pair names a relation of two, and "the
     * government" after it is neither one's by that ("US-led" and "Sweden-based" are one country's).
     */
    private static boolean hyphenPaired(Sentence cs, ActorMention c, List<ActorMention> mentions) {
        if (c.actor() == null || c.actor().kind() != ActorKind.COUNTRY) {
            return false;
        }
        boolean before = c.start() >= 2 && HYPHENS.contains(cs.token(c.start() - 1).word())
                && Syntax.countryAt(mentions, c.sentence(), c.start() - 2) != null;
        boolean after = c.end() + 1 < cs.size() && HYPHENS.contains(cs.token(c.end()).word())
                && Syntax.countryAt(mentions, c.sentence(), c.end() + 1) != null;
        return before || after;
    }

    private static final Set<String> HYPHENS = Set.of("-", "–");

    /**
     * Whether a country is the neighbour in "Colombia's border with Venezuela": the story is on the
     * owner's side, and "the government" after it is the owner's, not the neighbour's.
     */
    private static boolean borderPartner(ActorMention c, Analysis in, List<Graph> basics) {
        if (c.actor() == null || c.actor().kind() != ActorKind.COUNTRY) {
            return false;
        }
        Sentence cs = in.sentences().get(c.sentence());
        Graph cg = basics.get(c.sentence());
        int border = cg.governor(c.head());
        if (border < 0 || !FRONTIERS.contains(cs.token(border).lemma().toLowerCase(Locale.ROOT))
                || !cg.markedBy(cs, c.head(), Set.of("with"))) {
            return false;
        }
        for (Edge e : cg.children(border)) {
            if ((e.relation().startsWith("nmod:poss") || e.relation().equals("amod") || e.relation().equals("compound"))
                    && e.dependent() != c.head() && Syntax.countryAt(in.mentions(), c.sentence(), e.dependent()) != null) {
                return true; // "Colombia's border", "the Colombian border"
            }
        }
        return false;
    }

    /**
     * Whether a person's title on the date has the words of a description ("the prime minister" and
     * a prime minister; not a president); a person with no title on record may be either.
     */
    private static boolean titled(ActorMention person, ActorMention description, @Nullable LocalDate date) {
        String title = person.actor() == null ? "" : person.actor().titleAt(date).toLowerCase(Locale.ROOT);
        String words = description.text().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        return title.isEmpty() || forms(words).stream().anyMatch(title::contains);
    }

    /** Whether a word has an "in" (or other place) phrase that names a country: "the forces in Belarus". */
    private static boolean placedInCountry(Sentence s, Graph g, int head, List<ActorMention> all) {
        for (Edge e : g.children(head)) {
            if (!e.relation().startsWith("nmod") || !Syntax.locative(s, g, e.dependent())) {
                continue;
            }
            if (Syntax.countryAt(all, s.index(), e.dependent()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun has an "of" phrase: "the governments of two dozen Western countries". */
    private static boolean ofPhrase(Sentence s, Graph g, int noun) {
        for (Edge e : g.children(noun)) {
            // A noun phrase, not a charge: in "accused the opposition of bribing voters" the parser
            // may make "bribing" an adjective of "voters".
            if (e.relation().startsWith("nmod") && s.token(e.dependent()).isNoun()
                    && g.markedBy(s, e.dependent(), Set.of("of"))
                    && g.children(e.dependent()).stream().noneMatch(c -> s.token(c.dependent()).pos().equals("VBG"))) {
                return true;
            }
        }
        return false;
    }

    /** Plural words for a state's armed men that a story repeats without a determiner. */
    private static final Set<String> FORCES = Set.of("troops", "soldiers");

    /**
     * "clashes between protestors and troops": a forces word alone, with no determiner, modifier or
     * quantity ("rebel soldiers", "thousands of troops" are not the story's troops).
     */
    private static boolean barePlural(Sentence s, Graph g, ActorMention m) {
        if (m.end() - m.start() != 1 || !FORCES.contains(m.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Edge e : g.children(m.head())) {
            if (e.dependent() < m.head() && !e.relation().equals("case") && !e.relation().equals("cc")) {
                return false;
            }
        }
        Edge up = g.head(m.head());
        return up == null || !(up.relation().startsWith("nmod") && g.markedBy(s, m.head(), Set.of("of")));
    }

    /**
     * "Hundreds of Palestinians clashed with Israeli troops … deadly clashes between protestors and
     * troops": a bare forces word in a story that has named the same word with one country's owner
     * is that country's, not the country where the clash happened. Only when every earlier owned
     * use of the word, in the sentences a repeated word reaches back to, names the same country.
     */
    private static @Nullable ActorMention sameForces(Sentence s, ActorMention m, Analysis in,
            Map<Integer, List<ActorMention>> bySentence, List<ActorMention> before) {
        List<ActorMention> earlier = sameWordReach(s, bySentence, before);
        String lemma = s.token(m.head()).lemma().toLowerCase(Locale.ROOT);
        ActorMention found = sameForces(in, m, earlier, Set.of(lemma));
        if (found == null && "MIL".equals(m.role()) && FORCE_WORDS.contains(lemma)) {
            // "Israeli forces have killed 70 people … troops levelling buildings": another word for
            // the one army the story has named.
            found = sameForces(in, m, earlier, FORCE_WORDS);
        }
        return found == null ? null : CorefSearch.reference(s, m.start(), m.end(), m.head(), found, found.role());
    }

    /** Words for an army's men as a body, each of which can take up another. */
    private static final Set<String> FORCE_WORDS = Set.of("troop", "troops", "force", "forces", "soldier", "army",
            "military");

    /**
     * The latest of the mentions before, headed by one of {@code lemmas} with the mention's role, when
     * all such are of one country; else null.
     */
    private static @Nullable ActorMention sameForces(Analysis in, ActorMention m, List<ActorMention> earlier,
            Set<String> lemmas) {
        ActorMention found = null;
        for (ActorMention c : earlier) {
            Sentence cs = in.sentences().get(c.sentence());
            if (c.actor() == null || c.actor().country() == null || c.head() < 0 || c.head() >= cs.size()
                    || !lemmas.contains(cs.token(c.head()).lemma().toLowerCase(Locale.ROOT))
                    || !java.util.Objects.equals(c.role(), m.role())) {
                continue;
            }
            if (found != null && !found.actor().country().equals(c.actor().country())) {
                return null;
            }
            found = c;
        }
        return found;
    }

    /** Words for a government that speakers use of others' governments, not their own. */
    private static final Set<String> OTHERS_NAMES = Set.of("junta", "regime");

    /**
     * Whether an organ found for a description is the organ of the description's own clause subject:
     * the same country, and the subject is the country itself or has the description's role.
     */
    private static boolean ownOrgan(ActorMention organ, ActorMention m, Set<Integer> ownSubjects,
            List<ActorMention> here) {
        for (ActorMention x : here) {
            if (ownSubjects.contains(x.head()) && x.actor() != null && organ.actor() != null
                    && java.util.Objects.equals(x.actor().country(), organ.actor().country())
                    && (x.role() == null || java.util.Objects.equals(x.role(), m.role()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subjects of the clauses a noun is an object or oblique in, its own and those that govern it
     * ("Hill responded that the US was opposed to …, not the regime": the US and Hill); none when the
     * noun is itself its clause's subject.
     */
    private static Set<Integer> clauseSubjectsOf(Graph g, int noun) {
        Set<Integer> out = new java.util.HashSet<>();
        int cur = noun;
        for (int guard = 0; guard < 50; guard++) {
            Edge up = g.head(cur);
            if (up == null || up.relation().startsWith("nsubj")) {
                return out;
            }
            int gov = up.governor();
            for (Edge e : g.children(gov)) {
                if (e.relation().startsWith("nsubj")) {
                    out.add(e.dependent());
                }
            }
            cur = gov;
        }
        return out;
    }

    /**
     * The nearest earlier organisation (IGO, NGO, institution) whose code carries this role, in this
     * sentence or the two before; only a national institution when {@code national}.
     */
    private static @Nullable ActorMention sameRole(Sentence s, ActorMention m, List<ActorMention> before, Analysis in,
            Map<Integer, List<ActorMention>> bySentence, boolean national) {
        if (m.role() == null) {
            return null;
        }
        List<ActorMention> candidates = new ArrayList<>();
        for (int k = Math.max(0, s.index() - CorefSearch.WINDOW); k < s.index(); k++) {
            candidates.addAll(bySentence.getOrDefault(k, List.of()));
        }
        candidates.addAll(before);
        ActorMention best = null;
        for (ActorMention c : candidates) {
            Actor a = c.actor();
            if (a == null || c.form() != Form.NAME || !(a.kind() == ActorKind.IGO || a.kind() == ActorKind.ORG
                    || a.kind() == ActorKind.NGO) || national && a.kind() != ActorKind.ORG) {
                continue;
            }
            if (RoleCodes.hasRole(c.codeAt(in.document().date()), m.role())) {
                best = c;
            }
        }
        return best;
    }
}
