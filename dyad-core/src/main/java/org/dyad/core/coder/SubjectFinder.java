package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Token;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Who does what a predicate says: its subjects, or a passive's agent, followed through control,
 * coordination, participle and purpose clauses, reported speech and the parser's known misreadings.
 * It keeps the verbs the coder found events at, which decide whether a purpose clause is its
 * governor's act.
 */
final class SubjectFinder {
    private final SentenceView v;

    SubjectFinder(SentenceView v) {
        this.v = v;
    }

    /**
     * The verb of "U.S. backed rebels attacked a convoy", which the parser makes the root with
     * "attacked" an unlabelled clause of no subject: it is the attribute "U.S.-backed" of the
     * noun that does the second act. Returns that second verb, or -1.
     */
    int attributiveVerb(int p) {
        if (!v.s.token(p).pos().equals("VBD") && !v.s.token(p).pos().equals("VBN") || p == 0 || p + 2 >= v.s.size()) {
            return -1;
        }
        boolean subjectBefore = v.basic.children(p, "nsubj").stream().anyMatch(e -> e.dependent() == p - 1);
        boolean objectAfter = v.basic.children(p, "obj").stream()
                .anyMatch(e -> e.dependent() == p + 1 && v.s.token(p + 1).isNoun());
        if (!subjectBefore || !objectAfter) {
            return -1;
        }
        for (Edge d : v.basic.children(p, "dep")) {
            int q = d.dependent();
            if (q == p + 2 && v.s.token(q).pos().equals("VBD") && v.basic.children(q, "nsubj").isEmpty()) {
                return q;
            }
        }
        return -1;
    }

    /** Relative pronouns that stand for the noun they follow. */
    private static final Set<String> RELATIVES = Set.of("which", "who", "that");

    /**
     * The head of the actor that a relative subject of a clause directly follows, when the noun the
     * parser took for the subject names no actor; or -1.
     */
    private int relativeAfterActor(int p, List<Integer> subjects) {
        Edge up = v.basic.head(p);
        if (subjects.stream().anyMatch(sj -> !v.actorsAt(sj).isEmpty()) || up == null) {
            return -1;
        }
        if (up.relation().equals("acl") && RELATIVES.contains(v.word(up.governor()))) {
            // "It was Britain that accused Iraq", parsed with "that" as a pronoun hung on Britain and
            // the accusing on "that": the focus of the cleft accuses.
            Edge rel = v.basic.head(up.governor());
            return rel != null && rel.relation().equals("dep") && cleft(rel.governor())
                    ? actorEndingAt(up.governor(), subjects) : -1;
        }
        if (!(up.relation().equals("acl:relcl")
                || (up.relation().equals("dep") || up.relation().equals("ccomp")) && cleft(up.governor()))) {
            // Only a relative clause hung on a noun (or on the focus of a cleft): "a Palestinian with a
            // license to work in Israel who has carried out an attack", misparsed as a clause of
            // "work", says nothing of Israel.
            return -1;
        }
        for (Edge e : v.basic.children(p, "nsubj")) {
            int rel = e.dependent();
            if (rel != 0 && RELATIVES.contains(v.word(rel).toLowerCase(Locale.ROOT))) {
                int m = actorEndingAt(rel, subjects);
                if (m >= 0) {
                    return m;
                }
            }
        }
        return -1;
    }

    /** The head of the actor mention that ends just before a word and is not among the subjects; or -1. */
    private int actorEndingAt(int word, List<Integer> subjects) {
        for (ActorMention m : v.mentions) {
            if (m.end() == word && m.actor() != null && !subjects.contains(m.head())) {
                return m.head();
            }
        }
        return -1;
    }

    /**
     * The agent that a passive verb shares with the passive verb it is joined to, when the agent
     * comes after both: "was kidnapped and killed by Hamas militants" (the parser hangs the agent on
     * "kidnapped" only).
     */
    private List<Integer> sharedAgent(int p) {
        Edge up = v.basic.head(p);
        if (up == null || !up.relation().equals("conj") || !v.isPassive(up.governor())) {
            return List.of();
        }
        List<Integer> agents = new ArrayList<>(1);
        for (Edge e : v.g.children(up.governor())) {
            if ((e.relation().equals("obl:agent") || e.relation().equals("nmod:agent")) && e.dependent() > p) {
                agents.add(e.dependent());
            }
        }
        return agents;
    }

