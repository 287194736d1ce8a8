package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.dyad.core.model.Token;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.jspecify.annotations.Nullable;

/**
 * The pronouns of one sentence, each taken for the actor it stands for: "we" for the speaker's
 * side, a possessive for its own clause's subject, "they" after a verb of saying for those who
 * said it, "he" and "they" for the nearest person or people their own clause does not bind, and
 * "it" for the nearest body or country, unless it goes on about a text or a group no dictionary
 * names. A person keeps the gender the first "he" or "she" gave them, for the whole document.
 */
final class Pronouns {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her");
    private static final Set<String> HE = Set.of("he", "him", "his");
    private static final Set<String> SHE = Set.of("she", "her");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our");
    private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their");

    private final Analysis in;
    private final Map<Integer, List<ActorMention>> bySentence;
    private final List<Graph> basics;
    private final Set<Integer> textSentences;
    private final Map<String, Boolean> feminine;
    private final java.util.function.Function<String, @Nullable Actor> countries;
    private final PlaceCountries places;
    private final Sentence s;
    private final Graph g;
    private final Graph enhanced;
    private final List<ActorMention> resolved;
    /** The actor each pronoun of the sentence was taken for, by word index. */
    private final Map<Integer, ActorMention> antecedents = new HashMap<>();

    /** The pronouns of sentence {@code s}, whose references join {@code resolved}. */
    Pronouns(CorefDocument doc, Sentence s, Graph g, Graph enhanced, List<ActorMention> resolved) {
        this.in = doc.in;
        this.bySentence = doc.bySentence;
        this.basics = doc.basics;
        this.textSentences = doc.textSentences;
        this.feminine = doc.feminine;
        this.countries = doc.countries;
        this.places = doc.places;
        this.s = s;
        this.g = g;
        this.enhanced = enhanced;
        this.resolved = resolved;
    }

    /** Words that open a bracket, as the tokenizer writes them. */
    private static final Set<String> OPENING = Set.of("(", "-LRB-", "[", "-LSB-");

