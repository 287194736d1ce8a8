package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Facet;
import org.dyad.core.pipeline.Stage;
import org.jspecify.annotations.Nullable;

/**
 * A light coreference resolver over Dyad's own model, at a small fraction of CoreNLP's cost.
 * Pronouns ("it", "they", "he") and definite descriptions ("the group", "the militants",
 * "the government", "the country") take the most recent compatible actor, preferring the
 * subject of a clause, in the same sentence or the two before it. A description keeps its
 * own role: "the army" after "Pakistan" is PAKMIL.
 *
 * <p>Sentence by sentence: the sentence's own role mentions ({@link RoleDescriptions}), then its
 * pair phrases ({@link PairReferences}), plain nouns after "the" ({@link DefiniteNouns}) and
 * pronouns ({@link Pronouns}), all looking back through {@link CorefSearch}; then the role words
 * that take a country from their owner or side ({@link OrganOwners}) or from the places around
 * them ({@link ContextPlaces}, {@link PlaceContext}). {@link CorefDocument} holds what the
 * sentences before have taught.
 */
public final class CorefStage implements Stage {
    private final @Nullable ActorDictionary actors;
    /** Followers of people the coreference stage resolved ("Yoon supporters", Yoon named by surname). */
    private final @Nullable Followers followers;
    private final @Nullable TakenOffices taken;
    private final PlaceCountries places;
    private final ContextPlaces contextPlaces;
    private final OrganOwners owners;

    /** Without a gazetteer: only countries and capitals give role words a country. */
    public CorefStage() {
        this(null, PlaceCountries.NONE);
    }

    /**
     * With a gazetteer: a town named beside a role word gives it a country too ("police in
     * Peshawar" → PAKCOP). {@code actors} supplies the country actors.
     */
    public CorefStage(@Nullable ActorDictionary actors, PlaceCountries places) {
        this.actors = actors;
        this.places = places;
        this.contextPlaces = new ContextPlaces(actors, places);
        this.owners = new OrganOwners(actors);
        this.followers = actors == null ? null : new Followers(actors);
        this.taken = actors == null ? null : new TakenOffices(actors);
    }

    @Override
    public String name() {
        return "coref";
    }

    @Override
    public Set<Facet> requires() {
        return EnumSet.of(Facet.PARSE, Facet.ACTORS);
    }

    @Override
    public Set<Facet> provides() {
        return EnumSet.of(Facet.COREF);
    }

    @Override
    public Analysis apply(Analysis in) {
        CorefDocument doc = new CorefDocument(in, iso -> actors == null ? null : actors.country(iso).orElse(null),
                places);
        List<ActorMention> out = new ArrayList<>();
        Actor home = contextPlaces.dominantCountry(in.mentions(), in.document().date());
        ActorMention docPlace = in.dateline();
        StoryCountries story = StoryCountries.of(in.filedFrom(), in.mentions());
        ActorMention roleDateline = onlyWhereFiled(in, docPlace) ? null : docPlace;
        for (Sentence s : in.sentences()) {
            List<ActorMention> resolved = resolveSentence(doc, s, home, roleDateline, story);
            if (docPlace != null && s.index() == docPlace.sentence()) {
                // "JERUSALEM: Netanyahu's bid … has threatened to plunge Israel into crisis": the
                // dateline places the report and its role words; it is no actor of the story.
                resolved = new ArrayList<>(resolved);
                resolved.removeIf(m -> m.start() == docPlace.start() && m.end() == docPlace.end());
            }
            out.addAll(resolved);
            doc.bySentence.put(s.index(), resolved);
        }
        return in.withMentions(out);
    }

    /** Seats of international bodies, whose datelines often report on other lands: "GENEVA: The Jenin camp …". */
    private static final Set<String> INTERNATIONAL_SEATS = Set.of("geneva", "the hague", "vienna", "brussels",
            "strasbourg", "luxembourg");

