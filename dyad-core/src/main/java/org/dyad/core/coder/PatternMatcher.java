package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.Pattern;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.dict.Slot;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;

/** Matches one dictionary pattern against a predicate in the dependency graph. */
final class PatternMatcher {

    /**
     * A pattern that matched.
     *
     * @param pattern the pattern
     * @param sources actors found as the source
     * @param targets actors found as the target
     * @param pairwise true when the actors came from "between X and Y" and act on each other
     */
    record Match(Pattern pattern, List<ActorMention> sources, List<ActorMention> targets, boolean pairwise) {}

    private PatternMatcher() {}

    static Match match(SentenceView v, int p, Pattern pat) {
        return match(v, p, pat, -1);
    }

    /**
     * @param light for an event noun, the light verb whose object it is ("launched its offensive
     *     against Ukraine"), whose prepositional phrases then count as the noun's; or -1
     */
    static Match match(SentenceView v, int p, Pattern pat, int light) {
        if (pat.form() != null && !v.word(p).equals(pat.form())) {
            return null;
        }
        return pat.noun() ? matchNoun(v, p, pat, light) : matchVerb(v, p, pat);
    }

    /**
     * Whether a verb's complement is a clause or a gerund and it has no noun object: "denied that
     * troops were sent", "denied sending troops", not "denied land allocation".
     */
    private static boolean clausal(SentenceView v, int p) {
        boolean clause = false;
        for (Edge e : v.basic.children(p)) {
            String r = e.relation();
            if (r.equals("obj") && !v.tok(e.dependent()).pos().equals("VBG")) {
                return false;
            }
            clause |= r.equals("ccomp") || r.equals("xcomp") || r.equals("obj")
                    || r.equals("dep") && v.tok(e.dependent()).pos().equals("VBG") && e.dependent() > p;
        }
        return clause;
    }

    /**
     * Whether a verb has a clause, an infinitive or a gerund after it anywhere in what hangs on it:
     * "called on the government to resign", "called on all parties, especially the Quartet, to
     * implement the plan", "called on cooperating with the WTO". Relative clauses that only describe
     * someone ("called on the minister, who …") do not count.
     */
    private static boolean complemented(SentenceView v, int p) {
        return complemented(v, p, p, false);
    }