    /**
     * Whether a noun is the focus of a cleft, "it is X": the parser can hang "who helped" on it as a
     * bare dependent ("It is the Chinese business people who helped the villagers") or a clausal
     * complement ("It was Britain that condemned the attack").
     */
    private boolean cleft(int noun) {
        return !v.basic.children(noun, "cop").isEmpty() && v.basic.children(noun, "nsubj").stream()
                .anyMatch(e -> v.word(e.dependent()).equals("it"));
    }

    /**
     * Subjects of a predicate: nsubj (shared through coordination and control in enhanced++), or the
     * "by" agent of a passive.
     */
    List<Integer> subjects(int p) {
        List<Integer> out = new ArrayList<>(2);
        int rioters = reportedConjunct(p);
        if (rioters >= 0) {
            // "Police said supporters chanted slogans, smashed cars and ransacked shops": the parser
            // joins the smashing to "said"; those who chanted smashed.
            return subjects(rioters);
        }
        int summoner = summonedFor(p);
        if (summoner >= 0) {
            // "summoned Niger's ambassador to complain of inaction": the summoner complains.
            return subjects(summoner);
        }
        int judge = judgedFor(p);
        if (judge >= 0) {
            // "Kenya thanked Uganda for expelling the commanders": the one thanked did it.
            for (Edge e : v.basic.children(judge, "obj")) {
                out.add(e.dependent());
            }
            return out;
        }
        if (v.isPassive(p)) {
            for (Edge e : v.g.children(p, "obl:agent")) {
                out.add(e.dependent());
            }
            for (Edge e : v.g.children(p, "nmod:agent")) {
                out.add(e.dependent());
            }
            if (v.voice.headlinePassive(p) || v.voice.completingParticiple(p)) {
                for (Edge e : v.g.children(p, "obl:by")) {
                    out.add(e.dependent());
                }
            }
            if (out.isEmpty()) {
                out.addAll(v.voice.agentAfterAside(p));
            }
            if (out.isEmpty()) {
                out.addAll(sharedAgent(p));
            }
            // "a supply increasingly being threatened by the Iranian-Iraqi war": a war or crisis does
            // the act, not the sides its words name.
            out.removeIf(a -> CONDITIONS.contains(v.lemma(a).toLowerCase(java.util.Locale.ROOT)));
            return out;
        }
        for (Edge e : v.g.children(p)) {
            if (e.relation().equals("nsubj") || e.relation().equals("nsubj:xsubj")
                    || e.relation().equals("nsubj:pass")) {
                if (!out.contains(e.dependent())) {
                    out.add(e.dependent());
                }
            }
        }
        int named = relativeAfterActor(p, out);
        if (named >= 0) {
            // "casualties on the Sudan People's Liberation Army which attacked its stronghold": the
            // parser hangs the clause on the first noun; "which" stands for the actor right before it.
            out.clear();
            out.add(named);
        }
        Edge taken = v.basic.head(p);
        if (taken != null && taken.relation().equals("xcomp") && timeTaken(taken.governor())) {
            // "It will take four years to negotiate": the time taken is no actor, and the subject of
            // "take" is a placeholder, not the one who acts.
            out.removeIf(this::timeSpan);
            return out;
        }
        if (!out.isEmpty() && placesControl(p, out)) {
            // "toured Cairo and Asmara to rally support": the parser makes the toured capitals the
            // rallying subject; places do not act, the visitor does.
            Edge up = v.basic.head(p);
            return subjects(up.governor());
        }
        if (!out.isEmpty() && thingControl(p, out)) {
            // "opened fire to disperse the crowd": the parser makes the fire the dispersing subject;
            // a thing that is no actor does not act, the one who opened fire does.
            return subjects(v.basic.head(p).governor());
        }
        if (out.isEmpty()) {
            Edge attr = v.basic.head(p);
            if (attr != null && attr.relation().equals("dep") && attributiveVerb(attr.governor()) == p) {
                // "U.S. backed rebels attacked a convoy": the rebels attacked.
                out.add(p - 1);
                return out;
            }
            for (Edge c : v.basic.children(p, "csubj")) {
                // "Taliban ruled Afghanistan has been sharing expertise", "Hamas announced it will
                // release": the parser reads the subject phrase as a clause of its own; its object is
                // the real subject. A true clausal subject has a marker ("that", "to") or no object.
                int clause = c.dependent();
                if (clause < p && v.basic.children(clause, "mark").isEmpty() && v.s.token(clause).pos().equals("VBD")) {
                    for (Edge o : v.basic.children(clause, "obj")) {
                        if (o.dependent() < p) {
                            out.add(o.dependent());
                        }
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
            Edge conj = v.basic.head(p);
            // Only a conjunct set off by a comma and in the sayer's own tense: "sources said fighters
            // were active and had set up checkpoints" tells what the fighters did.
            boolean mainClause = conj != null && v.s.token(p).pos().equals("VBD")
                    && v.basic.children(p, "aux").isEmpty()
                    && v.basic.children(p, "cc").stream()
                            .anyMatch(c -> c.dependent() > 0 && v.word(c.dependent() - 1).equals(","));
            if (conj != null && conj.relation().equals("conj") && mainClause) {
                // "Iran said reports … were baseless, and warned the U.S.": the parser makes "said" the
                // clausal subject of "baseless" and "warned" its conjunct; the one who said it warned.
                for (Edge c : v.basic.children(conj.governor(), "csubj")) {
                    int clause = c.dependent();
                    if (clause < p && SAYING.contains(v.lemma(clause))) {
                        for (Edge n : v.basic.children(clause, "nsubj")) {
                            out.add(n.dependent());
                        }
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        if (out.isEmpty()) {
            // Control: "kept raiding", "began shelling" share the subject of the verb above them.
            Edge up = v.basic.head(p);
            if (up != null && Graph.matches(up.relation(), "conj") && up.governor() != p && v.finite(p)
                    && v.s.token(up.governor()).pos().equals("VBG")) {
                // "accused Israel of breaching the deal and urged Washington to press": the parser joins
                // the finite verb to the gerund; it is the accuser's second act.
                Edge gerund = v.basic.head(up.governor());
                if (gerund != null && gerund.governor() != up.governor() && Graph.matches(gerund.relation(), "obl")
                        && v.s.token(gerund.governor()).isVerb()) {
                    return subjects(gerund.governor());
                }
            }
            if (up != null && (up.relation().equals("xcomp") || Graph.matches(up.relation(), "conj"))
                    && up.governor() != p) {
                return subjects(up.governor());
            }
            if (up != null && up.relation().equals("acl") && v.s.token(p).pos().equals("VBG") && up.governor() < p
                    && p > 0 && v.s.token(p - 1).word().equals(",") && endsSentence(p)) {
                // "sent a cable to his Jordanian counterpart, condemning the bombings": a participle set
                // off by a comma after the verb's object or oblique is the main clause's, however the
                // parser hung it.
                Edge nounUp = v.basic.head(up.governor());
                if (nounUp != null && nounUp.governor() != up.governor() && !v.mentionsHeadedAt(up.governor()).isEmpty()
                        && (nounUp.relation().equals("obj")
                        || Graph.matches(nounUp.relation(), "obl")) && v.s.token(nounUp.governor()).isVerb()) {
                    List<Integer> main = subjects(nounUp.governor());
                    if (!main.isEmpty()) {
                        return main;
                    }
                }
            }
            if (up != null && up.relation().equals("acl") && v.s.token(p).pos().equals("VBG") && up.governor() != p
                    && EventCoder.FACILITIES.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))
                    && v.basic.children(up.governor(), "nmod:poss").isEmpty()) {
                // "dropped leaflets on insurgent positions warning them to leave": a place does not act;
                // the one who acts on it does ("Sudan's position of refusing" is a stance, and Sudan's).
                Edge placeUp = v.basic.head(up.governor());
                return placeUp != null && placeUp.governor() != up.governor() && v.s.token(placeUp.governor()).isVerb()
                        ? subjects(placeUp.governor()) : out;
            }
            // A present participle after a noun acts for it: "demonstrators protesting the results".
            if (up != null && up.relation().equals("acl") && v.s.token(p).pos().equals("VBG") && up.governor() != p
                    && v.s.token(up.governor()).isNoun() && up.governor() < p && !possessive(up.governor())) {
                List<Integer> issuers = issuers(up.governor());
                return issuers.isEmpty() ? List.of(up.governor()) : issuers;
            }
            // A participle clause shares its main clause's actor: "…, killing at least 20 people".
            // So does a purpose clause after a verb with no object, which carries no event of its own:
            // "converged on Lagos to protest the ruling" (but "blocked roads to press demands" is the blocking).
            if (up != null && (Graph.matches(up.relation(), "advcl") || participleDep(up, p)) && up.governor() != p
                    && (v.s.token(p).pos().equals("VBG") && (v.basic.children(p, "mark").isEmpty() || means(p))
                        || purpose(p) && (v.complements.direct(up.governor()).isEmpty() || uncoded(up.governor())))) {
                int gov = up.governor();
                if (SAYING.contains(v.lemma(gov)) && !timedBy(p)) {
                    // "Residents said the RSF shelled a market, killing twelve people": the killing is the
                    // reported act's, not the residents' (but "…, said Hu when meeting with …" is the sayer's).
                    for (Edge e : v.basic.children(gov, "ccomp")) {
                        List<Integer> reported = subjects(lastConjunct(e.dependent()));
                        if (!reported.isEmpty()) {
                            return reported;
                        }
                    }
                }
                if (ACCUSING.contains(v.lemma(gov)) && v.s.token(p).pos().equals("VBG")
                        && !VERBAL.contains(v.lemma(p))) {
                    // "Hamas accused Fatah loyalists of targeting Haniya after his convoy came under fire,
                    // killing his bodyguard": the accuser did not kill; the act belongs to what is alleged.
                    return List.of();
                }
                List<Integer> main = subjects(gov);
                if (!main.isEmpty()) {
                    return main;
                }
            }
        }
        return out;
    }

    /** Physical acts a reporter of violence does not do himself: "Police said …, smashed cars". */
    private static final Set<String> RIOTING = Set.of("smash", "ransack", "loot", "torch", "burn", "vandalise",
            "vandalize", "hurl", "throw", "stone", "storm", "pelt", "set");

    /**
     * The reported clause a physical act is the conjunct of, when the parser hangs it on the verb of
     * saying: the act comes after the clause, whose subject is not the sayer, and is in its tense;
     * else -1.
     */
    private int reportedConjunct(int p) {
        Edge up = v.basic.head(p);
        if (up == null || !Graph.matches(up.relation(), "conj") || !SAYING.contains(v.lemma(up.governor()))
                || !RIOTING.contains(v.lemma(p))) {
            return -1;
        }
        for (Edge c : v.basic.children(up.governor(), "ccomp")) {
            int clause = c.dependent();
            if (clause < p && v.s.token(clause).pos().equals(v.s.token(p).pos())
                    && !v.basic.children(clause, "nsubj").isEmpty()) {
                return clause;
            }
        }
        return -1;
    }

    /** Words that make a participle a time of its governor: "when meeting", "while visiting", "after talking". */
    private static final Set<String> WHEN = Set.of("when", "while", "after", "before", "during", "upon", "on");

    /** Whether a participle is set in time by "when", "while", "after" and the like. */
    private boolean timedBy(int participle) {
        for (Edge e : v.basic.children(participle)) {
            if ((e.relation().equals("advmod") || e.relation().equals("mark"))
                    && WHEN.contains(v.word(e.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an infinitive's subjects are only its governor's objects and none of them is an actor,
     * a pronoun, a named entity or a word for people: the object of a light verb ("opened fire to",
     * "took steps to"), not the one ordered ("ordered the prisoners to leave").
     */
    private boolean thingControl(int p, List<Integer> subjects) {
        Edge up = v.basic.head(p);
        if (up == null || !up.relation().equals("xcomp") || up.governor() == p
                || !v.basic.children(p, "nsubj").isEmpty()) {
            return false;
        }
        List<Integer> govObjects = v.complements.direct(up.governor());
        for (int sj : subjects) {
            Token t = v.s.token(sj);
            if (!govObjects.contains(sj) || !v.mentionsHeadedAt(sj).isEmpty() || !t.pos().startsWith("NN")
                    || t.pos().startsWith("NNP") || !"O".equals(t.ner()) || peopleNoun(sj)) {
                return false;
            }
        }
        return true;
    }

    /** Nouns for people that name no actor of their own but are still someone acted upon. */
    private static final Set<String> PEOPLE = Set.of("man", "men", "woman", "women", "boy", "boys", "girl", "girls",
            "child", "children", "person", "persons", "people", "individual", "individuals", "family", "families",
            "suspect", "suspects", "prisoner", "prisoners", "detainee", "detainees", "hostage", "hostages", "captive",
            "captives", "victim", "victims", "passenger", "passengers", "resident", "residents", "villager",
            "villagers", "migrant", "migrants", "member", "members", "leader", "leaders", "crew", "fighter",
            "fighters", "all", "national", "nationals", "citizen", "citizens", "worker", "workers", "journalist",
            "journalists");

    /**
     * Whether a clause runs to the end of the sentence: nothing but closing punctuation after its
     * last word ("…, condemning the bombings." but not "…, working with donors, to identify ways").
     */
    private boolean endsSentence(int clause) {
        for (int k = v.s.size() - 1; k > clause; k--) {
            if (!CLOSING.contains(v.s.token(k).word())) {
                // A parse tree's phrases are contiguous: the last word that is not closing
                // punctuation is in the clause's phrase, or the clause does not run to the end.
                return v.basic.dominates(clause, k);
            }
        }
        return true;
    }

    /** Punctuation that may close a sentence after its last word. */
    private static final Set<String> CLOSING = Set.of(".", "!", "\"", "''", ")", "-RRB-");

    /**
     * A gerund the parser left as a bare "dep" of a verb: "shelled the town on Sunday, killing 20
     * people", "resume shelling". It is a participle clause or a complement, and shares the verb's
     * subject.
     */
    boolean participleDep(Edge up, int p) {
        return up.relation().equals("dep") && v.s.token(p).pos().equals("VBG")
                && v.s.token(up.governor()).pos().startsWith("VB")
                && up.governor() < p;
    }

    /**
     * The verb "summon" whose purpose a clause is ("summoned the ambassador to protest"), or -1.
     * The parser gives such clauses the summoned as subject; the purpose is the summoner's.
     */
    int summonedFor(int p) {
        Edge up = v.basic.head(p);
        if (up == null || !(up.relation().equals("xcomp") || Graph.matches(up.relation(), "advcl"))
                || !SUMMON.contains(v.lemma(up.governor())) || up.governor() > p) {
            return -1;
        }
        return up.governor();
    }

    private static final Set<String> SUMMON = Set.of("summon", "call_in");

    /**
     * The verb of thanks, praise or reproach whose "for" gerund a clause is, when that verb has an
     * object ("praised Uganda for arresting …"), or -1. The act is the object's.
     */
    int judgedFor(int p) {
        Edge up = v.basic.head(p);
        if (up == null || !v.s.token(p).pos().equals("VBG") || !JUDGING.contains(v.lemma(up.governor()))
                || v.basic.children(up.governor(), "obj").isEmpty() || !v.basic.children(p, "nsubj").isEmpty()) {
            return -1;
        }
        return v.markedBy(p, "for") ? up.governor() : -1;
    }

    private static final Set<String> JUDGING = Set.of("thank", "praise", "commend", "congratulate", "hail", "salute",
            "credit", "reward", "honour", "honor", "applaud", "laud", "fault", "punish", "criticize", "criticise",
            "condemn", "blame", "rebuke", "reprimand", "chastise", "castigate", "slam", "denounce", "censure");

    /** Nouns of wars and troubles, which can be the agents of a passive without being anyone. */
    private static final Set<String> CONDITIONS = Set.of("war", "conflict", "fighting", "crisis", "violence",
            "instability", "unrest", "turmoil", "hostilities", "tension", "tensions", "situation");

    /** Whether a verb is "take" with a span of time as its object: "It will take four years to negotiate". */
    boolean timeTaken(int verb) {
        return v.lemma(verb).equals("take")
                && v.basic.children(verb, "obj").stream().anyMatch(o -> timeSpan(o.dependent()));
    }

    /** Whether a noun is a span of time: "four years", "months", "a long time". */
    private boolean timeSpan(int i) {
        return "DURATION".equals(v.s.token(i).ner())
                || TIME_SPANS.contains(v.lemma(i).toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> TIME_SPANS = Set.of("year", "month", "week", "day", "hour", "minute", "decade",
            "time", "while");

    /** Whether a token is a common word for people ("prisoners", "villagers"), who act and are acted upon. */
    boolean peopleNoun(int i) {
        return PEOPLE.contains(v.word(i)) || PEOPLE.contains(v.lemma(i));
    }

    /** Verbs of accusing, whose participle clauses of deeds belong to what is alleged. */
    private static final Set<String> ACCUSING = Set.of("accuse", "blame");

    /** Participles of speech that stay the accuser's own: "accused Israel …, saying …", "calling it …". */
    private static final Set<String> VERBAL = Set.of("say", "call", "add", "describe", "warn", "claim", "insist",
            "demand", "urge", "vow", "threaten");

    /** Verbs of saying, whose participle clauses belong to what was said. */
    private static final Set<String> SAYING = Set.of("say", "tell", "report", "add", "state", "announce", "claim");

    /** The last verb coordinated with a clause's head ("fired … and hit"), or the head itself. */
    private int lastConjunct(int head) {
        int last = head;
        for (Edge e : v.basic.children(head, "conj")) {
            if (v.s.token(e.dependent()).isVerb() && e.dependent() > last) {
                last = e.dependent();
            }
        }
        return last;
    }

    /** Nouns for texts, which speak for whoever issued them. */
    private static final Set<String> TEXTS = Set.of("statement", "declaration", "communique", "communiqué", "letter",
            "resolution", "message", "memorandum", "note", "petition", "motion", "decree", "report", "appeal");

    /**
     * Who issued a text noun: its possessor, or the subject of the verb it is the object of. "The
     * PKK issued a declaration demanding that …" is the PKK's demand; "a declaration demanding" on its
     * own is no one's.
     */
    private List<Integer> issuers(int noun) {
        if (!TEXTS.contains(v.lemma(noun))) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>(1);
        for (Edge e : v.basic.children(noun)) {
            if (e.relation().equals("nmod:poss")
                    || e.relation().equals("compound") && !v.mentionsHeadedAt(e.dependent()).isEmpty()) {
                // "the council's statement", "a Security Council resolution"
                out.add(e.dependent());
            }
        }
        Edge up = v.basic.head(noun);
        if (out.isEmpty() && up != null && up.relation().equals("obj") && ISSUE.contains(v.lemma(up.governor()))) {
            out.addAll(subjects(up.governor()));
        }
        return out;
    }

    /** Verbs whose subject is the author of the text they take: not "vetoed a resolution demanding". */
    private static final Set<String> ISSUE = Set.of("issue", "release", "publish", "send", "adopt", "pass", "sign",
            "deliver", "present", "submit", "circulate", "draft", "write", "post", "table", "put", "make", "file");

    /** A noun marked with "'s": "Jordan's". */
    private boolean possessive(int noun) {
        for (Edge c : v.basic.children(noun, "case")) {
            if (v.s.token(c.dependent()).isPossessiveMark()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verbs at which the coder found an event, once it has looked at every word; null before.
     * A purpose clause after a verb with an object shares that verb's subject only if the verb
     * codes as nothing: "Uganda repaired the bridge to allow the delivery of aid" is Uganda
     * allowing it.
     */
    private @Nullable Set<Integer> coded;

    void codedAt(Set<Integer> triggers) {
        coded = triggers;
    }

    private boolean uncoded(int verb) {
        return coded != null && !coded.contains(verb) && v.s.token(verb).isVerb() && !expletiveSubject(verb);
    }

    private static final Set<String> EXPLETIVE_SUBJECTS = Set.of("it", "there", "this");

    /** "it makes little sense to force …", "there is a need to …": the infinitive is the real subject. */
    private boolean expletiveSubject(int verb) {
        for (Edge e : v.basic.children(verb)) {
            if ((e.relation().equals("nsubj") || e.relation().equals("expl"))
                    && EXPLETIVE_SUBJECTS.contains(v.word(e.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a gerund tells the means of its main clause's act: "killed 77 people by setting off a bomb". */
    private boolean means(int p) {
        return v.basic.children(p, "mark").stream().allMatch(e -> v.word(e.dependent()).equalsIgnoreCase("by"));
    }

    /** An infinitive of purpose: "to protest", "in order to end". */
    private boolean purpose(int p) {
        return v.s.token(p).pos().equals("VB") && v.markedBy(p, "to");
    }

    /** Whether an infinitive's subjects are only its governor's objects, all of them capitals named as places. */
    private boolean placesControl(int p, List<Integer> subjects) {
        Edge up = v.basic.head(p);
        if (up == null || !up.relation().equals("xcomp") || up.governor() == p) {
            return false;
        }
        List<Integer> govObjects = v.complements.direct(up.governor());
        for (int sj : subjects) {
            if (!govObjects.contains(sj)) {
                return false;
            }
            List<ActorMention> ms = v.mentionsHeadedAt(sj);
            if (ms.isEmpty()) {
                return false;
            }
            for (ActorMention m : ms) {
                if (m.form() != Form.CAPITAL) {
                    return false;
                }
            }
        }
        return true;
    }
}