    /**
     * Whether the dateline names only where the report was filed: a seat of international bodies
     * in a story that names other countries and never its own ("GENEVA: … the UN agency for
     * Palestinian refugees said … troops levelling buildings in a refugee camp adjacent to Jenin").
     * Its country then gives no role word a country.
     */
    private static boolean onlyWhereFiled(Analysis in, @Nullable ActorMention dateline) {
        if (dateline == null || dateline.actor() == null
                || !INTERNATIONAL_SEATS.contains(dateline.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String home = dateline.actor().country() != null ? dateline.actor().country() : dateline.actor().id();
        boolean others = false;
        for (ActorMention m : in.mentions()) {
            if (m == dateline || m.actor() == null || m.sentence() == dateline.sentence() && m.start() == dateline.start()) {
                continue;
            }
            String c = RoleCodes.country(m.codeAt(in.document().date()));
            if (home.equals(c)) {
                return false;
            }
            others |= c != null;
        }
        return others;
    }

    /**
     * A sentence's mentions resolved, in order: its own mentions, then the words that refer back,
     * then the role words that take a country from their owner, their side or their place.
     */
    private List<ActorMention> resolveSentence(CorefDocument doc, Sentence s, @Nullable Actor home,
            @Nullable ActorMention docPlace, StoryCountries story) {
        Analysis in = doc.in;
        List<ActorMention> own = new ArrayList<>(doc.bySentence.getOrDefault(s.index(), List.of()));
        Graph g = doc.basics.get(s.index());
        Graph enhanced = Graph.enhanced(s);
        own = PlaceContext.namedPlaces(s, g, own);
        List<ActorMention> resolved = new ArrayList<>(doc.surnames.untagged(s, own));
        for (ActorMention m0 : own) {
            resolveMention(doc, s, g, m0, own, resolved);
        }
        doc.described.learn(s, resolved);
        // "Ms Nawaz said she …": the title is known before the sentence's pronouns look back.
        doc.learnGender(s, resolved);
        // "Yoon's party said it welcomed …": organs whose owner is already known take its country
        // before the pronouns look back for a body; those a pronoun owns ("its army") wait below.
        resolved = owners.possessedOrgans(s, g, resolved, in.document().date());
        resolveWords(doc, s, g, enhanced, resolved);
        resolved = owners.possessedOrgans(s, g, resolved, in.document().date());
        resolved = owners.loyalForces(s, g, resolved, in.document().date());
        resolved = TownsTakenForPeople.apply(s, g, resolved, places);
        resolved = PlaceContext.apply(s, g, enhanced, resolved, contextPlaces.namedPlaces(s, g, resolved, story), docPlace,
                home, places);
        resolved = internationalCourt(resolved, doc.court);
        resolved = sharedTitles(s, g, resolved);
        resolved = othersOfSame(s, g, resolved, in.document().date());
        if (taken != null) {
            resolved = taken.apply(s, resolved, in.document().date());
        }
        if (followers != null) {
            resolved = followers.apply(s, g, resolved, in.document().date());
        }
        resolved.sort((x, y) -> Integer.compare(x.start(), y.start()));
        // Learnt from the sentence's final mentions: a title that the sentence's place or the
        // dateline gave a country keeps it when the name recurs alone.
        doc.surnames.learn(s, resolved);
        return resolved;
    }

    /**
     * Adds to {@code resolved} what one of the sentence's own mentions stands for: the two sides of
     * a pair phrase, the force whose men they are, the person a surname or a description named
     * before, the body whose name ends in the word, or the actor a role description refers to; else
     * the mention itself.
     */
    private static void resolveMention(CorefDocument doc, Sentence s, Graph g, ActorMention m0,
            List<ActorMention> own, List<ActorMention> resolved) {
        Analysis in = doc.in;
        Map<Integer, List<ActorMention>> bySentence = doc.bySentence;
        List<Graph> basics = doc.basics;
        ActorMention m = m0;
        if (m.form() == Form.ROLE && "MIL".equals(m.role()) && bareOfficers(s, m)
                && policeStory(bySentence, s.index(), in)) {
            // "Police officers responding to … Four of the officers then fired": in a story of
            // police and no soldiers, officers are police.
            m = m.withActor(m.actor(), "COP", Form.ROLE, " + officers in a police story");
        }
        if (m.form() == Form.ROLE && m.actor() == null && PairReferences.pairStart(s, m.start(), m.head()) >= 0) {
            List<ActorMention> two = PairReferences.pair(s, g, m.start(), m.end(), m.head(), resolved, in, bySentence,
                    basics);
            if (!two.isEmpty()) {
                // "Olmert and Abbas met … The two leaders discussed": each of the two.
                resolved.addAll(two);
                return;
            }
        }
        ActorMention sender = DeployedMen.sender(s, g, m, resolved);
        if (sender != null) {
            // "Palestinian police deployed large numbers of men": their own men.
            resolved.add(m.withActor(sender.actor(), sender.role(), Form.ROLE,
                    " + deployed by '" + sender.text() + "'"));
            return;
        }
        ActorMention state = DeployedMen.sentBy(s, g, m, resolved, own);
        if (state != null) {
            // "Israel … sending in ground troops": the troops a country sends are its own.
            resolved.add(m.withActor(state.actor(), m.role(), Form.ROLE, DeployedMen.SENT_BY + state.text() + "'"));
            return;
        }
        ActorMention leader = DeployedMen.leader(s, g, m, own);
        Actor leaderCountry = doc.countryOf(leader);
        if (leaderCountry != null) {
            // "a delegation led by Belarusian Defence Minister Victor Khrenin": the leader's country's.
            resolved.add(m.withActor(leaderCountry, m.role(), Form.ROLE, " + led by '" + leader.text() + "'"));
            return;
        }
        ActorMention person = doc.surnames.person(s, m);
        if (person != null) {
            // "Miro Cerar … Cerar said": the surname of someone named in full before.
            resolved.add(m.withActor(person.actor(), person.role(), Form.REFERENCE,
                    Surnames.MARK + person.text() + "'"));
            return;
        }
        ActorMention again = doc.described.named(s, m);
        if (again != null) {
            // "a journalist, Aziz Orujov … Police arrested Orujov": the description holds.
            resolved.add(again);
            return;
        }
        ActorMention byHead = RoleDescriptions.namedByHead(s, m, resolved, bySentence);
        if (byHead != null) {
            // "The UN Human Rights Commission … the Commission demanded": the body named before.
            resolved.add(byHead);
            return;
        }
        ActorMention opposed = RoleDescriptions.oppositionNamedBefore(s, m, in, bySentence, resolved);
        Actor opposedCountry = doc.countryOf(opposed);
        if (opposedCountry != null) {
            // "members of the PTI-backed Sunni Ittehad Council, and the opposition rejected the budget":
            // the opposition of the country whose opposition the story has just named, not of a
            // country named for something else (the Israeli attack on Iran).
            resolved.add(m.withActor(opposedCountry, "OPP", Form.REFERENCE, " + opposition named before: '"
                    + opposed.text() + "'"));
            return;
        }
        ActorMention opposing = RoleDescriptions.opposition(s, g, m, in, resolved);
        Actor opposedGovernment = doc.countryOf(opposing);
        if (opposedGovernment != null) {
            // "the party [PTI] expressed concern over the government's silence on … the Gaza ceasefire":
            // the government an opposition speaks of is its own country's, not one the story named.
            resolved.add(new ActorMention(s.index(), m.start() - 1, m.end(), m.head(), opposedGovernment, m.role(),
                    Form.REFERENCE, s.words(m.start() - 1, m.end()), "coref: the government that '" + opposing.text()
                    + "' opposes"));
            return;
        }
        ActorMention partner = conjoinedOffice(s, g, m, resolved, in.document().date());
        Actor partnerCountry = doc.countryOf(partner);
        if (partnerCountry != null) {
            // "asked the prime minister and the defence minister to explain": offices joined to one
            // whose country is known are of that country, not of the last country named.
            resolved.add(m.withActor(partnerCountry, m.role(), Form.REFERENCE, " + beside '" + partner.text() + "'"));
            return;
        }
        ActorMention r = SelfNamed.isName(s, g, m, own) ? null
                : RoleDescriptions.describe(s, g, m, in, bySentence, basics, resolved);
        resolved.add(r == null ? m : r);
    }

    /**
     * Judges, prosecutors and courts of no stated country in a story about an international court
     * ("imposed sanctions on four more International Criminal Court judges … two deputy
     * prosecutors") are that court's, not of the document's country or the dateline's.
     */
    private static List<ActorMention> internationalCourt(List<ActorMention> ms, @Nullable ActorMention court) {
        if (court == null) {
            return ms;
        }
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            boolean noCountry = m.actor() == null || PlaceContext.countryFromContext(m);
            // "the tribunal", "the court" taken back to a country's name ("The United States … the
            // tribunal") are the court the story is about.
            boolean stateCourt = m.form() == Form.REFERENCE && m.actor() != null
                    && m.actor().kind() == ActorKind.COUNTRY;
            out.add((m.form() == Form.ROLE && noCountry || stateCourt) && "JUD".equals(m.role())
                    ? m.withActor(court.actor(), null, Form.ROLE, " + the story's international court: '" + court.text() + "'")
                    : m);
        }
        return out;
    }

    /**
     * The mention a described office of no country ("the defence minister") is joined to by "and"
     * when that one is resolved to the same role in a country: "the prime minister" of "asked the
     * prime minister and the defence minister to explain"; else null.
     */
    private static @Nullable ActorMention conjoinedOffice(Sentence s, Graph g, ActorMention m,
            List<ActorMention> resolved, @Nullable LocalDate date) {
        Edge up = g.head(m.head());
        // One office, described: not "Burundian President Pierre Nkurunziza and 47 other leaders".
        if (m.actor() != null || m.form() != Form.ROLE || m.role() == null || up == null
                || !up.relation().startsWith("conj") || !m.text().toLowerCase(Locale.ROOT).startsWith("the ")
                && (m.start() == 0 || !s.token(m.start() - 1).word().equalsIgnoreCase("the"))
                || !s.token(m.head()).pos().equals("NN")) {
            return null;
        }
        for (ActorMention x : resolved) {
            String code = x.codeAt(date);
            // "an appeal to Prime Minister Shehbaz Sharif and the army chief": organs of one state.
            String role = RoleCodes.roleOf(code);
            // Another organ only beside one named: "the government and the army" are left to the rest.
            boolean sameState = m.role().equals(role) || x.form() == Form.NAME && role != null
                    && RoleCodes.STATE_ORGANS.contains(m.role()) && RoleCodes.STATE_ORGANS.contains(role);
            if (x.head() == up.governor() && x.actor() != null && sameState && RoleCodes.country(code) != null) {
                return x;
            }
        }
        return null;
    }

    /**
     * Adds to {@code resolved} what the sentence's words that no mention covers refer back to: pair
     * phrases ("the two countries", "both sides", "the two"), plain nouns after "the" ("the group",
     * "the move") and pronouns.
     */
    private static void resolveWords(CorefDocument doc, Sentence s, Graph g, Graph enhanced,
            List<ActorMention> resolved) {
        Analysis in = doc.in;
        Map<Integer, List<ActorMention>> bySentence = doc.bySentence;
        List<Graph> basics = doc.basics;
        Pronouns pronouns = new Pronouns(doc, s, g, enhanced, resolved);
        for (Token t : s.tokens()) {
            boolean bareTwo = PairReferences.bareTwo(s, t.index());
            int pairStart = bareTwo ? t.index() - 1
                    : t.isNoun() ? PairReferences.pairStart(s, t.index(), t.index()) : -1;
            if (pairStart >= 0 && !Syntax.covered(resolved, t.index())) {
                // "the two countries signed", "both sides agreed", "the two met": each of the two.
                resolved.addAll(PairReferences.pair(s, g, pairStart, t.index() + 1, t.index(), resolved, in,
                        bySentence, basics));
                continue;
            }
            if (t.isNoun() && DefiniteNouns.nationalGroup(s, g, t, resolved, in, bySentence, basics)) {
                continue;
            }
            if (t.isNoun() && t.index() > 0 && !Syntax.covered(resolved, t.index())
                    && s.token(t.index() - 1).word().equalsIgnoreCase("the")) {
                DefiniteNouns.resolve(s, g, t, resolved, in, bySentence, basics, doc.countries);
                continue;
            }
            if (t.word().equalsIgnoreCase("whose") && !Syntax.covered(resolved, t.index())) {
                pronouns.resolveWhose(t);
                continue;
            }
            if (!t.isPronoun() || Syntax.covered(resolved, t.index())) {
                continue;
            }
            pronouns.resolve(t);
        }
    }

    /**
     * "first deputy prime ministers Anatoly Chubais and Boris Nemtsov", "PTI leaders Meher Bano
     * Qureshi, Zahid Bahar Hashmi, and Diler Mahar": a title in the plural before one name is also
     * that of the unknown people named in the name's conjuncts.
     */
    private static List<ActorMention> sharedTitles(Sentence s, Graph g, List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>(ms);
        for (int i = 0; i < out.size(); i++) {
            ActorMention m = out.get(i);
            Edge up = g.head(m.head());
            if (m.actor() != null || m.form() != Form.UNKNOWN || !s.token(m.head()).ner().equals("PERSON")
                    || up == null || !up.relation().startsWith("conj")) {
                continue;
            }
            for (ActorMention t : ms) {
                if (t.form() == Form.ROLE && t.role() != null && t.head() == up.governor()
                        && pluralTitle(s, t) && Syntax.endsInName(s, t)) {
                    out.set(i, m.withActor(t.actor(), t.role(), Form.ROLE, " + title shared with '" + t.text() + "'"));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the title before a name is in the plural: "first deputy prime ministers Anatoly
     * Chubais", "PTI leaders Meher Bano Qureshi" (a plural word before the name's first word).
     */
    private static boolean pluralTitle(Sentence s, ActorMention t) {
        for (int k = t.start(); k < t.end() && !"PERSON".equals(s.token(k).ner()); k++) {
            if (s.token(k).pos().equals("NNS")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "to meet Indian counterpart Subrahmanyam Jaishankar and other officials": a role of no
     * country, modified by "other" alone, joined to an actor of a country in the same role is of
     * that country too ("Putin and other world leaders", with a modifier of its own, is not).
     */
    private List<ActorMention> othersOfSame(Sentence s, Graph g, List<ActorMention> ms, @Nullable LocalDate date) {
        List<ActorMention> out = new ArrayList<>(ms);
        for (int i = 0; i < out.size(); i++) {
            ActorMention m = out.get(i);
            Edge up = g.head(m.head());
            if (m.actor() != null || m.form() != Form.ROLE || m.role() == null || up == null
                    || !up.relation().startsWith("conj") || !onlyOther(s, g, m)) {
                continue;
            }
            for (ActorMention t : ms) {
                if (t != m && t.head() == up.governor() && t.actor() != null && t.actor().country() != null
                        && m.role().equals(RoleCodes.roleOf(t.codeAt(date)))) {
                    Actor country = actors == null ? null : actors.country(t.actor().country()).orElse(null);
                    if (country != null) {
                        out.set(i, m.withActor(country, m.role(), Form.ROLE, " + others of '" + t.text() + "'"));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the modifiers of a role word are "other" and determiners only (no number, no "of" phrase). */
    private static boolean onlyOther(Sentence s, Graph g, ActorMention m) {
        boolean other = false;
        for (Edge e : g.children(m.head())) {
            String w = s.token(e.dependent()).word().toLowerCase(Locale.ROOT);
            if (e.relation().equals("amod") && w.equals("other")) {
                other = true;
            } else if (e.relation().equals("amod") || e.relation().equals("compound") || e.relation().startsWith("nmod")
                    || e.relation().equals("nummod")) {
                // "He and other 47 leaders of African countries": a counted set is no one's own.
                return false;
            }
        }
        return other;
    }

    private static final Set<String> OFFICERS = Set.of("officer", "officers");

    /** Whether a mention is the one word "officer" or "officers", which police and armies share. */
    private static boolean bareOfficers(Sentence s, ActorMention m) {
        return m.end() - m.start() == 1 && OFFICERS.contains(s.token(m.head()).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the document so far names police and no armed forces other than bare "officers":
     * the story where "officers" are police officers.
     */
    private static boolean policeStory(Map<Integer, List<ActorMention>> bySentence, int upto, Analysis in) {
        boolean police = false;
        for (int k = 0; k <= upto; k++) {
            Sentence ks = in.sentences().get(k);
            for (ActorMention x : bySentence.getOrDefault(k, List.of())) {
                if ("COP".equals(x.role())) {
                    police = true;
                } else if ("MIL".equals(x.role()) && !bareOfficers(ks, x)) {
                    return false;
                }
            }
        }
        return police;
    }
}
