package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.parse.Graph;
import org.dyad.core.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * The tests {@link CorefStage} puts to a pronoun's candidate antecedents: what kind of actor a
 * pronoun can stand for ({@link Kind}, {@link #compatible}), who binds it in its own clause, who
 * speaks the words it is in, whom a sentence addresses, which subjects come first, and the
 * constraints that rule a candidate out ("he" is no body, a junta is no speaker's own, no one in
 * the clause set before a pronoun is that pronoun).
 */
final class Antecedents {
    private Antecedents() {}

    /** Pronouns that stand for a thing or a body: "it", "its". */
    static final Set<String> THING_PRONOUNS = Set.of("it", "its");

    /** What a pronoun or a description can stand for. */
    enum Kind { PERSON, THING, PLURAL, COUNTRY, GROUP, BLOC }

    /** The nearest mention that ends before a word in its sentence and fits, or null. */
    static @Nullable ActorMention nearestBefore(int at, Predicate<ActorMention> fits, List<ActorMention> here) {
        ActorMention best = null;
        for (ActorMention m : here) {
            if (m.end() <= at && fits.test(m) && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return best;
    }

    /**
     * Whether an object "it" stands for a thing that a country only locates: the actor that "it"
     * could stand for nearest before it in its sentence is a country named in an "in" phrase of a
     * singular common noun that no actor covers ("a village in western Cambodia … overran it").
     */
    static boolean locatedThing(Sentence s, Graph g, int pronoun, List<ActorMention> resolved) {
        Edge up = g.head(pronoun);
        if (up == null || !up.relation().equals("obj")) {
            return false;
        }
        ActorMention nearest = nearestBefore(pronoun, m -> compatible(m, Kind.THING), resolved);
        if (placeAfter(s, nearest == null ? 0 : nearest.end(), pronoun, resolved)) {
            // "provide aid for the civilians in Eastern Ghouta after liberating it": the place named
            // last, which is no actor, not Russia named before it.
            return true;
        }
        if (nearest == null || nearest.form() != ActorMention.Form.NAME || nearest.actor() == null
                || nearest.actor().kind() != ActorKind.COUNTRY) {
            return false;
        }
        Edge located = g.head(nearest.head());
        if (located == null || !Graph.matches(located.relation(), "nmod") || !g.markedBy(s, nearest.head(), Set.of("in"))) {
            return false;
        }
        int noun = located.governor();
        return s.token(noun).pos().equals("NN") && !Syntax.covered(resolved, noun);
    }

    /** Plural nouns of time and amount, which no "them" stands for. */
    private static final Set<String> MEASURES = Set.of("year", "month", "week", "day", "hour", "minute", "time",
            "percent", "rupee", "dollar", "kilometre", "kilometer", "mile", "ton", "tonne");

    /**
     * Whether an object "them" stands for things its own sentence named before it, with no actor
     * between: "banned the entry of heavy vehicles into the city …, only allowing them to operate"
     * (the vehicles, not the parties the sentence before named). The things are a plural common
     * noun of the same sentence that no mention covers and that is not the subject.
     */
    static boolean namedThings(Sentence s, Graph g, int pronoun, List<ActorMention> resolved) {
        Edge up = g.head(pronoun);
        if (up == null || !up.relation().equals("obj") || !s.token(pronoun).word().equalsIgnoreCase("them")) {
            return false;
        }
        for (int k = pronoun - 1; k >= 0; k--) {
            if (Syntax.covered(resolved, k)) {
                return false;
            }
            Token t = s.token(k);
            if (t.pos().equals("NNS") && (t.ner().isEmpty() || t.ner().equals("O"))
                    && !MEASURES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                Edge role = g.head(k);
                int noun = k;
                if (resolved.stream().anyMatch(m -> m.end() <= noun && compatible(m, Kind.PLURAL))) {
                    // "urged the Taliban to release the prisoners and pledged to help bring them into a
                    // settlement": a plural actor before the things may be what "them" is.
                    return false;
                }
                return role != null && !role.relation().startsWith("nsubj")
                        && (role.relation().equals("obj") || role.relation().startsWith("nmod")
                        || role.relation().startsWith("obl"));
            }
        }
        return false;
    }

    /**
     * The place that a possessive "its" follows in its sentence, when the place is no actor's and a
     * verb acts on it ("taking over the Gaza Strip and moving its residents") with no actor
     * between: "its" is the place's, not a body's named before. Null when there is none.
     */
    static Sentence.@Nullable Run placeActedOn(Sentence s, Graph g, int pronoun, List<ActorMention> resolved) {
        for (Sentence.Run r : s.runs("LOCATION", k -> true)) {
            if (r.end() > pronoun || Syntax.covered(resolved, r.end() - 1)) {
                continue;
            }
            int head = g.spanHead(r.start(), r.end());
            Edge up = g.head(head);
            boolean actedOn = up != null && (up.relation().equals("obj")
                    || Graph.matches(up.relation(), "obl") && g.markedBy(s, head, PLACES_ACTED_ON));
            if (actedOn && resolved.stream().noneMatch(m -> m.sentence() == s.index() && m.start() >= r.end()
                    && m.end() <= pronoun && m.actor() != null)) {
                return r;
            }
        }
        return null;
    }

    /** Prepositions of a place that an act reaches: "strikes on Kharkiv", "pushed into Rafah". */
    private static final Set<String> PLACES_ACTED_ON = Set.of("on", "into", "over", "across");

    /** Verbs by which a body that has spoken goes on: "They deny …", "They insist …". */
    private static final Set<String> GOING_ON = Words.plus(Syntax.SPEAKING, "deny", "claim", "reject", "dismiss",
            "accuse", "blame", "argue", "maintain", "contend");

    /** Singular words for a state's bodies that a story may take up as "they". */
    private static final Set<String> BODIES = Set.of("army", "military", "government", "police", "regime",
            "administration", "ministry");

    /**
     * "The Syrian army has repeatedly said … They deny that many civilians were killed": a "they" that
     * opens a sentence as the subject of a verb of saying or denying is the body, named in the
     * singular, that was the main subject of a verb of saying in the sentence before. Null otherwise.
     */
    static @Nullable ActorMention speakingBody(Sentence s, Graph g, int pronoun, Sentence prev, Graph pg,
            List<ActorMention> prevMentions) {
        Edge up = g.head(pronoun);
        if (pronoun != 0 || !s.token(pronoun).word().equals("They") || up == null
                || !up.relation().startsWith("nsubj")
                || !GOING_ON.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (ActorMention m : prevMentions) {
            Edge said = pg.head(m.head());
            if (m.actor() != null && m.form() == Form.ROLE && BODIES.contains(m.lastWord().toLowerCase(Locale.ROOT))
                    && said != null && said.relation().startsWith("nsubj") && pg.head(said.governor()) == null
                    && GOING_ON.contains(prev.token(said.governor()).lemma().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        return null;
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "near", "around");

    /** Whether a place name that is no actor's ("in Eastern Ghouta") lies in a sentence between two words. */
    private static boolean placeAfter(Sentence s, int from, int to, List<ActorMention> resolved) {
        for (Sentence.Run r : s.runs("LOCATION", k -> true)) {
            int before = r.start() - 1;
            if (before > 0 && s.token(before).word().equalsIgnoreCase("the")) {
                before--;
            }
            if (r.start() >= from && r.end() <= to && before >= 0 && !Syntax.covered(resolved, r.end() - 1)
                    && PLACE_PREPOSITIONS.contains(s.token(before).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a clause set before a subject pronoun's verb with no subject of its own, whose
     * understood subject is the pronoun ("While challenging the NWC …, he advised"; "Speaking to the
     * elders, he said"); empty when the pronoun is no subject or there is no such clause.
     */
    static Set<Integer> preposedClause(Sentence s, Graph g, int pronoun) {
        Edge up = g.head(pronoun);
        if (up == null || !up.relation().startsWith("nsubj")) {
            return Set.of();
        }
        Set<Integer> out = new java.util.HashSet<>();
        for (Edge e : g.children(up.governor())) {
            int c = e.dependent();
            if ((e.relation().startsWith("advcl") || e.relation().equals("dep")) && c < pronoun
                    && s.token(c).isVerb() && g.children(c).stream().noneMatch(x -> x.relation().startsWith("nsubj"))) {
                for (int k = 0; k < pronoun; k++) {
                    if (g.dominates(c, k)) {
                        out.add(k);
                    }
                }
            }
        }
        return out;
    }

    /** Verbs whose object is the one addressed: "urged them", "told them", "assured them". */
    static final Set<String> ADDRESSING = Set.of("urge", "tell", "ask", "advise", "assure", "thank", "warn",
            "call", "exhort", "brief", "remind");

    /** Verbs of speech whose "to" phrase is the one addressed: "speaking to the elders". */
    static final Set<String> SPEAKING_TO = Set.of("speak", "talk", "say", "explain", "address", "write");

    /** Whether a pronoun is the object of a verb of addressing someone: "He urged them not to …". */
    static boolean addressedBy(Sentence s, Graph g, int pronoun) {
        Edge up = g.head(pronoun);
        return up != null && (up.relation().equals("obj") || up.relation().equals("iobj"))
                && ADDRESSING.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The one fitting mention that a sentence addresses: the "to" phrase of a verb of speech
     * ("Speaking to the local tribal elders"), or the object of a verb of addressing ("told the
     * elders"). Null when there is none or more than one.
     */
    static @Nullable ActorMention addressee(Sentence s, Graph g, List<ActorMention> ms, Predicate<ActorMention> fits) {
        ActorMention found = null;
        for (ActorMention m : ms) {
            Edge up = g.head(m.head());
            if (up == null || !fits.test(m)) {
                continue;
            }
            String verb = s.token(up.governor()).lemma().toLowerCase(Locale.ROOT);
            boolean addressed = (up.relation().startsWith("obl") || up.relation().startsWith("nmod"))
                    && g.markedBy(s, m.head(), Set.of("to")) && SPEAKING_TO.contains(verb)
                    || up.relation().equals("obj") && ADDRESSING.contains(verb);
            if (addressed) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /** Verbs whose passive takes an empty "it": "it was reported", "it is believed that". */
    static final Set<String> IMPERSONAL = Set.of("report", "say", "believe", "understand", "learn",
            "fear", "expect", "announce", "know", "think", "claim", "rumour", "rumor", "estimate", "confirm",
            "allege", "suggest", "feel", "assume", "note");

    /** Nouns only a document, plan or project has: "its clauses", "its implementation", "its five new corridors". */
    private static final Set<String> THINGS_OWN = Set.of("clause", "provision", "implementation", "ratification",
            "annex", "wording", "corridor", "completion", "construction", "execution", "operationalisation",
            "operationalization", "enforcement");

    /**
     * Whether "its" owns what only a document, plan or project has, so that it stands for no actor:
     * "the sale agreement … should be shared to examine its clauses", "upgraded CPEC, with its five
     * new corridors".
     */
    static boolean thingsOwn(Sentence s, Graph g, int pronoun) {
        Edge up = g.head(pronoun);
        return up != null && up.relation().startsWith("nmod:poss") && s.token(pronoun).word().equalsIgnoreCase("its")
                && THINGS_OWN.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether "it" is the empty subject of a passive verb of saying or knowing. */
    static boolean impersonal(Sentence s, Graph g, int pronoun) {
        Edge up = g.head(pronoun);
        return up != null && (up.relation().equals("nsubj:pass") || up.relation().equals("expl"))
                && IMPERSONAL.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /** Verbs whose "it" before an adjective stands for a clause to come: "made it clear that …". */
    private static final Set<String> CLAUSE_OBJECT_VERBS = Set.of("make", "find", "consider", "deem", "think", "keep",
            "leave");

    /**
     * Whether "it" is the empty object of a verb of judging before its adjective: "made it clear
     * that he expected Kabul to …", "found it difficult to". It stands for the clause, not an actor.
     */
    static boolean emptyObject(Sentence s, int pronoun) {
        return pronoun > 0 && pronoun + 1 < s.size()
                && CLAUSE_OBJECT_VERBS.contains(s.token(pronoun - 1).lemma().toLowerCase(Locale.ROOT))
                && s.token(pronoun - 1).pos().startsWith("VB") && s.token(pronoun + 1).pos().startsWith("JJ");
    }

    /** Units of time that "it took" measures. */
    private static final Set<String> SPANS = Set.of("second", "minute", "hour", "day", "week", "month", "year",
            "decade", "while", "time");

    /**
     * Whether "it" is the empty subject of "take" measuring time or effort: "it took over five hours
     * for surgeons to reattach my arm", "it will take years to rebuild"; or of "when it comes to".
     */
    static boolean emptySubject(Sentence s, Graph g, int pronoun) {
        Edge up = g.head(pronoun);
        if (up == null || !up.relation().equals("nsubj")) {
            return false;
        }
        String verb = s.token(up.governor()).lemma();
        if (extraposed(s, g, up.governor(), pronoun)) {
            return true;
        }
        if (verb.equalsIgnoreCase("come")) {
            // "prepared to meet any eventuality when it comes to guarding the nation".
            return pronoun > 0 && s.token(pronoun - 1).word().equalsIgnoreCase("when")
                    && pronoun + 2 < s.size() && s.token(pronoun + 2).word().equalsIgnoreCase("to");
        }
        if (!verb.equalsIgnoreCase("take")) {
            return false;
        }
        for (Edge e : g.children(up.governor())) {
            String rel = e.relation();
            if ((rel.equals("obj") || rel.startsWith("obl:tmod") || rel.startsWith("obl:npmod"))
                    && SPANS.contains(s.token(e.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if ((rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("csubj"))
                    && g.children(e.dependent(), "mark").stream().anyMatch(m -> s.token(m.dependent()).word().equalsIgnoreCase("to"))) {
                return true;
            }
        }
        return false;
    }

    /** Adjectives that an empty "it" comes before, with the clause after them: "it is hard to …". */
    private static final Set<String> EXTRAPOSING = Set.of("hard", "easy", "difficult", "important", "necessary",
            "possible", "impossible", "vital", "essential", "crucial", "imperative", "unacceptable", "wrong", "unfair",
            "unwise", "wise", "premature", "useless", "pointless", "dangerous", "safe", "tough", "better", "best", "good",
            "great", "natural", "normal", "reasonable", "unreasonable", "appropriate", "inappropriate", "fair",
            "logical", "unthinkable", "legitimate", "illegal", "legal");

    /** Words that open a clause an empty "it" stands in for. */
    private static final Set<String> CLAUSE_MARKS = Set.of("that", "to", "whether", "if", "how", "why");

    /**
     * Whether "it" holds the place of a clause after its predicate: "it was strange that the
     * government held a one-sided briefing", "it is vital to resume talks".
     */
    private static boolean extraposed(Sentence s, Graph g, int predicate, int pronoun) {
        if (g.children(predicate, "cop").isEmpty() || s.token(predicate).isVerb()) {
            return false;
        }
        for (Edge e : g.children(predicate)) {
            String rel = e.relation();
            // "It is hard to negotiate with a tyrannical regime": the parser may hang the clause as an
            // xcomp, as it does for "it is ready to release", where "it" is someone.
            boolean xcomp = rel.equals("xcomp") && EXTRAPOSING.contains(s.token(predicate).lemma().toLowerCase(Locale.ROOT));
            if (e.dependent() > predicate && (rel.startsWith("ccomp") || rel.startsWith("csubj") || rel.startsWith("advcl")
                    || xcomp)
                    && g.children(e.dependent(), "mark").stream()
                            .anyMatch(m -> CLAUSE_MARKS.contains(s.token(m.dependent()).word().toLowerCase(Locale.ROOT))
                                    && m.dependent() > pronoun)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of armed force, whose subject is an armed actor. */
    static final Set<String> FORCE = Set.of("invade", "attack", "occupy", "annex", "bomb", "shell", "raid",
            "conquer", "overrun", "storm", "shoot", "kill", "torpedo");

    /** Whether a pronoun is the subject of a verb of armed force: "after it invaded Kuwait". */
    static boolean forceSubject(Sentence s, Graph g, int pronoun) {
        Edge up = g.head(pronoun);
        return up != null && up.relation().equals("nsubj")
                && FORCE.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /** Nouns of armed force, whose owner is an armed actor: "its war", "its offensive". */
    static final Set<String> FORCE_NOUNS = Set.of("war", "offensive", "invasion", "occupation", "bombardment",
            "bombing", "airstrike", "incursion", "onslaught", "assault", "shelling", "blockade");

    /**
     * Whether a pronoun owns a noun of armed force: in "Human Rights Watch accused Israel of attacks
     * during its recent war with Hezbollah", "its" is an armed actor's, not the watchdog's.
     */
    static boolean forcePossessor(Sentence s, Graph g, int pronoun) {
        Edge up = g.head(pronoun);
        return up != null && up.relation().equals("nmod:poss")
                && FORCE_NOUNS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /** A body with no armed forces of its own: an international, non-governmental or other organisation, or the press. */
    static boolean unarmedBody(ActorMention m, @Nullable LocalDate date) {
        if (m.actor() == null) {
            return false;
        }
        String code = m.codeAt(date);
        if (ARMED_CODES.stream().anyMatch(code::contains) || code.startsWith("IGOWSTNAT")) {
            // "the Sudanese army", NATO: bodies with forces of their own.
            return false;
        }
        ActorKind k = m.actor().kind();
        return k == ActorKind.IGO || k == ActorKind.NGO || k == ActorKind.ORG || "MED".equals(m.role());
    }

    /** Role codes of those who bear arms. */
    static final Set<String> ARMED_CODES = Set.of("MIL", "COP", "REB", "INS", "SPY", "UAF", "IMG", "RAD");

    /**
     * Whether a mention is a person already taken up with the other gender's pronoun than the one
     * being resolved ({@code she}: true for "she"/"her", false for "he"/"him"/"his", null for neither).
     */
    static boolean otherGender(ActorMention m, @Nullable Boolean she, Map<String, Boolean> feminine) {
        if (she == null || m.actor() == null || m.actor().kind() != ActorKind.PERSON) {
            return false;
        }
        Boolean known = feminine.get(DocumentCountry.key(m.actor()));
        return known != null && !known.equals(she);
    }

    /**
     * The subjects and "by" agents of the clauses above a noun, up to the sentence's root, but not
     * the noun's own phrase ("Washington said the junta must …": Washington; "the ban announced by
     * Washington in response to the junta's repression": Washington).
     */
    static Set<Integer> sidesAbove(Sentence s, Graph g, int noun) {
        Set<Integer> out = new java.util.HashSet<>();
        int cur = noun;
        for (int guard = 0; guard < 50; guard++) {
            Edge up = g.head(cur);
            if (up == null) {
                return out;
            }
            for (Edge e : g.children(up.governor())) {
                String r = e.relation();
                if (e.dependent() != cur && (r.startsWith("nsubj") && !r.equals("nsubj:pass")
                        || r.startsWith("obl") && g.markedBy(s, e.dependent(), Set.of("by")))) {
                    out.add(e.dependent());
                }
            }
            cur = up.governor();
        }
        return out;
    }

    /**
     * The verb of the first of two joined clauses when a pronoun is the subject of the second ("…,
     * but he refused"), or -1.
     */
    private static int firstJoinedVerb(Sentence s, Graph g, int pronoun) {
        Edge up = g.head(pronoun);
        if (up != null && up.relation().equals("nmod:poss")) {
            // "…, but his team told them": the possessor of the second clause's subject.
            up = g.head(up.governor());
        }
        if (up == null || !up.relation().equals("nsubj")) {
            return -1;
        }
        Edge joined = g.head(up.governor());
        return joined == null || !joined.relation().startsWith("conj") || !s.token(joined.governor()).isVerb()
                ? -1 : joined.governor();
    }

    /**
     * The actor that is the subject of the first of two joined clauses, when a pronoun is the
     * subject of the second ("most of the foreign banks think … and thus they impose …"); a
     * quantity's "of" phrase stands for it. Null when there is none or it does not fit.
     */
    static @Nullable ActorMention firstConjunctSubject(Sentence s, Graph g, int pronoun,
            java.util.function.Predicate<ActorMention> fits, List<ActorMention> ms) {
        int first = firstJoinedVerb(s, g, pronoun);
        if (first < 0) {
            return null;
        }
        for (Edge e : g.children(first, "nsubj")) {
            Set<Integer> heads = new java.util.HashSet<>(List.of(e.dependent()));
            for (Edge of : g.children(e.dependent())) {
                if (of.relation().startsWith("nmod") && g.markedBy(s, of.dependent(), Set.of("of"))) {
                    heads.add(of.dependent());
                }
            }
            for (ActorMention m : ms) {
                if (heads.contains(m.head()) && m.head() < pronoun && fits.test(m)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The person the first of two joined clauses acts on, when a pronoun is the subject of the second
     * and the first clause's subject is no person: "Dawn reached out to Information Minister Attaullah
     * Tarar, but he refused …", "Police arrested the suspect but he escaped". Null otherwise.
     */
    static @Nullable ActorMention firstConjunctObject(Sentence s, Graph g, int pronoun,
            java.util.function.Predicate<ActorMention> fits, List<ActorMention> ms) {
        int first = firstJoinedVerb(s, g, pronoun);
        if (first < 0) {
            return null;
        }
        int own = g.governor(pronoun);
        List<Edge> subjects = g.children(first, "nsubj");
        for (Edge e : subjects) {
            for (ActorMention m : ms) {
                if (m.head() == e.dependent() && fits.test(m)) {
                    return null;
                }
            }
        }
        if (subjects.isEmpty()) {
            return null;
        }
        ActorMention found = null;
        // The first clause's objects, those of a verb it governs ("wanted to resume Yoon's
        // questioning"), and the possessors of them.
        List<Edge> args = new ArrayList<>(g.children(first));
        for (Edge x : g.children(first, "xcomp")) {
            args.addAll(g.children(x.dependent()));
        }
        for (Edge e : List.copyOf(args)) {
            if (e.relation().equals("obj")) {
                for (Edge p : g.children(e.dependent(), "nmod:poss")) {
                    args.add(new Edge(e.dependent(), p.dependent(), "obj"));
                }
            }
        }
        for (Edge e : args) {
            boolean argument = e.relation().equals("obj") || e.relation().startsWith("obl") && e.dependent() < own;
            for (ActorMention m : ms) {
                if (argument && m.head() == e.dependent() && m.head() < pronoun && fits.test(m)) {
                    if (found != null && found != m) {
                        return null;
                    }
                    found = m;
                }
            }
        }
        return found;
    }

    /** Prepositions that tie an aide to whom he serves: "an aide to Abbas", "a spokesman of Hamas". */
    private static final Set<String> AIDE_OF = Set.of("to", "of");

    /**
     * The coordinated actors that are the subject of a verb of saying right before a plural pronoun
     * ("Australia and Canada have also said they …", "X and Y said that they …"), or an empty list.
     */
    static List<ActorMention> coordinatedSpeakers(Sentence s, Graph g, int pronoun, List<ActorMention> ms) {
        int verb = pronoun - 1;
        if (verb >= 0 && s.token(verb).word().equalsIgnoreCase("that")) {
            verb--;
        }
        if (verb < 0 || !s.token(verb).isVerb() || !Syntax.SPEAKING.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>();
        for (Edge e : g.children(verb, "nsubj")) {
            Set<Integer> heads = new java.util.HashSet<>();
            heads.add(e.dependent());
            for (Edge c : g.children(e.dependent())) {
                if (c.relation().startsWith("conj")) {
                    heads.add(c.dependent());
                    // "Olmert and an aide to Abbas said that they hoped": an aide speaks for his principal.
                    for (Edge of : g.children(c.dependent())) {
                        if (of.relation().startsWith("nmod") && g.markedBy(s, of.dependent(), AIDE_OF)
                                && ms.stream().noneMatch(m -> m.head() == c.dependent() && m.actor() != null)) {
                            heads.add(of.dependent());
                        }
                    }
                }
            }
            if (heads.size() < 2) {
                continue;
            }
            for (ActorMention m : ms) {
                if (heads.contains(m.head()) && m.actor() != null && out.stream().noneMatch(o -> o.actor() == m.actor())) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * The speaker whose words hold a first-person pronoun: the subject of a verb of speaking whose
     * complement holds it ("the minister said we will …"), or that stands beside the quoted clause
     * ("'We will …,' the minister said"). Null when no such speaker is an actor.
     */
    static @Nullable ActorMention speaker(Sentence s, Graph g, int pronoun, List<ActorMention> ms) {
        Set<Integer> above = new java.util.HashSet<>();
        for (int cur = pronoun, guard = 0; cur >= 0 && guard <= s.size(); guard++) {
            Edge up = g.head(cur);
            if (up == null) {
                break;
            }
            cur = up.governor();
            above.add(cur);
        }
        for (Token v : s.tokens()) {
            if (!v.isVerb() || !Syntax.SPEAKING.contains(v.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Edge up = g.head(v.index());
            boolean holds = above.contains(v.index())
                    || up != null && (up.relation().equals("parataxis") || up.relation().equals("ccomp"))
                        && (above.contains(up.governor()) || up.governor() == pronoun);
            if (!holds) {
                continue;
            }
            for (Edge e : g.children(v.index(), "nsubj")) {
                if (e.dependent() == pronoun) {
                    return null;
                }
                for (ActorMention m : ms) {
                    if (m.head() == e.dependent() && m.actor() != null) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The body that reports, for "it" as the subject of what a subjectless verb of saying joined to its
     * report adds: in "Ukraine's air force said Russia launched 250 drones, adding that it downed 245",
     * "it" is the air force, not Russia, the nearest country. Null when the pronoun stands elsewhere or
     * the reporter is no body.
     */
    static @Nullable ActorMention addingReporter(Sentence s, Graph g, int pronoun, List<ActorMention> ms) {
        int adding = reportingVerb(s, g, pronoun);
        if (adding < 0 || !g.children(adding, "nsubj").isEmpty() || !s.token(adding).pos().equals("VBG")) {
            return null;
        }
        // "adding" belongs to the verb of saying above it, which the parser may reach through the
        // report's own verb ("said Russia launched …, adding": "adding" hung on "launched").
        int said = -1;
        Edge up = g.head(adding);
        for (int hops = 0; up != null && hops < 3 && said < 0; hops++) {
            String r = up.relation();
            if (!(r.equals("advcl") || r.equals("xcomp") || r.equals("conj") || r.equals("dep") || r.equals("ccomp"))) {
                return null;
            }
            if (Syntax.SPEAKING.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
                said = up.governor();
            }
            up = g.head(up.governor());
        }
        if (said < 0) {
            return null;
        }
        for (Edge e : g.children(said, "nsubj")) {
            ActorMention m = Syntax.headedAt(ms, e.dependent(), x -> x.actor() != null && x.actor().kind() != ActorKind.PERSON
                    && x.form() != Form.ADJECTIVE);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * The verb of saying whose report a pronoun is the subject of ("told" in "A police official told
     * Dawn that they rounded up …", "adding" in "…, adding that it downed 245"), or -1.
     */
    private static int reportingVerb(Sentence s, Graph g, int pronoun) {
        Edge subj = g.head(pronoun);
        Edge clause = subj == null || !subj.relation().equals("nsubj") ? null : g.head(subj.governor());
        return clause != null && clause.relation().equals("ccomp")
                && Syntax.SPEAKING.contains(s.token(clause.governor()).lemma().toLowerCase(Locale.ROOT))
                ? clause.governor() : -1;
    }

    /** Head words of one who speaks for a body: "a police official", "an army spokesman". */
    private static final Set<String> SPOKESPEOPLE = Set.of("official", "officer", "spokesman", "spokeswoman",
            "spokesperson", "source");

    /** Roles of the bodies whose spokespeople say "we" for them, and whom news then calls "they". */
    private static final Set<String> SPOKEN_FOR = Set.of("COP", "MIL", "GOV", "SPY", "JUD");

    /**
     * The spokesperson of a body whose report "they" opens: in "A police official told Dawn that they
     * rounded up over 1,000 suspects", "they" are the police the official speaks for, not the Afghan
     * nationals of the sentence before. Null when the pronoun is no subject of a report, or its
     * speaker no such spokesperson.
     */
    static @Nullable ActorMention spokenFor(Sentence s, Graph g, int pronoun, List<ActorMention> ms) {
        int said = reportingVerb(s, g, pronoun);
        if (said < 0) {
            return null;
        }
        for (Edge e : g.children(said, "nsubj")) {
            ActorMention m = Syntax.headedAt(ms, e.dependent(), x -> x.form() == Form.ROLE && x.role() != null
                    && SPOKEN_FOR.contains(x.role()) && SPOKESPEOPLE.contains(x.lastWord().toLowerCase(Locale.ROOT)));
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * An armed or militant group named in the singular, which news calls "it": "Hamas said it
     * would", "the Revolutionary United Front announced it will". A plural name ("the Houthis",
     * "the Tamil Tigers") is "they".
     */
    static boolean singularGroup(ActorMention m, Sentence s) {
        return m.actor() != null && m.actor().kind() == ActorKind.GROUP && m.form() == Form.NAME
                && m.head() >= 0 && m.head() < s.size() && s.token(m.head()).pos().equals("NNP");
    }

    /** Whether a subject is its sentence's main clause's: of the root, or of a verb joined to it. */
    static boolean mainSubject(Graph g, ActorMention m) {
        Edge up = g.head(m.head());
        if (up == null) {
            return true;
        }
        int cur = up.governor();
        for (int guard = 0; guard < 10; guard++) {
            Edge above = g.head(cur);
            if (above == null) {
                return true;
            }
            if (!above.relation().startsWith("conj") && !above.relation().equals("parataxis")) {
                return false;
            }
            cur = above.governor();
        }
        return false;
    }

    /**
     * The codes of the actors that the verb of a subject pronoun acts on in its own sentence (its
     * objects and their conjuncts), read on no particular date.
     */
    static Set<String> coArguments(Sentence s, Graph g, int pronoun, List<ActorMention> ms) {
        Edge up = g.head(pronoun);
        if (up == null || !up.relation().startsWith("nsubj")) {
            return Set.of();
        }
        Set<Integer> heads = new java.util.HashSet<>();
        // "he was willing to meet Putin": the infinitive the subject controls acts on its objects too.
        List<Integer> verbs = new ArrayList<>(List.of(up.governor()));
        for (int i = 0; i < verbs.size() && i < 3; i++) {
            for (Edge x : g.children(verbs.get(i), "xcomp")) {
                verbs.add(x.dependent());
            }
        }
        Set<Integer> aimedAt = new java.util.HashSet<>();
        for (int verb : verbs) {
            for (Edge e : g.children(verb)) {
                if (e.relation().equals("obj") || e.relation().equals("iobj")) {
                    heads.add(e.dependent());
                    for (Edge c : g.children(e.dependent(), "conj")) {
                        heads.add(c.dependent());
                    }
                } else if (e.relation().startsWith("obl") && g.markedBy(s, e.dependent(), AIMED)) {
                    // "They then started firing at the police": whom the verb is aimed at, too.
                    heads.add(e.dependent());
                    aimedAt.add(e.dependent());
                }
            }
        }
        Set<String> out = new java.util.HashSet<>();
        for (ActorMention m : ms) {
            if (m.actor() != null && heads.contains(m.head())) {
                // A person by who they are, not by their code: "Trump said he had asked Secretary
                // of State Marco Rubio" is Trump asking, though both are USAGOV.
                out.add(m.actor().kind() == ActorKind.PERSON ? PERSON_KEY + DocumentCountry.key(m.actor()) : m.codeAt(null));
            } else if (m.actor() == null && m.form() == ActorMention.Form.ROLE && aimedAt.contains(m.head())
                    && RoleCodes.roleOf(m.codeAt(null)) != null && !RoleCodes.roleOf(m.codeAt(null)).isEmpty()) {
                // A role word not yet given a country that the act is aimed at: no one of that role
                // shoots at it ("the minister praised the ministry" may well be his own).
                out.add(ROLE_KEY + RoleCodes.roleOf(m.codeAt(null)));
            }
        }
        return out;
    }

    /** Prepositions of an oblique that a verb is aimed at: "firing at the police". */
    private static final Set<String> AIMED = Set.of("at", "against", "on", "upon");

    /** How {@link #coArguments} marks a role word of no country: no actor of that role matches. */
    static final String ROLE_KEY = "role:";

    /** How {@link #coArguments} marks a person, whom only the same person matches. */
    static final String PERSON_KEY = "person:";

    /** Nouns of bodies of people that take a plural verb and pronoun but end in no "s". */
    private static final Set<String> PLURAL_WITHOUT_S = Set.of("police", "personnel", "people");

    /** Phrases that give the reason for an act on an object, whose possessive is the object's. */
    static final Set<String> REASONS = Set.of("obl:for", "obl:because_of", "obl:over");

    /**
     * The object of the verb whose "for", "because of" or "over" phrase holds the possessive, or the
     * party named in that object ("talks with Turkey"), when it is an actor of the pronoun's kind: in
     * "Saiki criticised North Korea for its missile tests", "thanked Japan for its support" and "froze
     * talks with Turkey because of its refusal", the one praised, blamed or punished is the one whose
     * act it was; else null.
     */
    static @Nullable ActorMention forObject(Graph enhanced, int pronoun, Kind want, List<ActorMention> ms) {
        Edge poss = enhanced.head(pronoun);
        if (poss == null || !poss.relation().equals("nmod:poss")) {
            return null;
        }
        Edge reason = null;
        for (Edge o : enhanced.parents(poss.governor())) {
            Edge r = o.relation().equals("obj") ? enhanced.head(o.governor()) : null;
            if (r != null && (REASONS.contains(r.relation()) || r.relation().equals("advcl:for"))) {
                // "appreciated the police personnel for thwarting the attack and their excellent
                // response": the object of a deed in the "for" phrase is the one praised.
                reason = r;
            }
        }
        Edge up = reason != null ? reason : enhanced.head(poss.governor());
        if (up == null || reason == null && !REASONS.contains(up.relation())) {
            return null;
        }
        for (Edge e : enhanced.children(up.governor())) {
            if (!e.relation().equals("obj") || !enhanced.children(e.dependent(), "nmod:poss").isEmpty()) {
                // "cancelled its visit to Beijing because of its concerns": an owned object is its owner's.
                continue;
            }
            // "froze talks with Turkey because of its refusal": the party to the talks; "the police
            // personnel": the body compounded with the object.
            List<Integer> heads = new ArrayList<>(List.of(e.dependent()));
            for (Edge n : enhanced.children(e.dependent())) {
                if (n.relation().equals("nmod:with") || n.relation().equals("compound")) {
                    heads.add(n.dependent());
                }
            }
            for (ActorMention m : ms) {
                // "appreciated the police personnel for … their excellent response": a body of no
                // country yet, which the sentence's place or the dateline may still give one.
                boolean countryless = want == Kind.PLURAL && m.actor() == null && m.form() == Form.ROLE
                        && m.role() != null && reason != null;
                // "the police … their excellent response": a body plural without an "s".
                boolean pluralBody = want == Kind.PLURAL && m.role() != null && m.actor() != null
                        && (m.form() == Form.ROLE || m.form() == Form.REFERENCE)
                        && PLURAL_WITHOUT_S.contains(m.lastWord().toLowerCase(Locale.ROOT));
                if (heads.contains(m.head()) && m.end() <= pronoun && (compatible(m, want) || countryless || pluralBody)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The verb of a pronoun's own clause, at most four heads up; -1 if none. */
    private static int ownVerb(Sentence s, Graph basic, int pronoun) {
        for (int cur = pronoun, guard = 0; cur >= 0 && guard < 4; guard++) {
            Edge up = basic.head(cur);
            if (up == null) {
                return -1;
            }
            cur = up.governor();
            if (s.token(cur).isVerb()) {
                return cur;
            }
        }
        return -1;
    }

    /**
     * The joined subjects of a "their"'s own clause, each an actor before the pronoun: in "Pakistan
     * and Turkiye … reaffirmed their commitment", both countries. Empty unless there are two or more.
     */
    static List<ActorMention> jointSubjects(Sentence s, Graph basic, Graph enhanced, int pronoun, List<ActorMention> ms) {
        int verb = ownVerb(s, basic, pronoun);
        if (verb < 0) {
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>();
        for (Edge e : enhanced.children(verb)) {
            if (e.relation().startsWith("nsubj") && !e.relation().equals("nsubj:pass") && e.dependent() < pronoun) {
                ActorMention m = Syntax.headedAt(ms, e.dependent(), x -> x.actor() != null);
                if (m != null && !out.contains(m)) {
                    out.add(m);
                }
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * The actors joined by "and" as the subject of a sentence's main verb ("Both Nawaz Sharif and
     * Maryam Nawaz have been camping …"), each of them; empty when the subject is one actor or none.
     */
    static List<ActorMention> jointSubjectBefore(Graph basic, List<ActorMention> ms) {
        for (ActorMention m : ms) {
            Edge up = basic.head(m.head());
            Edge verb = up == null ? null : basic.head(up.governor());
            if (up == null || !up.relation().equals("nsubj") || verb != null && !verb.relation().equals("root")) {
                continue;
            }
            List<ActorMention> out = new ArrayList<>(List.of(m));
            for (Edge c : basic.children(m.head())) {
                ActorMention x = c.relation().startsWith("conj") ? Syntax.headedAt(ms, c.dependent(), y -> y.actor() != null)
                        : null;
                if (x != null && !out.contains(x)) {
                    out.add(x);
                }
            }
            return m.actor() != null && out.size() >= 2 ? out : List.of();
        }
        return List.of();
    }

    /** Verbs of saying whose words a pronoun right after them opens. */
    private static final Set<String> SAYING = Set.of("say", "announce", "tell", "add", "claim", "insist", "state",
            "declare", "warn", "stress", "vow", "promise", "confirm", "signal");

    /** How far before a pronoun the verb of saying may be: "announcing on Thursday he". */
    private static final int SAYING_REACH = 5;

    /**
     * The speaker of a verb of saying just before a subject pronoun, with no other verb between:
     * its subject, or the noun it describes ("despite Trump announcing on Thursday he was willing").
     * Null when there is none or it does not fit.
     */
    /** Words that open a condition or a time of an act: "… to make the first move if it was serious". */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "once", "until", "when", "whenever");

    /**
     * The subject of the act a condition is set on, when "it" is the condition's subject: "he expected
     * Kabul to make the first move if it was serious" (Kabul, the infinitive's subject in the enhanced
     * graph). Null when that subject is no mention that fits or does not come before the pronoun.
     */
    static @Nullable ActorMention conditionedSubject(Sentence s, Graph g, Graph enhanced, int pronoun,
            Predicate<ActorMention> fits, List<ActorMention> ms) {
        Edge up = g.head(pronoun);
        int act = up == null || !up.relation().startsWith("nsubj") ? -1 : clauseGovernor(s, g, up, CONDITIONS);
        if (act < 0) {
            return null;
        }
        for (Edge e : enhanced.children(act)) {
            if (e.relation().startsWith("nsubj") && !e.relation().startsWith("nsubj:pass")) {
                ActorMention m = Syntax.headedAt(ms, e.dependent(), x -> x.end() <= pronoun && fits.test(x));
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The verb before a subject pronoun whose adverbial clause the pronoun's verb is, opened by one of
     * {@code marks}: "lashed" of "lashed out at the committee after it awarded the prize"; else -1.
     */
    private static int clauseGovernor(Sentence s, Graph g, Edge subject, Set<String> marks) {
        Edge clause = g.head(subject.governor());
        if (clause == null || !clause.relation().startsWith("advcl") || clause.governor() > subject.dependent()
                || g.children(subject.governor(), "mark").stream().noneMatch(
                        e -> marks.contains(s.token(e.dependent()).word().toLowerCase(Locale.ROOT)))) {
            return -1;
        }
        return clause.governor();
    }

    /** Verbs of judging another for what it did: the reason's subject is the one judged. */
    private static final Set<String> JUDGING_ACTS = Set.of("criticise", "criticize", "condemn", "slam", "lash",
            "blast", "denounce", "rebuke", "censure", "reprimand", "castigate", "berate", "chide", "scold", "blame",
            "accuse", "fault", "praise", "thank", "congratulate", "commend", "hail", "applaud", "fine", "punish",
            "sue", "reward", "honour", "honor");
    /** Words that open the reason for a judgement: "lashed out at the committee after it awarded …". */
    private static final Set<String> REASON_MARKS = Set.of("after", "because", "for", "since", "as", "when");

    /**
     * The one a verb of judging acts on, when a pronoun is the subject of the clause that gives the
     * reason: "The White House lashed out at the Norwegian Nobel Committee after it awarded the
     * prize" (the committee). Null when the verb acts on no actor before the pronoun that fits.
     */
    static @Nullable ActorMention judged(Sentence s, Graph g, int pronoun, Predicate<ActorMention> fits,
            List<ActorMention> ms) {
        Edge up = g.head(pronoun);
        int verb = up == null || !up.relation().equals("nsubj") ? -1 : clauseGovernor(s, g, up, REASON_MARKS);
        if (verb < 0 || !JUDGING_ACTS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        ActorMention found = null;
        for (Edge e : g.children(verb)) {
            if (!e.relation().equals("obj") && !e.relation().startsWith("obl")) {
                continue;
            }
            ActorMention m = Syntax.headedAt(ms, e.dependent(), x -> x.end() <= pronoun && fits.test(x));
            if (m != null) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /**
     * The owner of a noun whose infinitive a possessive pronoun is in: "Trump's decision to pull his
     * country out of the Paris Agreement" (Trump, who is to do it). Null when there is none that fits.
     */
    static @Nullable ActorMention nounOwner(Sentence s, Graph g, int pronoun, Predicate<ActorMention> fits,
            List<ActorMention> ms) {
        int cur = pronoun;
        for (int guard = 0; guard < 4; guard++) {
            Edge up = g.head(cur);
            if (up == null) {
                return null;
            }
            if (s.token(up.governor()).isVerb()) {
                int verb = up.governor();
                Edge acl = g.head(verb);
                List<Edge> marks = g.children(verb, "mark");
                if (acl == null || marks.isEmpty()) {
                    return null;
                }
                int noun = acl.relation().startsWith("acl") && s.token(acl.governor()).isNoun() ? acl.governor() : -1;
                if (acl.relation().equals("xcomp")) {
                    // Parsed as the verb's own complement: "criticising Trump's decision to pull …".
                    for (Edge o : g.children(acl.governor(), "obj")) {
                        if (o.dependent() == marks.get(0).dependent() - 1) {
                            noun = o.dependent();
                        }
                    }
                }
                if (noun < 0) {
                    return null;
                }
                for (Edge p : g.children(noun, "nmod:poss")) {
                    ActorMention m = Syntax.headedAt(ms, p.dependent(), x -> x.end() <= pronoun && fits.test(x));
                    if (m != null) {
                        return m;
                    }
                }
                return null;
            }
            cur = up.governor();
        }
        return null;
    }

    static @Nullable ActorMention speakerJustBefore(Sentence s, Graph g, int pronoun, Predicate<ActorMention> fits,
            List<ActorMention> ms) {
        for (int k = pronoun - 1; k >= 0 && k >= pronoun - SAYING_REACH; k--) {
            Token w = s.token(k);
            if (!w.isVerb()) {
                continue;
            }
            if (!SAYING.contains(w.lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            List<Integer> agents = new ArrayList<>();
            for (Edge e : g.children(k)) {
                if (e.relation().startsWith("nsubj") && !e.relation().equals("nsubj:pass")) {
                    agents.add(e.dependent());
                }
            }
            Edge up = g.head(k);
            if (agents.isEmpty() && up != null && up.relation().startsWith("acl")) {
                agents.add(up.governor());
            }
            if (agents.isEmpty() && up != null && up.relation().startsWith("conj")) {
                // "Trump said Putin had gone crazy … and said he was considering more sanctions": the
                // second "said" shares the first one's subject.
                for (Edge e : g.children(up.governor())) {
                    if (e.relation().startsWith("nsubj") && !e.relation().equals("nsubj:pass")) {
                        agents.add(e.dependent());
                    }
                }
            }
            for (int agent : agents) {
                ActorMention m = Syntax.headedAt(ms, agent, x -> x.end() <= pronoun && fits.test(x));
                if (m != null) {
                    return m;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The person a "his" or "her" follows in a joined pair: in "called on Maryam Nawaz and her father
     * Nawaz Sharif" and "Imran Khan and his wife" the possessive is the first person's, whoever the
     * clause's subject is. Null when the possessive's noun is joined to no person before it.
     */
    static @Nullable ActorMention conjoinedPerson(Graph basic, int pronoun, List<ActorMention> ms) {
        Edge poss = basic.head(pronoun);
        Edge up = poss == null || !poss.relation().equals("nmod:poss") ? null : basic.head(poss.governor());
        if (up == null || !up.relation().startsWith("conj") || up.governor() > pronoun) {
            return null;
        }
        return Syntax.headedAt(ms, up.governor(), m -> m.end() <= pronoun && compatible(m, Kind.PERSON));
    }

    /**
     * The subject of a possessive's own clause, by the enhanced parse (which gives an infinitive
     * its controller: "pressed Israel to stop its strikes" makes Israel the subject of "stop"),
     * when it is an actor of the pronoun's kind and comes before it; else null.
     */
    static @Nullable ActorMention ownSubject(Sentence s, Graph basic, Graph enhanced, int pronoun, Kind want,
            List<ActorMention> ms) {
        int verb = ownVerb(s, basic, pronoun);
        if (verb < 0) {
            return null;
        }
        for (Edge e : enhanced.children(verb)) {
            if (!e.relation().startsWith("nsubj") || e.relation().equals("nsubj:pass") || e.dependent() > pronoun) {
                continue;
            }
            ActorMention subject = Syntax.headedAt(ms, e.dependent(),
                    m -> compatible(m, want) || want == Kind.THING && singularGroup(m, s));
            if (subject != null && courtOnFiling(s, basic, pronoun, subject)) {
                // "The Supreme Court rejected its request": a court rules on another's filing.
                return null;
            }
            if (subject != null) {
                return subject;
            }
            if (want == Kind.THING && s.token(e.dependent()).pos().equals("NN")) {
                // "the Kenyan teachers' union called off its strike": a body no dictionary names, as the
                // subject, is what "its" stands for; the actor its phrase names speaks for it.
                for (Edge d : basic.children(e.dependent())) {
                    String r = d.relation();
                    ActorMention body = r.equals("nmod:poss") || r.equals("compound") || r.equals("amod")
                            ? Syntax.headedAt(ms, d.dependent(), m -> m.actor() != null) : null;
                    if (body != null) {
                        return body;
                    }
                }
            }
        }
        Edge acl = basic.head(verb);
        if (acl != null && acl.relation().startsWith("acl")) {
            // "because of its refusal to open its ports": the refusal's owner is the one who would open.
            for (Edge d : basic.children(acl.governor())) {
                ActorMention owner = d.relation().equals("nmod:poss") && d.dependent() < pronoun
                        ? Syntax.headedAt(ms, d.dependent(), m -> m.actor() != null && compatible(m, want)) : null;
                if (owner != null) {
                    return owner;
                }
            }
        }
        return null;
    }

    /** What parties file before a court: a court rules on them, never files them itself. */
    private static final Set<String> FILINGS = Set.of("request", "petition", "appeal", "plea", "application",
            "motion", "challenge", "complaint", "bail", "case", "claim", "suit", "lawsuit");

    /** Whether a possessive owns a filing and the clause's subject is a court. */
    private static boolean courtOnFiling(Sentence s, Graph basic, int pronoun, ActorMention subject) {
        int owned = basic.governor(pronoun);
        return owned >= 0 && FILINGS.contains(s.token(owned).lemma().toLowerCase(Locale.ROOT))
                && "JUD".equals(RoleCodes.roleOf(subject.codeAt(null)));
    }

    /**
     * The subject a fronted phrase's possessive looks ahead to: in "After his meeting with Bush,
     * Koizumi said …" the meeting is Koizumi's. The phrase hangs on the verb of the subject, comes
     * before it and holds the pronoun; else null.
     */
    static @Nullable ActorMention cataphor(Sentence s, Graph basic, int pronoun, Kind want,
            List<ActorMention> ms) {
        for (int cur = pronoun, guard = 0; guard < 4; guard++) {
            Edge up = basic.head(cur);
            if (up == null) {
                return null;
            }
            String r = up.relation();
            if (r.startsWith("obl") || r.startsWith("advcl")) {
                int verb = up.governor();
                if (!s.token(verb).isVerb() || cur > verb) {
                    return null;
                }
                for (Edge e : basic.children(verb)) {
                    if (!e.relation().equals("nsubj") || e.dependent() < pronoun || e.dependent() > verb) {
                        continue;
                    }
                    ActorMention subject = Syntax.headedAt(ms, e.dependent(),
                            m -> compatible(m, want) || want == Kind.PERSON && m.unknownPerson());
                    if (subject != null) {
                        return subject;
                    }
                }
                return null;
            }
            cur = up.governor();
        }
        return null;
    }

    /** Object pronouns, which never stand for the subject of their own clause. */
    static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them");

    /**
     * The subjects of the clause whose object the pronoun is: in "the crown prince detained
     * Hariri and tried to force him to resign", "him" is not the crown prince (the enhanced
     * parse gives "force" the prince as its controlled subject).
     */
    static Set<Integer> clauseSubjects(Graph basic, Graph enhanced, int pronoun, String word) {
        Set<Integer> out = new java.util.HashSet<>();
        if (!OBJECT_PRONOUNS.contains(word)) {
            return out;
        }
        Edge up = basic.head(pronoun);
        if (up == null || !(up.relation().equals("obj") || up.relation().equals("iobj") || up.relation().startsWith("obl"))) {
            return out;
        }
        int verb = up.governor();
        for (int guard = 0; guard < 4; guard++) {
            for (Edge e : enhanced.children(verb)) {
                if (e.relation().startsWith("nsubj")) {
                    out.add(e.dependent());
                }
            }
            Edge above = basic.head(verb);
            if (!out.isEmpty() || above == null || !(above.relation().startsWith("advcl") || above.relation().equals("xcomp")
                    || above.relation().startsWith("conj") || above.relation().equals("dep"))) {
                break;
            }
            // "Mobutu used his troops to stop a demonstration, even arresting him": a clause with no
            // subject of its own has its governor's, whom "him" is not. So has a participle the parser
            // left loosely attached: "Petro paused talks with the ELN, accusing them of war crimes".
            verb = above.governor();
        }
        return out;
    }

    /**
     * The people an object pronoun's own clause subject stands for, named or resolved: in "he would
     * only welcome him", "him" is not whoever "he" is.
     */
    static Set<String> boundPeople(Set<Integer> binders, List<ActorMention> resolved, List<ActorMention> named) {
        Set<String> out = new java.util.HashSet<>();
        if (binders.isEmpty()) {
            return out;
        }
        for (List<ActorMention> ms : List.of(resolved, named)) {
            for (ActorMention m : ms) {
                if (binders.contains(m.head()) && m.actor() != null && m.actor().kind() == ActorKind.PERSON) {
                    out.add(DocumentCountry.key(m.actor()));
                }
            }
        }
        return out;
    }

    /** Role words for bodies, not single people: "he" is never "the police" or "the court". */
    static final Set<String> COLLECTIVE = Set.of("police", "army", "military", "government", "court",
            "judiciary", "parliament", "legislature", "ministry", "council", "committee", "agency", "administration",
            "regime", "cabinet", "junta", "navy", "force", "guard", "opposition", "media", "press", "party",
            "authority", "leadership", "commission", "tribunal", "senate", "congress", "assembly", "office",
            "department", "service", "embassy", "mission", "gendarmerie", "militia", "coalition", "alliance", "company",
            "firm", "bank", "corporation",
            // "PESHAWAR: Member of the opposition JUI-F Rehana Ismail insisted … not limited to the
            // University of Malakand. She alleged …": an institution is no "she".
            "university", "college", "school", "hospital", "institute", "academy");

    /**
     * Whether a role mention holds a plural common noun ("French companies Rhone-Poulenc"): many
     * people or bodies, never "he".
     */
    static boolean pluralCommonNoun(ActorMention m) {
        for (String w : m.text().split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (w.length() > 3 && w.endsWith("s")
                    && !w.endsWith("ss") && !w.endsWith("'s") || IRREGULAR_PLURALS.contains(w)
                    || w.length() > 4 && w.endsWith("men"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Plurals with no "s" ("the Palestinian people", "children"); those in "-men" ("tribesmen",
     * "gunmen") are told by their ending.
     */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "children", "personnel", "clergy",
            "folk", "youth");

    /** Whether a mention is a name the tagger marked as a person's and a description gave an actor. */
    static boolean taggedPerson(ActorMention m) {
        return m.form() == Form.NAME && m.rule().startsWith("ner:person");
    }

    /** Whether a mention is a person's surname taken up from a full name before. */
    static boolean surname(ActorMention m) {
        return m.form() == Form.REFERENCE && m.rule().contains(Surnames.MARK);
    }

    static boolean compatible(ActorMention m, Kind want) {
        if (OccupationBodies.isName(m)) {
            // "The Zambian Union of Mine Workers said it …": one organisation, "it" whatever its country.
            return want == Kind.THING;
        }
        Actor a = m.actor();
        if (a == null || m.form() == Form.UNKNOWN || m.form() == Form.ADJECTIVE) {
            return false;
        }
        ActorKind k = a.kind();
        switch (want) {
            case PERSON:
                if (m.form() == Form.REFERENCE && THING_PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))) {
                    // "'It will provide a good opportunity,' he told reporters": "he" is not what "it" was.
                    return false;
                }
                if (k == ActorKind.PERSON && m.form() == Form.NAME && COLLECTIVE.contains(m.lastWord())) {
                    // "the Trump administration": a person's name for a body, which no "he" takes up.
                    return false;
                }
                return k == ActorKind.PERSON
                        // "the premier said: … He also expressed gratitude": a description of one person
                        // stands for that person, whatever actor it was taken up as.
                        || m.form() == Form.REFERENCE && m.role() != null && m.text().toLowerCase(Locale.ROOT).startsWith("the ")
                                && PersonDescriptions.personNoun(m.lastWord())
                        // "Murakhovsky", the surname of "Soviet first deputy prime minister Vsevolod Murakhovsky".
                        || surname(m)
                        // "Gustave Feissel, the UN representative in Nicosia": a person the tagger found,
                        // whose actor an apposition or a description gave.
                        || taggedPerson(m)
                        // (not a country split off a shared plural: "senior persons from Britain and Russia")
                        || m.form() == Form.ROLE && m.head() >= m.start() && m.head() < m.end()
                        && m.text().split("\\s+").length <= 4
                        && !m.text().toLowerCase(Locale.ROOT).endsWith("s") && !COLLECTIVE.contains(m.lastWord())
                        && !pluralCommonNoun(m);
            case THING:
                if (surname(m) || taggedPerson(m) || m.form() == Form.REFERENCE && m.rule().contains("(ner:person")) {
                    // "Saiki criticised North Korea for its missile tests": a person's surname, a person
                    // the tagger found or one a pronoun took up is no "it".
                    return false;
                }
                return k == ActorKind.COUNTRY && m.form() != Form.PEOPLE && m.form() != Form.ROLE
                        || k == ActorKind.IGO || k == ActorKind.NGO || k == ActorKind.ORG
                        // "The Irish prime minister warned that … it could threaten expansion": "it" is no person.
                        || m.form() == Form.ROLE && !m.text().toLowerCase(Locale.ROOT).endsWith("s")
                        && !PersonDescriptions.personNoun(m.lastWord());
            case PLURAL:
                return k == ActorKind.GROUP || m.form() == Form.PEOPLE
                        || m.form() == Form.ROLE && m.text().toLowerCase(Locale.ROOT).endsWith("s");
            case COUNTRY:
                return k == ActorKind.COUNTRY;
            case GROUP:
                return k == ActorKind.GROUP;
            case BLOC:
                return k == ActorKind.IGO;
            default:
                return false;
        }
    }
}
