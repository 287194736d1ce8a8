package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.dyad.core.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * The country a mention takes from where the sentence or the document places it, for
 * {@link CorefStage}: capitals that name a namesake city, organisations based somewhere or acting
 * in one country, role words of no country beside a place ("rebels in the Ivory Coast"), the
 * sentence's one country for armed men of none, and the dateline's country when the sentence
 * names no place at all.
 */
final class PlaceContext {
    private PlaceContext() {}

    /**
     * The mention of a body (a state organ or an organisation) that ends right where a role
     * mention begins and is a compound or modifier of one of its words; else null.
     */
    private static @Nullable ActorMention bodyBefore(Sentence s, Graph g, ActorMention m, List<ActorMention> mentions) {
        for (ActorMention p : mentions) {
            if (p == m || p.actor() == null || p.end() != m.start() || p.actor().kind() == ActorKind.PERSON
                    // "Wazir tribal elders": a tribe's name that is a person's surname too is no body.
                    || p.rule().contains(Surnames.MARK)
                    || p.actor().kind() == ActorKind.COUNTRY && p.role() == null
                    // "the official newspaper": an adjective is no body.
                    || !s.token(p.end() - 1).isNoun()) {
                continue;
            }
            for (int t = m.start(); t < m.end(); t++) {
                for (Edge e : g.children(t)) {
                    if ((e.relation().equals("compound") || e.relation().equals("amod"))
                            && e.dependent() >= p.start() && e.dependent() < p.end()) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /** A country that owns a role by a possessive, resolved by now: "the country's Defense Minister". */
    private static @Nullable ActorMention countryOwner(Graph g, ActorMention m, List<ActorMention> mentions) {
        return possessor(g, m, mentions, PlaceContext::plainCountry);
    }

    /**
     * The country that a clause says has or keeps armed men of a role mention: "Basra, where Britain
     * has more than 7,000 soldiers"; else null.
     */
    private static @Nullable ActorMention keeper(Sentence s, Graph g, ActorMention m, List<ActorMention> mentions) {
        Edge up = g.head(m.head());
        int verb = up != null && up.relation().equals("obj") ? up.governor() : -1;
        if (up != null && up.relation().equals("nsubj")) {
            // "has more than 7,000 soldiers fighting militias": the parser makes them the subject of
            // a clause the verb of having takes.
            Edge clause = g.head(up.governor());
            verb = clause != null && (clause.relation().equals("ccomp") || clause.relation().equals("xcomp"))
                    ? clause.governor() : -1;
        }
        if (verb < 0 || !KEEPING.contains(s.token(verb).lemma())) {
            return null;
        }
        for (Edge e : g.children(verb, "nsubj")) {
            for (ActorMention p : mentions) {
                if (p.head() == e.dependent() && plainCountry(p) && p.form() == Form.NAME) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Weapons and the craft that fire them, which an army's report does not make its own. */
    private static final Set<String> REPORTED_WEAPONS = Set.of("drone", "drones", "missile", "missiles", "rocket", "rockets",
            "warplane", "warplanes", "jets", "aircraft", "bombers", "artillery", "shells");

    private static final Set<String> KEEPING = Set.of("have", "keep", "maintain", "station", "base");

    /** The owner of a role mention ("its forces") that is an actor but not a plain country; else null. */
    private static @Nullable ActorMention otherOwner(Graph g, ActorMention m, List<ActorMention> mentions) {
        return possessor(g, m, mentions, o -> !plainCountry(o));
    }

    /** Whether a mention with an actor is a country with no role: "Italy" in "Italy's troops". */
    private static boolean plainCountry(ActorMention o) {
        return o.actor() != null && o.actor().kind() == ActorKind.COUNTRY && o.role() == null;
    }

    /** The first mention with an actor that owns a word of a role mention ("its forces") and passes a test. */
    private static @Nullable ActorMention possessor(Graph g, ActorMention m, List<ActorMention> mentions,
            Predicate<ActorMention> test) {
        for (int k = m.start(); k < m.end(); k++) {
            for (Edge e : g.children(k, "nmod:poss")) {
                ActorMention o = Syntax.headedAt(mentions, e.dependent(), x -> x != m && x.actor() != null && test.test(x));
                if (o != null) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * The country or capital an organisation is said to be based in: "U.S.-based Educational Testing
     * Service", "a Paris-based watchdog", "a company based in Kenya"; null when none is named.
     */
    private static @Nullable ActorMention basedIn(Sentence s, Graph g, int head, List<ActorMention> ms) {
        for (Edge e : g.children(head)) {
            if (!(e.relation().equals("amod") || e.relation().startsWith("acl"))
                    || !s.token(e.dependent()).word().equalsIgnoreCase("based")) {
                continue;
            }
            for (Edge p : g.children(e.dependent())) {
                if (!(p.relation().startsWith("obl") || p.relation().startsWith("nmod")
                        || p.relation().equals("compound"))) {
                    continue;
                }
                ActorMention place = Syntax.headedAt(ms, p.dependent(), x -> x.actor() != null
                        && x.actor().kind() == ActorKind.COUNTRY
                        && (x.form() == Form.NAME || x.form() == Form.CAPITAL));
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /** Verbs by which an army tells of its losses. */
    private static final Set<String> TELLING = Set.of("say", "announce", "report", "confirm", "add");

    /**
     * The army, named with its country, that tells of a role in the clause it reports: "The US
     * military announced that two more troops were killed". Null when the role's clause is no
     * report's, or the teller is no country's army.
     */
    private static @Nullable ActorMention reportingArmy(Sentence s, Graph g, ActorMention m, List<ActorMention> ms) {
        int cur = m.head();
        for (int guard = 0; guard < 4 && !s.token(cur).isVerb(); guard++) {
            Edge up = g.head(cur);
            if (up == null) {
                return null;
            }
            cur = up.governor();
        }
        Edge said = g.head(cur);
        if (!s.token(cur).isVerb() || said == null || !said.relation().equals("ccomp")
                || !TELLING.contains(s.token(said.governor()).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Edge e : g.children(said.governor(), "nsubj")) {
            ActorMention a = Syntax.headedAt(ms, e.dependent(), x -> x.actor() != null
                    && x.actor().kind() == ActorKind.COUNTRY && "MIL".equals(x.role()));
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** Words for the tiers of a federation's state: "the provincial government", "federal ministers". */
    private static final Set<String> TIERS = Set.of("provincial", "federal");

    /** Whether a state organ of no country is called a province's or a federation's, or is a chief minister. */
    private static boolean tiered(Sentence s, Graph g, ActorMention m) {
        if (m.actor() != null || m.role() == null || !RoleCodes.STATE_ORGANS.contains(m.role())) {
            return false;
        }
        for (int k = m.start(); k < m.end(); k++) {
            if (TIERS.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            // "the new chief minister": a province's or a state's head of government.
            if (k + 1 < m.end() && s.token(k).word().equalsIgnoreCase("chief")
                    && s.token(k + 1).lemma().equalsIgnoreCase("minister")) {
                return true;
            }
        }
        return g.children(m.head()).stream().anyMatch(e -> (e.relation().equals("amod") || e.relation().equals("compound"))
                && TIERS.contains(s.token(e.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Role words of unknown country ("officials", "police", "rebels") take the country of a place
     * attached to them ("rebels in the Ivory Coast", "officials in Kabul"), or else, when the
     * sentence names no place at all, the country of the document's dateline.
     */
    static List<ActorMention> apply(Sentence s, Graph g, Graph enhanced, List<ActorMention> mentions,
            List<ActorMention> towns, @Nullable ActorMention docPlace, @Nullable Actor home, PlaceCountries places) {
        List<ActorMention> ms = new ArrayList<>(mentions);
        ms.addAll(towns);
        boolean anyPlace = false;
        // A place abroad: one in the dateline's own country ("No water in Sindh …, irrigation
        // minister tells Centre" filed in Karachi) keeps the dateline for the roles of no country.
        boolean placeAbroad = false;
        for (ActorMention m : ms) {
            if (m.actor() != null && m.actor().kind() == ActorKind.COUNTRY
                    && ((m.form() == Form.CAPITAL || m.form() == Form.NAME) && Syntax.locative(s, g, m.head())
                        || placeAdjective(s, g, m))
                    && !TalkVenues.placeOfTalks(s, g, m.head()) && !sentBack(s, g, m)) {
                anyPlace = true;
                placeAbroad |= docPlace == null || docPlace.actor() == null || !m.actor().equals(docPlace.actor());
            }
        }
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            if (titleOfNamed(s, g, m, mentions)) {
                // "prominent anti-Syrian journalist and MP Gibran Tueni": one man with two titles, not a
                // journalist of no country beside him.
                continue;
            }
            if (m.form() == Form.CAPITAL) {
                // "Tripoli" described as "the north Lebanese port" is the Lebanese city.
                out.add(HomonymCities.resolve(s, g, m, ms, places));
                continue;
            }
            ActorMention base = m.form() == Form.UNKNOWN && m.actor() == null && m.rule().startsWith("ner:organization")
                    ? basedIn(s, g, m.head(), ms) : null;
            if (base != null) {
                // "sued by U.S.-based Educational Testing Service": an organisation is of the country it is
                // based in, not of the place its clause names.
                out.add(m.withActor(base.actor(), null, Form.UNKNOWN, " + based in: '" + base.text() + "'"));
                continue;
            }
            String kind = InstitutionNames.sectorOf(s, m);
            if (kind != null) {
                // "a grant for the Peshawar Institute of Cardiology": a hospital, school or place of
                // worship no dictionary names is of the place its name begins with, else of the
                // dateline's country when the sentence names no other.
                ActorMention where = townInName(m, towns);
                if (where == null && actsInClause(s, g, m)) {
                    // "The New Oriental School, the biggest private English teaching network in China":
                    // the one place of its clause.
                    where = onePlace(s, g, m.head(), ms);
                }
                if (where == null && docPlace != null && docPlace.actor() != null && !anyPlace
                        && !otherCountry(s, g, ms, docPlace)) {
                    where = docPlace;
                }
                out.add(m.withActor(where == null ? null : where.actor(), kind, Form.ROLE, " + an institution's name"
                        + (where == null ? "" : ", in '" + where.text() + "'")));
                continue;
            }
            if (m.form() == Form.UNKNOWN && m.actor() == null && m.rule().startsWith("ner:organization")
                    && actsInClause(s, g, m)) {
                // "dispatched inspectors to Esfahan Uranium Conversion Facilities in central Iran": an
                // organisation or site no dictionary knows, acting or acted on in a clause with one
                // country as its place, is that country's (no role).
                ActorMention place = onePlace(s, g, m.head(), ms);
                if (place != null) {
                    out.add(m.withActor(place.actor(), null, Form.UNKNOWN, " + place of its clause: '" + place.text() + "'"));
                    continue;
                }
            }
            ActorMention owner = m.form() == Form.ROLE && m.actor() == null ? countryOwner(g, m, mentions) : null;
            if (owner != null) {
                // "the country's Defense Minister Vesselin Bliznakov … to the allies in Iraq": the country
                // whose minister he is, once "the country" is resolved, not the place the clause names.
                out.add(m.withActor(owner.actor(), m.role(), Form.ROLE, " + owned by '" + owner.text() + "'"));
                continue;
            }
            ActorMention keeps = m.form() == Form.ROLE && m.actor() == null
                    && "MIL".equals(m.role()) ? keeper(s, g, m, mentions) : null;
            if (keeps != null) {
                out.add(m.withActor(keeps.actor(), m.role(), Form.ROLE, " + kept by '" + keeps.text() + "'"));
                continue;
            }
            ActorMention holder = m.form() == Form.ROLE && m.actor() == null ? otherOwner(g, m, mentions) : null;
            if (holder != null) {
                // "the AU Peace and Security Council agreed to extend the mandate of its forces in
                // Darfur": forces an organisation owns are its own (IGOAFRAFU MIL), not the army of the
                // place they serve in; those of another owner no dictionary composes stay of no country.
                boolean igo = holder.actor().kind() == ActorKind.IGO && m.role() != null;
                out.add(igo ? m.withActor(holder.actor(), m.role(), Form.ROLE, " + owned by '" + holder.text() + "'") : m);
                continue;
            }
            ActorMention body = m.form() == Form.ROLE && m.actor() == null ? bodyBefore(s, g, m, mentions) : null;
            if (body != null) {
                // "Peruvian central bank president Leonel Figueroa": a title right after a body it is
                // compounded with is that body's, whatever place the sentence names.
                out.add(m.withActor(body.actor(), body.role(), Form.ROLE, " + title of '" + body.text() + "'"));
                continue;
            }
            int region = m.form() == Form.ROLE && m.actor() == null ? regionBefore(s, g, m) : -1;
            if (region >= 0) {
                // "Western governments raised concerns over the Pakistani elections": a region's roles
                // are of no one country; the mention takes the word in, so that no later step gives
                // them the country they face or the one where it happened.
                out.add(new ActorMention(m.sentence(), region, m.end(), m.head(), null, m.role(), Form.ROLE,
                        s.words(region, m.end()), m.rule() + " + region: '" + s.token(region).word() + "'"));
                continue;
            }
            if (m.form() == Form.ROLE && m.actor() == null
                    && !TRAVELLERS.contains(s.token(m.head()).lemma().toLowerCase(Locale.ROOT))
                    // "Italian police rescued 200 refugees near Lampedusa": refugees and migrants are
                    // where they fled to, not of it; only their origin gives them a country. (People
                    // displaced within their country, and returnees, are of the place.)
                    && !crossedBorder(m)
                    // "Western governments gave strong backing to Ukraine's president … a pariah in Europe
                    // and the United States": a region's roles are of no one country the sentence places.
                    && !regional(s, g, m)
                    // "the secretary-general urged … armed groups in Darfur": the head of a body speaks
                    // of a place, and is not of it.
                    && !ActorMention.secretaryGeneral(m.text())
                    // "Coalition troops detained ten suspected militants in Kandahar": a force from abroad.
                    && !m.fromAbroad()) {
                int abroad = outsider(s, g, m, ms);
                if (abroad >= 0) {
                    // "Coalition troops … detained ten suspected militants in Kandahar": a force from
                    // abroad is not the army of the country it operates in; the mention takes the word in.
                    out.add(new ActorMention(m.sentence(), abroad, m.end(), m.head(), null, m.role(), Form.ROLE,
                            s.words(abroad, m.end()), m.rule() + " + from abroad: '" + s.token(abroad).word() + "'"));
                    continue;
                }
                // "The air force said Russian forces had launched 574 drones": the drones and missiles an
                // army reports are as often the enemy's it shot at as its own.
                ActorMention army = "MIL".equals(m.role()) && !REPORTED_WEAPONS.contains(m.lastWord())
                        ? reportingArmy(s, g, m, mentions) : null;
                if (army != null) {
                    // "The US military also announced that two more troops were killed in action": an army
                    // telling of troops of no stated country tells of its own, wherever they fell.
                    out.add(m.withActor(army.actor(), m.role(), Form.ROLE, " + reported by their army: '" + army.text() + "'"));
                    continue;
                }
                if (RoleDescriptions.MISSIONS.contains(m.lastWord()) && m.start() > 0
                        && s.token(m.start() - 1).word().equalsIgnoreCase("the")) {
                    // "outside the embassy in west London": the embassy named before is another
                    // country's mission in the place, never the place's own government. ("Sri Lanka
                    // opened an embassy in Tehran" keeps Iran, the country the new mission faces.)
                    out.add(m);
                    continue;
                }
                ActorMention ctx = null;
                int np = phraseHead(s, g, m.head());
                if (np != m.head() && g.children(np, "nmod:poss").stream().anyMatch(e -> !m.contains(e.dependent()))) {
                    // "Italy will complete its troop withdrawal from Iraq": the troops of an owned noun
                    // are its owner's, not of the place the noun names.
                    out.add(m);
                    continue;
                }
                List<Edge> attached = new ArrayList<>(g.children(np));
                attached.addAll(enhanced.children(np));
                ctx = placeModifier(g, m, np, ms);
                for (Edge e : attached) {
                    // "officials in Kabul", and where people come from: "a missionary from Calgary".
                    boolean placeOf = e.relation().equals("nmod:of") && np != m.head()
                            && PLACE_NOUNS.contains(s.token(np).lemma().toLowerCase(Locale.ROOT));
                    if (ctx != null || !e.relation().startsWith("nmod")
                            || !placeOf && !Syntax.locative(s, g, e.dependent()) && !g.markedBy(s, e.dependent(), FROM)) {
                        continue;
                    }
                    ctx = Syntax.countryAt(ms, s.index(), e.dependent());
                }
                if (ctx == null && LOCAL_ORGANS.contains(m.role()) && np == m.head()) {
                    // "lashed out at prosecutors in Israel over the trial", parsed with "in Israel" on the
                    // verb: a court's or a police force's country right after it is still its own.
                    ctx = countryRightAfter(s, m, ms);
                }
                if (ctx != null && venueOfTalks(s, g, np, ctx, ms)) {
                    // "Burundi held a round of talks with the rebels in Arusha": a town abroad where a
                    // state talks with a side of no stated country is where the talks are, not whose
                    // side it is (the domestic rule then gives the side the state's country).
                    out.add(m);
                    continue;
                }
                Edge npEdge = g.head(np);
                boolean argument = Syntax.isSubject(g, m) || Syntax.isObject(g, m) || npEdge != null
                        && (npEdge.relation().startsWith("nsubj") || npEdge.relation().equals("obj"));
                if (ctx == null && docPlace != null && docPlace.actor() != null && RoleCodes.STATE_ORGANS.contains(m.role())
                        && "PERSON".equals(s.token(m.end() - 1).ner()) && m.end() - m.start() >= 2) {
                    // "ISLAMABAD: Commerce Minister Jam Kamal Khan on Thursday inaugurated … an exhibition
                    // in Jeddah": an official named with his title is of the country the report was filed
                    // in, not of the place he travelled to ("MUZAFFARABAD: … Speaker Chaudhry Latif Akbar
                    // said … India's actions" is Pakistan's).
                    ctx = docPlace;
                }
                if (ctx == null && argument) {
                    // The one place of the subject's own clause: "police arrested twenty people in Lagos".
                    ctx = onePlace(s, g, m.head(), ms);
                }
                if (ctx == null && !placeAbroad && !otherCountry(s, g, ms, docPlace)) {
                    // The dateline, only when the sentence names no other country: in "JEDDAH — Sudan's
                    // army … committed to protect civilians" the civilians are not Saudi.
                    ctx = docPlace;
                }
                if (ctx == null && "LEG".equals(m.role()) && !m.text().toLowerCase(Locale.ROOT).contains("congress")
                        && namesDatelineCountry(s, ms, docPlace)) {
                    // "WASHINGTON: … bombs on one of Iran's nuclear sites …, the US's top general told
                    // senators": legislators of no stated country, in a sentence that names the
                    // dateline's country among others, sit in its legislature; a foreign one is named
                    // ("Iranian lawmakers"), and "Congressional leaders" are Washington's wherever the
                    // report was filed.
                    ctx = docPlace;
                }
                if (ctx == null && anyPlace && (ON_THE_SPOT.contains(m.role()) || protesters(s, m))) {
                    // "turned violent in the southern Argentine city of Mar del Plata when protesters
                    // threw rocks at the police": police and protesters of no stated country, in a
                    // sentence that places what it tells in one country, are that country's (not
                    // prosecutors, who "allege the Marines killed 24 Iraqis in Haditha" from afar).
                    ctx = onlyPlace(s, g, ms);
                    if (ctx != null && inDescription(g, m.head(), ctx.head())) {
                        // "joining forces with protesters angry at the decision to resume fighting in
                        // Gaza": a place in what describes them is their cause's, not where they are.
                        ctx = null;
                    }
                }
                if (ctx == null && m.role() != null && ActorMention.IRREGULAR_ROLES.contains(m.role())
                        && !ledOrBacked(s, g, m.head())) {
                    // "would not meet hostage-takers demands to release prisoners in Iraq": armed men of no
                    // stated country, in a sentence that places what it tells in one country, are that
                    // country's, whatever other states act in it.
                    // Countries and capitals only: a gazetteer town can be a street's name ("Palestine Street").
                    ctx = onlyPlace(s, g, mentions);
                }
                if (ctx != null && ctx.form() == Form.CAPITAL) {
                    ctx = HomonymCities.resolve(s, g, ctx, ms, places);
                }
                if (ctx != null) {
                    out.add(m.withActor(ctx.actor(), m.role(), Form.ROLE, CONTEXT + ctx.text() + "'"));
                    continue;
                }
                if (docPlace != null && docPlace.actor() != null && tiered(s, g, m)) {
                    // "PESHAWAR: … the provincial government would share a document with the federal
                    // government before engaging with Afghanistan": a province's or a federation's
                    // government of no stated country is of the country the report was filed in,
                    // whichever country the story names most.
                    out.add(m.withActor(docPlace.actor(), m.role(), Form.ROLE, DATELINE_COUNTRY + docPlace.text()));
                    continue;
                }
                if (docPlace == null && home != null && tiered(s, g, m)) {
                    // With no dateline, the country the story is about: "a meeting of all chief ministers".
                    out.add(m.withActor(home, m.role(), Form.ROLE, DOCUMENT_COUNTRY + home.id()));
                    continue;
                }
                if (home != null && (!anyPlace && (domestic(s, m) || HOME_TRADES.contains(m.role())
                        || HOME_ORGANS.contains(m.text().toLowerCase(Locale.ROOT))
                        // "Lebanese Prime Minister Fuad Siniora was due to hold a cabinet meeting": an
                        // organ named as a modifier is the home one when the sentence names no other.
                        && (!modifier(g, m) || onlyCountry(ms, home)))
                        // "since the Tiananmen demonstrations were quashed by the army in 1989, China has
                        // managed …": a home organ in a sentence that names the story's country and no
                        // other, whatever towns abroad it also names.
                        || anyPlace && (domestic(s, m) || HOME_ORGANS.contains(m.text().toLowerCase(Locale.ROOT)))
                                && !modifier(g, m) && namesCountry(mentions, home) && onlyCountry(mentions, home)
                        // "Parliament speaker Gholam Ali Hadad Adel echoed comments from other top
                        // officials" in a story about Iran: bare officials, no other country named.
                        || "GOV".equals(m.role()) && OFFICIALS.contains(m.text().toLowerCase(Locale.ROOT))
                                && onlyCountry(ms, home)
                        // "criticised Interior Minister Anatoly Kulikov" in a story about Russia: a minister
                        // of a home portfolio serves at home, unless the sentence names another country.
                        || HOME_PORTFOLIO.matcher(m.text()).find() && onlyCountry(ms, home)
                        // "directed the Ministry of Information Technology to collaborate …" in a story
                        // about Pakistan's cabinet: a ministry of a home portfolio, likewise.
                        || homeMinistry(s, m) && onlyCountry(ms, home)
                        // "held talks with first deputy prime ministers Anatoly Chubais …" in a story about
                        // Russia: a leader named by title alone is the story's country's.
                        || namedLeader(s, m) && noOtherState(ms, home))) {
                    // "Police arrested Orujov", "a court sentenced him" in a story about Azerbaijan:
                    // police and courts act at home. So do "the government", "the army" and "security
                    // forces" named bare in a story about one country ("the last meeting between the
                    // government and the rebels" in a story about Peru).
                    out.add(m.withActor(home, m.role(), Form.ROLE, DOCUMENT_COUNTRY + home.id()));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /**
     * Whether a bare singular role word with no determiner is joined by "and" to a title and name,
     * so that both titles are one person's: "journalist and MP Gibran Tueni".
     */
    private static boolean titleOfNamed(Sentence s, Graph g, ActorMention m, List<ActorMention> mentions) {
        if (m.form() != Form.ROLE || m.actor() != null || m.end() - m.start() != 1
                || !s.token(m.head()).pos().equals("NN") || !g.children(m.head(), "det").isEmpty()) {
            return false;
        }
        for (Edge e : g.children(m.head())) {
            if (!e.relation().startsWith("conj")) {
                continue;
            }
            for (ActorMention p : mentions) {
                if (p != m && p.head() == e.dependent() && p.start() > m.end() && Syntax.endsInName(s, p)
                        && p.end() - p.start() >= 2 && s.token(p.start()).ner().equals("O")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adjectives of regions, and of faiths that span them ("Muslim leaders"): no place makes their roles one country's. */
    private static final Set<String> REGIONAL = Words.plus(ActorMention.REGIONAL, "muslim", "islamic", "regional");

    /** Whether a role word is modified by an adjective of a region: "Western governments", "Arab diplomats". */
    private static boolean regional(Sentence s, Graph g, ActorMention m) {
        for (Edge e : g.children(m.head())) {
            if (e.dependent() < m.start() && regionModifier(s, g, m, e.dependent(), REGIONAL)) {
                return true;
            }
        }
        return false;
    }

    /** The adjective of a region right before a role word and modifying it ("Western governments"), or -1. */
    private static int regionBefore(Sentence s, Graph g, ActorMention m) {
        int w = m.start() - 1;
        return w >= 0 && regionModifier(s, g, m, w, ActorMention.REGIONAL) ? w : -1;
    }

    /** Whether word {@code w} is one of {@code regions} and modifies the role word (amod or compound). */
    private static boolean regionModifier(Sentence s, Graph g, ActorMention m, int w, Set<String> regions) {
        Edge up = g.head(w);
        return up != null && up.governor() == m.head()
                && (up.relation().equals("amod") || up.relation().equals("compound"))
                && regions.contains(s.token(w).word().toLowerCase(Locale.ROOT));
    }

    /** Whether a word is a prepositional argument of a verb ("dispatched inspectors to the plant"). */
    private static boolean obliqueOfVerb(Sentence s, Graph g, int w) {
        Edge up = g.head(w);
        return up != null && up.relation().startsWith("obl") && s.token(up.governor()).isVerb();
    }

    /** The one country or capital named as a place in a word's clause, or null when none or several. */
    private static @Nullable ActorMention onePlace(Sentence s, Graph g, int w, List<ActorMention> ms) {
        int clause = firstConjunct(s, g, Syntax.clause(s, g, w));
        // "killed two civilians and injured a child in Helmand province": joined verbs share the place.
        return soleCountryPlace(s, g, ms, p -> firstConjunct(s, g, Syntax.clause(s, g, p.head())) == clause
                && !placeOfStance(s, g, p.head()) && !TalkVenues.placeOfTalks(s, g, p.head())
                && !Aims.aimedAt(s, g, p.head()));
    }

    /**
     * Whether a place names where the thing someone takes a stand on happens: "voted for the war in
     * Iraq", "supported the troop surge in Afghanistan". The place is the war's, not the voter's.
     */
    private static boolean placeOfStance(Sentence s, Graph g, int place) {
        Edge up = g.head(place);
        if (up == null || !up.relation().startsWith("nmod")) {
            return false;
        }
        Edge arg = g.head(up.governor());
        return arg != null && (arg.relation().startsWith("obl") || arg.relation().equals("obj"))
                && STANCES.contains(s.token(arg.governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Verbs of taking a stand on a policy. Condemning, welcoming and the like are left out: "the
     * minister condemned the attack in Kabul" is as often by a minister of the place.
     */
    private static final Set<String> STANCES = Set.of("vote", "support", "oppose", "back", "advocate", "favour",
            "favor", "endorse", "champion", "embrace");

    /**
     * The one country the mentions that pass a test name as a place (by name or capital, however
     * often); null when they name none or two.
     */
    private static @Nullable ActorMention soleCountryPlace(Sentence s, Graph g, List<ActorMention> ms,
            Predicate<ActorMention> where) {
        ActorMention found = null;
        for (ActorMention p : ms) {
            if (p.actor() != null && p.actor().kind() == ActorKind.COUNTRY
                    && ((p.form() == Form.CAPITAL || p.form() == Form.NAME) && locativeOrConjunct(s, g, p.head())
                        || placeAdjective(s, g, p))
                    && where.test(p)) {
                if (found != null && !found.actor().id().equals(p.actor().id())) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** "in the southern Argentine city of Mar del Plata": a country's adjective on a place noun of a place phrase. */
    private static boolean placeAdjective(Sentence s, Graph g, ActorMention p) {
        Edge up = g.head(p.head());
        return p.form() == Form.ADJECTIVE && up != null && (up.relation().equals("amod") || up.relation().equals("compound"))
                && PLACE_NOUNS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))
                && Syntax.locative(s, g, up.governor());
    }

    /**
     * Whether a word is a place phrase, or a conjunct of one: "in the U.K., France, Germany and
     * Italy" names five places, not one.
     */
    private static boolean locativeOrConjunct(Sentence s, Graph g, int w) {
        if (Syntax.locative(s, g, w)) {
            return true;
        }
        Edge up = g.head(w);
        if (up != null && up.relation().startsWith("conj") && Syntax.locative(s, g, up.governor())) {
            return true;
        }
        // "in a village of Panjwai district of Kandahar province": a place that names the larger
        // place of a place phrase is where it happened too.
        int cur = w;
        for (int hop = 0; hop < 4; hop++) {
            Edge e = g.head(cur);
            if (e == null || !(e.relation().equals("compound") || e.relation().startsWith("nmod")
                    && g.markedBy(s, cur, Set.of("of")))) {
                return false;
            }
            cur = e.governor();
            if (!PLACE_NOUNS.contains(s.token(cur).lemma().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (Syntax.locative(s, g, cur)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The capital a country's adjective on a place noun describes, when the capital's name follows,
     * with or without "of": "the Qatari capital Doha", "the Egyptian capital of Cairo"; else null.
     */
    private static @Nullable ActorMention namedPlace(Sentence s, Graph g, ActorMention m, List<ActorMention> ms) {
        Edge up = g.head(m.head());
        if (m.form() != Form.ADJECTIVE || m.actor() == null || m.actor().kind() != ActorKind.COUNTRY || up == null
                || !up.relation().equals("amod") || up.governor() != m.end()) {
            return null;
        }
        int place = up.governor();
        String noun = s.token(place).lemma().toLowerCase(Locale.ROOT);
        if (!PLACE_NOUNS.contains(noun) && !noun.equals("capital") && !noun.equals("port")) {
            return null;
        }
        int name = place + 1 < s.size() && s.token(place + 1).word().equalsIgnoreCase("of") ? place + 2 : place + 1;
        for (ActorMention x : ms) {
            // Only a capital, which stands for its government: "the Bosnian town of Gorazde" is still
            // where Bosnia is acted on.
            if (x.start() == name && x.form() == Form.CAPITAL && x.actor() != null && x.actor().country() != null
                    && x.actor().country().equals(m.actor().id())) {
                return x;
            }
        }
        return null;
    }

    /**
     * The mentions, with each country's adjective on a place noun that its capital's name follows
     * taken for the capital: "to the Qatari capital Doha" is to Doha (the capital, and so the
     * government), so that what acts on the phrase, which the adjective modifies, acts on it and not
     * on the adjective's bare country. The name keeps its own mention.
     */
    static List<ActorMention> namedPlaces(Sentence s, Graph g, List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            ActorMention name = namedPlace(s, g, m, ms);
            out.add(name == null ? m : m.withActor(name.actor(), name.role(), name.form(),
                    " + the capital it describes: '" + name.text() + "'"));
        }
        return out;
    }

    /** Nouns of places within a country: "Kandahar province", "a village of Panjwai district". */
    private static final Set<String> PLACE_NOUNS = Set.of("province", "district", "village", "town", "city",
            "region", "area", "county", "governorate", "prefecture", "state", "suburb", "outskirts", "camp");

    /**
     * The first of a run of joined verbs that share one subject ("killed … and injured …"), or the
     * verb itself: "met … in Zagreb, and the two leaders pledged" are two clauses.
     */
    private static int firstConjunct(Sentence s, Graph g, int verb) {
        int cur = verb;
        for (int guard = 0; guard < 8; guard++) {
            Edge up = g.head(cur);
            if (up == null || !up.relation().startsWith("conj") || !s.token(up.governor()).isVerb()
                    || !g.children(cur, "nsubj").isEmpty() || !g.children(cur, "nsubj:pass").isEmpty()) {
                return cur;
            }
            cur = up.governor();
        }
        return cur;
    }

    /** Whether armed men are described by who leads or backs them ("rebels led by Laurent Kabila"). */
    private static boolean ledOrBacked(Sentence s, Graph g, int head) {
        for (Edge e : g.children(head, "acl")) {
            String l = s.token(e.dependent()).lemma().toLowerCase(Locale.ROOT);
            if (l.equals("lead") || l.equals("back") || l.equals("support") || l.equals("loyal")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one country the sentence names as a place, however often; null when it names none or two.
     * Where a speaker speaks ("said in Washington") is not where what he tells of happens.
     */
    private static @Nullable ActorMention onlyPlace(Sentence s, Graph g, List<ActorMention> ms) {
        return soleCountryPlace(s, g, ms, p -> {
            Edge up = g.head(p.head());
            return up == null || !SAYING_PLACES.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))
                    && !TalkVenues.placeOfTalks(s, g, p.head());
        });
    }

    /** Whether a place lies in an adjective or a clause that describes a word ("protesters angry at …"). */
    private static boolean inDescription(Graph g, int head, int place) {
        for (Edge e : g.children(head)) {
            if ((e.relation().equals("amod") || Graph.matches(e.relation(), "acl")) && g.dominates(e.dependent(), place)) {
                return true;
            }
        }
        return false;
    }

    /** Roles of organs that serve where they are, whose "in" country is their own whatever the parse. */
    private static final Set<String> LOCAL_ORGANS = Set.of("JUD", "COP", "LEG");

    /** The country named right after a mention as "in" it ("prosecutors in Israel"), or null. */
    private static @Nullable ActorMention countryRightAfter(Sentence s, ActorMention m, List<ActorMention> ms) {
        if (m.end() + 1 >= s.size() || !s.token(m.end()).word().equals("in")) {
            return null;
        }
        for (ActorMention c : ms) {
            if (c.start() == m.end() + 1 && c.actor() != null && c.actor().kind() == ActorKind.COUNTRY
                    && c.form() == Form.NAME) {
                return c;
            }
        }
        return null;
    }

    /** Whether a mention acts or is acted on in its clause: its subject, its object, or an oblique of its verb. */
    private static boolean actsInClause(Sentence s, Graph g, ActorMention m) {
        return Syntax.isSubject(g, m) || Syntax.isObject(g, m) || obliqueOfVerb(s, g, m.head());
    }

    /** A town the gazetteer places that begins an organisation's name ("Peshawar Institute of …"), or null. */
    private static @Nullable ActorMention townInName(ActorMention m, List<ActorMention> towns) {
        for (ActorMention t : towns) {
            if (t.start() == m.start() && t.end() < m.end() && t.actor() != null) {
                return t;
            }
        }
        return null;
    }

    /** Whether a sentence's mentions name the dateline's own country (by itself or as an actor's). */
    private static boolean namesDatelineCountry(Sentence s, List<ActorMention> ms, @Nullable ActorMention dateline) {
        if (dateline == null || dateline.actor() == null || dateline.actor().country() == null) {
            return false;
        }
        for (ActorMention m : ms) {
            if (m.actor() != null && dateline.actor().country().equals(m.actor().country()) && !Dateline.opens(s, m)) {
                return true;
            }
        }
        return false;
    }

    /** What the rule of a role gains when the sentence's one place gives it a country. */
    private static final String CONTEXT = " + context: '";
    /** What the rule of a role gains when the dateline's country is given it. */
    private static final String DATELINE_COUNTRY = " + dateline's country: ";
    /** What the rule of a role gains when the country the story is about is given it. */
    private static final String DOCUMENT_COUNTRY = " + document's country: ";

    /**
     * Whether a role's country came from where the story is told, not from its own words: the
     * sentence's place, the dateline or the country the story is about.
     */
    static boolean countryFromContext(ActorMention m) {
        String r = m.rule();
        return r.contains(CONTEXT) || r.contains(DATELINE_COUNTRY) || r.contains(DOCUMENT_COUNTRY);
    }

    /** Nouns a national adjective makes a person's nationality or residence: "a Ukrainian national". */
    private static final Set<String> NATIONALITY_NOUNS = Set.of("national", "citizen", "resident", "native",
            "passport-holder", "origin", "descent");

    /**
     * Whether a country is only someone's nationality or origin: "police arrested Ivan Petrenko, a
     * Polish resident and Ukrainian national" in a report filed in Delhi moves the police nowhere.
     */
    private static boolean nationality(Sentence s, Graph g, ActorMention m) {
        Edge up = g.head(m.head());
        return m.form() == Form.ADJECTIVE && up != null && up.relation().equals("amod")
                && NATIONALITY_NOUNS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /** Verbs of sending people out of a country, back to theirs or on to another. */
    private static final Set<String> SENDING_BACK = Set.of("return", "deport", "repatriate", "expel", "send",
            "push", "extradite");

    /**
     * Whether a country is only where people are sent, or the people sent: "the government's decision
     * to forcibly return Afghans to Afghanistan" in a report filed in Islamabad is Pakistan's.
     */
    private static boolean sentBack(Sentence s, Graph g, ActorMention m) {
        Edge up = g.head(m.head());
        if (up == null) {
            return false;
        }
        boolean to = g.markedBy(s, m.head(), Set.of("to", "into"));
        if (to && up.relation().startsWith("nmod")) {
            // "return Afghans to Afghanistan", the parser hanging the phrase on the people sent.
            Edge object = g.head(up.governor());
            up = object != null && object.relation().equals("obj") ? new Edge(object.governor(), up.dependent(), "obl")
                    : up;
        }
        boolean destination = to && up.relation().startsWith("obl");
        boolean sent = up.relation().equals("obj") && m.form() == Form.PEOPLE;
        return (destination || sent) && SENDING_BACK.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether a sentence's actors name a country other than the dateline's. */
    private static boolean otherCountry(Sentence s, Graph g, List<ActorMention> ms, @Nullable ActorMention dateline) {
        if (dateline == null || dateline.actor() == null) {
            return false;
        }
        for (ActorMention m : ms) {
            String c = m.actor() == null ? null : m.actor().country();
            // A foreign company ("a court ordered YouTube to block 27 channels") does business
            // everywhere and moves no one else abroad.
            // Nor do refugees, who are abroad already: "police stations have arrested Afghan refugees"
            // in a story filed from Islamabad are Pakistan's police.
            // Nor does the agency of a wire's dateline: "BANGKOK, Nov. 6 (Xinhua) -- … the premier ordered
            // government agencies to …" names no second country.
            boolean wire = m.sentence() == dateline.sentence() && m.start() < dateline.end() + 6
                    && "MED".equals(RoleCodes.roleOf(m.codeAt(null)));
            // Nor does an envoy whom the clause acts on: "ISLAMABAD: The Senate chairman met the
            // Turkish ambassador" is the host's chairman.
            boolean metEnvoy = TRAVELLERS.contains(s.token(m.head()).lemma().toLowerCase(Locale.ROOT))
                    && !Syntax.isSubject(g, m);
            if (c != null && !c.equals(dateline.actor().country()) && !"BUS".equals(RoleCodes.roleOf(m.codeAt(null)))
                    && !crossedBorder(m) && !wire && !metEnvoy && !sentBack(s, g, m) && !nationality(s, g, m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention is of refugees or migrants, who have left their country, rather than of the
     * displaced; or of a country's nationals, named so because they are abroad ("72 Afghan nationals").
     */
    private static boolean crossedBorder(ActorMention m) {
        String t = m.text().toLowerCase(Locale.ROOT);
        return "REF".equals(m.role()) && !t.contains("displaced") && !t.contains("returnee")
                || m.nationalsAbroad();
    }

    /**
     * Role words for people whose work takes them abroad: "diplomats in Jeddah" are not Saudi,
     * so a place gives them no country.
     */
    static final Set<String> TRAVELLERS = Set.of("diplomat", "envoy", "mediator", "negotiator", "delegate",
            "delegation", "ambassador", "observer", "monitor", "peacekeeper", "inspector", "emissary");

    /**
     * Roles that a story about one country, naming no place, means as that country's: "these
     * companies", "the city's sex industry", "the pirates" (not civilians, whom an army abroad
     * meets, nor workers, who travel).
     */
    private static final Set<String> HOME_TRADES = Set.of("BUS", "CRM");

    /** Roles that act where the sentence's act happens: police and the opposition (and protesters, by their word). */
    private static final Set<String> ON_THE_SPOT = Set.of("COP", "OPP");

    /** Words for people in the street, civilians who protest at home and where the act happens. */
    private static final Set<String> PROTEST_WORDS = Set.of("protester", "protestor", "demonstrator", "marcher");

    /** Whether a mention is civilians named as protesters: "thousands of protesters", "the marchers". */
    static boolean protesters(Sentence s, ActorMention m) {
        return "CVL".equals(m.role()) && PROTEST_WORDS.contains(s.token(m.head()).lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether a mention acts only inside its own country: a {@link #DOMESTIC} role, or protesters. */
    private static boolean domestic(Sentence s, ActorMention m) {
        return DOMESTIC.contains(m.role()) || protesters(s, m);
    }

    /**
     * Roles that act only inside their own country: police, courts, the opposition and political
     * parties ("political parties" in a story about India's electoral rolls are India's).
     */
    private static final Set<String> DOMESTIC = Set.of("COP", "JUD", "OPP", "PTY");

    /**
     * A place that modifies a role word: "Toronto police", "Illinois lawmakers", "the Lagos State
     * governor". The place is a compound of the role word or of its phrase head, or of such a
     * compound ("Lagos" in "Lagos State").
     */
    private static @Nullable ActorMention placeModifier(Graph g, ActorMention m, int np, List<ActorMention> places) {
        List<Integer> mods = new ArrayList<>();
        for (int h : new int[] {m.head(), np}) {
            for (Edge e : g.children(h, "compound")) {
                if (e.dependent() < m.head() && !m.contains(e.dependent())) {
                    mods.add(e.dependent());
                    for (Edge e2 : g.children(e.dependent(), "compound")) {
                        mods.add(e2.dependent());
                    }
                } else if (m.contains(e.dependent())) {
                    // "Shaanxi Governor Yuan Chunqing": the place modifies the title inside the mention.
                    for (Edge e2 : g.children(e.dependent(), "compound")) {
                        if (e2.dependent() < m.start()) {
                            mods.add(e2.dependent());
                        }
                    }
                }
            }
        }
        for (ActorMention p : places) {
            if (p.actor() != null && p.actor().kind() == ActorKind.COUNTRY
                    && (p.form() == Form.CAPITAL || p.form() == Form.NAME) && mods.contains(p.head())) {
                return p;
            }
        }
        return null;
    }

    /** The head of the noun phrase a modifier belongs to: "groups" for "Opposition" in "Opposition groups". */
    private static int phraseHead(Sentence s, Graph g, int token) {
        int cur = token;
        for (int guard = 0; guard < 4; guard++) {
            Edge up = g.head(cur);
            if (up != null && up.relation().startsWith("obl") && HELD.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
                // "rebel-held districts of Aleppo": who holds a place is of the place's country.
                Edge up2 = g.head(up.governor());
                if (up2 != null && up2.relation().equals("amod")) {
                    cur = up2.governor();
                    continue;
                }
            }
            if (up == null || !(up.relation().equals("compound") || up.relation().equals("amod"))) {
                break;
            }
            cur = up.governor();
        }
        return cur;
    }

    /** Participles of holding ground: "rebel-held", "militant-controlled". */
    private static final Set<String> HELD = Set.of("hold", "control", "occupy", "run", "dominate", "besiege");

    private static final Set<String> FROM = Set.of("from");


    /**
     * Whether a place that would give a role word its country is rather the venue of talks: the
     * role is the "with" side of a noun of talks, the place is a town the gazetteer knows (not a
     * country named), and the sentence names, outside any place phrase, another country that the
     * document is about or that stands alone.
     */
    private static boolean venueOfTalks(Sentence s, Graph g, int np, ActorMention place, List<ActorMention> ms) {
        Edge up = g.head(np);
        if (up == null || !up.relation().startsWith("nmod") || !g.markedBy(s, np, Set.of("with"))
                || !TalkVenues.TALKS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))
                || !place.rule().startsWith("place:")) {
            return false;
        }
        for (ActorMention other : ms) {
            if (other.actor() != null && other.actor().kind() == ActorKind.COUNTRY && other.actor() != place.actor()
                    && (other.form() == Form.NAME || other.form() == Form.CAPITAL || other.form() == Form.ADJECTIVE)
                    && !other.rule().startsWith("place:") && !Syntax.locative(s, g, other.head())) {
                return true;
            }
        }
        return false;
    }

    /** "military … agencies", "government palace": a word that modifies another noun. */
    private static boolean modifier(Graph g, ActorMention m) {
        Edge up = g.head(m.head());
        return up != null && (up.relation().equals("amod") || up.relation().equals("compound"));
    }

    /**
     * A state's organs named bare, which in a story about one country are that country's: the national
     * organs and "the authorities" (police, whose role is COP, are at home already as {@link #DOMESTIC}).
     */
    private static final Set<String> HOME_ORGANS = Words.plus(Syntax.NATIONAL_ORGANS, "authorities");

    /** Officials named bare, by rank at most. */
    private static final Set<String> OFFICIALS = Set.of("officials", "official", "top officials",
            "senior officials", "government officials", "top official", "senior official");

    /** Whether every country the sentence's mentions belong to is this one. */
    private static boolean namesCountry(List<ActorMention> ms, Actor home) {
        for (ActorMention p : ms) {
            if (p.actor() != null && p.actor().kind() == ActorKind.COUNTRY && p.form() == Form.NAME
                    && home.country() != null && home.country().equals(p.actor().country())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyCountry(List<ActorMention> ms, Actor home) {
        for (ActorMention p : ms) {
            if (p.actor() != null && p.actor().country() != null && !p.actor().country().equals(home.country())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the sentence names no state but this one: a person of another nationality there (the
     * visitor who "held talks with Prime Minister X") is no other state whose title it could be.
     */
    private static boolean noOtherState(List<ActorMention> ms, Actor home) {
        return onlyCountry(ms.stream().filter(p -> p.actor() == null || p.actor().kind() != ActorKind.PERSON).toList(),
                home);
    }

    /** Titles of a state's leaders and its speaker: written bare, they are the story's own country's. */
    private static final java.util.regex.Pattern LEADER_TITLE = java.util.regex.Pattern.compile(
            "(?i)\\b(prime minister|premier|president|vice[- ]president|chancellor|speaker)s?\\b");

    /** Words that may stand before a role word in a leader's title: "first deputy prime ministers". */
    private static final Set<String> TITLE_WORDS = Set.of("first", "deputy", "prime", "vice", "acting", "interim");

    /**
     * Whether a role with no country is a leader's title ({@link #LEADER_TITLE}, with the title
     * words before it that the role word left out) followed by the person's name.
     */
    private static boolean namedLeader(Sentence s, ActorMention m) {
        int from = m.start();
        while (from > 0 && m.start() - from < 3
                && TITLE_WORDS.contains(s.token(from - 1).word().toLowerCase(Locale.ROOT))) {
            from--;
        }
        StringBuilder title = new StringBuilder();
        for (int i = from; i < m.end(); i++) {
            title.append(s.token(i).word()).append(' ');
        }
        return Syntax.endsInName(s, m) && LEADER_TITLE.matcher(title).find();
    }

    /** Portfolios of ministries that deal with other countries, which a story about one country may name for another. */
    private static final Set<String> OUTWARD_PORTFOLIOS = Set.of("foreign", "external", "defence", "defense");

    /**
     * Whether a mention is a bare "Ministry" followed by its portfolio ("the Ministry of IT", "the
     * Ministry for Religious Affairs") that is not one of {@link #OUTWARD_PORTFOLIOS}.
     */
    private static boolean homeMinistry(Sentence s, ActorMention m) {
        String w = s.token(m.end() - 1).word();
        int of = m.end();
        if (!w.equals("Ministry") || of + 1 >= s.size()
                || !s.token(of).word().equals("of") && !s.token(of).word().equals("for")) {
            return false;
        }
        int next = s.token(of + 1).word().equalsIgnoreCase("the") ? of + 2 : of + 1;
        return next < s.size() && Character.isUpperCase(s.token(next).word().charAt(0))
                && !OUTWARD_PORTFOLIOS.contains(s.token(next).word().toLowerCase(Locale.ROOT));
    }

    /** Titles of ministers of home portfolios, who act at home (foreign and defence ministers travel). */
    private static final java.util.regex.Pattern HOME_PORTFOLIO = java.util.regex.Pattern.compile(
            "(?i)\\b(interior|home|justice|finance|economy|agriculture|health|education|labou?r|transport|energy"
            + "|internal affairs|public security) minister\\b"
            + "|\\bminister (of|for) (the )?(interior|home affairs|justice|finance|economy|agriculture|health"
            + "|education|labou?r|transport|energy|internal affairs|public security)\\b");

    /**
     * Verbs of saying, whose place is the speaker's: "US officials were saying in Washington that …";
     * the verbs of {@link Syntax#SPEAKING}, and reporting, claiming and speaking.
     */
    private static final Set<String> SAYING_PLACES = Words.plus(Syntax.SPEAKING, "report", "claim", "speak");

    /**
     * The word right before a military role that makes it a force from abroad ("coalition troops"),
     * or -1.
     */
    private static int outsider(Sentence s, Graph g, ActorMention m, List<ActorMention> ms) {
        int w = m.start() - 1;
        if (m.head() < 0 || !"MIL".equals(m.role()) || w < 0
                || !ActorMention.ABROAD.contains(s.token(w).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        Edge up = g.head(w);
        if (up == null || up.governor() != m.head()
                || !(up.relation().equals("compound") || up.relation().equals("amod"))) {
            return -1;
        }
        for (ActorMention p : ms) {
            if (p != m && p.actor() != null && p.end() <= w && p.head() >= 0 && g.dominates(m.head(), p.head())) {
                // "Afghan and U.S.-led coalition forces": a country the phrase names before it has its own forces in it.
                return -1;
            }
        }
        return w;
    }
}
