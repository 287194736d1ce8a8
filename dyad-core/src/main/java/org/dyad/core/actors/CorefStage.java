package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.core.actors.Antecedents.Kind;
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
import org.dyad.core.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * A light coreference resolver over Dyad's own model, at a small fraction of CoreNLP's cost.
 * Pronouns ("it", "they", "he") and definite descriptions ("the group", "the militants",
 * "the government", "the country") take the most recent compatible actor, preferring the
 * subject of a clause, in the same sentence or the two before it. A description keeps its
 * own role: "the army" after "Pakistan" is PAKMIL.
 */
public final class CorefStage implements Stage {
    private static final int WINDOW = 2;
    private static final int SAME_WORD_WINDOW = 15;

    private final @Nullable ActorDictionary actors;
    private final PlaceCountries places;

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
    }
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her");
    private static final Set<String> HE = Set.of("he", "him", "his");
    private static final Set<String> SHE = Set.of("she", "her");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "outfit", "faction", "network",
            "organisation", "organization", "militia");
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "kingdom", "republic", "nation", "emirate");
    private static final Set<String> BLOC_NOUNS = Set.of("alliance", "bloc", "body", "organisation", "organization");
    private static final Set<String> ARMED_ROLES = Set.of("INS", "REB", "SPP");

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
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        // Sentences whose subject "it" stands for a text, not an actor.
        Set<Integer> textSentences = new java.util.HashSet<>();
        for (ActorMention m : in.mentions()) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        List<ActorMention> out = new ArrayList<>();
        Surnames surnames = new Surnames();
        DescribedPeople described = new DescribedPeople();
        Actor home = dominantCountry(in.mentions(), in.document().date());
        ActorMention docPlace = documentPlace(in, bySentence);
        // Each sentence's tree, built once: antecedents are looked for in earlier sentences' subjects.
        List<Graph> basics = in.sentences().stream().map(Graph::basic).toList();
        // The gender each person has been taken up with ("he" or "she"), by actor key: "Putin met
        // Merkel. He congratulated her": "her" is not the man "he" is.
        Map<String, Boolean> feminine = new HashMap<>();
        for (Sentence s : in.sentences()) {
            List<ActorMention> own = new ArrayList<>(bySentence.getOrDefault(s.index(), List.of()));
            Graph g = basics.get(s.index());
            Graph enhanced = Graph.enhanced(s);
            List<ActorMention> resolved = new ArrayList<>(surnames.untagged(s, own));
            for (ActorMention m0 : own) {
                ActorMention m = m0;
                if (m.form() == Form.ROLE && "MIL".equals(m.role()) && bareOfficers(s, m)
                        && policeStory(bySentence, s.index(), in)) {
                    // "Police officers responding to … Four of the officers then fired": in a story of
                    // police and no soldiers, officers are police.
                    m = m.withActor(m.actor(), "COP", Form.ROLE, " + officers in a police story");
                }
                if (m.form() == Form.ROLE && m.actor() == null && PairReferences.pairStart(s, m.start(), m.head()) >= 0) {
                    List<ActorMention> two = pair(s, g, m.start(), m.end(), m.head(), resolved, in, bySentence, basics);
                    if (!two.isEmpty()) {
                        // "Olmert and Abbas met … The two leaders discussed": each of the two.
                        resolved.addAll(two);
                        continue;
                    }
                }
                ActorMention sender = DeployedMen.sender(s, g, m, resolved);
                if (sender != null) {
                    // "Palestinian police deployed large numbers of men": their own men.
                    resolved.add(m.withActor(sender.actor(), sender.role(), Form.ROLE,
                            " + deployed by '" + sender.text() + "'"));
                    continue;
                }
                ActorMention person = surnames.person(s, m);
                if (person != null) {
                    // "Miro Cerar … Cerar said": the surname of someone named in full before.
                    resolved.add(m.withActor(person.actor(), person.role(), Form.REFERENCE,
                            Surnames.MARK + person.text() + "'"));
                    continue;
                }
                ActorMention again = described.named(s, m);
                if (again != null) {
                    // "a journalist, Aziz Orujov … Police arrested Orujov": the description holds.
                    resolved.add(again);
                    continue;
                }
                ActorMention byHead = namedByHead(s, m, resolved, bySentence);
                if (byHead != null) {
                    // "The UN Human Rights Commission … the Commission demanded": the body named before.
                    resolved.add(byHead);
                    continue;
                }
                ActorMention r = SelfNamed.isName(s, g, m, own) ? null : describe(s, g, m, in, bySentence, basics, resolved);
                resolved.add(r == null ? m : r);
            }
            surnames.learn(s, resolved);
            described.learn(s, resolved);
            Map<Integer, ActorMention> antecedents = new HashMap<>();
            for (Token t : s.tokens()) {
                String w = t.word().toLowerCase(Locale.ROOT);
                boolean bareTwo = PairReferences.bareTwo(s, t.index());
                int pairStart = bareTwo ? t.index() - 1 : t.isNoun() ? PairReferences.pairStart(s, t.index(), t.index()) : -1;
                if (pairStart >= 0 && !Syntax.covered(resolved, t.index())) {
                    // "the two countries signed", "both sides agreed", "the two met": each of the two.
                    resolved.addAll(pair(s, g, pairStart, t.index() + 1, t.index(), resolved, in, bySentence, basics));
                    continue;
                }
                if (t.isNoun() && t.index() > 0 && !Syntax.covered(resolved, t.index())
                        && s.token(t.index() - 1).word().equalsIgnoreCase("the")) {
                    String l = t.lemma().toLowerCase(Locale.ROOT);
                    Kind want = GROUP_NOUNS.contains(l) ? Kind.GROUP : COUNTRY_NOUNS.contains(l) ? Kind.COUNTRY
                            : BLOC_NOUNS.contains(l) ? Kind.BLOC : null;
                    if (want == null && ACT_NOUNS.contains(l) && !isModified(g, s, t.index())) {
                        ActorMention actor = actor(s, g, t.index(), resolved, bySentence, basics, in.sentences());
                        if (actor != null) {
                            // "Abbas called for early elections, but Hamas rejected the move": the move is Abbas's.
                            resolved.add(reference(s, t.index() - 1, t.index() + 1, t.index(), actor, null));
                        }
                        continue;
                    }
                    if (want != null && g.governor(t.index()) >= 0 && !isModified(g, s, t.index())) {
                        ActorMention a = want == Kind.COUNTRY ? placeOfVerb(s, g, t.index(), resolved) : null;
                        if (a == null) {
                            a = antecedent(s, g, t.index() - 1, want, resolved, in, bySentence, basics);
                        }
                        if (a != null) {
                            ActorMention ref = reference(s, t.index() - 1, t.index() + 1, t.index(), a, null);
                            if (want == Kind.COUNTRY) {
                                // "the country" is the country itself, whatever organ of it came before.
                                ref = new ActorMention(ref.sentence(), ref.start(), ref.end(), ref.head(), ref.actor(),
                                        null, Form.REFERENCE, ref.text(), ref.rule());
                            }
                            resolved.add(ref);
                        }
                    }
                    continue;
                }
                if (!t.isPronoun() || Syntax.covered(resolved, t.index())) {
                    continue;
                }
                if (FIRST_PLURAL.contains(w)) {
                    ActorMention speaker = Antecedents.speaker(s, g, t.index(), resolved);
                    if (speaker != null) {
                        // "'We would cut ties with Serbia,' the minister said": "we" is the speaker's side.
                        resolved.add(reference(s, t.index(), t.index() + 1, t.index(), speaker, null));
                    }
                    continue;
                }
                if (w.equals("it") && Antecedents.impersonal(s, g, t.index())) {
                    // "…, it was reported Wednesday", "it is believed that": no actor.
                    continue;
                }
                Kind want = PERSON_PRONOUNS.contains(w) ? Kind.PERSON
                        : Antecedents.THING_PRONOUNS.contains(w) ? Kind.THING
                        : PLURAL_PRONOUNS.contains(w) ? Kind.PLURAL : null;
                if (want == null) {
                    continue;
                }
                // "her" is possessive only before a noun: "congratulated her on the result" is an object.
                Edge pronounUp = g.head(t.index());
                boolean possessive = POSSESSIVES.contains(w) && !(w.equals("her") && pronounUp != null
                        && !pronounUp.relation().startsWith("nmod:poss"));
                Boolean she = SHE.contains(w) ? Boolean.TRUE : HE.contains(w) ? Boolean.FALSE : null;
                ActorMention a = possessive ? Antecedents.forObject(enhanced, t.index(), want, resolved) : null;
                if (a == null && possessive) {
                    a = Antecedents.ownSubject(s, g, enhanced, t.index(), want, resolved);
                }
                if (a == null && possessive) {
                    a = Antecedents.cataphor(s, g, t.index(), want, resolved);
                }
                if (a != null && Antecedents.otherGender(a, she, feminine)) {
                    // "he thanked her for her support": "her" is not the man of the clause.
                    a = null;
                }
                if (a != null) {
                    // "pressed Israel to stop its strikes": a possessive is its own clause's subject's.
                    resolved.add(reference(s, t.index(), t.index() + 1, t.index(), a, null));
                    continue;
                }
                List<ActorMention> sayers = want == Kind.PLURAL && !possessive ? Antecedents.coordinatedSpeakers(s, g, t.index(), resolved)
                        : List.of();
                if (sayers.size() >= 2) {
                    // "Australia and Canada have also said they are willing to grant asylum": "they" right
                    // after the verb of saying is its coordinated subjects, each of them.
                    for (ActorMention sp : sayers) {
                        resolved.add(reference(s, t.index(), t.index() + 1, t.index(), sp, null));
                    }
                    continue;
                }
                ActorMention body = want == Kind.PLURAL && !possessive && s.index() > 0
                        ? Antecedents.speakingBody(s, g, t.index(), in.sentences().get(s.index() - 1),
                                basics.get(s.index() - 1), here(bySentence, s.index() - 1))
                        : null;
                if (body != null) {
                    // "The Syrian army has repeatedly said … They deny that many civilians were killed":
                    // the body that spoke last goes on speaking.
                    antecedents.put(t.index(), body);
                    resolved.add(reference(s, t.index(), t.index() + 1, t.index(), body, null));
                    continue;
                }
                if (want == Kind.PERSON || want == Kind.PLURAL) {
                    Set<Integer> binders = Antecedents.clauseSubjects(g, enhanced, t.index(), w);
                    Set<String> bound = Antecedents.boundPeople(binders, resolved, here(bySentence, s.index()));
                    Set<ActorMention> boundMentions = new java.util.HashSet<>();
                    for (int b : binders) {
                        if (antecedents.containsKey(b)) {
                            boundMentions.add(antecedents.get(b));
                        }
                    }
                    Kind k = want;
                    Set<String> coArguments = Antecedents.coArguments(s, g, t.index(), here(bySentence, s.index()));
                    Set<Integer> preposed = Antecedents.preposedClause(s, g, t.index());
                    Predicate<ActorMention> fits = m -> !(m.sentence() == s.index() && binders.contains(m.head()))
                            // "While challenging the NWC to say if President Buhari was still its leader, he
                            // advised …": the clause before the subject is his own; no one in it is "he".
                            && !(m.sentence() == s.index() && preposed.contains(m.head()))
                            && !Antecedents.otherGender(m, she, feminine)
                            // "They also urged the Sri Lankan government and the LTTE to …": the subject is
                            // none of those its own verb acts on.
                            && !(m.actor() != null && coArguments.contains(m.codeAt(in.document().date())))
                            && !boundMentions.contains(m)
                            && !(m.actor() != null && bound.contains(DocumentCountry.key(m.actor())))
                            && (Antecedents.compatible(m, k) || k == Kind.PERSON && (m.unknownPerson() || namedRole(m, in)
                                    || DescribedPeople.isDescribed(m)
                                    || DescribedPeople.onePersonOfNoCountry(in.sentences().get(m.sentence()), m))
                                    || k == Kind.PLURAL && subjectPeopleOfNoCountry(m, basics)
                                    || k == Kind.PLURAL && m.rule().startsWith(PairReferences.RULE));
                    // "urged the Taliban to reduce violence and pledged to help bring them into talks": an
                    // object pronoun that cannot be its own clause's subject is first another actor of its
                    // sentence, before the subjects of sentences before.
                    a = binders.isEmpty() ? null : Antecedents.nearestBefore(t.index(), fits, resolved);
                    if (a == null && want == Kind.PLURAL && !possessive && s.index() > 0 && Antecedents.addressedBy(s, g, t.index())) {
                        // "Speaking to the local tribal elders, he said … operations against terrorists …
                        // He urged them …": those urged or told are the ones he spoke to, not those his
                        // words were about.
                        a = Antecedents.addressee(in.sentences().get(s.index() - 1), basics.get(s.index() - 1),
                                here(bySentence, s.index() - 1), fits);
                    }
                    if (a == null) {
                        a = antecedent(s, g, t.index(), fits, resolved, in, bySentence, basics);
                    }
                    if (a != null && want == Kind.PLURAL && !possessive && a.rule().startsWith(PairReferences.RULE)) {
                        // "The two leaders met … They also discussed trade": "they" is each of the two.
                        List<ActorMention> pool = a.sentence() == s.index() ? resolved : here(bySentence, a.sentence());
                        List<ActorMention> both = new ArrayList<>();
                        for (ActorMention m : pool) {
                            if (m.start() == a.start() && m.end() == a.end() && m.rule().startsWith(PairReferences.RULE)) {
                                both.add(reference(s, t.index(), t.index() + 1, t.index(), m, null));
                            }
                        }
                        antecedents.put(t.index(), a);
                        resolved.addAll(both);
                        continue;
                    }
                    if (a != null && a.actor() == null && possessive) {
                        // "his lawyer" of a person no dictionary knows is nobody's organ.
                        a = null;
                    } else if (a != null && a.actor() == null) {
                        // The nearest person is one no dictionary knows: "he" is that person, not
                        // the head of state named before him, and keeps the description the text gave him
                        // ("a journalist, Aziz Orujov … released him": ---MED). So is a person named only
                        // by a role of no country ("the young man … arrested him": ---CVL).
                        antecedents.put(t.index(), a);
                        resolved.add(DescribedPeople.pronoun(s, t.index(), a, in.sentences().get(a.sentence()),
                                a.sentence() == s.index() ? resolved : here(bySentence, a.sentence())));
                        continue;
                    }
                } else if (w.equals("it") && Syntax.subjectOf(g, t.index())
                        && (textSentences.contains(s.index() - 1)
                        || s.index() > 0 && textSubject(in.sentences().get(s.index() - 1), basics.get(s.index() - 1), bySentence))) {
                    // "But the European draft does not include a US demand … It asks the head of the IAEA
                    // to submit a report. It says …": "it" goes on about the text the last sentence was about.
                    textSentences.add(s.index());
                    a = null;
                } else if (w.equals("it") && t.index() == 0 && Syntax.subjectOf(g, t.index()) && s.index() > 0
                        && unnamedSubject(in.sentences().get(s.index() - 1), basics.get(s.index() - 1), bySentence,
                        GROUP_NOUNS)) {
                    // "The Kerbino faction broke away from the SPLA … It now fights the SPLA": the group
                    // the sentence before was about, which no dictionary names.
                    a = null;
                } else if (w.equals("it") && Antecedents.locatedThing(s, g, t.index(), resolved)) {
                    // "retook a village in western Cambodia after guerrillas overran it": the village,
                    // which no dictionary names, not the country that only locates it.
                    a = null;
                } else if (want == Kind.THING && Antecedents.forceSubject(s, g, t.index())) {
                    // "The United Nations imposed sanctions on Iraq after it invaded Kuwait": a body
                    // with no arms of its own invades, attacks or occupies nothing.
                    a = antecedent(s, g, t.index(), m -> (Antecedents.compatible(m, Kind.THING)
                            || Antecedents.singularGroup(m, in.sentences().get(m.sentence()))) && !Antecedents.unarmedBody(m, in.document().date()),
                            resolved, in, bySentence, basics);
                } else {
                    a = antecedent(s, g, t.index(), want, resolved, in, bySentence, basics);
                }
                if (a != null) {
                    antecedents.put(t.index(), a);
                    resolved.add(reference(s, t.index(), t.index() + 1, t.index(), a, null));
                    if (a.actor() != null && a.actor().kind() == ActorKind.PERSON && (SHE.contains(w) || HE.contains(w))) {
                        feminine.putIfAbsent(DocumentCountry.key(a.actor()), SHE.contains(w));
                    }
                }
            }
            resolved = possessedOrgans(g, resolved, in.document().date());
            resolved = loyalForces(s, g, resolved, in.document().date());
            resolved = TownsTakenForPeople.apply(s, g, resolved, places);
            resolved = PlaceContext.apply(s, g, enhanced, resolved, namedPlaces(s, g, resolved), docPlace, home, places);
            resolved = sharedTitles(s, g, resolved);
            resolved.sort((x, y) -> Integer.compare(x.start(), y.start()));
            out.addAll(resolved);
            bySentence.put(s.index(), resolved);
        }
        return in.withMentions(out);
    }

    /** The two sides a pair phrase ("the two leaders", "both sides", "the two") at {@code head} stands for. */
    private static List<ActorMention> pair(Sentence s, Graph g, int start, int end, int head, List<ActorMention> here,
            Analysis in, Map<Integer, List<ActorMention>> bySentence, List<Graph> basics) {
        PairReferences.Scope scope = PairReferences.bareTwo(s, head) ? PairReferences.Scope.ANY
                : PairReferences.scope(s, head);
        if (scope == null) {
            return List.of();
        }
        String role = s.token(head).lemma().equalsIgnoreCase("government") ? "GOV" : null;
        return PairReferences.resolve(s, g, start, end, head, scope, role, here, bySentence, in.sentences(), basics,
                in.document().date());
    }

    /** Nouns that stand for an act or a statement just told: "rejected the move", "denied the allegations". */
    private static final Set<String> ACT_NOUNS = Set.of("move", "call", "proposal", "allegation", "accusation", "charge",
            "claim", "remark", "comment", "statement", "decision", "announcement");

    /** Verbs of reacting to another's act or words. */
    private static final Set<String> REACTIONS = Set.of("reject", "deny", "dismiss", "welcome", "criticise", "criticize",
            "condemn", "denounce", "praise", "hail", "oppose", "slam", "applaud", "refute");

    /**
     * Whose act "the move" or words "the allegations" are, when another side reacts to them: the
     * nearest subject actor before it in the sentence (not the one reacting), else the subject of
     * the sentence before. Null when there is none, or the noun is not the object of a reaction.
     */
    private static @Nullable ActorMention actor(Sentence s, Graph g, int noun, List<ActorMention> resolved,
            Map<Integer, List<ActorMention>> bySentence, List<Graph> basics, List<Sentence> sentences) {
        Edge up = g.head(noun);
        if (up == null || !up.relation().equals("obj")
                || !REACTIONS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Set<String> reacting = new java.util.HashSet<>();
        for (Edge e : g.children(up.governor(), "nsubj")) {
            for (ActorMention m : resolved) {
                if (m.head() == e.dependent() && m.actor() != null) {
                    reacting.add(m.codeAt(null));
                }
            }
        }
        if (reacting.isEmpty()) {
            return null;
        }
        // "the decision" is a decider's: the subject of "decide" ("The Arab League decided … Damascus
        // condemned the decision"), not of whatever verb came last.
        String verb = DECIDING.get(s.token(noun).lemma().toLowerCase(Locale.ROOT));
        ActorMention best = null;
        for (ActorMention m : resolved) {
            Edge mu = g.head(m.head());
            if (m.end() <= noun - 1 && m.actor() != null && Syntax.subjectOf(g, m.head()) && !sameSide(m, reacting)
                    && (verb == null || mu != null && s.token(mu.governor()).lemma().equalsIgnoreCase(verb))
                    && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        if (best != null || s.index() == 0) {
            return best;
        }
        // The sentence before: the subject of its main verb, who said or did what is reacted to ("She
        // said Iran had provided the group with weapons. Iran's mission rejected the accusation").
        List<ActorMention> prev = bySentence.getOrDefault(s.index() - 1, List.of());
        Graph pg = basics.get(s.index() - 1);
        for (ActorMention m : prev) {
            Edge e = pg.head(m.head());
            if (m.actor() != null && e != null && e.relation().startsWith("nsubj") && pg.head(e.governor()) == null
                    && !sameSide(m, reacting)
                    && (verb == null || sentences.get(s.index() - 1).token(e.governor()).lemma().equalsIgnoreCase(verb))) {
                return m;
            }
        }
        return null;
    }

    /** Nouns of a decision or announcement, and the verb whose subject made it. */
    private static final Map<String, String> DECIDING = Map.of("decision", "decide", "announcement", "announce");

    /**
     * Whether a mention is one of the reacting sides, or its bare country ("Iran" for IRNGOV); rival
     * sides of one country (PSEGOV, PSEINS) are not the same side.
     */
    private static boolean sameSide(ActorMention m, Set<String> reacting) {
        String code = m.codeAt(null);
        for (String r : reacting) {
            if (!r.startsWith("---") && !code.startsWith("---") && (r.startsWith(code) || code.startsWith(r))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of texts that speak ("the draft asks …", "the report says …"). */
    private static final Set<String> TEXTS = Set.of("draft", "resolution", "text", "report", "document", "bill",
            "proposal", "statement", "declaration", "communique", "communiqué", "treaty", "constitution", "letter",
            "memorandum", "charter", "accord");

    /**
     * Whether a sentence (the one before a pronoun's, with its graph) has a text as the subject of
     * its main verb ("But the European draft does not include …") that no actor mention covers.
     */
    private static boolean textSubject(Sentence prev, Graph pg, Map<Integer, List<ActorMention>> bySentence) {
        return unnamedSubject(prev, pg, bySentence, TEXTS);
    }

    /**
     * Whether a sentence has as the subject of its main verb a noun of a set that no actor mention
     * covers: a text ("the European draft"), or a group no dictionary names ("The Kerbino faction
     * broke away … It now fights the SPLA": "it" is that faction, no actor).
     */
    private static boolean unnamedSubject(Sentence prev, Graph pg, Map<Integer, List<ActorMention>> bySentence,
            Set<String> nouns) {
        for (int i = 0; i < prev.size(); i++) {
            Edge up = pg.head(i);
            if (up == null || !up.relation().startsWith("nsubj") || pg.head(up.governor()) != null
                    || !nouns.contains(prev.token(i).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int subject = i;
            return bySentence.getOrDefault(prev.index(), List.of()).stream().noneMatch(m -> m.head() == subject);
        }
        return false;
    }

    /**
     * "first deputy prime ministers Anatoly Chubais and Boris Nemtsov": a title in the plural
     * before one name is also that of the unknown person named in the name's conjunct.
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
                        && s.token(t.start()).pos().equals("NNS") && Syntax.endsInName(s, t)) {
                    out.set(i, m.withActor(t.actor(), t.role(), Form.ROLE, " + title shared with '" + t.text() + "'"));
                    break;
                }
            }
        }
        return out;
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

    /** Words that follow the name of an administrative division. */
    private static final Set<String> DIVISIONS = Set.of("state", "province", "region", "county", "district",
            "governorate", "prefecture", "oblast", "territory");

    /**
     * The country a document is about when one clearly dominates: named at least three times,
     * and at least twice as often as any other.
     */
    private @Nullable Actor dominantCountry(List<ActorMention> mentions, @Nullable LocalDate date) {
        if (actors == null) {
            return null;
        }
        Map<String, Integer> count = new HashMap<>();
        for (ActorMention m : mentions) {
            String code = m.actor() == null ? null : m.codeAt(date);
            if (code != null && code.startsWith("IMG")) {
                // Islamic State is filed under Iraq, but a story about its war in Syria is about Syria:
                // a group that fights in many countries says nothing of the story's own.
                continue;
            }
            if (m.actor() != null && m.actor().country() != null && m.form() != Form.REFERENCE) {
                count.merge(m.actor().country(), 1, Integer::sum);
            }
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return best == null || top < 3 || top < 2 * second ? null : actors.country(best).orElse(null);
    }

    /**
     * Towns and regions the NER tags as locations, outside any actor mention, with the country
     * the gazetteer gives them, and settlements named by a national adjective ("an Afghan
     * village"): context for role words only, never actors themselves.
     */
    private List<ActorMention> namedPlaces(Sentence s, Graph g, List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>();
        if (actors == null) {
            return out;
        }
        for (Sentence.Run r : s.runs("LOCATION", k -> !Syntax.covered(ms, k))) {
            String name = s.words(r.start(), r.end());
            String iso = places.countryOf(name);
            int sp = name.lastIndexOf(' ');
            if (iso == null && sp > 0 && DIVISIONS.contains(name.substring(sp + 1).toLowerCase(Locale.ROOT))) {
                // "Lagos State", "Western Cape Province": the division under its bare name.
                iso = places.countryOf(name.substring(0, sp));
            }
            Actor country = iso == null ? null : actors.country(iso).orElse(null);
            if (country != null) {
                out.add(new ActorMention(s.index(), r.start(), r.end(), g.spanHead(r.start(), r.end()), country, null,
                        Form.NAME, name, "place: '" + name + "' is in " + iso + " (gazetteer)"));
            }
        }
        for (ActorMention m : ms) {
            ActorMention untagged = untaggedPlaceBefore(s, g, m);
            if (untagged != null) {
                out.add(untagged);
            }
        }
        for (ActorMention m : ms) {
            Edge up = g.head(m.head());
            if (m.form() != Form.ADJECTIVE || m.actor() == null || m.actor().kind() != ActorKind.COUNTRY
                    || up == null || !up.relation().equals("amod") || up.governor() < m.end()
                    || !SETTLEMENTS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            // "a girl in an Afghan village": a settlement a national adjective names is in that country.
            String name = s.words(m.start(), up.governor() + 1);
            out.add(new ActorMention(s.index(), m.start(), up.governor() + 1, up.governor(), m.actor(), null, Form.NAME,
                    name, "place: '" + name + "' (" + m.rule() + ")"));
        }
        return out;
    }

    /**
     * "met Shaanxi Governor Yuan Chunqing": a proper noun the tagger left untagged, compounded with
     * the first word of a title of no country right before it, that the gazetteer places clearly
     * and knows as a province or a place of 100,000 people or more.
     */
    private @Nullable ActorMention untaggedPlaceBefore(Sentence s, Graph g, ActorMention m) {
        int k = m.start() - 1;
        if (m.form() != Form.ROLE || m.actor() != null || k < 0 || !s.token(k).pos().equals("NNP")
                || !"O".equals(s.token(k).ner()) || g.governor(k) != m.start()) {
            return null;
        }
        String iso = places.countryOf(s.token(k).word());
        // Only a province or a place of 100,000 people or more: "Federal Minister for Interior" is no town's.
        String word = s.token(k).word();
        Actor country = iso == null || actors == null || !places.hasCity(word, iso) && !places.isDivision(word, iso)
                ? null : actors.country(iso).orElse(null);
        return country == null ? null : new ActorMention(s.index(), k, k + 1, k, country, null, Form.NAME,
                s.token(k).word(), "place: '" + s.token(k).word() + "' is in " + iso + " (gazetteer, untagged)");
    }

    /**
     * Settlements and divisions that a national adjective places in its country: "an Afghan
     * village". Not "capital": "in the Nigerian capital Abuja" is as often where others meet.
     */
    private static final Set<String> SETTLEMENTS = Set.of("village", "town", "city", "province", "district", "region",
            "county", "governorate", "prefecture");

    /** Role words that name the owner's opposite number, never one of his own. */
    private static final Set<String> COUNTERPARTS = Set.of("counterpart", "counterparts");

    /**
     * "Its army", "their police": a role word of no country owned by a resolved pronoun belongs to
     * the pronoun's country or group. A person's office is read on the document's date.
     */
    private List<ActorMention> possessedOrgans(Graph g, List<ActorMention> ms, @Nullable LocalDate date) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            ActorMention owner = null;
            Actor country = null;
            // "Mwanawasa assured his counterpart": a counterpart is by definition of another state.
            if (m.form() == Form.ROLE && m.actor() == null && !COUNTERPARTS.contains(m.lastWord())) {
                for (Edge e : g.children(m.head(), "nmod:poss")) {
                    for (ActorMention p : ms) {
                        if (p.head() == e.dependent() && p.actor() != null && p.actor().kind() == ActorKind.PERSON
                                && p.actor().country() != null && actors != null && "PTY".equals(m.role())) {
                            // "Mahathir Mohamad's political party": a person's party is of the person's
                            // country, and in opposition when the person is.
                            owner = p;
                            country = actors.country(p.actor().country()).orElse(null);
                            continue;
                        }
                        if (p.form() != Form.REFERENCE || p.head() != e.dependent() || p.actor() == null) {
                            continue;
                        }
                        if (p.actor().kind() == ActorKind.COUNTRY || p.actor().kind() == ActorKind.GROUP) {
                            owner = p;
                            country = p.actor();
                        } else if (p.actor().kind() == ActorKind.PERSON && p.actor().country() != null && actors != null
                                && (stateOfficial(p, date) && RoleCodes.STATE_ORGANS.contains(m.role())
                                    || rebelLeader(p, date) && ARMED.contains(m.role()))) {
                            // "Macron and his foreign minister": a state official's organs are his state's.
                            owner = p;
                            country = actors.country(p.actor().country()).orElse(null);
                        }
                    }
                }
            }
            if (owner == null || country == null) {
                out.add(m);
            } else {
                // "his chief of staff", "her spokesman": an official's own staff serve in his office.
                // "his forces" of a rebel leader are his rebels.
                String role = owner.actor().kind() == ActorKind.PERSON && (rebelLeader(owner, date) || STAFF.stream()
                        .anyMatch(w -> m.text().toLowerCase(Locale.ROOT).endsWith(w))) ? RoleCodes.roleOf(owner.codeAt(date))
                        : "PTY".equals(m.role()) && "OPP".equals(RoleCodes.roleOf(owner.codeAt(date))) ? "OPP" : m.role();
                out.add(m.withActor(country, role, Form.ROLE,
                        " + owner: '" + owner.text() + "' (" + owner.rule() + ")"));
            }
        }
        return out;
    }

    /** Words before armed men that put them on the state's side: "pro-government militias". */
    private static final List<String> LOYAL_MODIFIERS = List.of("pro-government", "government-backed",
            "government-allied", "state-backed", "army-backed", "pro-regime", "regime-backed");

    /** Participles of taking a side: "fighters backing the Somali government". */
    private static final Set<String> SIDING = Set.of("back", "support", "defend");

    /**
     * Armed men on a state's side are its irregular forces (MIL), as the dictionaries code the
     * Janjaweed and Syria's National Defence Forces: "pro-government militias", "government-backed
     * militiamen", "fighters backing the Somali government", "gunmen loyal to the government". The
     * country is that of the government the text names, or else the one their place gives.
     */
    private List<ActorMention> loyalForces(Sentence s, Graph g, List<ActorMention> ms, @Nullable LocalDate date) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            if (m.form() != Form.ROLE || m.actor() != null || m.role() == null
                    || !ActorMention.IRREGULAR_ROLES.contains(m.role())) {
                out.add(m);
                continue;
            }
            String lead = s.words(Math.max(0, m.start() - 3), m.start()).toLowerCase(Locale.ROOT).replace(" ", "");
            boolean loyal = LOYAL_MODIFIERS.stream().anyMatch(lead::endsWith);
            ActorMention state = null;
            for (Edge e : g.children(m.head())) {
                String lemma = s.token(e.dependent()).lemma().toLowerCase(Locale.ROOT);
                boolean siding = e.relation().startsWith("acl") && SIDING.contains(lemma)
                        || e.relation().equals("amod") && lemma.equals("loyal");
                if (!siding) {
                    continue;
                }
                for (ActorMention x : ms) {
                    String code = x.codeAt(date);
                    if (x != m && g.dominates(e.dependent(), x.head()) && x.head() != e.dependent()
                            && RoleCodes.roleIn(code, RoleCodes.STATE_ORGANS)) {
                        loyal = true;
                        state = state == null ? x : state;
                    }
                }
            }
            if (!loyal) {
                out.add(m);
                continue;
            }
            Actor country = state == null || state.actor() == null || state.actor().country() == null || actors == null
                    ? null : actors.country(state.actor().country()).orElse(null);
            out.add(m.withActor(country, "MIL", Form.ROLE, " + on the state's side"
                    + (state == null ? "" : ": '" + state.text() + "'")));
        }
        return out;
    }

    /** Role words for an official's personal staff. */
    private static final List<String> STAFF = List.of("chief of staff", "spokesman", "spokeswoman", "spokesperson",
            "aide", "aides", "adviser", "advisers", "advisor", "advisors", "deputy");

    private static final Set<String> ARMED = Set.of("MIL", "REB", "INS");

    private static final Set<String> INSURGENT = Set.of("REB", "INS");

    /** A person who leads rebels or insurgents on the date: Hemedti in 2024 (SDNREB), not in 2019. */
    private static boolean rebelLeader(ActorMention p, @Nullable LocalDate date) {
        return RoleCodes.roleIn(p.codeAt(date), INSURGENT);
    }

    /** A person whose code on the date is a state organ's: "KENGOV" for a sitting president. */
    private static boolean stateOfficial(ActorMention p, @Nullable LocalDate date) {
        return RoleCodes.roleIn(p.codeAt(date), RoleCodes.STATE_ORGANS);
    }

    /** The country of a dateline ("ISLAMABAD, March 18 —"): a capital at the very start of the document. */
    private @Nullable ActorMention documentPlace(Analysis in, Map<Integer, List<ActorMention>> bySentence) {
        if (in.sentences().isEmpty()) {
            return null;
        }
        Sentence first = in.sentences().get(0);
        ActorMention m = Dateline.place(first, bySentence.getOrDefault(0, List.of()));
        if (m != null || actors == null) {
            return m;
        }
        // "SOUTH WAZIRISTAN, April 5 (APP):", "(NEW YORK) —": a town the gazetteer places.
        String town = Dateline.townWords(first);
        String iso = town == null ? null : places.countryOf(town);
        Actor country = iso == null ? null : actors.country(iso).orElse(null);
        if (country == null) {
            return null;
        }
        int start = Dateline.lead(first);
        int end = start + town.split(" ").length;
        return new ActorMention(0, start, end, end - 1, country, null, Form.NAME, town,
                "dateline: '" + town + "' is in " + iso + " (gazetteer)");
    }

    /**
     * Whether a person's title on the date has the words of a description ("the prime minister" and
     * a prime minister; not a president); a person with no title on record may be either.
     */
    private static boolean titled(ActorMention person, ActorMention description, @Nullable LocalDate date) {
        String title = person.actor() == null ? "" : person.actor().titleAt(date).toLowerCase(Locale.ROOT);
        String words = description.text().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        return title.isEmpty() || title.contains(words);
    }

    /** Kinds of actor that a story names in full and then by the last word of the name. */
    private static final Set<ActorKind> BODIES = EnumSet.of(ActorKind.IGO, ActorKind.NGO, ActorKind.ORG,
            ActorKind.GROUP);

    /**
     * "The UN Human Rights Commission condemned … the Commission demanded": a one-word organisation
     * no dictionary knows, after "the", that is the last word of a body named in the same sentence
     * or in the fifteen before it, is that body (the nearest such). Null otherwise.
     */
    private static @Nullable ActorMention namedByHead(Sentence s, ActorMention m, List<ActorMention> before,
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

    /** Resolves a role mention without a country, or a bare description, when it is definite. */
    private @Nullable ActorMention describe(Sentence s, Graph g, ActorMention m, Analysis in,
            Map<Integer, List<ActorMention>> bySentence, List<Graph> basics, List<ActorMention> before) {
        if (m.form() != Form.ROLE || m.actor() != null) {
            return null;
        }
        if (barePlural(s, g, m)) {
            return ofPhrase(s, g, m.head()) || placedInCountry(s, g, m.head(), in.mentions())
                    ? null : sameForces(s, m, in, bySentence, before);
        }
        if (m.start() == 0) {
            return null;
        }
        String det = s.token(m.start() - 1).word().toLowerCase(Locale.ROOT);
        if (!det.equals("the") || ofPhrase(s, g, m.head()) || placedInCountry(s, g, m.head(), in.mentions())) {
            // "The governments of two dozen Western countries": an "of" phrase says whose they are,
            // even when it names no country Dyad knows; they are not the country named before. So
            // does a country they are placed in: "the democratic forces in Belarus".
            return null;
        }
        List<ActorMention> earlier = new ArrayList<>();
        // A repeated head noun reaches further back than other antecedents: "EC foreign ministers …"
        // in a story's first sentence are still "the ministers" of its last.
        for (int k = Math.max(0, s.index() - SAME_WORD_WINDOW); k < s.index(); k++) {
            earlier.addAll(bySentence.getOrDefault(k, List.of()));
        }
        earlier.addAll(before);
        ActorMention same = SameRoleWord.antecedent(s, m, in.sentences(), earlier);
        if (same != null) {
            // "Police officers fired … four of the officers": the same people, with the earlier role.
            return same.actor() == null
                    ? m.withActor(null, same.role(), Form.ROLE, " + same word as '" + same.text() + "'")
                    : reference(s, m.start() - 1, m.end(), m.head(), same, same.role());
        }
        // "the army", "the police", "the government" are a state's; a UN mission with a military
        // role is not what they refer to.
        boolean national = Syntax.NATIONAL_ORGANS.contains(m.text().toLowerCase(Locale.ROOT));
        ActorMention organ = sameRole(s, m, before, in, bySentence, national);
        Set<Integer> ownSubjects = clauseSubjectsOf(g, m.head());
        if (organ != null && ownOrgan(organ, m, ownSubjects, before)) {
            // "the US was opposed to North Korea's nuclear program, not the regime itself": not the
            // organ of the clause's own subject.
            organ = null;
        }
        if (organ != null) {
            // "the International Court of Justice … The court ordered": an organisation with this role.
            return reference(s, m.start() - 1, m.end(), m.head(), organ, null);
        }
        if (!ARMED_ROLES.contains(m.role()) && PersonDescriptions.describesPerson(s, m)) {
            // "the cleric", "the general": a person of that kind, or for a state title its country; never
            // the country of an unrelated mention.
            LocalDate date = in.document().date();
            // "President Bill Clinton assured Lee … once China takes it over. The president told Lee":
            // a person who holds the title comes before a country that merely has one.
            ActorMention p = antecedent(s, g, m.start(), c -> c.actor() != null && c.actor().kind() == ActorKind.PERSON
                    && PersonDescriptions.compatible(c, m, in.sentences(), date) && titled(c, m, date),
                    before, in, bySentence, basics);
            if (p == null) {
                p = antecedent(s, g, m.start(),
                        c -> PersonDescriptions.compatible(c, m, in.sentences(), date), before, in, bySentence, basics);
            }
            if (p == null) {
                return null;
            }
            boolean person = p.actor() != null && p.actor().kind() == ActorKind.PERSON;
            return reference(s, m.start() - 1, m.end(), m.head(), p, person ? null : m.role());
        }
        Kind want = ARMED_ROLES.contains(m.role()) ? Kind.GROUP : Kind.COUNTRY;
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
        Predicate<ActorMention> notSpeaker = c -> c.actor() == null || !speakers.contains(c.actor().country());
        Predicate<ActorMention> notOwn = c -> notSpeaker.test(c) && (c.sentence() != s.index() || !ownSubjects.contains(c.head())
                || !(java.util.Objects.equals(c.role(), m.role()) || c.role() == null && "GOV".equals(m.role())));
        ActorMention a = want == Kind.COUNTRY ? antecedent(s, g, m.start(),
                c -> Antecedents.compatible(c, Kind.COUNTRY) && c.form() != Form.PEOPLE && notOwn.test(c), before, in, bySentence, basics)
                : null;
        if (a == null) {
            Kind k = want;
            a = antecedent(s, g, m.start(), c -> Antecedents.compatible(c, k) && notOwn.test(c), before, in, bySentence, basics);
        }
        if (a == null) {
            // With no other, the subject itself: "Kenya declined to join the mission" (the mission is
            // then no one the act is aimed at).
            Kind k = want;
            a = antecedent(s, g, m.start(), c -> Antecedents.compatible(c, k) && notSpeaker.test(c), before, in, bySentence, basics);
        }
        if (a == null) {
            return null;
        }
        return reference(s, m.start() - 1, m.end(), m.head(), a, want == Kind.COUNTRY ? m.role() : null);
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
        List<ActorMention> earlier = new ArrayList<>();
        for (int k = Math.max(0, s.index() - SAME_WORD_WINDOW); k < s.index(); k++) {
            earlier.addAll(bySentence.getOrDefault(k, List.of()));
        }
        earlier.addAll(before);
        String lemma = s.token(m.head()).lemma().toLowerCase(Locale.ROOT);
        ActorMention found = null;
        for (ActorMention c : earlier) {
            Sentence cs = in.sentences().get(c.sentence());
            if (c.actor() == null || c.actor().country() == null || c.head() < 0 || c.head() >= cs.size()
                    || !cs.token(c.head()).lemma().toLowerCase(Locale.ROOT).equals(lemma)
                    || !java.util.Objects.equals(c.role(), m.role())) {
                continue;
            }
            if (found != null && !found.actor().country().equals(c.actor().country())) {
                return null;
            }
            found = c;
        }
        return found == null ? null : reference(s, m.start(), m.end(), m.head(), found, found.role());
    }

    /** Words for a government that speakers use of others' governments, not their own. */
    private static final Set<String> OTHERS_NAMES = Set.of("junta", "regime");

    /**
     * Whether an organ found for a description is the organ of the description's own clause subject:
     * the same country, and the subject is the country itself or has the description's role.
     */
    private static boolean ownOrgan(ActorMention organ, ActorMention m, Set<Integer> ownSubjects, List<ActorMention> here) {
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
        for (int k = Math.max(0, s.index() - WINDOW); k < s.index(); k++) {
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

    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our");

    private static ActorMention reference(Sentence s, int start, int end, int head, ActorMention a,
            @Nullable String ownRole) {
        String role = ownRole;
        if (role == null) {
            role = a.form() == Form.CAPITAL || a.form() == Form.SEAT ? "GOV" : a.role();
        }
        return new ActorMention(s.index(), start, end, head, a.actor(), role, Form.REFERENCE, s.words(start, end),
                "coref: '" + a.text() + "' (" + a.rule() + ")");
    }

    /**
     * "Danish soldiers have served in Iraq since the invasion of the country": a country named in an
     * "in" phrase of the verb whose phrase holds "the country", before it, is that country, not the
     * country of the verb's subject. Null when the verb has no such phrase.
     */
    private static @Nullable ActorMention placeOfVerb(Sentence s, Graph g, int noun, List<ActorMention> here) {
        int verb = noun;
        for (int hops = 0; verb >= 0 && !s.token(verb).isVerb(); hops++) {
            Edge up = g.head(verb);
            if (hops == 4 || up == null || !(up.relation().startsWith("nmod") || up.relation().startsWith("obl"))) {
                return null;
            }
            verb = up.governor();
        }
        if (verb < 0) {
            return null;
        }
        for (Edge e : g.children(verb)) {
            int place = e.dependent();
            if (!e.relation().startsWith("obl") || place >= noun || !g.markedBy(s, place, Set.of("in", "inside"))) {
                continue;
            }
            for (ActorMention m : here) {
                if (m.head() == place && m.form() == Form.NAME && m.actor() != null
                        && m.actor().kind() == ActorKind.COUNTRY) {
                    return m;
                }
            }
        }
        return null;
    }

    private @Nullable ActorMention antecedent(Sentence s, Graph g, int at, Kind want, List<ActorMention> here,
            Analysis in, Map<Integer, List<ActorMention>> bySentence, List<Graph> basics) {
        // "Japan's chief negotiator Akitaka Saiki … its": a title with a person's name is no "it".
        return antecedent(s, g, at, m -> Antecedents.compatible(m, want)
                && !(want == Kind.THING && m.form() == Form.ROLE && Syntax.endsInName(in.sentences().get(m.sentence()), m))
                || want == Kind.THING && Antecedents.singularGroup(m, in.sentences().get(m.sentence())), here, in, bySentence, basics);
    }

    private @Nullable ActorMention antecedent(Sentence s, Graph g, int at, Predicate<ActorMention> fits,
            List<ActorMention> here, Analysis in, Map<Integer, List<ActorMention>> bySentence, List<Graph> basics) {
        // The nearest compatible subject before the word, then the nearest compatible mention.
        for (boolean subjectsOnly : new boolean[] {true, false}) {
            ActorMention best = null;
            for (ActorMention m : here) {
                if (m.end() <= at && fits.test(m)
                        && (!subjectsOnly || Syntax.isSubject(g, m) || Syntax.ownsSubjectThing(g, m, here))
                        && (best == null || m.start() > best.start())) {
                    best = m;
                }
            }
            if (best != null) {
                return best;
            }
            for (int k = s.index() - 1; k >= Math.max(0, s.index() - WINDOW); k--) {
                List<ActorMention> prev = bySentence.getOrDefault(k, List.of());
                Graph pg = basics.get(k);
                ActorMention embedded = null;
                for (int i = prev.size() - 1; i >= 0; i--) {
                    ActorMention m = prev.get(i);
                    if (!fits.test(m) || subjectsOnly && !Syntax.isSubject(pg, m)) {
                        continue;
                    }
                    // "Slovakia … is the country with which Moscow enjoys the best relations. However,
                    // its readiness …": the subject of a sentence before is its main clause's before
                    // one of a clause inside it.
                    if (!subjectsOnly || Antecedents.mainSubject(pg, m)) {
                        return m;
                    }
                    embedded = embedded == null ? m : embedded;
                }
                if (embedded != null) {
                    return embedded;
                }
            }
        }
        return null;
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

    /** "the group of experts", "the Wagner group": not a bare description. */
    private static boolean isModified(Graph g, Sentence s, int noun) {
        for (Edge e : g.children(noun)) {
            String r = e.relation();
            if (r.equals("compound") || r.startsWith("nmod") || r.equals("amod") || r.equals("acl:relcl")
                    || r.equals("flat")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their");

    private static List<ActorMention> here(Map<Integer, List<ActorMention>> bySentence, int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /**
     * People named by a plural role of no country, or by coordinated roles or names, as a clause's
     * subject ("The governments of two dozen Western countries announced … They have thus expressed
     * solidarity"): "they" may stand
     * for them, rather than for a known actor further off. Objects and obliques of that kind are
     * not antecedents: "urged them" after "operations against terrorists" is not the terrorists.
     */
    private static boolean subjectPeopleOfNoCountry(ActorMention m, List<Graph> basics) {
        Graph g = basics.get(m.sentence());
        // "the minister and his advisers had considered … They deplored": one of people coordinated
        // as a subject stands for all of them.
        boolean coordinated = !g.children(m.head(), "conj").isEmpty();
        boolean person = m.form() == Form.ROLE && m.role() != null || m.unknownPerson() && coordinated;
        if (m.actor() != null || !person || !m.text().toLowerCase(Locale.ROOT).endsWith("s") && !coordinated) {
            return false;
        }
        Edge up = g.head(m.head());
        return up != null && up.relation().equals("nsubj");
    }

    /**
     * A role that ends in a person's name, however long: "Jordanian Prime Minister Zaid al-Rifa'i"
     * is one man, whom "he" may take up.
     */
    private static boolean namedRole(ActorMention m, Analysis in) {
        if (m.form() != Form.ROLE || m.actor() == null) {
            return false;
        }
        Sentence s = in.sentences().get(m.sentence());
        return Syntax.endsInName(s, m) && !m.text().toLowerCase(Locale.ROOT).endsWith("s");
    }

}
