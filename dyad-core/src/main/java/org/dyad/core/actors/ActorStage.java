package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.NameEntry;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Allies;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Facet;
import org.dyad.core.pipeline.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Finds actor mentions: dictionary phrases, composed into actors with roles. "Nigerian
 * security forces", "Nigeria's security forces" and "the security forces of Nigeria" all give
 * the country NGA with the role MIL; "former prime minister" gives the role ELI; "Egyptian
 * foreign minister Sameh Shoukry" is one mention of a person or, when the person is unknown,
 * of EGY with GOV. Named entities that no dictionary knows are kept as unknown actors.
 */
public final class ActorStage implements Stage {
    private static final int MAX_GAP = 3;
    private final PhraseMatcher matcher;
    private final ActorDictionary dictionary;
    private final Offices offices;
    private final Followers followers;
    private final PlaceCountries places;

    /** International bodies by their code, for the staff of a person who holds an office in one. */
    private final Map<String, Actor> organisationsByCode;

    public ActorStage(ActorDictionary dictionary) {
        this(dictionary, PlaceCountries.NONE);
    }

    /**
     * With a gazetteer: a dateline's town gives local names its country too ("PESHAWAR: The
     * Jamaat-i-Islami …" is Pakistan's party, in a story that names Israel and Qatar more).
     */
    public ActorStage(ActorDictionary dictionary, PlaceCountries places) {
        this.places = places;
        this.matcher = new PhraseMatcher(dictionary);
        this.dictionary = dictionary;
        this.offices = new Offices(dictionary);
        this.followers = new Followers(dictionary);
        Map<String, Actor> igos = new HashMap<>();
        for (Actor a : dictionary.actors()) {
            if ((a.kind() == ActorKind.IGO || a.kind() == ActorKind.NGO) && a.codes().size() == 1 && !a.codes().get(0).dated()) {
                igos.putIfAbsent(a.codes().get(0).code(), a);
            }
        }
        this.organisationsByCode = Map.copyOf(igos);
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Facet> requires() {
        return EnumSet.of(Facet.PARSE);
    }

    @Override
    public Set<Facet> provides() {
        return EnumSet.of(Facet.ACTORS);
    }

    /**
     * Names are read on the document's date. When a name has a local reading ("Congress", "FSA"),
     * the document decides it: a local name of an actor it names in full elsewhere, else one of
     * the document's country; see {@link DocumentCountry}. With neither, a name with only local
     * readings is left unmatched.
     */
    @Override
    public Analysis apply(Analysis in) {
        LocalDate date = in.document().date();
        List<Sentence> sentences = in.sentences();
        List<List<PhraseMatcher.Found>> found = new ArrayList<>(sentences.size());
        boolean contested = false;
        for (Sentence s : sentences) {
            List<PhraseMatcher.Found> f = matcher.find(s, date, null);
            found.add(f);
            for (PhraseMatcher.Found x : f) {
                contested |= x.contested();
            }
        }
        if (contested) {
            int at = Dateline.sentence(sentences);
            ActorMention dateline = Dateline.find(sentences, mentions(sentences.get(at), found.get(at), date,
                    Litigants.Context.UNKNOWN, List.of()), places, dictionary);
            String home = DocumentCountry.of(found, dateline);
            Set<String> named = DocumentCountry.named(found);
            // The dateline's country first: a story filed in Islamabad reads "PTI" as Pakistan's
            // party even when it names India more often than Pakistan.
            List<String> homes = new ArrayList<>(2);
            if (dateline != null && dateline.actor() != null && dateline.actor().country() != null) {
                homes.add(dateline.actor().country());
            }
            if (home != null && !homes.contains(home)) {
                homes.add(home);
            }
            List<String> others = DocumentCountry.ranked(found, dateline);
            if (!homes.isEmpty() || !named.isEmpty() || !others.isEmpty()) {
                for (int i = 0; i < sentences.size(); i++) {
                    if (found.get(i).stream().anyMatch(PhraseMatcher.Found::contested)) {
                        // Only sentences with a local name read differently in the document's light.
                        found.set(i, matcher.find(sentences.get(i), date, homes, named, others));
                    }
                }
            }
        }
        Litigants.Context context = Litigants.of(sentences);
        List<ActorMention> all = new ArrayList<>();
        Map<String, OccupationBodies.Name> acronyms = new HashMap<>();
        Map<String, NameEntry> defined = new HashMap<>();
        Map<String, NameEntry> spelled = new HashMap<>();
        Map<String, NameEntry> compass = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            found.set(i, DefinedAcronyms.apply(sentences.get(i), found.get(i), defined));
            found.set(i, DefinedAcronyms.initials(sentences.get(i), found.get(i), spelled));
            found.set(i, CompassNames.apply(sentences.get(i), found.get(i), compass));
            // "The Zambian Union of Mine Workers (ZUMW) … The ZUMW said": the acronym is the union in later sentences too.
            List<OccupationBodies.Name> bodies = new ArrayList<>(OccupationBodies.find(sentences.get(i), found.get(i)));
            acronyms.putAll(OccupationBodies.acronyms(bodies));
            bodies.addAll(OccupationBodies.uses(sentences.get(i), found.get(i), bodies, acronyms));
            all.addAll(mentions(sentences.get(i), found.get(i), date, context, bodies));
        }
        return in.withMentions(all, Dateline.find(sentences, all, places, dictionary));
    }

    /** A dictionary phrase being composed. */
    private static final class Part {
        final int start;
        final int end;
        final NameEntry entry;
        int head;
        boolean used;
        @Nullable String modifierRole;

        Part(int start, int end, NameEntry entry) {
            this.start = start;
            this.end = end;
            this.entry = entry;
        }

        boolean isRole() {
            return entry.use() == NameEntry.Use.ROLE;
        }

        boolean isModifier() {
            return entry.use() == NameEntry.Use.MODIFIER;
        }

        boolean isPerson() {
            return entry.actor() != null && entry.actor().kind() == ActorKind.PERSON;
        }

        /** Whether this part can own a role word: countries, groups, organisations. */
        boolean canOwnRole() {
            Actor a = entry.actor();
            return a != null && a.kind() != ActorKind.PERSON && entry.use() != NameEntry.Use.PEOPLE;
        }
    }

    /**
     * The mentions of one sentence on no particular date, in order of their first token; the
     * sentence is its own document ({@link Litigants}).
     */
    public List<ActorMention> mentions(Sentence s) {
        List<PhraseMatcher.Found> found = matcher.find(s);
        return mentions(s, found, null, Litigants.of(List.of(s)), OccupationBodies.find(s, found));
    }

