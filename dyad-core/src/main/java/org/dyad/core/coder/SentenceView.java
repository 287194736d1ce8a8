package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actors.StoryCountries;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * A sentence with its graphs and actor mentions, and the argument look-ups the coder needs. It
 * answers the token questions every look-up asks itself and hands the rest to {@link PassiveVoice},
 * {@link SubjectFinder}, {@link Complements}, {@link NodeActors} and {@link ArgumentActors}.
 */
final class SentenceView {
    final Sentence s;
    final Graph g;
    final Graph basic;
    final List<ActorMention> mentions;
    final boolean question;
    /** A headline or caption: no closing punctuation, where a bare past participle is a passive even without "by". */
    final boolean headline;
    /** The document's date, on which actors' roles are read; null when it has none. */
    final java.time.@Nullable LocalDate date;
    /** Where the document was filed and the countries it names, which tell local places from namesakes abroad. */
    final StoryCountries story;
    /** PETRARCH compatibility: a name phrase is the first actor in it. */
    final boolean firstInPhrase;
    /** The look-ups, each in a class of its own that reads this view's sentence and mentions. */
    final PassiveVoice voice;
    final SubjectFinder subjectFinder;
    final Complements complements;
    final NodeActors nodeActors;
    final ArgumentActors argumentActors;

    SentenceView(Sentence s, List<ActorMention> mentions) {
        this(s, mentions, false);
    }

    SentenceView(Sentence s, List<ActorMention> mentions, boolean firstInPhrase) {
        this(s, mentions, firstInPhrase, null);
    }

    SentenceView(Sentence s, List<ActorMention> mentions, boolean firstInPhrase, java.time.@Nullable LocalDate date) {
        this(s, mentions, firstInPhrase, date, StoryCountries.NONE);
    }

    SentenceView(Sentence s, List<ActorMention> mentions, boolean firstInPhrase, java.time.@Nullable LocalDate date,
            StoryCountries story) {
        this.date = date;
        this.story = story;
        this.firstInPhrase = firstInPhrase;
        this.s = s;
        this.g = Graph.enhanced(s);
        this.basic = Graph.basic(s);
        this.mentions = mentions;
        // The last word before closing quotes and brackets: "?" makes a question; no closing
        // punctuation at all makes a headline or caption ("Jailed journalist released from prison").
        String last = "";
        for (int i = s.size() - 1; i >= 0; i--) {
            String w = s.token(i).word();
            if (!CLOSERS.contains(w)) {
                last = w;
                break;
            }
        }
        this.question = last.equals("?");
        this.headline = !last.isEmpty() && !TERMINALS.contains(last);
        this.quoted = new boolean[s.size()];
        boolean in = false;
        for (int i = 0; i < s.size(); i++) {
            String pos = s.token(i).pos();
            if (pos.equals("``") || pos.equals("''")) {
                in = pos.equals("``");
                continue;
            }
            quoted[i] = in;
        }
        this.voice = new PassiveVoice(this);
        this.subjectFinder = new SubjectFinder(this);
        this.complements = new Complements(this);
        this.nodeActors = new NodeActors(this);
        this.argumentActors = new ArgumentActors(this);
    }