    /**
     * Whether {@code node}'s dependents after {@code p}, or theirs, hold such a clause. Inside a
     * relative clause only an infinitive counts, which the parser may hang on the clause ("called
     * on countries which still have the death penalty to limit executions").
     */
    private static boolean complemented(SentenceView v, int p, int node, boolean inRelative) {
        for (Edge e : v.basic.children(node)) {
            int d = e.dependent();
            String r = e.relation();
            if (d < p) {
                continue;
            }
            boolean relative = r.equals("acl:relcl");
            boolean verb = v.tok(d).isVerb() && !v.tok(d).pos().equals("VBN");
            boolean infinitive = verb && v.basic.children(d, "mark").stream().anyMatch(m -> v.word(m.dependent()).equals("to"));
            boolean clause = verb && (r.equals("xcomp") || r.equals("ccomp") || r.startsWith("advcl")
                    || r.startsWith("acl") || r.startsWith("obl") || r.equals("dep"));
            if (!relative && (inRelative ? infinitive : clause) || complemented(v, p, d, inRelative || relative)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose participle after a predicate tells what was said in doing it. */
    private static final Set<String> SPEECH = Set.of("say", "call", "accuse", "describe", "argue", "charge", "claim",
            "brand", "insist", "label", "complain", "allege", "warn", "tell", "declare");

    /**
     * Whether a verb has a participle of speech after it, hung as a clause or a conjunct: "attacked
     * the ODIHR, saying it had an unacceptable autonomy", "attacked Washington, accusing it of …".
     */
    private static boolean saying(SentenceView v, int p) {
        for (Edge e : v.basic.children(p)) {
            int d = e.dependent();
            String r = e.relation();
            if (d > p && speechParticiple(v, d) && (Graph.matches(r, "advcl") || r.equals("xcomp") || r.equals("dep")
                    || Graph.matches(r, "conj") || r.equals("parataxis"))) {
                return true;
            }
            if (d > p && Graph.matches(r, "advcl")
                    && v.basic.children(d, "mark").stream().anyMatch(m -> speechParticiple(v, m.dependent()))) {
                // "…, saying it served foreign interests", parsed with "saying" marking the clause it takes.
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a present participle of a verb of speech: "saying", "accusing". */
    private static boolean speechParticiple(SentenceView v, int w) {
        return v.tok(w).pos().equals("VBG") && SPEECH.contains(v.lemma(w).toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> STRIKE_ARMS = Set.of("air", "drone", "missile", "rocket", "military", "aerial",
            "artillery", "retaliatory", "precision", "pre-emptive", "preemptive");

    /**
     * "stop its strikes" said of Israel, "halt the air strikes": strikes by armed forces, not a
     * labour strike, whatever a protest pattern's word list says.
     */
    private static boolean militaryStrike(SentenceView v, int o) {
        if (v.lemma(o).equals("airstrike")) {
            return true;
        }
        if (!v.lemma(o).equals("strike")) {
            return false;
        }
        for (Edge e : v.basic.children(o)) {
            String r = e.relation();
            if ((r.equals("amod") || r.equals("compound")) && STRIKE_ARMS.contains(v.word(e.dependent()))) {
                return true;
            }
            if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")) {
                for (ActorMention m : v.mentions) {
                    String code = m.head() == e.dependent() ? m.codeAt(v.date) : null;
                    String role = RoleCodes.roleOf(code);
                    if (role != null && (role.isEmpty() || role.equals("MIL")) && !code.startsWith("---")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Verbs whose bare use has a second, non-political sense: "the population declined" fell. */
    private static final Set<String> TWO_SENSES = Set.of("decline");

    /** Verbs of telling whose refusal with an object of {@link #INFORMATION} is only withholding words. */
    private static final Set<String> TELLING = Set.of("give", "provide", "disclose", "reveal", "offer", "release",
            "divulge", "share");

    /** What a source keeps back when it declines to say more. */
    private static final Set<String> INFORMATION = Set.of("detail", "details", "comment", "comments", "information",
            "specifics", "figure", "figures", "breakdown", "name", "names", "identity", "identities", "elaboration",
            "explanation", "particulars");

    /** Whether a verb's infinitive is "to give details" and the like (and not "to give permission"). */
    private static boolean withheldWords(SentenceView v, int p) {
        for (Edge e : v.basic.children(p, "xcomp")) {
            if (!TELLING.contains(v.lemma(e.dependent()))) {
                continue;
            }
            for (Edge o : v.basic.children(e.dependent(), "obj")) {
                if (INFORMATION.contains(v.lemma(o.dependent()).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs of opposition that turn a bare promise into anything but cooperation. */
    private static final Set<String> HOSTILE = Set.of("fight", "resist", "oppose", "retaliate", "punish", "defeat",
            "crush", "counter", "challenge", "confront", "avenge", "destroy", "eliminate", "block", "defy", "combat");

    private static boolean hostileComplement(SentenceView v, int p) {
        for (Edge e : v.basic.children(p, "xcomp")) {
            if (HOSTILE.contains(v.lemma(e.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose participle is also an adjective of judgement: "encouraging", "alarming", "worrying". */
    private static final Set<String> EMOTIVE = Set.of("encourage", "worry", "disturb", "alarm", "surprise",
            "disappoint", "trouble", "reassure", "hearten", "frustrate", "concern", "distress");

    /** Subjects that make "is encouraging", "was alarming" an adjective: "it is encouraging that …". */
    private static final Set<String> DUMMY_SUBJECTS = Set.of("it", "this", "that");

    /** A pattern of the bare verb: no slot, no object words, no object as target ("040 meet"). */
    private static boolean bare(Pattern pat) {
        return pat.slots().isEmpty() && pat.object() == null && pat.objectWords() == null && !pat.objectIsTarget();
    }

    private static Match matchVerb(SentenceView v, int p, Pattern pat) {
        if (pat.before() != null && !pat.before().matches(v.wordsBefore(p), p)) {
            return null;
        }
        if (pat.clause() && !clausal(v, p)) {
            return null;
        }
        if (pat.saying() && !saying(v, p)) {
            return null;
        }
        if (pat.alone() && (complemented(v, p) || !v.basic.children(p, "obj").isEmpty()
                && v.basic.children(p).stream().noneMatch(e -> e.relation().equals("compound:prt")
                        || e.relation().startsWith("obl") && v.basic.markedBy(v.s, e.dependent(), Set.of("on"))))) {
            // Nor a direct object with its "on" elsewhere ("called his counterpart's statements on
            // Kalabagh Dam an insult"); a particle or an "on" of the verb keeps it ("called on the PM
            // Shehbaz Sharif", parsed with the name as an object).
            return null;
        }
        if (v.tok(p).pos().equals("VBG") && EMOTIVE.contains(v.lemma(p)) && v.basic.children(p, "aux").stream().anyMatch(a -> v.lemma(a.dependent()).equals("be"))
                && v.basic.children(p, "nsubj").stream().anyMatch(n -> DUMMY_SUBJECTS.contains(v.word(n.dependent())))
                && v.basic.children(p, "xcomp").isEmpty()) {
            // "bankers said it is encouraging SAMA has not blocked …", "it was alarming that …": a
            // judgement on a state of affairs, not someone encouraging or alarming anyone ("it is
            // encouraging the rebels to fight on" has its infinitive and stays an act).
            return null;
        }
        if (pat.code().startsWith("03") && pat.slots().isEmpty() && pat.objectWords() == null && pat.object() == null
                && hostileComplement(v, p)) {
            // "vowed to fight the tariffs", "pledged to resist": no intent to cooperate.
            return null;
        }
        if (bare(pat) && v.basic.children(p, "nsubj:pass").stream().anyMatch(e -> v.actorsAt(e.dependent()).isEmpty())) {
            // A bare pattern is the verb's intransitive sense ("the two leaders met", "workers struck");
            // in the passive, said of no actor, it is another sense: "corn demand has been met".
            return null;
        }
        if (bare(pat) && !pat.mutual() && pat.code().startsWith("04") && !v.basic.children(p, "obj").isEmpty()
                && v.basic.children(p, "obj").stream().allMatch(e -> thingNoun(v, e.dependent())
                && !v.lemma(e.dependent()).equals("face") && onlyOwners(v, e.dependent()))) {
            // "met its obligations", "met the deadline": the bare meeting sense has no object, and a
            // thing of one's own is no one met ("meet face to face" is still a meeting).
            return null;
        }
        if (pat.code().startsWith("12") && withheldWords(v, p)) {
            // "He declined to give further details": keeping back what one knows is no rejection of anyone.
            return null;
        }
        if (TWO_SENSES.contains(v.lemma(p)) && v.basic.children(p, "obj").isEmpty()
                && v.basic.children(p, "xcomp").isEmpty() && v.basic.children(p, "ccomp").isEmpty()) {
            return null;
        }
        List<Integer> objects = v.objects(p);
        List<Integer> chosen = new ArrayList<>(objects);
        if (pat.objectWords() != null) {
            chosen.clear();
            for (int o : objects) {
                if (pat.objectWords().matches(v.nounPhrase(o), o + 1)) {
                    chosen.add(o);
                } else {
                    for (Edge e : v.g.children(o, "conj")) {
                        if (pat.objectWords().matches(v.nounPhrase(e.dependent()), e.dependent() + 1)) {
                            chosen.add(o);
                            break;
                        }
                    }
                }
            }
            if (chosen.isEmpty()) {
                return null;
            }
            objects = chosen;
            chosen = new ArrayList<>(objects);
        }
        if (pat.object() != null) {
            chosen.clear();
            for (int o : objects) {
                if (pat.object().accepts(v.tok(o))) {
                    chosen.add(o);
                } else {
                    for (Edge e : v.g.children(o, "conj")) {
                        if (pat.object().accepts(v.tok(e.dependent()))) {
                            chosen.add(o);
                            break;
                        }
                    }
                }
            }
            if (chosen.isEmpty()) {
                return null;
            }
        }
        if ((pat.objectWords() != null || pat.object() != null)
                && (pat.code().startsWith("14") || pat.code().startsWith("17") || pat.code().startsWith("08"))) {
            // Protest, repression and concession patterns read "strikes" as labour strikes.
            chosen.removeIf(o -> militaryStrike(v, o));
            if (chosen.isEmpty()) {
                return null;
            }
        }
        if (pat.objectIsTarget() && chosen.isEmpty()) {
            return null;
        }
        Set<ActorMention> sources = new LinkedHashSet<>();
        Set<ActorMention> targets = new LinkedHashSet<>();
        Set<ActorMention> slotSources = new LinkedHashSet<>();
        boolean pairwise = false;
        for (Slot sl : pat.slots()) {
            List<Integer> nodes = new ArrayList<>(v.prepChildren(p, sl.preps()));
            for (int o : chosen) {
                nodes.addAll(v.prepChildren(o, sl.preps()));
            }
            if (nodes.isEmpty() && sl.role() == Slot.Role.TARGET) {
                // "allow the delivery of grain and flour to Afghanistan": the parser hangs the phrase
                // on the last noun of the object's phrase, not on the object.
                for (int o : chosen) {
                    for (int n : v.phraseTail(o)) {
                        nodes.addAll(v.prepChildren(n, sl.preps()));
                    }
                }
            }
            if (sl.role() == null && sl.preps().contains("to")) {
                // A word slot after "to" also names an infinitive: "ordered the Afghans to leave".
                nodes.addAll(v.infinitives(p));
            }
            if (nodes.isEmpty()) {
                return null;
            }
            if (sl.role() == null) {
                boolean ok = false;
                for (int n : nodes) {
                    if (sl.wordsMatch(v.tok(n), v.nounPhrase(n))) {
                        ok = true;
                        break;
                    }
                }
                if (!ok) {
                    return null;
                }
                continue;
            }
            if (sl.role() == Slot.Role.TARGET && sl.preps().equals(Set.of("between"))
                    && nodes.stream().allMatch(n -> v.actorsAt(n, true).isEmpty())) {
                // "negotiating a delicate balance between western practice and oriental justice": a
                // go-between needs sides; "between" things names none.
                return null;
            }
            for (int n : nodes) {
                List<ActorMention> at = v.actorsAt(n, true);
                if (sl.role() == Slot.Role.SOURCE) {
                    slotSources.addAll(at);
                } else {
                    targets.addAll(at);
                    if (sl.preps().contains("between") && v.prepOf(n).equals("between")) {
                        pairwise = true;
                    }
                }
            }
        }
        if (pat.objectIsTarget() || !pat.hasTarget()) {
            // Without a TARGET element, an object with an actor is the target too: "released two
            // French nationals", "rejected the proposal from Guyana", "reject Israeli changes".
            List<Integer> objs = chosen.isEmpty() ? objects : chosen;
            for (int o : objs) {
                for (ActorMention m : v.objectActors(o)) {
                    // "used force", "sent troops": forces of no stated country are the instrument.
                    if (pat.objectIsTarget() || !SentenceView.instrument(m)) {
                        targets.add(m);
                    }
                }
            }
        }
        if (pat.objectIsTarget() && !chosen.isEmpty() && (targets.isEmpty() && actsOnSomeone(pat.code()) && !pat.mutual()
                && allThings(v, chosen, p) || pat.code().equals("190") && !enemies(v, chosen)
                || (pat.code().equals("173") || pat.code().startsWith("181")) && groundOnly(v, chosen))) {
            // "released a white paper", "received degrees", "the projects were executed": these acts are
            // done to someone, and a thing that names no actor anywhere in its phrase is not one.
            return null;
        }
        List<ActorMention> subjects = v.subjectActors(p);
        if (pat.objectIsTarget() && pat.slots().isEmpty() && !chosen.isEmpty()
                && (pat.code().startsWith("04") || pat.code().startsWith("07"))
                && ownThings(v, chosen, targets, subjects)) {
            // "Saudi Arabia met its obligations", "to protect part of its oil exports": a thing of the
            // actor's own is no one met or helped ("defended his decision" is still a defence).
            return null;
        }
        if (pat.mutual()) {
            // "The Philippines and France agree": two or more subjects, each acting on the others.
            Set<String> codes = new java.util.HashSet<>();
            for (ActorMention m : subjects) {
                codes.add(m.codeAt(v.date));
            }
            if (codes.size() < 2) {
                return null;
            }
            boolean oneWord = subjects.stream().map(ActorMention::head).distinct().count() < 2;
            if (oneWord && v.prepChildren(p, Set.of("with")).stream().anyMatch(n -> !v.actorsAt(n).isEmpty())) {
                // "They discussed with Ambassador Al-Zaabi", "they" standing for two: the two act
                // together on the one named with them, not on each other.
                return null;
            }
            // "Egypt and Sudan discussed the border": with nothing asked of the object, what they discuss
            // is the topic, and an actor named in it ("discussed Iraq") is no party to their talks.
            boolean topicOnly = pat.slots().isEmpty() && pat.objectWords() == null && pat.object() == null;
            return new Match(pat, subjects, topicOnly ? new ArrayList<>() : new ArrayList<>(targets), false);
        }
        if (pat.sourceFromSlot()) {
            sources.addAll(slotSources);
            targets.addAll(subjects);
        } else {
            sources.addAll(subjects);
        }
        return new Match(pat, new ArrayList<>(sources), new ArrayList<>(targets), pairwise);
    }

    /**
     * CAMEO 03 (intent), 04 (consult), 05 (diplomatic cooperation), 07 (aid), 08 (yield) and 10
     * (demands) are acts aimed at an actor ("helping others", "ordered the test" are not); arrests
     * (173), abductions (181), beatings (182) and killings (1823) are done to people: "the projects
     * were executed by army engineers" kills no one. Fighting (190) is against an enemy: see
     * {@link #enemies}.
     */
    private static boolean actsOnSomeone(String code) {
        return code.startsWith("03") || code.startsWith("04") || code.startsWith("05") || code.startsWith("07")
                || code.startsWith("08") || code.startsWith("10")
                || code.equals("173") || code.startsWith("181") || code.startsWith("182");
    }

    /** Nouns of armed attack, whose author is the enemy of those who repel or crush them. */
    private static final Set<String> ATTACKS = Set.of("attack", "assault", "offensive", "raid", "incursion",
            "thrust", "onslaught", "advance", "push", "invasion", "counteroffensive", "counter-offensive",
            "counterattack", "counter-attack", "infiltration", "ambush");

    /**
     * Whether the objects are someone to fight: actors themselves, people, or places, not a
     * thing an actor owns ("vowed to fight the American tariffs").
     */
    private static boolean enemies(SentenceView v, List<Integer> objects) {
        for (int o : objects) {
            if (!thingNoun(v, o) || !v.mentionsHeadedAt(o).isEmpty() || GROUND.contains(v.lemma(o))) {
                return true;
            }
            if (ATTACKS.contains(v.lemma(o)) && !v.objectActors(o).isEmpty()) {
                // "repelled an Eritrean assault", "crushed a rebel attack": an attack whose phrase names
                // its author stands for the enemy who made it.
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every object is ground, not people: "captured part of a guerrilla stronghold" takes
     * ground, and arrests or abducts no one, though the guerrillas are named in its phrase.
     */
    private static boolean groundOnly(SentenceView v, List<Integer> objects) {
        for (int o : objects) {
            if (!thingNoun(v, o) || !v.mentionsHeadedAt(o).isEmpty()) {
                return false;
            }
            boolean ground = GROUND.contains(v.lemma(o));
            if (!ground && PARTS.contains(v.lemma(o))) {
                for (Edge e : v.basic.children(o)) {
                    ground |= e.relation().startsWith("nmod") && GROUND.contains(v.lemma(e.dependent()));
                }
            }
            if (!ground) {
                return false;
            }
        }
        return !objects.isEmpty();
    }

    private static final Set<String> PARTS = Set.of("part", "parts", "much", "most", "half", "rest", "section");

    /** Ground that forces fight over: "entered the Syrian town of Afrin". */
    private static final Set<String> GROUND = Set.of("town", "city", "village", "province", "region", "district",
            "capital", "area", "territory", "country", "base", "position", "stronghold", "camp", "outpost", "border",
            "enclave", "zone", "front", "frontier", "valley", "hill", "airport", "port", "garrison", "checkpoint");

    /** A common noun for a thing: not a name, not a pronoun, not a word for people. */
    private static boolean thingNoun(SentenceView v, int o) {
        org.dyad.core.model.Token t = v.tok(o);
        return t.isNoun() && !t.isProperNoun() && "O".equals(t.ner()) && !v.peopleNoun(o);
    }

    /** Whether the only actors in a noun's phrase are possessive pronouns ("its obligations"). */
    private static boolean onlyOwners(SentenceView v, int noun) {
        for (ActorMention m : v.mentions) {
            if ((m.head() == noun || v.basic.dominates(noun, m.head(), 4))
                    && !SentenceView.possessivePronoun(v.s, m)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the objects are things and the only actors in them are the subjects' own, by a possessive pronoun. */
    private static boolean ownThings(SentenceView v, List<Integer> objects, Set<ActorMention> targets,
            List<ActorMention> subjects) {
        if (targets.isEmpty() || subjects.isEmpty()) {
            return false;
        }
        for (int o : objects) {
            if (!thingNoun(v, o)) {
                return false;
            }
        }
        for (ActorMention t : targets) {
            boolean own = SentenceView.possessivePronoun(v.s, t)
                    && subjects.stream().anyMatch(sub -> sub.codeAt(v.date).equals(t.codeAt(v.date)));
            if (!own) {
                return false;
            }
        }
        return true;
    }

    /** Whether every object is a thing with no actor in its phrase, at most three links below it. */
    private static boolean allThings(SentenceView v, List<Integer> objects, int verb) {
        for (int o : objects) {
            if (!thingNoun(v, o) || !v.objectActors(o).isEmpty()) {
                return false;
            }
            for (ActorMention m : v.mentions) {
                // The verb's own agent in a relative clause on the object ("a helicopter that was
                // captured by the authorities") is not in the object's phrase.
                if (v.basic.dominates(o, m.head(), 3)
                        && !(v.basic.dominates(o, verb, 2) && v.basic.dominates(verb, m.head(), 2))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Match matchNoun(SentenceView v, int n, Pattern pat, int light) {
        if (pat.objectWords() != null && !pat.objectWords().matches(v.nounPhrase(n), n + 1)) {
            return null;
        }
        if (pat.object() != null) {
            boolean ok = false;
            for (Edge e : v.basic.children(n)) {
                String r = e.relation();
                if ((r.equals("compound") || r.equals("amod") || r.startsWith("nmod"))
                        && pat.object().accepts(v.tok(e.dependent()))) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                return null;
            }
        }
        Set<ActorMention> sources = new LinkedHashSet<>();
        Set<ActorMention> targets = new LinkedHashSet<>();
        boolean pairwise = false;
        for (Slot sl : pat.slots()) {
            List<Integer> nodes = v.prepChildren(n, sl.preps());
            if (nodes.isEmpty() && light >= 0) {
                // The light verb's phrase, unless it only names the verb's own subject again ("launched
                // a new offensive in its war with Iraq").
                nodes = v.prepChildren(light, sl.preps());
                if (sl.role() != null) {
                    Set<String> own = new java.util.HashSet<>();
                    for (int sj : v.subjects(light)) {
                        for (ActorMention m : v.actorsAt(sj)) {
                            own.add(m.actorId());
                        }
                    }
                    own.remove(null);
                    nodes.removeIf(x -> {
                        List<ActorMention> at = v.actorsAt(x);
                        return !at.isEmpty() && at.stream().allMatch(m -> own.contains(m.actorId()));
                    });
                }
            }
            if (nodes.isEmpty()) {
                return null;
            }
            if (sl.role() == null) {
                boolean ok = false;
                for (int x : nodes) {
                    if (sl.wordsMatch(v.tok(x), v.nounPhrase(x))) {
                        ok = true;
                        if (!pat.hasTarget()) {
                            // "the withdrawal of Ethiopian troops": the phrase's actors are the target.
                            targets.addAll(v.actorsAt(x));
                        }
                    }
                }
                if (!ok) {
                    return null;
                }
                continue;
            }
            for (int x : nodes) {
                List<ActorMention> at = v.actorsAt(x);
                if (sl.role() == Slot.Role.SOURCE) {
                    sources.addAll(at);
                } else {
                    if (at.isEmpty() && SentenceView.isNounPos(v.tok(x).pos())) {
                        // "an investigation into crimes committed by Croat forces": a thing with no actor
                        // of its own stands for whom its phrase names.
                        at = v.objectActors(x);
                        if (at.isEmpty()) {
                            at = v.doneBy(x);
                        }
                    }
                    targets.addAll(at);
                    // "clashes with Israeli settlers and soldiers" names one side of two kinds, not two sides.
                    if (v.prepOf(x).equals("between")
                            || sl.preps().contains("between") && at.size() > 1 && !v.prepOf(x).equals("with")) {
                        pairwise = true;
                    }
                }
            }
        }
        if (sources.isEmpty()) {
            for (ActorMention m : v.modifierActors(n)) {
                if (!targets.contains(m)) {
                    sources.add(m);
                }
            }
            for (int a : v.prepChildren(n, Set.of("by"))) {
                sources.addAll(v.actorsAt(a));
            }
        }
        if (targets.isEmpty() && pat.code().compareTo("17") >= 0) {
            // "the police academy car bombing": the force whose place an act of force names is its target.
            targets.addAll(v.facilityModifiers(n));
        }
        return new Match(pat, new ArrayList<>(sources), new ArrayList<>(targets), pairwise);
    }
}