    /**
     * The mentions of one sentence from the phrases found in it, on a date, in order of their
     * first token; {@code context} says whether the document is political or about a lawsuit, and
     * {@code bodies} are the names of unions and professional bodies in it ({@link OccupationBodies}),
     * which replace the dictionary phrases inside them.
     */
    private List<ActorMention> mentions(Sentence s, List<PhraseMatcher.Found> found, @Nullable LocalDate date,
            Litigants.Context context, List<OccupationBodies.Name> bodies) {
        Graph g = Graph.basic(s);
        List<Part> parts = new ArrayList<>();
        for (PhraseMatcher.Found f : found) {
            if (f.entry().use() == NameEntry.Use.BLOCK || bodies.stream().anyMatch(b -> b.start() < f.end() && f.start() < b.end())) {
                continue;
            }
            if (roleWordOfNoOne(s, g, f)) {
                continue;
            }
            Part p = new Part(f.start(), f.end(), f.entry());
            p.head = g.spanHead(f.start(), f.end());
            parts.add(p);
        }
        List<ActorMention> out = new ArrayList<>();
        attachModifiers(s, parts);
        composeRoles(s, g, parts, out, context, date);
        mergePeople(s, g, parts, out, date);
        for (OccupationBodies.Name b : bodies) {
            out.add(mention(s, b.start(), b.end(), g.spanHead(b.start(), b.end()), b.actor(), b.role(), Form.ROLE, b.rule()));
        }
        for (Part p : parts) {
            if (p.used || p.isModifier() || p.isRole()) {
                continue;
            }
            if (p.entry.use() == NameEntry.Use.ADJECTIVE && madeBy(s, p)) {
                // "the Iranian-designed Shahed type": where a thing was made, not an actor.
                continue;
            }
            Edge modified = g.head(p.head);
            if (p.entry.use() == NameEntry.Use.ADJECTIVE && modified != null && modified.relation().equals("amod")
                    && LANGUAGE_NOUNS.contains(s.token(modified.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                // "restrictions on the use of the Russian language": a language, not the country.
                continue;
            }
            CompanyNames.Name company = p.entry.actor() != null && p.entry.actor().kind() == ActorKind.COUNTRY
                    ? CompanyNames.around(s, p.start, p.end, k -> coveredByPart(parts, p, k)) : null;
            if (company != null) {
                // "Dutch Rail", "Kenya Power": a company named with a country word is the country's business.
                out.add(mention(s, company.start(), company.end(), g.spanHead(company.start(), company.end()),
                        p.entry.actor(), "BUS", Form.ROLE, p.entry.rule() + " + company name '"
                        + s.words(company.start(), company.end()) + "'"));
                continue;
            }
            String role = p.modifierRole;
            if (role == null && (p.entry.use() == NameEntry.Use.PEOPLE || p.entry.use() == NameEntry.Use.ADJECTIVE)
                    && g.children(p.head, "amod").stream()
                    .anyMatch(e -> s.token(e.dependent()).word().equalsIgnoreCase("ethnic"))) {
                // "Bhutan expelled more ethnic Nepalese": people of a nation, not its state.
                role = "CVL";
            }
            out.add(mention(s, p.start, p.end, p.head, p.entry.actor(), role, formOf(p.entry), p.entry.rule()));
        }
        List<ActorMention> named = new ArrayList<>(out.size());
        List<ActorMention> absorbed = new ArrayList<>();
        for (ActorMention m : out) {
            ActorMention chief = chiefOf(s, g, out, m);
            if (chief != m) {
                // "Ahmadi community spokesperson Aamir Mahmood": the head word's own mention joins the body's.
                out.stream().filter(t -> t.start() >= m.end() && t.end() <= chief.end()).forEach(absorbed::add);
            }
            named.add(chief);
        }
        named.removeAll(absorbed);
        out = named;
        out.removeIf(m -> partOfLongerName(s, m) || izafatTail(s, m));
        // Words a nonactor phrase covers are no unknown entity either: "CCTV" of "CCTV footage".
        java.util.BitSet blocked = new java.util.BitSet(s.size());
        for (PhraseMatcher.Found f : found) {
            if (f.entry().use() == NameEntry.Use.BLOCK && !f.entry().scope().local()) {
                blocked.set(f.start(), f.end());
            }
        }
        addUnknownEntities(s, g, out, blocked, date);
        out = offices.appositions(s, g, out, date);
        out = Offices.lieutenants(s, g, out);
        out = Residence.apply(s, g, out);
        out = RegionalPeoples.apply(s, out, dictionary);
        out = GeneralRank.apply(s, out);
        out = InstitutionNames.administrations(g, out);
        out = InstitutionNames.stateRun(s, g, out);
        out = withoutCountryTitles(g, out);
        out = followers.apply(s, g, out, date);
        out = OrganCompounds.apply(s, g, out, dictionary);
        out.removeIf(m -> foreignOfNoCountry(s, g, m) || rightsHolders(s, m));
        out.sort(Comparator.comparingInt(ActorMention::start).thenComparingInt(ActorMention::end));
        return out;
    }

    /**
     * Whether a role word only says whose rights a phrase is about: "the women's rights commission",
     * "women rights activists", "workers' rights". The commission and the activists act; the women
     * and the workers do not.
     */
    private static boolean rightsHolders(Sentence s, ActorMention m) {
        if (m.form() != ActorMention.Form.ROLE || m.actor() != null) {
            return false;
        }
        int k = m.end() < s.size() && s.token(m.end()).isPossessiveMark() ? m.end() + 1 : m.end();
        return k < s.size() && s.token(k).word().equalsIgnoreCase("rights");
    }

    /**
     * Whether a role of no country that acts is called foreign ("Foreign troops eventually pulled
     * out", "foreign fighters cross into Iraq"): someone else's than the country the story is about,
     * whom no context can give a country, so no actor.
     */
    private static boolean foreignOfNoCountry(Sentence s, Graph g, ActorMention m) {
        Edge up = m.head() < 0 ? null : g.head(m.head());
        if (m.actor() != null || m.role() == null || up == null || !up.relation().startsWith("nsubj")) {
            // Only as the one who acts: "threatened to fight any foreign force" keeps the force as
            // a role of no country, which is all the text says.
            return false;
        }
        for (Edge e : g.children(m.head(), "amod")) {
            int d = e.dependent();
            if ((d < m.start() || d >= m.end()) && s.token(d).word().equalsIgnoreCase("foreign")) {
                return true;
            }
        }
        return false;
    }

    /** Words for the media that, modifying another noun, name a kind of thing: "press appearance". */
    private static final Set<String> MEDIA_AS_KIND = Set.of("press", "media");

    /**
     * Whether a one-word role names no one: used as a verb ("to press their demands", "pressed
     * Clinton"), or "press" and "media" modifying another noun, a kind of thing ("a joint press
     * appearance", "media freedom"; "a newspaper chief" is one).
     */
    private static boolean roleWordOfNoOne(Sentence s, Graph g, PhraseMatcher.Found f) {
        if (f.entry().use() != NameEntry.Use.ROLE || f.end() - f.start() != 1) {
            return false;
        }
        Token t = s.token(f.start());
        Edge up = g.head(f.start());
        return t.pos().startsWith("VB") || MEDIA_AS_KIND.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                && up != null && up.relation().equals("compound") || stance(s, f.start());
    }

    /** Possessive pronouns that make "opposition" someone's stance: "voiced his opposition to". */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");

    /**
     * Whether "opposition" is a stance, not the opposition parties: someone's ("his opposition"),
     * or against something without "the" ("voiced strong opposition to the plan").
     */
    private static boolean stance(Sentence s, int i) {
        if (!s.token(i).word().equalsIgnoreCase("opposition") || i == 0) {
            return false;
        }
        String before = s.token(i - 1).word().toLowerCase(java.util.Locale.ROOT);
        // "to" as a preposition, not an infinitive's: "an attempt by the Venezuelan opposition to bring in aid".
        boolean toAfter = i + 2 < s.size() && s.token(i + 1).word().equalsIgnoreCase("to")
                && !s.token(i + 2).pos().equals("VB");
        return POSSESSIVES.contains(before) || toAfter && STANCE_BEFORE.contains(before);
    }

    /** Words before "opposition to" that make it a stance: "voiced opposition to", "strong opposition to". */
    private static final Set<String> STANCE_BEFORE = Set.of("voiced", "voice", "voicing", "expressed", "express",
            "expressing", "reiterated", "reiterate", "stated", "restated", "signalled", "signaled", "registered",
            "strong", "fierce", "vehement", "firm", "growing", "widespread", "stiff", "staunch", "continued",
            "outright", "total");

    /** Participles of making that a country adjective can be joined to: "Iranian-designed", "Chinese-made". */
    private static final Set<String> MADE = Set.of("designed", "made", "built", "manufactured", "produced",
            "developed", "supplied", "origin");

    /** Whether an adjective is joined by a hyphen to a participle of making: "Iranian-designed drones". */
    private static boolean madeBy(Sentence s, Part p) {
        return p.end + 1 < s.size() && s.token(p.end).word().equals("-")
                && MADE.contains(s.token(p.end + 1).word().toLowerCase(Locale.ROOT));
    }

    /** Nouns that a country adjective names a language of, not an actor: "the Russian language". */
    private static final Set<String> LANGUAGE_NOUNS = Set.of("language", "tongue", "dialect", "script", "alphabet");

    private static Form formOf(NameEntry e) {
        switch (e.use()) {
            case ADJECTIVE: return Form.ADJECTIVE;
            case PEOPLE: return Form.PEOPLE;
            case CAPITAL: return Form.CAPITAL;
            case SEAT: return Form.SEAT;
            case ROLE: return Form.ROLE;
            default: return Form.NAME;
        }
    }

    /** Words for a leader's government as a whole: "Hasina's government", "the Assad regime". */
    private static final Set<String> REGIMES = Set.of("government", "regime", "administration");

    /**
     * Whether a title starting at {@code start} is one its holder had when the act took place:
     * "then-president Joe Biden", "the then prime minister Imran Khan". The title, not the
     * person's role on the article's date, says who acted.
     */
    private static boolean heldThen(Sentence s, int start) {
        int k = start - 1;
        if (k >= 0 && s.token(k).word().equals("-")) {
            k--;
        }
        return k >= 0 && s.token(k).word().equalsIgnoreCase("then");
    }

    /** "former", "ex-": the next phrase within a few words becomes an elite. */
    private static void attachModifiers(Sentence s, List<Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            Part m = parts.get(i);
            if (!m.isModifier()) {
                continue;
            }
            m.used = true;
            for (int j = i + 1; j < parts.size(); j++) {
                Part t = parts.get(j);
                if (t.start - m.end > MAX_GAP) {
                    break;
                }
                if (!t.isModifier()) {
                    t.modifierRole = m.entry.role();
                    break;
                }
            }
        }
    }

    /** Words for a state's representatives, who can be posted to an international body. */
    private static final Set<String> POSTED = Set.of("envoy", "envoys", "ambassador", "ambassadors",
            "representative", "representatives", "delegate", "delegates", "delegation", "mission");

    /**
     * "China's UN envoy Wang Guangya", "Britain's UN Ambassador": a state's representative to an
     * international body is the state's, as "Turkey's ambassador to Paris" is Turkey's; the body
     * is only where the post is. Other owners are returned as they are.
     */
    private static List<Part> postedTo(Sentence s, List<Part> owners, Part r) {
        if (owners.size() < 2 || !POSTED.contains(s.token(r.head).word().toLowerCase(Locale.ROOT))) {
            return owners;
        }
        List<Part> states = new ArrayList<>();
        List<Part> bodies = new ArrayList<>();
        for (Part o : owners) {
            Actor a = o.entry.actor();
            if (a != null && a.kind() == ActorKind.COUNTRY) {
                states.add(o);
            } else if (a != null && a.kind() == ActorKind.IGO) {
                bodies.add(o);
            }
        }
        if (states.size() != 1 || bodies.isEmpty() || states.size() + bodies.size() != owners.size()) {
            return owners;
        }
        for (Part b : bodies) {
            b.used = true;
        }
        return states;
    }

    private void composeRoles(Sentence s, Graph g, List<Part> parts, List<ActorMention> out,
            Litigants.Context context, @Nullable LocalDate date) {
        Map<Part, Part> ownerBefore = new HashMap<>();
        for (Part r : parts) {
            if (!r.isRole() || r.used) {
                continue;
            }
            if (("PTY".equals(r.entry.role()) || "GOV".equals(r.entry.role()))
                    && Litigants.notParty(s, g, r.start, r.end, r.head, context)) {
                // "the parties agreed to settle", "both parties to the case": litigants, not a party;
                // "the two sides agreed to extend the contract": not governments.
                r.used = true;
                continue;
            }
            if (r.start > 0 && s.token(r.start - 1).word().equals("-") && r.end < s.size()
                    && s.token(r.end).pos().startsWith("NN") && !heldThen(s, r.start)) {
                // "the six-party talks", "anti-government protesters": a role word that a hyphen joins
                // to the word before it is part of a modifier, not an actor ("then-president Joe
                // Biden" is a title).
                r.used = true;
                continue;
            }
            if (r.end + 1 < s.size() && s.token(r.end).word().equals("-")
                    && s.token(r.end + 1).word().equalsIgnoreCase("to")) {
                // "people-to-people contacts", "military-to-military ties": the first half of such a
                // pair is a modifier too.
                r.used = true;
                continue;
            }
            if (ofAnotherRole(s, g, parts, r)) {
                // "leaders of the opposition coalition", "members of the Zimbabwean opposition": the body
                // they belong to says who they are; the coder follows "of" from the leader to it.
                r.used = true;
                continue;
            }
            List<Part> owners = postedTo(s, owners(s, g, parts, r), r);
            Part shared = owners.isEmpty() ? conjunctsOwner(g, r, ownerBefore) : null;
            if (shared != null) {
                // "PTI leaders and workers": the role word joined to one that an owner before both
                // owns is that owner's too (a mention of its own).
                owners = List.of(shared);
            }
            if (owners.isEmpty() && insideOwned(out, r)) {
                // "leaders and workers of PTI": the role word joined to one an owner after both
                // already spans is that owner's too, one mention with it.
                r.used = true;
                continue;
            }
            String role = r.modifierRole != null ? r.modifierRole : r.entry.role();
            String rule = r.entry.rule();
            CivilianFields.Field field = CivilianFields.before(s, r.start, r.end);
            if (field != null) {
                // "customs officers" (COP), "a press officer" (GOV): a civilian field, not the military rank.
                if (field.role() == null) {
                    r.used = true;
                    continue;
                }
                role = r.modifierRole != null ? r.modifierRole : field.role();
                rule = rule + " + civilian field '" + field.word() + "'";
            }
            if (s.words(r.start, r.end).equals("Justice")
                    && (r.end >= s.size() || !"PERSON".equals(s.token(r.end).ner()))) {
                // "Justice Sardar Liaqat Hussain" is a judge; "Justice" before no name is no actor.
                r.used = true;
                continue;
            }
            if (clockTime(s, r)) {
                // "at 5 PM": a time of day, not a prime minister.
                r.used = true;
                continue;
            }
            if (owners.isEmpty() && forceAsMeans(s, g, r)) {
                // "use excessive and unnecessary force against protesters": force used is a means, not an army.
                r.used = true;
                continue;
            }
            if (owners.isEmpty() && adjectiveOnly(s, g, r)) {
                // "official contact", "military cooperation": a role word used as an adjective of
                // something else names no actor.
                r.used = true;
                continue;
            }
            Part origin = !owners.isEmpty() ? null : "REF".equals(role) ? origin(s, g, parts, r)
                    : MIGRANT_ROLES.contains(role) ? countryAt(parts, r, Origins.ofMigrants(s, g, r.head)) : null;
            if (origin != null) {
                // "refugees from Syria", "refugees fleeing the civil war in Liberia": their origin's refugees.
                boolean adjacent = origin.start > r.end && origin.start - r.end <= 2
                        && s.token(r.end).word().equalsIgnoreCase("from");
                origin.used |= adjacent;
                out.add(mention(s, r.start, adjacent ? origin.end : r.end, r.head, origin.entry.actor(), role, Form.ROLE,
                        rule + " + origin: '" + s.words(origin.start, origin.end) + "' (" + origin.entry.rule() + ")"));
                r.used = true;
                continue;
            }
            OrganisationTitles.Owner company = owners.isEmpty() && "GOV".equals(role) && r.modifierRole == null
                    ? OrganisationTitles.of(s, g, r.start, r.end, r.head, k -> coveredByPart(parts, r, k)) : null;
            if (company != null) {
                // "KLM president Pieter Elbers", "the president of Coincheck": the organisation's, not a state's.
                r.used = true;
                if (company.role() != null) {
                    int start = company.end() == r.start || company.end() + 1 == r.start ? company.start() : r.start;
                    out.add(mention(s, start, r.end, r.head, null, company.role(), Form.ROLE,
                            rule + " + organisation '" + s.words(company.start(), company.end()) + "'"));
                }
                continue;
            }
            Part possessor = owners.isEmpty() ? possessingPerson(s, g, parts, r) : null;
            Actor body = personsOrganisation(possessor, date);
            if (body != null) {
                // "Kofi Annan's special envoy" (2006): the staff of a person in an international office
                // are that body's, not the person's home country's.
                out.add(mention(s, r.start, r.end, r.head, body, null, Form.ROLE, rule + "+owner's office"));
                r.used = true;
                continue;
            }
            if (owners.isEmpty()) {
                Actor country = personsCountry(possessor, role);
                if (country != null) {
                    // "Assimi Goita's government", "Putin's army": a leader's state organs are his country's.
                    // "President Reagan's chief of staff" runs his office, not an army; "Tsvangirai's
                    // spokesperson" (2005) speaks for the opposition leader, in the leader's role.
                    String leaderRole = RoleCodes.roleOf(possessor.entry.actor().codeAt(date));
                    if ("GOV".equals(role) && !"GOV".equals(leaderRole) && leaderRole != null
                            && REGIMES.contains(s.token(r.head).lemma().toLowerCase(Locale.ROOT))) {
                        // "symbols of Hasina's government" after her fall: the government she led, read
                        // on the event's date through her own dated roles (hers while she governed,
                        // her camp's after), not the state's government of the day.
                        out.add(mention(s, r.start, r.end, r.head, possessor.entry.actor(), null, Form.ROLE,
                                rule + "+owner, out of office"));
                        r.used = true;
                        continue;
                    }
                    String ownRole = !leadersStaff(s, r) ? role
                            : leaderRole == null || leaderRole.isEmpty() ? "GOV" : leaderRole;
                    out.add(mention(s, r.start, r.end, r.head, country, ownRole, Form.ROLE, rule + "+owner"));
                    r.used = true;
                    continue;
                }
                out.add(mention(s, r.start, r.end, r.head, null, role, Form.ROLE, rule));
                r.used = true;
                continue;
            }
            for (Part a : owners) {
                String mod = a.modifierRole != null ? a.modifierRole : r.modifierRole;
                String useRole = mod != null ? mod : a.entry.use() == NameEntry.Use.SEAT && leadersStaff(s, r) ? "GOV" : role;
                String bodyRole = a.entry.actor() == null || a.entry.actor().kind() != ActorKind.ORG ? null
                        : RoleCodes.roleOf(a.entry.actor().codeAt(date));
                if (mod == null && bodyRole != null && !bodyRole.isEmpty()
                        && OFFICERS.contains(s.words(r.start, r.end).toLowerCase(java.util.Locale.ROOT))) {
                    // "officers of the Immigration and Naturalization Service": an agency's officers
                    // are the agency (USAGOV), not soldiers; "FBI officers" stay police.
                    useRole = bodyRole;
                }
                int start = Math.min(a.start, r.start);
                int end = Math.max(a.end, r.end);
                if (owners.size() == 1 && a.end <= r.start && g.governor(a.head) != r.head
                        && coveredByPart(parts, r, a.end)) {
                    // "Israeli settlers and soldiers": the soldiers take the adjective of the noun they
                    // are joined to, but the mention is theirs alone, not the settlers' words too.
                    start = r.start;
                }
                if (a == shared) {
                    // The owner's words belong to the first role word's mention.
                    start = r.start;
                }
                if (a != shared && a.end < r.start && DefinedAcronyms.close(s.token(a.end).word())) {
                    // "(PKI) President Khalid Khokhar": the mention takes both brackets, not half of them.
                    start = a.start - 1;
                }
                if (owners.size() > 1) {
                    // "Hungarian and Romanian officials": each owner with the shared role word. Mentions
                    // must not nest, so only the owner next to the role word spans it.
                    start = a.start;
                    end = a.end;
                    int first = Integer.MAX_VALUE;
                    int last = 0;
                    for (Part o : owners) {
                        first = Math.min(first, o.start);
                        last = Math.max(last, o.end);
                    }
                    if (a.end == last && a.end <= r.start) {
                        end = r.end;
                    } else if (a.start == first && a.start >= r.end) {
                        // "the presidents of Croatia and Slovenia": the first owner after the role word spans it.
                        start = r.start;
                    }
                }
                Actor owner = a.entry.actor();
                String ownerRule = a.entry.rule() + "+" + rule;
                if ("GOV".equals(useRole) && owner != null && owner.kind() == ActorKind.GROUP && owner.country() != null
                        && ledBy(s, a, r)) {
                    // "the Hamas-led government" (2006): the government of the group's country, not the group.
                    Actor home = dictionary.country(owner.country()).orElse(null);
                    if (home != null) {
                        owner = home;
                        ownerRule = ownerRule + " (led by the group)";
                    }
                }
                out.add(mention(s, start, end, r.head, owner, useRole, Form.ROLE, ownerRule));
                if (owners.size() == 1 && a.end <= r.start && owner == a.entry.actor()) {
                    ownerBefore.put(r, a);
                }
                a.used = true;
            }
            r.used = true;
        }
    }

    /** Kinds of bodies whose members several joined role words may name: parties, groups, organisations. */
    private static final Set<ActorKind> MEMBER_BODIES = Set.of(ActorKind.GROUP, ActorKind.ORG, ActorKind.NGO);

    /**
     * The owner before a role word to which this one is joined by "and", when that owner is a
     * party or another body of members (not a country: in "Israeli settlers and soldiers" the
     * adjective's reach is the tree's to say); else null.
     */
    private static @Nullable Part conjunctsOwner(Graph g, Part r, Map<Part, Part> ownerBefore) {
        Edge up = g.head(r.head);
        if (up == null || !up.relation().startsWith("conj")) {
            return null;
        }
        for (Edge e : g.children(r.head)) {
            String rel = e.relation();
            if (rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod") || rel.equals("det")) {
                // "SLM former rebels and pro-government forces", "Taliban militants and a teenage
                // girl": a role word with words of its own is not the first one's owner's.
                return null;
            }
        }
        for (Map.Entry<Part, Part> e : ownerBefore.entrySet()) {
            Actor owner = e.getValue().entry.actor();
            if (e.getKey().head == up.governor() && owner != null && MEMBER_BODIES.contains(owner.kind())) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * Whether a mention of a body's members already spans the role word, from before it to after
     * it: "leaders and workers of PTI". Not a country's ("the government and people of Pakistan"
     * are two actors).
     */
    private static boolean insideOwned(List<ActorMention> out, Part r) {
        for (ActorMention m : out) {
            if (m.actor() != null && m.actor().kind() != ActorKind.COUNTRY && m.form() == Form.ROLE
                    && m.start() < r.start && m.end() > r.end) {
                return true;
            }
        }
        return false;
    }

    /** Whether the owner is joined to the role word by "-led": "Hamas-led government". */
    private static boolean ledBy(Sentence s, Part owner, Part r) {
        int k = owner.end;
        if (k < r.start && s.token(k).word().equals("-")) {
            k++;
        }
        return k < r.start && s.token(k).word().equalsIgnoreCase("led");
    }

    /**
     * Whether a role word is a leader's chief of staff, whose office is civil: "White House chief of
     * staff Howard Baker", "President Reagan's chief of staff" (the bare "chief of staff" is MIL).
     */
    private static boolean leadersStaff(Sentence s, Part r) {
        return STAFF_TITLES.contains(s.words(r.start, r.end).toLowerCase(java.util.Locale.ROOT));
    }

    /** Words for an agency's staff that alone would read as military rank. */
    private static final Set<String> OFFICERS = Set.of("officer", "officers", "officer-in-charge");

    /** Titles of a leader's own office, who speak and work for the leader. */
    private static final Set<String> STAFF_TITLES = Set.of("chief of staff", "spokesman", "spokeswoman",
            "spokesperson", "press secretary", "aide", "adviser", "advisor");

    /** Whether a token lies in a dictionary phrase other than the role word {@code r}. */
    private static boolean coveredByPart(List<Part> parts, Part r, int token) {
        for (Part p : parts) {
            if (p != r && p.start <= token && token < p.end) {
                return true;
            }
        }
        return false;
    }

    /** Roles of people who may come from another country to work or live: "workers coming from Romania". */
    private static final Set<String> MIGRANT_ROLES = Set.of("LAB", "CVL");

    /** The country a refugee phrase says its refugees come from ({@link Origins}), or null. */
    private static @Nullable Part origin(Sentence s, Graph g, List<Part> parts, Part r) {
        return countryAt(parts, r, Origins.of(s, g, r.start, r.end, r.head));
    }

    /** The first country phrase, other than {@code r}, that covers one of the tokens, in their order. */
    private static @Nullable Part countryAt(List<Part> parts, Part r, List<Integer> tokens) {
        for (int token : tokens) {
            for (Part p : parts) {
                Actor a = p.entry.actor();
                if (p != r && !p.used && a != null && a.kind() == ActorKind.COUNTRY && p.start <= token && token < p.end
                        && p.entry.use() != NameEntry.Use.PEOPLE) {
                    return p;
                }
            }
        }
        return null;
    }

    /** People defined by their stance towards an organ: "government critics" are not the government. */
    private static final Set<String> STANCE_NOUNS = Set.of("critic", "critics", "opponent", "opponents", "supporter",
            "supporters", "detractor", "detractors", "sympathiser", "sympathisers", "sympathizer", "sympathizers");

    /** Whether the role word is "PM" after a number: a time of day ("5 PM", "10.30 PM"), not a prime minister. */
    private static boolean clockTime(Sentence s, Part r) {
        return r.end - r.start == 1 && s.token(r.start).word().equals("PM") && r.start > 0
                && (s.token(r.start - 1).pos().equals("CD") || s.token(r.start - 1).word().matches("\\d{1,2}([:.]\\d\\d)?"));
    }

    /** Verbs whose object "force" is the means used, not a body of troops: "use force", "authorise force". */
    private static final Set<String> FORCE_VERBS = Set.of("use", "employ", "apply", "authorize", "authorise",
            "resort", "renounce", "exercise", "threaten");

    /** Adjectives of force as a means: "excessive force", "lethal force". */
    private static final Set<String> FORCE_MEASURES = Set.of("excessive", "unnecessary", "disproportionate", "brute",
            "lethal", "deadly", "undue", "minimum", "minimal", "maximum", "reasonable", "physical");

    /**
     * Whether the role word is "force" as a means: the object of "use" or "authorise" ("resort to
     * force" too), or measured by an adjective ("excessive force"). "The force said" and "a
     * peacekeeping force" stay bodies of troops.
     */
    private static boolean forceAsMeans(Sentence s, Graph g, Part r) {
        if (r.end - r.start != 1 || !s.token(r.head).word().equalsIgnoreCase("force")) {
            return false;
        }
        for (Edge e : g.children(r.head)) {
            if (e.relation().equals("amod") && FORCE_MEASURES.contains(s.token(e.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        Edge up = g.head(r.head);
        return up != null && (up.relation().equals("obj") || up.relation().startsWith("obl"))
                && FORCE_VERBS.contains(s.token(up.governor()).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Places a role word can describe without naming an actor ("a rebel stronghold" does name one). */
    private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "port");

    /**
     * A one-word role tagged as an adjective that modifies another noun, a role word naming whom
     * critics oppose, or one that describes a kind of place. An armed group's word before the places
     * it holds is no mere adjective: "rebel positions" (tagged JJ) are the rebels'.
     */
    private static boolean adjectiveOnly(Sentence s, Graph g, Part r) {
        Edge up = g.head(r.head);
        if (up != null && up.relation().equals("compound")) {
            Token noun = s.token(up.governor());
            // "the garrison city of Rawalpindi", "a port town": a kind of place, not its garrison.
            if (STANCE_NOUNS.contains(noun.word().toLowerCase(java.util.Locale.ROOT))
                    || SETTLEMENTS.contains(noun.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        if (r.end - r.start != 1 || !s.token(r.start).pos().startsWith("JJ")) {
            return false;
        }
        Edge e = g.head(r.head);
        return e != null && e.relation().equals("amod")
                && !SPEAKERS.contains(s.token(e.governor()).lemma().toLowerCase(java.util.Locale.ROOT))
                && !OrganCompounds.groupBeforeItsPlaces(r.entry.role(), s.token(e.governor()).word());
    }

    /** Nouns that an organ's adjective turns into that organ: "the official news agency", "military sources". */
    private static final Set<String> SPEAKERS = Set.of("agency", "newspaper", "paper", "daily", "television", "radio",
            "media", "press", "source", "spokesman", "spokeswoman", "spokesperson", "delegation", "body", "committee",
            "commission", "mouthpiece", "outlet", "broadcaster", "channel", "website", "statement", "communique");

    /** Whether a role word has an "of" phrase headed by another role word: "leaders of the opposition". */
    private static boolean ofAnotherRole(Sentence s, Graph g, List<Part> parts, Part r) {
        for (Part q : parts) {
            if (q != r && q.isRole() && q.start >= r.end && ownsByTree(s, g, q, r)) {
                Edge e = g.head(q.head);
                if (e != null && e.relation().startsWith("nmod")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The person who owns a role word by possessive ("Goita's government", "Kofi Annan's special envoy"), or null. */
    private static @Nullable Part possessingPerson(Sentence s, Graph g, List<Part> parts, Part r) {
        for (Part p : parts) {
            if (!p.isPerson() || p.entry.actor() == null) {
                continue;
            }
            Edge e = g.head(p.head);
            if (e != null && e.governor() == r.head && e.relation().equals("nmod:poss")) {
                return p;
            }
        }
        for (Part p : parts) {
            if (p.isPerson() && p.entry.actor() != null && p.end + 1 == r.start && s.token(p.end).pos().equals("POS")) {
                // "let Trump's administration end …", where the parser hangs the name elsewhere: the
                // words alone say whose the organ is.
                return p;
            }
        }
        return null;
    }

    /**
     * The international body whose office the possessing person holds on the date: "Kofi Annan's
     * special envoy" in 2006 is the UN's.
     */
    private @Nullable Actor personsOrganisation(@Nullable Part person, @Nullable LocalDate date) {
        if (person == null) {
            return null;
        }
        String code = person.entry.actor().codeAt(date);
        return code.startsWith("IGO") || code.startsWith("NGO") ? organisationsByCode.get(code) : null;
    }

    /** The country of the possessing person when the role is a state organ: "Goita's government". */
    private @Nullable Actor personsCountry(@Nullable Part person, @Nullable String role) {
        if (person == null || role == null || !RoleCodes.STATE_ORGANS.contains(role)
                || person.entry.actor().country() == null) {
            return null;
        }
        return dictionary.country(person.entry.actor().country()).orElse(null);
    }

    /**
     * Whether armed men are what a verb of withdrawing moves: "Italy would withdraw an additional
     * 300 soldiers from Iraq" (they leave Iraq; they are not Iraq's).
     */
    private static boolean withdrawn(Sentence s, Graph g, int head) {
        Edge up = g.head(head);
        int cur = head;
        for (int hop = 0; hop < 2 && up != null && up.relation().startsWith("nmod"); hop++) {
            // "withdraw a battalion of troops from …"
            cur = up.governor();
            up = g.head(cur);
        }
        return up != null && up.relation().equals("obj")
                && WITHDRAWING.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> WITHDRAWING = Set.of("withdraw", "pull", "evacuate", "remove", "recall",
            "redeploy", "bring", "move", "repatriate");

    /** Roles of armed men, whom a "from" phrase withdraws rather than gives a country. */
    private static final Set<String> FORCES = Set.of("MIL", "COP", "SPY", "REB", "INS", "UAF", "IMG");

    /** Countries and groups that own a role word, by the dependency tree and by word order. */
    private static List<Part> owners(Sentence s, Graph g, List<Part> parts, Part r) {
        List<Part> out = new ArrayList<>();
        Edge above = g.head(r.head);
        if (above != null && above.relation().equals("compound") && Allies.noun(s.token(above.governor()).word())) {
            // "Israel's militia ally": the owner is the militia's ally, not the militia's country.
            return out;
        }
        for (Part a : parts) {
            if (a == r || a.used || !a.canOwnRole()) {
                continue;
            }
            if (ownsByTree(s, g, a, r) || ownsByOrder(s, a, r)) {
                out.add(a);
            }
        }
        if (out.stream().anyMatch(a -> a.end <= r.start)
                || FORCES.contains(r.entry.role())
                        && (!g.children(r.head, "nmod:poss").isEmpty() || withdrawn(s, g, r.head))) {
            // "withdraw the last U.S. forces from Iraq": a role whose owner stands before it comes from
            // the place of its "from" phrase; that place owns nothing. So does a role a pronoun owns:
            // "we have withdrawn our forces (from Mogadishu)" ("his counterparts from the United States"
            // are of it).
            out.removeIf(a -> a.start >= r.end && g.markedBy(s, a.head, Set.of("from")));
        }
        // Coordinated owners: "Hungarian and Romanian officials", "the presidents of Croatia and Slovenia".
        List<Part> more = new ArrayList<>();
        for (Part a : out) {
            boolean after = a.start >= r.end;
            for (Edge e : g.children(a.head, "conj")) {
                for (Part b : parts) {
                    if (b != r && !b.used && b.canOwnRole() && !out.contains(b) && !more.contains(b)
                            && b.head == e.dependent() && (after ? b.start >= a.end : b.end <= r.start)) {
                        more.add(b);
                    }
                }
            }
        }
        if (out.size() == 1 && out.get(0).start >= r.end && s.token(r.head).pos().equals("NNS")) {
            // "the presidents of Croatia, Slovenia": a country after a comma that the parser makes an
            // apposition of the plural role word is one more owner, not another name for it.
            Part a = out.get(0);
            for (Edge e : g.children(r.head, "appos")) {
                for (Part b : parts) {
                    if (b.head == e.dependent() && !b.used && b.start == a.end + 1 && s.token(a.end).word().equals(",")
                            && country(a) && country(b)) {
                        more.add(b);
                    }
                }
            }
        }
        out.addAll(more);
        for (int i = out.size() - 1; i >= 0; i--) {
            Part chapter = chapterOf(g, parts, out.get(i));
            if (chapter != null) {
                // "president of YDA Pakistan": an organisation's national chapter is the
                // organisation's, not the country's.
                if (out.contains(chapter)) {
                    out.remove(i);
                } else {
                    out.set(i, chapter);
                }
            }
        }
        if (out.isEmpty()) {
            // "Israeli helicopters and tanks": a role word coordinated with a noun takes that noun's adjective owner.
            Edge up = g.head(r.head);
            if (up != null && up.relation().startsWith("conj") && up.governor() < r.start) {
                for (Part a : parts) {
                    Edge e = g.head(a.head);
                    if (a != r && a.canOwnRole() && a.entry.use() == NameEntry.Use.ADJECTIVE
                            && e != null && e.governor() == up.governor() && e.relation().equals("amod")) {
                        out.add(a);
                    }
                    // "India's ruling party and main opposition": a country's possessive spans the
                    // coordination too (not "Iran's foreign minister and his counterpart").
                    if (a != r && a.canOwnRole() && country(a) && e != null && e.governor() == up.governor()
                            && e.relation().equals("nmod:poss")
                            && !COUNTERPART_WORDS.contains(s.token(r.head).word().toLowerCase(java.util.Locale.ROOT))) {
                        out.add(a);
                    }
                }
            }
        }
        if (out.size() > 1) {
            // Keep owners that are coordinated or adjacent; "the Iranian-backed Houthi rebels" keeps Houthi.
            List<Part> direct = new ArrayList<>();
            for (Part a : out) {
                if (g.governor(a.head) == r.head || more.contains(a) || conjunctOfOwner(g, a, out)) {
                    direct.add(a);
                }
            }
            if (!direct.isEmpty()) {
                return direct;
            }
            return List.of(out.get(out.size() - 1));
        }
        return out;
    }

    /** Role words that name the other side's opposite number. */
    private static final Set<String> COUNTERPART_WORDS = Set.of("counterpart", "counterparts");

    private static boolean country(Part p) {
        return p.entry.actor() != null && p.entry.actor().kind() == ActorKind.COUNTRY && p.entry.use() == NameEntry.Use.NAME;
    }

    /** "Somali and Ethiopian ministers": an owner coordinated with another owner. */
    private static boolean conjunctOfOwner(Graph g, Part a, List<Part> owners) {
        Edge e = g.head(a.head);
        if (e == null || !e.relation().startsWith("conj")) {
            return false;
        }
        for (Part o : owners) {
            if (o != a && o.head == e.governor()) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownsByTree(Sentence s, Graph g, Part a, Part r) {
        Edge e = g.head(a.head);
        if (e == null || e.governor() != r.head) {
            return false;
        }
        String rel = e.relation();
        if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("flat")) {
            return true;
        }
        if (rel.equals("nmod") || rel.equals("nmod:of")) {
            return g.markedBy(s, a.head, Set.of("of", "from"))
                    // "officers in the Mossad", "a colonel in the Preventive Security force": a body
                    // one serves in is as much one's own as a body one is "of" (a place is not).
                    || g.markedBy(s, a.head, Set.of("in")) && body(a);
        }
        return false;
    }

    /**
     * The organisation a country owner names a chapter of: the body written right before the
     * country as its compound ("YDA Pakistan"); null when there is none.
     */
    private static @Nullable Part chapterOf(Graph g, List<Part> parts, Part a) {
        if (!country(a)) {
            return null;
        }
        Edge countryUp = g.head(a.head);
        for (Part p : parts) {
            Edge up = g.head(p.head);
            // "PML-N UK President Ahsan Dar": the body and the country compounded to one name.
            boolean siblings = up != null && countryUp != null && up.relation().equals("compound")
                    && countryUp.relation().equals("compound") && up.governor() == countryUp.governor();
            if (p != a && !p.used && p.end == a.start && p.canOwnRole() && BODIES.contains(p.entry.actor().kind())
                    && up != null && (up.governor() == a.head && up.relation().equals("compound") || siblings)) {
                return p;
            }
        }
        return null;
    }

    /** Kinds of actor that people serve in: a named organisation, agency, group or international body. */
    private static final Set<ActorKind> BODIES = Set.of(ActorKind.ORG, ActorKind.IGO, ActorKind.NGO, ActorKind.GROUP);

    /** Whether a part names a body (not a country, a capital or a person). */
    private static boolean body(Part a) {
        Actor actor = a.entry.actor();
        return actor != null && BODIES.contains(actor.kind())
                && (a.entry.use() == NameEntry.Use.NAME || a.entry.use() == NameEntry.Use.ROLE);
    }

    /** The possessive endings the tokenizer splits off: "Israel 's", "Kenyans '". */

    private static final Set<String> NEIGHBOURING = Set.of("neighbouring", "neighboring");

    private static boolean ownsByOrder(Sentence s, Part a, Part r) {
        if (a.end <= r.start) {
            int gap = r.start - a.end;
            if (gap == 0) {
                return true;
            }
            if (gap > MAX_GAP) {
                return false;
            }
            for (int k = a.end; k < r.start; k++) {
                Token t = s.token(k);
                String w = t.word();
                // "Pakistan Kissan Ittehad (PKI) President Khalid Khokhar": an owner's acronym in brackets.
                boolean bracketed = k == a.end && DefinedAcronyms.close(w) && a.start > 0
                        && DefinedAcronyms.open(s.token(a.start - 1).word());
                // "the PTI Sindh's president": a group's chapter in a province is the group's. The
                // tagger often leaves the province's name untagged.
                boolean chapter = a.entry.actor() != null && a.entry.actor().kind() == ActorKind.GROUP
                        && t.pos().equals("NNP") && s.token(r.start - 1).isPossessiveMark();
                boolean ok = t.isPossessiveMark() || w.equals("-") || bracketed || chapter
                        || t.pos().startsWith("JJ") || t.pos().equals("NN") || t.pos().equals("VBN")
                        || t.pos().equals("HYPH");
                if (!ok) {
                    return false;
                }
            }
            // "Vietnamese-led forces", "a Saudi-led coalition": forces led by a country are coded as its own.
            if (gap == 2 && s.token(a.end).word().equals("-") && s.token(a.end + 1).word().equalsIgnoreCase("led")) {
                return true;
            }
            // "Pakistan-based militants": a group based in a country is coded as that country's.
            if (gap == 2 && s.token(a.end).word().equals("-") && s.token(a.end + 1).word().equalsIgnoreCase("based")) {
                return true;
            }
            // "Pakistani-backed", "Iranian-trained": the adjective modifies the participle, not the role.
            for (int k = a.end; k < r.start; k++) {
                if (s.token(k).pos().equals("VBN") || s.token(k).word().equals("-")) {
                    return false;
                }
            }
            return true;
        }
        if (r.end <= a.start && a.start - r.end <= 2) {
            String w1 = s.token(r.end).word().toLowerCase(java.util.Locale.ROOT);
            if (!w1.equals("of")) {
                return false;
            }
            if (a.end < s.size() && s.token(a.end).isPossessiveMark()) {
                // "a commander of Israel's militia ally": the commander is the ally's, not Israel's.
                return false;
            }
            Token between = s.token(r.end + 1);
            // "the government of the Philippines", "the government of neighbouring Pakistan".
            return a.start - r.end == 1 || between.word().equalsIgnoreCase("the") || between.pos().startsWith("JJ")
                    || NEIGHBOURING.contains(between.word().toLowerCase(java.util.Locale.ROOT));
        }
        return false;
    }

    /** Role words that, before "of" and a person, are the person's cause, not an office: "the mission of". */
    private static final Set<String> CAUSES = Set.of("mission", "missions");

    /**
     * Titles before a person's name join the person: "Egyptian foreign minister Sameh Shoukry",
     * "the Federal Minister for Interior Aftab Ahmad Khan Sherpao". The person's own entry decides
     * the code; when it gives no office on the date, the title does ({@link Offices}). When the
     * person is in no dictionary, a role mention followed by a name NER tags as a person grows to
     * cover the name.
     */
    private void mergePeople(Sentence s, Graph g, List<Part> parts, List<ActorMention> out, @Nullable LocalDate date) {
        for (Part p : parts) {
            if (!p.isPerson() || p.used) {
                continue;
            }
            if (InstitutionNames.personInName(s, p.start, p.end)) {
                // "the Shaheed Benazir Bhutto Women University Peshawar": a person whose name an
                // institution bears is no actor there; the name is read whole as the institution.
                p.used = true;
                continue;
            }
            ActorMention title = null;
            for (ActorMention m : out) {
                if (m.form() == Form.ROLE && m.end() <= p.start && (p.start - m.end() <= 1
                        && onlyPunctuation(s, m.end(), p.start) || bracketedAcronym(s, m.end(), p.start)
                        || Offices.titleInPhrase(s, g, m, p.start, p.head))) {
                    title = m;
                }
            }
            if (title != null && title.end() < p.start && CAUSES.contains(title.lastWord().toLowerCase(Locale.ROOT))) {
                // "commitment to the mission of Benazir Bhutto": a cause, no one's office, and no actor.
                out.remove(title);
                title = null;
            }
            int start = p.start;
            String role = p.modifierRole;
            String rule = p.entry.rule();
            Actor actor = p.entry.actor();
            Form form = Form.NAME;
            if (title != null) {
                out.remove(title);
                start = title.start();
                if (role == null && "ELI".equals(title.role()) && !leadsOpposition(actor, date)) {
                    // "former prime minister Nawaz Sharif": an elite out of office; not one who
                    // leads the opposition on the date ("the former premier" Imran Khan, PAKOPP).
                    role = "ELI";
                }
                rule = title.rule() + "+" + rule;
                for (ActorMention more = titleBefore(s, out, start); more != null; more = titleBefore(s, out, start)) {
                    // "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar": one man
                    // with several titles, not titles of no one beside him.
                    out.remove(more);
                    start = more.start();
                    rule = more.rule() + "+" + rule;
                }
                ActorMention named = mention(s, p.start, p.end, p.head, actor, role, Form.NAME, rule);
                boolean then = heldThen(s, start);
                Offices.Office office = Offices.officeless(named, date) || then ? offices.of(actor, title) : null;
                if (office != null) {
                    actor = office.actor();
                    role = office.role();
                    form = office.form();
                    rule = rule + " + office of " + (then ? "'then-' " : "") + "title '" + title.text() + "'";
                }
            }
            out.add(mention(s, start, p.end, g.spanHead(start, p.end), actor, role, form, rule));
            p.used = true;
        }
        // Unknown people after a title, and unknown companies after a business role word.
        List<ActorMention> grown = new ArrayList<>();
        List<ActorMention> absorbed = new ArrayList<>();
        for (ActorMention m : out) {
            if (m.form() != Form.ROLE) {
                grown.add(m);
                continue;
            }
            if (insideName(s, m)) {
                // "the Ali Enterprises Factory Fire Affectees Association", "the Model Institute for
                // State Children Zamung Kor": a role word in the middle of an organisation's name
                // is a word of the name, not an actor; the name is read whole as an organisation.
                absorbed.add(m);
                continue;
            }
            int e = m.end();
            // "Russian oil giant Rosneft": a business role word grows over the company's name as well.
            String grows = "BUS".equals(m.role()) && e < s.size() && "ORGANIZATION".equals(s.token(e).ner())
                    ? "ORGANIZATION" : "PERSON";
            int name = grows.equals("PERSON") ? nameAfterTitlePhrase(s, g, out, m) : e;
            while (name < s.size() && grows.equals(s.token(name).ner()) && !Syntax.covered(out, name)) {
                name++;
            }
            if (name > e) {
                grown.add(mention(s, m.start(), name, g.spanHead(m.start(), name), m.actor(), m.role(), Form.ROLE, m.rule()));
                for (ActorMention inner : out) {
                    if (inner != m && inner.start() >= m.end() && inner.end() <= name) {
                        absorbed.add(inner);
                    }
                }
            } else {
                grown.add(m);
            }
        }
        grown.removeAll(absorbed);
        out.clear();
        out.addAll(grown);
    }

    /**
     * Whether a role word lies inside an organisation's name that the tagger marks on both sides of
     * it with capitalised words: neither the name's first word nor its last.
     */
    private static boolean insideName(Sentence s, ActorMention m) {
        if (m.start() == 0 || m.end() >= s.size() || m.role() == null || RoleCodes.STATE_ORGANS.contains(m.role())) {
            // "Bori Divisional Police Station", "the Brussels Court Martial": a state organ's word in
            // a name still says whose the place or the body is.
            return false;
        }
        for (int k = m.start() - 1; k <= m.end(); k++) {
            Token t = s.token(k);
            if (!"ORGANIZATION".equals(t.ner()) || t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))) {
                return false;
            }
        }
        return !OccupationBodies.ARTICLES.contains(s.token(m.start() - 1).word().toLowerCase(Locale.ROOT));
    }

    /** Words for the head or the voice of a body, between its name and a person's: "SLM chief", "US Treasury Secretary". */
    private static final Set<String> HEAD_WORDS = Set.of("chief", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "director", "head", "chairman", "chairperson", "chairwoman", "president");

    /**
     * "SLM chief Minni Minnawi", "US Treasury Secretary Jane Doe": an organisation's or group's name,
     * a word for its head and a person no dictionary knows are one mention of that organisation or
     * group. Any other mention is returned as it is.
     */
    private static ActorMention chiefOf(Sentence s, Graph g, List<ActorMention> out, ActorMention m) {
        int k = m.end();
        boolean body = m.form() == Form.NAME && m.actor() != null && m.actor().kind() != ActorKind.COUNTRY
                && m.actor().kind() != ActorKind.PERSON;
        // "Ahmadi community spokesperson Aamir Mahmood": a body of society named by its role words too,
        // whose head word may be a role mention of its own, which the body's mention then takes in.
        // So is a lawyers' body, which CAMEO's judiciary takes in: "district bar association president X".
        boolean society = m.form() == Form.ROLE && m.role() != null && (!RoleCodes.STATE_ORGANS.contains(m.role())
                || "JUD".equals(m.role()) && BAR_BODIES.contains(m.lastWord()))
                && (m.actor() == null || m.actor().kind() == ActorKind.COUNTRY);
        if (!body && !society || k + 1 >= s.size()
                || !HEAD_WORDS.contains(s.token(k).word().toLowerCase(java.util.Locale.ROOT))
                || Syntax.covered(out, k) && !(society && headWordMention(out, k))) {
            return m;
        }
        int e = k + 1;
        for (ActorMention t : out) {
            if (society && t.start() == k) {
                // The head word's own mention, with the name it took: "spokesperson Aamir Mahmood".
                e = t.end();
            }
        }
        while (e < s.size() && "PERSON".equals(s.token(e).ner()) && !Syntax.covered(out, e)) {
            e++;
        }
        return e == k + 1 ? m
                : mention(s, m.start(), e, g.spanHead(m.start(), e), m.actor(), m.role(), Form.ROLE,
                        m.rule() + " + " + s.token(k).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Last words of the lawyers' bodies among the judiciary's role words: "bar association", "bar council". */
    private static final Set<String> BAR_BODIES = Set.of("association", "associations", "council", "councils");

    /**
     * Whether the mention that covers word {@code k} starts there and is a role of no country: the
     * head word alone ("spokesperson"), or with the name it took ("spokesperson Aamir Mahmood").
     */
    private static boolean headWordMention(List<ActorMention> out, int k) {
        for (ActorMention t : out) {
            if (t.start() <= k && k < t.end()) {
                return t.start() == k && t.form() == Form.ROLE && t.actor() == null;
            }
        }
        return false;
    }

    /**
     * Where an unknown person's name starts after a title that has a phrase of its own: "French
     * Minister for Foreign Trade Christine Lagardo", "US envoy in Sudan Andrew Natsios" (the title's
     * phrase joins the mention; a country it names keeps its own mention, as in other titles). The
     * title's end when no such name follows.
     */
    private static int nameAfterTitlePhrase(Sentence s, Graph g, List<ActorMention> out, ActorMention title) {
        int k = title.end();
        if (k >= s.size() || "PERSON".equals(s.token(k).ner()) || !s.token(k).pos().equals("IN")) {
            return title.end();
        }
        while (k < s.size() && !"PERSON".equals(s.token(k).ner())) {
            k++;
        }
        int end = k;
        while (end < s.size() && "PERSON".equals(s.token(end).ner())) {
            end++;
        }
        if (end == k || Syntax.covered(out, k) || !Offices.titleInPhrase(s, g, title, k, g.spanHead(k, end))) {
            return title.end();
        }
        return k;
    }

    /**
     * A capitalised title of one person just before another title, or joined to it by "and" with no
     * article ("Deputy Prime Minister and Foreign Minister …"), or null. "The Prime Minister and
     * President Zardari" are two people.
     */
    private static @Nullable ActorMention titleBefore(Sentence s, List<ActorMention> out, int start) {
        for (ActorMention m : out) {
            boolean joined = m.end() + 1 == start && s.token(m.end()).word().equals("and")
                    && (m.start() == 0 || !s.token(m.start() - 1).pos().equals("DT"));
            if (m.form() == Form.ROLE && (m.end() == start || joined)
                    && (m.actor() == null || m.actor().kind() == ActorKind.COUNTRY)
                    && s.token(m.head()).pos().equals("NNP") && capitalisedTitle(s, m)) {
                return m;
            }
        }
        return null;
    }

    /** Short words a capitalised title may hold in small letters: "Minister for Interior". */
    private static final Set<String> TITLE_JOINERS = Set.of("for", "of", "and", "the");

    /** Whether a title's words are capitalised, but for short words inside it ("Minister for Interior"). */
    private static boolean capitalisedTitle(Sentence s, ActorMention m) {
        for (int k = m.start(); k < m.end(); k++) {
            String w = s.token(k).word();
            boolean inner = k > m.start() && TITLE_JOINERS.contains(w);
            if (!inner && (w.isEmpty() || !Character.isUpperCase(w.charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a person's own code on the date is the opposition's. */
    private static boolean leadsOpposition(@Nullable Actor person, @Nullable LocalDate date) {
        return person != null && person.kind() == ActorKind.PERSON && RoleCodes.hasRole(person.codeAt(date), "OPP");
    }

    /** Whether words [from, to) are a title's acronym in brackets: "Chief of Army Staff (COAS) General Asim Munir". */
    private static boolean bracketedAcronym(Sentence s, int from, int to) {
        if (to - from != 3 || !DefinedAcronyms.open(s.token(from).word()) || !DefinedAcronyms.close(s.token(to - 1).word())) {
            return false;
        }
        String w = s.token(from + 1).word();
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
    }

    private static boolean onlyPunctuation(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!s.token(k).word().equals(",")) {
                return false;
            }
        }
        return true;
    }


    /**
     * "a protest at Burhan Wani Chowk", "Donald Trump Jr.": a person's one-word name that the
     * tagger's person name runs on past, into words no dictionary joined to it, names someone or
     * something else. (A first name before a known surname is the same person: "Hafiz Saeed".)
     */
    private static boolean partOfLongerName(Sentence s, ActorMention m) {
        int next = m.end();
        return m.end() - m.start() == 1 && m.form() == Form.NAME && m.actor() != null
                && m.actor().kind() == ActorKind.PERSON && "PERSON".equals(s.token(m.start()).ner())
                && next < s.size() && "PERSON".equals(s.token(next).ner())
                && Character.isUpperCase(s.token(next).word().charAt(0));
    }

    /** Urdu and Persian linking words written between hyphens: "Minar-i-Pakistan", "Istehkam-e-Pakistan". */
    private static final Set<String> IZAFAT = Set.of("i", "e", "ul", "ud", "al");

    /**
     * "a rally at Minar-i-Pakistan": a name that ends a compound joined by a linking word between
     * hyphens names the monument, party or movement, not the country or person it ends with.
     */
    private static boolean izafatTail(Sentence s, ActorMention m) {
        int i = m.start();
        return m.form() == Form.NAME && i >= 3 && s.token(i - 1).word().equals("-") && s.token(i - 3).word().equals("-")
                && IZAFAT.contains(s.token(i - 2).word().toLowerCase(Locale.ROOT));
    }

    /** Last words of the names of streets and crossings, as written: "Serena Chowk", "Jail Road". */
    private static final Set<String> STREETS = Set.of("Chowk", "Road", "Street", "Avenue", "Boulevard", "Highway",
            "Motorway", "Expressway", "Interchange", "Flyover", "Underpass", "Bypass", "Lane");

    /** Named people and organisations that no dictionary knows, kept with an unknown code. */
    private static void addUnknownEntities(Sentence s, Graph g, List<ActorMention> out, java.util.BitSet blocked,
            @Nullable LocalDate date) {
        for (String ner : new String[] {"PERSON", "ORGANIZATION"}) {
            for (Sentence.Run r : s.runs(ner, k -> true)) {
                boolean overlap = blocked.get(r.start(), r.end()).cardinality() > 0;
                for (int k = r.start(); k < r.end(); k++) {
                    overlap |= Syntax.covered(out, k);
                }
                if (overlap) {
                    continue;
                }
                if (STREETS.contains(s.token(r.end() - 1).word()) || r.end() < s.size()
                        && STREETS.contains(Character.toUpperCase(s.token(r.end()).word().charAt(0))
                                + s.token(r.end()).word().substring(1))) {
                    // "at Serena Chowk", "the Loralai-Dera Ghazi Khan highway": a street, a road or a
                    // crossing the tagger took for someone's name; a place, no actor.
                    continue;
                }
                if (ner.equals("PERSON") && gatheringPlace(s, g, g.spanHead(r.start(), r.end()))) {
                    // "Addressing a rally in Garhi Khuda Bakhsh": where a gathering is held is a place
                    // the tagger took for a person's name.
                    continue;
                }
                ActorMention body = ner.equals("PERSON") ? possessingBody(s, r.start(), out) : null;
                if (body == null && ner.equals("PERSON")) {
                    body = partyBefore(s, r.start(), out, date);
                }
                if (body != null) {
                    // "the Human Rights Commission of Pakistan's Qazi Khizar": a body's own person is the body's.
                    out.add(mention(s, r.start(), r.end(), g.spanHead(r.start(), r.end()), body.actor(), body.role(),
                            Form.ROLE, "ner:person + of '" + body.text() + "' (" + body.rule() + ")"));
                    continue;
                }
                out.add(mention(s, r.start(), r.end(), g.spanHead(r.start(), r.end()), null, null, Form.UNKNOWN,
                        "ner:" + ner.toLowerCase(java.util.Locale.ROOT)));
            }
        }
    }

    /**
     * The mentions without role words of no country written before countries' names as their title
     * ("brokered by mediators Qatar, the United States and Egypt"): such a word describes those
     * countries; it is no actor of its own.
     */
    private static List<ActorMention> withoutCountryTitles(Graph g, List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            boolean title = m.form() == Form.ROLE && m.actor() == null && ms.stream()
                    .anyMatch(c -> c.start() == m.end() && c.actor() != null && c.actor().kind() == ActorKind.COUNTRY
                            && c.form() == Form.NAME && g.children(c.head(), "compound").stream()
                            .anyMatch(e -> e.dependent() == m.head()));
            if (!title) {
                out.add(m);
            }
        }
        return out;
    }

    /** Gatherings whose "in" or "at" phrase says where they are held. */
    private static final Set<String> GATHERINGS = Set.of("rally", "gathering", "meeting", "jalsa", "protest",
            "ceremony", "conference", "procession", "convention", "sit-in", "march", "funeral");

    /** Whether a word is the object of "in" or "at" after a gathering: "a rally in Garhi Khuda Bakhsh". */
    private static boolean gatheringPlace(Sentence s, Graph g, int head) {
        Edge up = g.head(head);
        return up != null && (up.relation().equals("nmod:in") || up.relation().equals("nmod:at")
                || up.relation().equals("nmod") && g.markedBy(s, head, Set.of("in", "at")))
                && GATHERINGS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /** Roles of a political party's code. */
    private static final Set<String> PARTY_ROLES = Set.of("PTY", "OPP");

    /**
     * "Member of the opposition JUI-F Rehana Ismail": a party's name written right before a name no
     * dictionary knows, as a title is, makes that person the party's. The party's mention, or null.
     */
    private static @Nullable ActorMention partyBefore(Sentence s, int name, List<ActorMention> out,
            @Nullable LocalDate date) {
        if (name < 1 || s.token(name - 1).isPossessiveMark()) {
            return null;
        }
        for (ActorMention m : out) {
            if (m.end() == name && m.actor() != null && BODIES.contains(m.actor().kind())
                    && m.form() == Form.NAME && RoleCodes.roleIn(m.codeAt(date), PARTY_ROLES)) {
                return m;
            }
        }
        return null;
    }

    /** The body named just before a name with "'s", or null. */
    private static @Nullable ActorMention possessingBody(Sentence s, int name, List<ActorMention> out) {
        if (name < 2 || !s.token(name - 1).isPossessiveMark()) {
            return null;
        }
        for (ActorMention m : out) {
            if (m.end() == name - 1 && m.actor() != null && BODIES.contains(m.actor().kind())
                    && m.form() == Form.NAME) {
                return m;
            }
        }
        return null;
    }

    private static ActorMention mention(Sentence s, int start, int end, int head, @Nullable Actor actor,
            @Nullable String role, Form form, String rule) {
        return new ActorMention(s.index(), start, end, head, actor, role, form, s.words(start, end), rule);
    }
}