    /**
     * A person named in brackets right after a pronoun, "He (Mr Dar)", "she (the minister)", or null.
     * A courtesy title before the name may come between.
     */
    private @Nullable ActorMention bracketedName(Token t) {
        int open = t.index() + 1;
        if (open >= s.size() || !OPENING.contains(s.token(open).word())
                || !PERSON_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (ActorMention m : resolved) {
            if (m.sentence() == s.index() && m.start() > open && m.start() <= open + 2 && m.actor() != null
                    && m.actor().kind() == ActorKind.PERSON) {
                return m;
            }
        }
        return null;
    }

    /** Relations by which a relative clause hangs on the noun it describes, as the parser may give them. */
    private static final Set<String> RELATIVE = Set.of("acl:relcl", "acl", "dep");

    /**
     * Resolves "whose", which no resolved mention covers yet, to the actor its relative clause
     * describes: "Israel, whose military is preparing to conquer Gaza City" (Israel's military).
     */
    void resolveWhose(Token t) {
        Edge up = g.head(t.index());
        if (up == null || !up.relation().equals("nmod:poss")) {
            return;
        }
        int cur = up.governor();
        for (int hops = 0; hops < 3; hops++) {
            Edge above = g.head(cur);
            if (above == null) {
                return;
            }
            if (RELATIVE.contains(above.relation()) && above.governor() < t.index()) {
                for (ActorMention m : resolved) {
                    if (m.head() == above.governor() && m.actor() != null) {
                        resolved.add(CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), m, null));
                        return;
                    }
                }
                return;
            }
            cur = above.governor();
        }
    }

    /** Resolves the pronoun {@code t}, which no resolved mention covers yet. */
    void resolve(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (FIRST_PLURAL.contains(w)) {
            ActorMention speaker = Antecedents.speaker(s, g, t.index(), resolved);
            if (speaker != null) {
                // "'We would cut ties with Serbia,' the minister said": "we" is the speaker's side.
                resolved.add(CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), speaker, null));
            }
            return;
        }
        if (w.equals("it") && (Antecedents.impersonal(s, g, t.index()) || Antecedents.emptySubject(s, g, t.index())
                || Antecedents.emptyObject(s, t.index()))) {
            // "…, it was reported Wednesday", "it is believed that", "it took five hours to …", "made it
            // clear that": no actor.
            return;
        }
        ActorMention bracketed = bracketedName(t);
        if (bracketed != null) {
            // "He (Mr Dar) appreciated …": the name in brackets says who the pronoun is.
            resolved.add(CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), bracketed, null));
            return;
        }
        if (Antecedents.namedThings(s, g, t.index(), resolved)) {
            // "banned the entry of heavy vehicles …, only allowing them to operate": the vehicles.
            return;
        }
        if (Antecedents.thingsOwn(s, g, t.index())) {
            // "to examine its clauses", "its implementation": a document's or a project's, no actor's.
            return;
        }
        Kind want = PERSON_PRONOUNS.contains(w) ? Kind.PERSON
                : Antecedents.THING_PRONOUNS.contains(w) ? Kind.THING
                : PLURAL_PRONOUNS.contains(w) ? Kind.PLURAL : null;
        if (want == null) {
            return;
        }
        // "her" is possessive only before a noun: "congratulated her on the result" is an object.
        Edge pronounUp = g.head(t.index());
        boolean possessive = POSSESSIVES.contains(w) && !(w.equals("her") && pronounUp != null
                && !pronounUp.relation().startsWith("nmod:poss"));
        Boolean she = SHE.contains(w) ? Boolean.TRUE : HE.contains(w) ? Boolean.FALSE : null;
        ActorMention a = possessive && want == Kind.PERSON ? Antecedents.conjoinedPerson(g, t.index(), resolved) : null;
        if (a == null && possessive) {
            a = Antecedents.forObject(enhanced, t.index(), want, resolved);
        }
        if (a == null && possessive) {
            a = Antecedents.ownSubject(s, g, enhanced, t.index(), want, resolved);
            if (a != null && Antecedents.forcePossessor(s, g, t.index())
                    && Antecedents.unarmedBody(a, in.document().date())) {
                // "Human Rights Watch accused Israel … during its recent war": a body with no arms
                // wages no war; the look-back below finds the armed actor.
                a = null;
            }
        }
        List<ActorMention> joint = a == null && possessive && want == Kind.PLURAL
                ? Antecedents.jointSubjects(s, g, enhanced, t.index(), resolved) : List.of();
        if (!joint.isEmpty()) {
            // "Pakistan and Turkiye … reaffirmed their commitment", "France, Germany and Spain withdrew
            // their support": "their" is each subject's own, no other actor (not the Islamic State
            // named the sentence before), and no target of its own.
            return;
        }
        if (a == null && possessive) {
            a = Antecedents.cataphor(s, g, t.index(), want, resolved);
        }
        if (a != null && Antecedents.otherGender(a, she, feminine)) {
            // "he thanked her for her support": "her" is not the man of the clause.
            a = null;
        }
        if (a != null && a.actor() == null && a.form() == Form.ROLE && a.role() != null) {
            // A body of no country yet keeps its role, for the sentence's place or the dateline to complete.
            resolved.add(new ActorMention(s.index(), t.index(), t.index() + 1, t.index(), null, a.role(), Form.ROLE,
                    t.word(), "coref: the body '" + a.text() + "' (" + a.rule() + ")"));
            return;
        }
        if (a != null) {
            // "pressed Israel to stop its strikes": a possessive is its own clause's subject's.
            resolved.add(CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), a, null));
            return;
        }
        if (speakers(t, want, possessive)) {
            return;
        }
        ActorMention spokesperson = want == Kind.PLURAL && !possessive ? Antecedents.spokenFor(s, g, t.index(), resolved) : null;
        if (spokesperson != null) {
            // "A police official told Dawn that they rounded up 1,000 suspects": the body the official speaks for.
            // A body of no country yet is a role the sentence's place may still give one, as it gives the official.
            resolved.add(spokesperson.actor() != null
                    ? CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), spokesperson, spokesperson.role())
                    : new ActorMention(s.index(), t.index(), t.index() + 1, t.index(), null, spokesperson.role(), Form.ROLE,
                            t.word(), "coref: the body '" + spokesperson.text() + "' speaks for (" + spokesperson.rule() + ")"));
            return;
        }
        List<ActorMention> pair = want == Kind.PLURAL ? coordinatedJustBefore(t.index(), possessive) : List.of();
        if (!pair.isEmpty()) {
            // "decisions made by Pakistan President Pervez Musharraf and Afghan President Hamid Karzai
            // during their joint meeting": "their" right after two joined actors is both of them.
            for (ActorMention x : pair) {
                resolved.add(CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), x, null));
            }
            return;
        }
        ActorMention reporter = want == Kind.THING ? Antecedents.addingReporter(s, g, t.index(), resolved) : null;
        if (reporter != null) {
            // "Ukraine's air force said …, adding that it downed six missiles": the reporter goes on.
            resolved.add(CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), reporter, null));
            return;
        }
        a = want == Kind.PERSON || want == Kind.PLURAL ? personOrPlural(t, w, want, possessive, she)
                : thing(t, w, want);
        if (a != null) {
            antecedents.put(t.index(), a);
            resolved.add(CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), a, null));
            if (a.actor() != null && a.actor().kind() == ActorKind.PERSON && (SHE.contains(w) || HE.contains(w))) {
                feminine.putIfAbsent(DocumentCountry.key(a.actor()), SHE.contains(w));
            }
        }
    }

    /** How far before a plural pronoun two joined actors may end to be what it stands for. */
    private static final int JOINED_REACH = 4;

    /**
     * Two or more actors joined by "and" that end at most {@link #JOINED_REACH} words before the
     * pronoun, with no other actor between: each of them. Empty otherwise. {@code possessive}: the
     * pronoun is "their".
     */
    private List<ActorMention> coordinatedJustBefore(int pronoun, boolean possessive) {
        ActorMention last = null;
        for (ActorMention m : resolved) {
            if (m.sentence() == s.index() && m.end() <= pronoun && (last == null || m.end() > last.end())) {
                last = m;
            }
        }
        if (last == null || pronoun - last.end() > JOINED_REACH || last.actor() == null) {
            return List.of();
        }
        for (int k = last.end(); k < pronoun; k++) {
            String w = s.token(k).word();
            if (!Character.isLetterOrDigit(w.charAt(0)) || CLAUSE_JOINS.contains(w.toLowerCase(Locale.ROOT))) {
                // "a ceasefire between Islamabad and the TTP, and in 2022 they hosted talks": a new
                // clause goes on with its own subject.
                return List.of();
            }
        }
        Edge up = g.head(last.head());
        if (up == null || !up.relation().startsWith("conj")) {
            return List.of();
        }
        int first = up.governor();
        Edge firstUp = g.head(first);
        if (possessive && firstUp != null && firstUp.relation().startsWith("nsubj")) {
            // "Germany, Spain, France, Greece and Italy withdrew their ambassadors": each its own.
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : resolved) {
            Edge mu = g.head(m.head());
            boolean joined = m.head() == first || mu != null && mu.governor() == first && mu.relation().startsWith("conj");
            if (m.sentence() == s.index() && joined && m.actor() != null && m.end() <= pronoun) {
                out.add(m);
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** Words that join clauses. */
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "or", "while", "whereas", "which", "who");

    /**
     * "They" of those who speak: the coordinated subjects of the verb of saying right before it,
     * each of them, or the body that spoke in the sentence before. Whether it resolved the pronoun.
     */
    private boolean speakers(Token t, Kind want, boolean possessive) {
        List<ActorMention> sayers = want == Kind.PLURAL && !possessive
                ? Antecedents.coordinatedSpeakers(s, g, t.index(), resolved) : List.of();
        if (!sayers.isEmpty()) {
            // "Australia and Canada have also said they are willing to grant asylum": "they" right
            // after the verb of saying is its coordinated subjects, each of them.
            for (ActorMention sp : sayers) {
                resolved.add(CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), sp, null));
            }
            return true;
        }
        // (Not when the subject of a joined clause of its own sentence goes on as "they".)
        ActorMention body = want == Kind.PLURAL && !possessive && s.index() > 0
                && Antecedents.firstConjunctSubject(s, g, t.index(),
                        m -> m.actor() != null || m.form() == Form.ROLE, resolved) == null
                ? Antecedents.speakingBody(s, g, t.index(), in.sentences().get(s.index() - 1),
                        basics.get(s.index() - 1), here(bySentence, s.index() - 1))
                : null;
        if (body != null) {
            // "The Syrian army has repeatedly said … They deny that many civilians were killed":
            // the body that spoke last goes on speaking.
            antecedents.put(t.index(), body);
            resolved.add(CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), body, null));
            return true;
        }
        return false;
    }

    /**
     * The person or people "he" or "they" stands for: the nearest that fits, first another actor
     * of its own sentence when a subject of its clause binds it. Null when there is none, or when
     * the pronoun is already resolved (each of a pair, or a person no dictionary knows).
     */
    private @Nullable ActorMention personOrPlural(Token t, String w, Kind want, boolean possessive,
            @Nullable Boolean she) {
        Set<Integer> binders = Antecedents.clauseSubjects(g, enhanced, t.index(), w);
        Predicate<ActorMention> fits = fits(t, want, she, binders, possessive);
        ActorMention a = possessive ? Antecedents.nounOwner(s, g, t.index(), fits, resolved) : null;
        if (a == null && !binders.isEmpty()) {
            a = Antecedents.nearestBefore(t.index(), fits, resolved);
        }
        if (a == null && !possessive) {
            // "Trump thanked the emir after he offered …": the reason's subject is the one judged.
            a = Antecedents.judged(s, g, t.index(), fits, resolved);
        }
        if (a == null && want == Kind.PLURAL && !possessive && s.index() > 0
                && Antecedents.addressedBy(s, g, t.index())) {
            // "Speaking to the local tribal elders, he said … operations against terrorists …
            // He urged them …": those urged or told are the ones he spoke to, not those his
            // words were about.
            a = Antecedents.addressee(in.sentences().get(s.index() - 1), basics.get(s.index() - 1),
                    here(bySentence, s.index() - 1), fits);
        }
        if (a == null && want == Kind.PLURAL && !possessive) {
            // "most of the foreign banks think politically … and thus they impose restrictions": the
            // subject of a joined clause goes on as "they".
            a = Antecedents.firstConjunctSubject(s, g, t.index(),
                    m -> fits.test(m) || m.actor() == null && m.form() == Form.ROLE, resolved);
        }
        if (a == null && want == Kind.PERSON) {
            // "Dawn reached out to Information Minister Attaullah Tarar, but he refused …",
            // "Investigators wanted to resume Yoon's questioning, but his team told them": the person
            // the first clause acts on, when its subject is no person.
            a = Antecedents.firstConjunctObject(s, g, t.index(), fits, resolved);
        }
        if (a == null && want == Kind.PLURAL && !possessive && t.index() == 0 && s.index() > 0) {
            // "Both Nawaz Sharif and Maryam Nawaz have been camping in Murree … They discussed with the
            // ambassador": a sentence that opens with "they" goes on about the joined subject before.
            List<ActorMention> joint = Antecedents.jointSubjectBefore(basics.get(s.index() - 1),
                    here(bySentence, s.index() - 1));
            if (!joint.isEmpty()) {
                for (ActorMention x : joint) {
                    resolved.add(CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), x, null));
                }
                antecedents.put(t.index(), joint.get(0));
                return null;
            }
        }
        if (a == null && want == Kind.PERSON && !possessive) {
            // "despite Trump announcing on Thursday he was willing to meet Putin": the one whose words
            // the pronoun opens, however the parser hangs them.
            a = Antecedents.speakerJustBefore(s, g, t.index(), fits, resolved);
        }
        if (a == null) {
            a = CorefSearch.antecedent(s, g, t.index(), fits, resolved, in, bySentence, basics);
        }
        if (a != null && want == Kind.PLURAL && !possessive && a.rule().startsWith(PairReferences.RULE)) {
            // "The two leaders met … They also discussed trade": "they" is each of the two.
            List<ActorMention> pool = a.sentence() == s.index() ? resolved : here(bySentence, a.sentence());
            List<ActorMention> both = new ArrayList<>();
            for (ActorMention m : pool) {
                if (m.start() == a.start() && m.end() == a.end() && m.rule().startsWith(PairReferences.RULE)) {
                    both.add(CorefSearch.reference(s, t.index(), t.index() + 1, t.index(), m, null));
                }
            }
            antecedents.put(t.index(), a);
            resolved.addAll(both);
            return null;
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
            return null;
        }
        return a;
    }

    /**
     * Which mentions a person or plural pronoun may stand for: none its own clause's subjects
     * ({@code binders}) bind, none of the other gender, none its own verb acts on.
     */
    private Predicate<ActorMention> fits(Token t, Kind want, @Nullable Boolean she, Set<Integer> binders,
            boolean possessive) {
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
        return m -> !(m.sentence() == s.index() && binders.contains(m.head()))
                // "While challenging the NWC to say if President Buhari was still its leader, he
                // advised …": the clause before the subject is his own; no one in it is "he".
                && !(m.sentence() == s.index() && preposed.contains(m.head()))
                && !Antecedents.otherGender(m, she, feminine)
                // "They also urged the Sri Lankan government and the LTTE to …": the subject is
                // none of those its own verb acts on.
                && !(m.actor() != null && (coArguments.contains(m.codeAt(in.document().date()))
                        || coArguments.contains(Antecedents.PERSON_KEY + DocumentCountry.key(m.actor()))))
                && !coArguments.contains(Antecedents.ROLE_KEY + RoleCodes.roleOf(m.codeAt(in.document().date())))
                && !boundMentions.contains(m)
                && !(m.actor() != null && bound.contains(DocumentCountry.key(m.actor())))
                && (Antecedents.compatible(m, k) || k == Kind.PERSON && (m.unknownPerson() || namedRole(m, in, !possessive)
                        || titledHead(m, in)
                        || DescribedPeople.isDescribed(m)
                        || DescribedPeople.onePersonOfNoCountry(in.sentences().get(m.sentence()), m))
                        || k == Kind.PLURAL && subjectPeopleOfNoCountry(m, basics)
                        // "the armed men stayed on the highway … where they attacked a Levies check
                        // post": a subject that is a plural with no "s", as written or as a description
                        // taken up ("their" keeps to its own clause's people first, which this would pass over).
                        || k == Kind.PLURAL && !possessive && m.actor() != null
                        && (m.form() == Form.ROLE || m.form() == Form.REFERENCE) && Antecedents.pluralCommonNoun(m)
                        && Syntax.isSubject(basics.get(m.sentence()), m)
                        || k == Kind.PLURAL && m.rule().startsWith(PairReferences.RULE));
    }

    /**
     * The body, country or group "it" (or "its") stands for; null when there is none, or when "it"
     * goes on about a text or a group no dictionary names, or about a place an actor only locates.
     */
    private @Nullable ActorMention thing(Token t, String w, Kind want) {
        ActorMention a;
        Sentence.Run place = w.equals("its") ? Antecedents.placeActedOn(s, g, t.index(), resolved) : null;
        ActorMention fromClause = w.equals("it")
                ? Antecedents.judged(s, g, t.index(), m -> Antecedents.compatible(m, want), resolved) : null;
        if (fromClause == null && w.equals("it")) {
            // "he expected Kabul to make the first move if it was serious": the conditioned act's subject.
            fromClause = Antecedents.conditionedSubject(s, g, enhanced, t.index(), m -> Antecedents.compatible(m, want),
                    resolved);
        }
        if (w.equals("it") && Syntax.subjectOf(g, t.index()) && g.head(g.head(t.index()).governor()) == null
                && (textSentences.contains(s.index() - 1)
                || s.index() > 0
                        && textSubject(in.sentences().get(s.index() - 1), basics.get(s.index() - 1), bySentence))) {
            // "But the European draft does not include a US demand … It asks the head of the IAEA
            // to submit a report. It says …": "it" goes on about the text the last sentence was about,
            // as the subject of its sentence's main verb ("demanded that Iran … it" is Iran).
            textSentences.add(s.index());
            a = null;
        } else if (w.equals("it") && t.index() == 0 && Syntax.subjectOf(g, t.index()) && s.index() > 0
                && unnamedSubject(in.sentences().get(s.index() - 1), basics.get(s.index() - 1), bySentence,
                DefiniteNouns.GROUP_NOUNS)) {
            // "The Kerbino faction broke away from the SPLA … It now fights the SPLA": the group
            // the sentence before was about, which no dictionary names.
            a = null;
        } else if (w.equals("it") && Antecedents.locatedThing(s, g, t.index(), resolved)) {
            // "retook a village in western Cambodia after guerrillas overran it": the village,
            // which no dictionary names, not the country that only locates it.
            a = null;
        } else if (place != null) {
            // "proposed taking over the Gaza Strip and moving its two million residents": the
            // place's people, not those of a body named in the sentences before; of the place's
            // country when the gazetteer knows it.
            String words = s.words(place.start(), place.end());
            String iso = places.countryOf(words);
            Actor country = iso == null ? null : countries.apply(iso);
            if (country != null) {
                resolved.add(new ActorMention(s.index(), t.index(), t.index() + 1, t.index(), country, null,
                        Form.REFERENCE, t.word(), "place: '" + words + "' is in " + iso + " (gazetteer)"));
            }
            a = null;
        } else if (want == Kind.THING && (Antecedents.forceSubject(s, g, t.index())
                || Antecedents.forcePossessor(s, g, t.index()))) {
            // "The United Nations imposed sanctions on Iraq after it invaded Kuwait": a body
            // with no arms of its own invades, attacks or occupies nothing, and wages no war of its
            // own ("Human Rights Watch accused Israel … during its recent war").
            a = CorefSearch.antecedent(s, g, t.index(), m -> (Antecedents.compatible(m, Kind.THING)
                    || Antecedents.singularGroup(m, in.sentences().get(m.sentence())))
                    && !Antecedents.unarmedBody(m, in.document().date()),
                    resolved, in, bySentence, basics);
        } else if (fromClause != null) {
            // "The White House lashed out at the Norwegian Nobel Committee after it awarded the prize":
            // the reason's subject is the one judged.
            a = fromClause;
        } else if (w.equals("its") && ownSubjectOfNoCountry(t.index())) {
            // "the party expressed frustration with the federal government at its central executive
            // committee meeting": the clause's own subject, a body no country was given yet, not a
            // body named sentences before (UNICEF).
            a = null;
        } else {
            a = CorefSearch.antecedent(s, g, t.index(), want, resolved, in, bySentence, basics);
        }
        return a;
    }

    /**
     * Whether the subject of a possessive's own clause is a singular body's role word with no actor
     * yet, and the possessive's noun a phrase of setting ("at its meeting"), not what the verb acts
     * on ("the Supreme Court rejected its request" is another's request).
     */
    private boolean ownSubjectOfNoCountry(int at) {
        Edge poss = g.head(at);
        Edge setting = poss == null ? null : g.head(poss.governor());
        if (setting == null || !setting.relation().startsWith("obl")) {
            return false;
        }
        int clause = Syntax.clause(s, g, at);
        for (ActorMention m : resolved) {
            if (m.end() <= at && m.actor() == null && m.form() == Form.ROLE && Syntax.isSubject(g, m)
                    && Antecedents.COLLECTIVE.contains(m.lastWord()) && Syntax.clause(s, g, m.head()) == clause) {
                return true;
            }
        }
        return false;
    }

    private static List<ActorMention> here(Map<Integer, List<ActorMention>> bySentence, int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /** Nouns of texts that speak ("the draft asks …", "the report says …"). */
    private static final Set<String> TEXTS = Set.of("draft", "resolution", "text", "report", "document", "bill",
            "proposal", "statement", "declaration", "communique", "communiqué", "treaty", "constitution", "letter",
            "memorandum", "charter", "accord",
            // "The petition … It pleaded the court to strike the amendments down", "the order … It instructs".
            "petition", "plea", "order", "regulation", "rule", "law", "amendment", "ordinance", "decree",
            "notification", "directive", "verdict", "ruling", "judgment", "judgement", "motion");

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
        return up != null && up.relation().startsWith("nsubj");
    }

    /**
     * A role that ends in a person's name, however long: "Jordanian Prime Minister Zaid al-Rifa'i"
     * is one man, whom "he" may take up.
     */
    /** Kinds of actors whose name may stand before the title of their head: parties, groups, bodies. */
    private static final Set<ActorKind> BODIES_WITH_HEADS = Set.of(ActorKind.GROUP, ActorKind.ORG, ActorKind.IGO,
            ActorKind.NGO);

    /** Titles of one person that a party's or a group's name may stand before: "the PPP chairman". */
    private static final Set<String> ONE_PERSON_TITLES = Set.of("chairman", "chairwoman", "chairperson", "chief",
            "president", "founder", "head", "spokesman", "spokeswoman", "spokesperson", "secretary-general");

    /**
     * Whether a party's, a group's or a body's name stands right before a title of one person as its
     * modifier: "The PPP chairman stressed …" is one man ("he said"), of that party.
     */
    private static boolean titledHead(ActorMention m, Analysis in) {
        if (m.form() != Form.NAME || m.actor() == null || !BODIES_WITH_HEADS.contains(m.actor().kind())) {
            return false;
        }
        Sentence s = in.sentences().get(m.sentence());
        return m.end() < s.size() && ONE_PERSON_TITLES.contains(s.token(m.end()).word().toLowerCase(Locale.ROOT))
                && s.token(m.end()).pos().equals("NN");
    }

    private static boolean namedRole(ActorMention m, Analysis in, boolean countryless) {
        // "Information Minister Attaullah Tarar, but he refused": one man before any place has given his
        // title a country ("his" is no one's organ, which a title of no country cannot own).
        if (m.form() != Form.ROLE || m.actor() == null && (m.role() == null || !countryless)) {
            return false;
        }
        Sentence s = in.sentences().get(m.sentence());
        return Syntax.endsInName(s, m) && !m.text().toLowerCase(Locale.ROOT).endsWith("s");
    }
}