    /**
     * The word "quoted" of "X quoted Y as saying …", or -1: what follows "saying" is said by Y.
     */
    int quotedAsSaying() {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (!word(i).equals("quoted")) {
                continue;
            }
            for (int j = i + 1; j + 1 < s.size() && j <= i + 12; j++) {
                if (word(j).equals("as") && word(j + 1).equals("saying")) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Which words stand between opening and closing quotation marks. */
    private final boolean[] quoted;

    /**
     * Whether a word inside a quotation and one after it are on two sides of its closing mark:
     * in "'They have asked Britain …,' one of the officials told Reuters" the officials are not
     * asked.
     */
    boolean outOfQuote(int inside, int other) {
        if (!quoted[inside] || quoted[other] || other < inside) {
            return false;
        }
        for (int i = inside + 1; i < other; i++) {
            // A quotation closed after its own punctuation ("… to carry their oil," one of the officials
            // told Reuters); a word in scare quotes ("neutralised" a number of insurgents) keeps its object.
            if (s.token(i).pos().equals("''") && i > 0
                    && Set.of(",", ".", "?", "!", ":").contains(s.token(i - 1).word())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLOSERS = Set.of("\"", "''", "'", ")", "”");
    private static final Set<String> TERMINALS = Set.of(".", "!", "?", ":", ";");

    Token tok(int i) {
        return s.token(i);
    }

    String lemma(int i) {
        return s.token(i).lemma().toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return s.token(i).word().toLowerCase(Locale.ROOT);
    }

    /** The predicate key of a verb: lemma with its particle when it has one ("carry_out"). */
    List<String> predicateKeys(int i) {
        List<String> keys = new ArrayList<>(2);
        String lemma = lemma(i);
        for (Edge e : basic.children(i, "compound:prt")) {
            keys.add(lemma + "_" + word(e.dependent()));
        }
        for (Edge e : basic.children(i, "advcl")) {
            // "blocked lawyers from visiting him": the verb with a "from" gerund is a key of its own
            // (frames.txt gives "block_from" to PREVENT without taking "blocked the road" from its patterns).
            if (s.token(e.dependent()).pos().equals("VBG")
                    && (hasCase(e.dependent(), "from") || markedBy(e.dependent(), "from"))) {
                keys.add(lemma + "_from");
                break;
            }
        }
        String word = word(i).toLowerCase(Locale.ROOT);
        if (s.token(i).pos().equals("VBN") && !word.equals(lemma) && basic.hasChild(i, "xcomp")) {
            // "the ROK and Kuwait are determined to improve their ties": the participle as an adjective.
            keys.add(word);
        }
        keys.add(lemma);
        return keys;
    }

    /** Whether a clause is introduced by one of these words, as its marker or its preposition. */
    boolean markedBy(int clause, String... words) {
        for (Edge m : basic.children(clause)) {
            if ((m.relation().equals("mark") || m.relation().equals("case"))
                    && java.util.Arrays.asList(words).contains(word(m.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a predicate has an oblique or nominal modifier introduced by the preposition. */
    boolean hasCase(int p, String preposition) {
        for (Edge e : basic.children(p)) {
            if (e.relation().startsWith("obl") || e.relation().startsWith("nmod")) {
                for (Edge c : basic.children(e.dependent(), "case")) {
                    if (word(c.dependent()).equals(preposition)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Possessive pronouns: PETRARCH, which has no coreference, leaves them unresolved. */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");

    /** Whether a mention is the one word "its", "their", "his" or "her". */
    static boolean possessivePronoun(Sentence s, ActorMention m) {
        return m.end() - m.start() == 1 && POSSESSIVES.contains(s.token(m.start()).word().toLowerCase(Locale.ROOT));
    }

    /** The mentions PETRARCH would see: no possessive pronoun resolved by coreference ("its embassy"). */
    static List<ActorMention> petrarchMentions(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            if (m.form() == Form.REFERENCE && possessivePronoun(s, m)) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** Relations that open a clause of its own: words below them belong to that clause. */
    private static final Set<String> CLAUSAL = Set.of("advcl", "acl", "ccomp", "csubj", "parataxis", "xcomp", "conj",
            "list", "appos");

    /**
     * The words before a predicate in its own clause and in the clauses it is part of: "Ethiopia
     * indicated it would" before "act", "unexpectedly won't try to" before "clash"; not the words
     * of other clauses ("after the rebels did not …"), nor punctuation. A relative clause is part of
     * the noun it describes only ("nationals who had crossed"), not of that noun's clause.
     */
    List<Token> wordsBefore(int p) {
        Set<Integer> chain = new java.util.HashSet<>();
        for (int cur = p, guard = 0; cur >= 0 && guard <= s.size(); guard++) {
            chain.add(cur);
            Edge up = basic.head(cur);
            if (up != null && up.baseRelation().equals("acl")) {
                // "forces arrested 72 Afghan nationals who had crossed into Pakistan": a relative or
                // participial clause reaches the noun it describes, not the clause that noun is in.
                chain.add(up.governor());
                break;
            }
            cur = basic.governor(cur);
        }
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            if (s.token(i).pos().equals(".") || s.token(i).pos().equals(",") || s.token(i).pos().equals(":")) {
                continue;
            }
            int cur = i;
            boolean ok = true;
            for (int guard = 0; guard <= s.size() && !chain.contains(cur); guard++) {
                Edge up = basic.head(cur);
                if (up == null || CLAUSAL.contains(up.baseRelation())) {
                    ok = false;
                    break;
                }
                cur = up.governor();
            }
            if (ok) {
                out.add(s.token(i));
            }
        }
        return out;
    }

    /** Relations inside a noun phrase before its head: "two artillery shells", "full diplomatic ties". */
    private static final Set<String> NOUN_PHRASE = Set.of("compound", "amod", "nummod", "det", "nmod:poss", "advmod",
            "flat", "conj", "cc", "case", "fixed", "dep", "nmod:npmod", "obl:npmod", "compound:prt");

    /** A noun's phrase up to and with its head: the head and the words before it that modify it. */
    List<Token> nounPhrase(int head) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i <= head; i++) {
            int cur = i;
            boolean ok = true;
            for (int guard = 0; guard <= s.size() && cur != head; guard++) {
                Edge up = basic.head(cur);
                if (up == null || !NOUN_PHRASE.contains(up.relation()) || up.governor() > head) {
                    ok = false;
                    break;
                }
                cur = up.governor();
            }
            if (ok && !s.token(i).pos().equals(",")) {
                out.add(s.token(i));
            }
        }
        return out;
    }

    /** Forces of no stated country, which a source moves or uses ("sent troops", "used force") rather than acts on. */
    static boolean instrument(ActorMention m) {
        return m.actor() == null && "MIL".equals(m.role());
    }

    /** The preposition that attaches {@code node} to its governor, or "" when none. */
    String prepOf(int node) {
        for (Edge c : basic.children(node, "case")) {
            return word(c.dependent());
        }
        return "";
    }

    /** Whether a verb is finite: past or present tense. */
    boolean finite(int p) {
        String pos = s.token(p).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }

    /** Whether a part-of-speech tag is a common noun's (not a proper noun's). */
    static boolean isNounPos(String pos) {
        return pos.startsWith("NN") && !pos.startsWith("NNP");
    }

    /** Nouns for one private person, named by no more than that. */
    private static final Set<String> LONE = Set.of("man", "woman", "boy", "girl", "child", "teenager", "youth",
            "person");

    /** Whether a mention is one private person named only as such: "a man", "the woman". */
    boolean lonePerson(ActorMention m) {
        return "CVL".equals(m.role()) && m.head() >= 0 && m.head() < s.size()
                && LONE.contains(s.token(m.head()).word().toLowerCase(Locale.ROOT));
    }

    /** Whether a verb is in the perfect: it has the auxiliary "have" ("have been killed", "has long opposed"). */
    boolean perfect(int verb) {
        return basic.children(verb, "aux").stream().anyMatch(a -> lemma(a.dependent()).equals("have"));
    }

    /** Mentions whose head is this token, or that contain it. */
    List<ActorMention> mentionsHeadedAt(int node) {
        List<ActorMention> out = new ArrayList<>(1);
        for (ActorMention m : mentions) {
            if (m.head() == node) {
                out.add(m);
            }
        }
        if (out.isEmpty()) {
            for (ActorMention m : mentions) {
                if (m.contains(node) && m.form() != Form.ADJECTIVE) {
                    out.add(m);
                }
            }
        }
        if (firstInPhrase && out.size() == 1) {
            // PETRARCH reads a name phrase as its first actor: "Bree Prime Minister | Romendacil" is BREGOV.
            ActorMention m = out.get(0);
            for (ActorMention o : mentions) {
                Edge up = basic.head(o.head());
                if (o != m && o.end() == m.start() && up != null && up.governor() == node
                        && up.relation().equals("compound") && o.form() != Form.CAPITAL) {
                    return new ArrayList<>(List.of(o));
                }
            }
        }
        if (out.size() > 1) {
            // "Bree Prime Minister Romendacil": a name inside a longer mention with the same head is
            // part of that actor, not a second one.
            List<ActorMention> inner = new ArrayList<>();
            for (ActorMention m : out) {
                for (ActorMention o : out) {
                    if (o != m && o.start() <= m.start() && m.end() <= o.end()
                            && o.end() - o.start() > m.end() - m.start()) {
                        inner.add(m);
                        break;
                    }
                }
            }
            out.removeAll(inner);
        }
        return out;
    }

    /**
     * A verb with the verbs "and" joins to it, below and above: "killed" and "injured" in "19 people
     * have been killed and six others injured". The verb comes first, then its conjuncts, then the
     * verb it is itself a conjunct of.
     */
    List<Integer> joinedVerbs(int verb) {
        List<Integer> out = new ArrayList<>(List.of(verb));
        for (Edge e : basic.children(verb, "conj")) {
            out.add(e.dependent());
        }
        Edge up = basic.head(verb);
        if (up != null && Graph.matches(up.relation(), "conj")) {
            out.add(up.governor());
        }
        return out;
    }

    // Voice: {@link PassiveVoice}.
    /** Whether a predicate is in the passive voice: {@link PassiveVoice#isPassive}. */
    boolean isPassive(int p) {
        return voice.isPassive(p);
    }

    // Who acts: {@link SubjectFinder}.
    /** The second verb of "U.S. backed rebels attacked a convoy", or -1: {@link SubjectFinder#attributiveVerb}. */
    int attributiveVerb(int p) {
        return subjectFinder.attributiveVerb(p);
    }

    /** Subjects of a predicate, or the "by" agent of a passive: {@link SubjectFinder#subjects}. */
    List<Integer> subjects(int p) {
        return subjectFinder.subjects(p);
    }

    /**
     * Whether a gerund the parser left as a bare "dep" of a verb shares its subject:
     * {@link SubjectFinder#participleDep}.
     */
    boolean participleDep(Edge up, int p) {
        return subjectFinder.participleDep(up, p);
    }

    /** The verb "summon" whose purpose a clause is, or -1: {@link SubjectFinder#summonedFor}. */
    int summonedFor(int p) {
        return subjectFinder.summonedFor(p);
    }

    /** Whether a verb is "take" with a span of time as its object: {@link SubjectFinder#timeTaken}. */
    boolean timeTaken(int verb) {
        return subjectFinder.timeTaken(verb);
    }

    /** Whether a token is a common word for people: {@link SubjectFinder#peopleNoun}. */
    boolean peopleNoun(int i) {
        return subjectFinder.peopleNoun(i);
    }

    /** The verbs at which the coder found an event, once it has looked at every word: {@link SubjectFinder#codedAt}. */
    void codedAt(Set<Integer> triggers) {
        subjectFinder.codedAt(triggers);
    }

    // What is acted on, and the phrases around a predicate: {@link Complements}.
    /** Direct objects of a predicate: {@link Complements#objects}. */
    List<Integer> objects(int p) {
        return complements.objects(p);
    }

    /** Indirect objects of a predicate: {@link Complements#indirectObjects}. */
    List<Integer> indirectObjects(int p) {
        return complements.indirectObjects(p);
    }

    /** Whether a word makes its phrase a time, not a participant: {@link Complements#isTime}. */
    boolean isTime(int node) {
        return complements.isTime(node);
    }

    /** The nouns that end an object's phrase after it: {@link Complements#phraseTail}. */
    List<Integer> phraseTail(int o) {
        return complements.phraseTail(o);
    }

    /** Dependents of a node attached with one of these prepositions: {@link Complements#prepChildren}. */
    List<Integer> prepChildren(int node, Set<String> preps) {
        return complements.prepChildren(node, preps);
    }

    /** Infinitive complements of a verb and infinitives of purpose after it: {@link Complements#infinitives}. */
    List<Integer> infinitives(int verb) {
        return complements.infinitives(verb);
    }

    // The actors a node names: {@link NodeActors}.
    /** The preposition that places a word, looking through a settlement noun it names: {@link NodeActors#placePrep}. */
    String placePrep(int node) {
        return nodeActors.placePrep(node);
    }

    /** Whether a capital only names an agreement or a meeting after its city: {@link NodeActors#namesAccord}. */
    boolean namesAccord(ActorMention m) {
        return nodeActors.namesAccord(m);
    }

    /** The actors at a node: {@link NodeActors#actorsAt}. */
    List<ActorMention> actorsAt(int node) {
        return nodeActors.actorsAt(node);
    }

    /** The actors at a node, with a capital named as a place when {@code places}: {@link NodeActors#actorsAt}. */
    List<ActorMention> actorsAt(int node, boolean places) {
        return nodeActors.actorsAt(node, places);
    }

    /** The actors that own a noun: {@link NodeActors#ownersOf}. */
    List<ActorMention> ownersOf(int node) {
        return nodeActors.ownersOf(node);
    }

    /** Whether a noun is a currency: {@link NodeActors#currency}. */
    boolean currency(int noun) {
        return nodeActors.currency(noun);
    }

    // The actors that stand for arguments: {@link ArgumentActors}.
    /** The actors at the subjects of a predicate, in order: {@link ArgumentActors#subjectActors}. */
    List<ActorMention> subjectActors(int p) {
        return argumentActors.subjectActors(p);
    }

    /** The noun an actor leads in "the US-led war", or -1: {@link ArgumentActors#ledNoun}. */
    int ledNoun(int word) {
        return argumentActors.ledNoun(word);
    }

    /** The actors an object stands for: {@link ArgumentActors#objectActors}. */
    List<ActorMention> objectActors(int node) {
        return argumentActors.objectActors(node);
    }

    /** The actors a thing was done by, in a reduced relative: {@link ArgumentActors#doneBy}. */
    List<ActorMention> doneBy(int node) {
        return argumentActors.doneBy(node);
    }

    /**
     * Compounds of a noun that name a place of a force rather than who acts:
     * {@link ArgumentActors#facilityModifiers}.
     */
    List<ActorMention> facilityModifiers(int noun) {
        return argumentActors.facilityModifiers(noun);
    }

    /** National adjectives and compounds that modify a noun: {@link ArgumentActors#modifierActors}. */
    List<ActorMention> modifierActors(int noun) {
        return argumentActors.modifierActors(noun);
    }
}
