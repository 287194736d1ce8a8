package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Who did an act of violence that names no agent, from the fight or strike it happened in:
 * "killed during a fight with the Russians" (the Russians), "wounded in an Israeli air strike"
 * (Israel), "killed when the soldiers raided a house" (the soldiers); and whether it happened in a
 * battle or in riots, where no one side is the agent.
 */
final class Combatants {
    private Combatants() {}

    /** Events of many hands: people killed in them were not killed by an armed force. */
    private static final Set<String> MELEES = Set.of("riot", "riots", "rioting", "clash", "clashes", "violence",
            "unrest", "fighting", "stampede", "brawl", "brawls", "skirmish", "skirmishes", "melee", "protests",
            "demonstrations", "disturbances", "shootout", "shootouts", "gunfight", "gunfights", "gunbattle",
            "gunbattles", "firefight", "firefights", "battle", "battles", "combat", "crossfire");

    private static final Set<String> MELEE_PREPS = Set.of("in", "during", "amid");

    /**
     * Prepositions of the fight someone fell in: "killed in clashes with", "during a fight with",
     * "shot dead after an exchange of fire with police".
     */
    private static final Set<String> FELL_IN = Set.of("in", "during", "after");

    /**
     * The actors of a "with" phrase of a fight that a passive act with no agent happened in or during
     * ("was killed during a fight with the Russians"), not among its targets; else empty.
     */
    static List<ActorMention> foesInFight(SentenceView v, Candidate c) {
        if (!v.isPassive(c.trigger)) {
            return List.of();
        }
        for (int fight : v.prepChildren(c.trigger, FELL_IN)) {
            if (!FIGHTING.contains(v.lemma(fight))) {
                continue;
            }
            List<ActorMention> foes = new ArrayList<>();
            for (int w : v.prepChildren(fight, Set.of("with", "against"))) {
                foes.addAll(v.actorsAt(w));
            }
            // "during an encounter between the government troops and … Abu Sayyaf militants": the side of
            // the two that the victim is on fought the other; people killed in fighting between two
            // sides that they are on neither of were killed by no side the text names.
            List<ActorMention> between = new ArrayList<>();
            for (int w : v.prepChildren(fight, Set.of("between"))) {
                between.addAll(v.actorsAt(w));
            }
            List<ActorMention> others = notVictims(v, c, between);
            if (others.size() < between.size()) {
                foes.addAll(others);
            }
            foes = notVictims(v, c, foes);
            if (!foes.isEmpty()) {
                return foes;
            }
        }
        return List.of();
    }

    /**
     * The other side of a fight noun that names one side in its "with" phrase, when the fight is
     * where a passive verb's subjects fell: in "Two Palestinians were killed in clashes with Israeli
     * settlers and soldiers" the Palestinians' side clashed with them.
     */
    static List<ActorMention> fallenInFight(SentenceView v, Candidate c) {
        Edge up = v.basic.head(c.trigger);
        if (!FIGHTING.contains(v.lemma(c.trigger)) || up == null || !up.relation().startsWith("obl")
                || !v.isPassive(up.governor()) || !FELL_IN.contains(v.prepOf(c.trigger))
                || v.prepChildren(c.trigger, Set.of("with", "against")).isEmpty()) {
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>();
        for (Edge e : v.basic.children(up.governor(), "nsubj:pass")) {
            for (ActorMention m : v.actorsAt(e.dependent())) {
                if (!c.targets.contains(m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Verbs of raiding and firing, whose subject kills those who die "when" they act. */
    private static final Set<String> RAIDING = Set.of("raid", "storm", "attack", "fire", "shoot", "shell", "bomb",
            "open", "strike");

    /** Verbs of running an operation or a raid: "after security forces carried out an operation". */
    private static final Set<String> RUNNING = Set.of("carry", "conduct", "launch", "mount", "stage", "undertake");

    /** Whether a verb runs a security operation or an attack: "carried out an intelligence-based operation". */
    private static boolean operationRun(SentenceView v, int verb) {
        if (!RUNNING.contains(v.lemma(verb).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (org.dyad.core.model.Edge o : v.basic.children(verb, "obj")) {
            String noun = v.word(o.dependent()).toLowerCase(Locale.ROOT);
            if (OPERATIONS.contains(v.lemma(o.dependent()).toLowerCase(Locale.ROOT)) || STRIKES.contains(noun)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of shots, which kill for whoever fired them. */
    private static final Set<String> SHOTS = Set.of("shot", "gunshot", "bullet", "round", "gunfire");

    /**
     * Who fired the shots that killed, when the sentence says so with "by": "Gunshots fired by a
     * member of the Taliban's security forces … killed one person", which the parser hangs the killing
     * on ("dep") or gives the shots as its subject. None otherwise.
     */
    static List<ActorMention> shooters(SentenceView v, Candidate c) {
        if (c.nominal || v.isPassive(c.trigger)) {
            return List.of();
        }
        List<Integer> fired = new ArrayList<>();
        org.dyad.core.model.Edge up = v.basic.head(c.trigger);
        if (up != null && up.relation().equals("dep") && v.basic.children(c.trigger, "nsubj").isEmpty()) {
            fired.add(up.governor());
        }
        for (org.dyad.core.model.Edge sj : v.basic.children(c.trigger, "nsubj")) {
            if (SHOTS.contains(v.lemma(sj.dependent()).toLowerCase(Locale.ROOT))) {
                for (org.dyad.core.model.Edge acl : v.basic.children(sj.dependent())) {
                    if (Graph.matches(acl.relation(), "acl")) {
                        fired.add(acl.dependent());
                    }
                }
            }
        }
        for (int f : fired) {
            if (!v.lemma(f).equalsIgnoreCase("fire")) {
                continue;
            }
            boolean shots = v.basic.children(f, "nsubj").stream().anyMatch(e -> SHOTS.contains(v.lemma(e.dependent()).toLowerCase(Locale.ROOT)))
                    || v.basic.head(f) != null && SHOTS.contains(v.lemma(v.basic.head(f).governor()).toLowerCase(Locale.ROOT));
            if (!shots) {
                continue;
            }
            List<ActorMention> out = new ArrayList<>();
            for (int w : v.prepChildren(f, Set.of("by"))) {
                out.addAll(v.actorsAt(w));
            }
            out = notVictims(v, c, out);
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** Nouns of an attack that has an author: "killed in an Israeli air strike", "wounded in a raid by US troops". */
    private static final Set<String> STRIKES = Set.of("strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
            "bombing", "bombings", "bombardment", "shelling", "attack", "attacks", "ambush", "offensive", "assault");

    /**
     * Who did a passive act of violence that names no agent, when a phrase or clause of its verb (or of
     * a verb joined to it) does: "One militant was killed and nine others wounded … in an Israeli air
     * strike" (Israel), "wounded in a raid by US troops" (US troops), "A girl was killed … when the
     * soldiers raided a house" (the soldiers). None when neither names anyone.
     */
    static List<ActorMention> strikers(SentenceView v, Candidate c) {
        if (!v.isPassive(c.trigger)) {
            return List.of();
        }
        List<Integer> verbs = v.joinedVerbs(c.trigger);
        List<ActorMention> raiders = raiders(v, c, verbs);
        return raiders.isEmpty() ? strikeAuthors(v, c, verbs) : raiders;
    }

    /**
     * Who did killing told as a noun, in a strike the noun or its victim is said to have happened
     * in: "the assassination of Qassem Soleimani, the head of the Quds Force, in a US missile
     * strike" is the strike's author's, whichever of the noun, the victim or the victim's apposition
     * the parser hangs the strike on.
     */
    static List<ActorMention> nounStrikers(SentenceView v, Candidate c) {
        if (!c.nominal) {
            return List.of();
        }
        List<Integer> nodes = new ArrayList<>(List.of(c.trigger));
        for (ActorMention t : c.targets) {
            if (t.head() >= 0) {
                nodes.add(t.head());
                for (org.dyad.core.model.Edge e : v.basic.children(t.head(), "appos")) {
                    nodes.add(e.dependent());
                }
            }
        }
        return strikeAuthors(v, c, nodes);
    }

    /** The subjects of a "when", "as" or "after" clause of raiding or firing on one of the verbs, less the victims. */
    private static List<ActorMention> raiders(SentenceView v, Candidate c, List<Integer> verbs) {
        for (int verb : verbs) {
            for (org.dyad.core.model.Edge e : v.basic.children(verb, "advcl")) {
                boolean when = v.markedBy(e.dependent(), "when", "as", "after");
                for (org.dyad.core.model.Edge adv : v.basic.children(e.dependent(), "advmod")) {
                    when |= v.word(adv.dependent()).equalsIgnoreCase("when");
                }
                if (!when) {
                    continue;
                }
                for (org.dyad.core.model.Edge sj : v.basic.children(e.dependent(), "nsubj")) {
                    // "a man was killed when a Russian strike hit cars": the author of the strike that hit.
                    List<ActorMention> authors = authorsOf(v, c, sj.dependent());
                    if (!authors.isEmpty()) {
                        return authors;
                    }
                }
                if (!RAIDING.contains(v.lemma(e.dependent()).toLowerCase(Locale.ROOT)) && !operationRun(v, e.dependent())) {
                    continue;
                }
                List<ActorMention> raiders = new ArrayList<>();
                for (org.dyad.core.model.Edge sj : v.basic.children(e.dependent(), "nsubj")) {
                    raiders.addAll(v.actorsAt(sj.dependent()));
                }
                List<ActorMention> out = notVictims(v, c, raiders);
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        return List.of();
    }

    /** The owner or "by" agent of a strike, raid or attack noun one of the verbs happened in, less the victims. */
    private static List<ActorMention> strikeAuthors(SentenceView v, Candidate c, List<Integer> verbs) {
        for (int verb : verbs) {
            for (int strike : v.prepChildren(verb, Set.of("in", "during", "by"))) {
                List<ActorMention> out = authorsOf(v, c, strike);
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        return List.of();
    }

    /**
     * The owner ("Israeli", "Russia's") or "by" agent of a strike, raid or attack noun, less the
     * victims; none when the noun is of another kind.
     */
    private static List<ActorMention> authorsOf(SentenceView v, Candidate c, int strike) {
        if (!STRIKES.contains(v.word(strike).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<ActorMention> authors = new ArrayList<>();
        for (ActorMention m : v.mentions) {
            org.dyad.core.model.Edge up = v.basic.head(m.head());
            if (up != null && up.governor() == strike && m.actor() != null && (up.relation().equals("amod")
                    || up.relation().equals("compound") || up.relation().equals("nmod:poss"))) {
                authors.add(m);
            }
        }
        for (int w : v.prepChildren(strike, Set.of("by"))) {
            authors.addAll(v.actorsAt(w));
        }
        return notVictims(v, c, authors);
    }

    /** Verbs whose subject brings about what their object or "in"/"to" phrase names: "resulted in the killing". */
    private static final Set<String> CAUSING = Set.of("result", "lead", "cause", "bring");

    /**
     * Who did violence told as a noun that a strike or an offensive brought about: "the latest Israeli
     * offensive has resulted in the killing of 1600 Palestinians" is Israel's: the authors of the
     * strike noun that is the causing verb's subject.
     */
    static List<ActorMention> causedBy(SentenceView v, Candidate c) {
        if (!c.nominal) {
            return List.of();
        }
        org.dyad.core.model.Edge up = v.basic.head(c.trigger);
        if (up == null || !CAUSING.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<org.dyad.core.model.Edge> subjects = new ArrayList<>(v.basic.children(up.governor(), "nsubj"));
        org.dyad.core.model.Edge above = v.basic.head(up.governor());
        if (subjects.isEmpty() && above != null && (above.relation().equals("dep") || above.relation().startsWith("conj"))) {
            // "the offensive, resumed on March 18, has resulted in …", parsed with "resulted" hung on
            // "resumed": the subject is the one of the verb it hangs on.
            subjects.addAll(v.basic.children(above.governor(), "nsubj"));
        }
        for (org.dyad.core.model.Edge sj : subjects) {
            List<ActorMention> out = authorsOf(v, c, sj.dependent());
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** The mentions that are neither a target of the event nor on a target's side. */
    private static List<ActorMention> notVictims(SentenceView v, Candidate c, List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>(ms);
        out.removeIf(m -> c.targets.contains(m) || Sides.sameActors(List.of(m), c.targets, v.date));
        return out;
    }

    /** Whether a verb happens "in" or "during" riots, clashes or the like: "28 people were killed in riots". */
    static boolean inMelee(SentenceView v, int verb) {
        for (org.dyad.core.model.Edge e : v.basic.children(verb)) {
            if (Graph.matches(e.relation(), "obl") && MELEE_PREPS.contains(v.prepOf(e.dependent()))
                    && MELEES.contains(v.word(e.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a blast no one's act: "killed in two accidental explosions". */
    private static final Set<String> MISHAPS = Set.of("accidental", "accidentally", "premature", "prematurely",
            "inadvertent", "inadvertently");

    /**
     * Whether a verb, a noun of its phrases or a clause it heads is called accidental: a device that
     * "detonated accidentally" or "killed in two accidental explosions" has no attacker to be unknown.
     */
    static boolean accident(SentenceView v, int verb) {
        List<Integer> nodes = new ArrayList<>(List.of(verb));
        for (Edge e : v.basic.children(verb)) {
            // "killed when a bomb they were planting went off accidentally": the clause of the blast too.
            if (Graph.matches(e.relation(), "obl") || e.relation().equals("nsubj") || e.relation().equals("advcl")) {
                nodes.add(e.dependent());
            }
        }
        for (int n : nodes) {
            for (Edge e : v.basic.children(n)) {
                if ((e.relation().equals("amod") || e.relation().equals("advmod"))
                        && MISHAPS.contains(v.word(e.dependent()).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Animals that kill or maul people: no one's attack. */
    private static final Set<String> ANIMALS = Set.of("elephant", "tiger", "leopard", "lion", "bear", "dog",
            "crocodile", "alligator", "snake", "cobra", "shark", "wolf", "bull", "buffalo", "boar", "hippo",
            "hippopotamus", "rhino", "jackal", "bee", "hornet", "scorpion", "jaguar", "cougar", "hyena");

    /**
     * Whether the one that does a verb, its subject or its "by" agent, is an animal: "A panic-stricken
     * elephant killed a Spanish tourist", "mauled by a leopard". No unknown hands did it.
     */
    static boolean byAnimal(SentenceView v, int verb) {
        for (Edge e : v.basic.children(verb)) {
            boolean agent = e.relation().equals("nsubj") || e.relation().equals("obl:agent")
                    || Graph.matches(e.relation(), "obl") && v.basic.markedBy(v.s, e.dependent(), Set.of("by"));
            if (agent && ANIMALS.contains(v.lemma(e.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> FIGHTING = Set.of("fighting", "fight", "clash", "clashes", "battle", "battles",
            "combat", "skirmish", "skirmishes", "gunbattle", "gunfight", "firefight", "hostilities", "exchange",
            "encounter");

    /** Nouns of battle: "in fighting near the base", "during clashes". */
    private static final Set<String> BATTLES = Set.of("fighting", "battle", "battles", "clash", "clashes", "combat",
            "engagement", "engagements", "skirmish", "skirmishes");

    /** Whether a verb, or a verb it is coordinated with, is said to happen in or during a battle. */
    static boolean inBattle(SentenceView v, int verb) {
        List<Integer> verbs = new ArrayList<>(List.of(verb));
        Edge up = v.basic.head(verb);
        if (up != null && (up.relation().equals("conj") || up.relation().equals("dep"))) {
            // "… killed 384 Libyans and captured 48 in fighting near the base, a statement said",
            // where the parser hangs the acts and the battle on the reporting verb.
            verbs.add(up.governor());
        }
        for (Edge e : v.basic.children(verb, "conj")) {
            verbs.add(e.dependent());
        }
        for (int x : verbs) {
            for (int n : v.prepChildren(x, Set.of("in", "during", "amid"))) {
                if (BATTLES.contains(v.lemma(n)) || BATTLES.contains(v.word(n))) {
                    return true;
                }
            }
            for (Edge e : v.basic.children(x)) {
                // "killed thousands of Iranians in checking a new Tehran offensive": killing while
                // fighting off an offensive is battle.
                int g = e.dependent();
                if (Graph.matches(e.relation(), "advcl") && v.tok(g).pos().equals("VBG") && v.markedBy(g, "in")
                        && v.basic.children(g, "obj").stream().anyMatch(o -> OFFENSIVES.contains(v.lemma(o.dependent())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns of a security operation: "during an intelligence-based operation", "in raids". */
    private static final Set<String> OPERATIONS = Set.of("operation", "ibo", "raid", "crackdown", "sweep");

    /** Roles of those a security operation is run against. */
    private static final Set<String> FIGHTERS = Set.of("INS", "REB", "SPP", "IMG", "UAF");

    /** Roles of the forces that run a security operation. */
    private static final Set<String> FORCES = Set.of("MIL", "COP");

    /**
     * Who killed those who fell, with no agent named, in a security operation: fighters fell to
     * the forces the sentence names, and soldiers or police to the fighters who fell with them. In
     * "Two soldiers were martyred and 11 terrorists were killed during an intelligence-based
     * operation, the military's media wing said" the terrorists are the soldiers' killers and the
     * military the terrorists'. Empty when the sentence names no such other side.
     */
    static List<ActorMention> operationFoes(SentenceView v, Candidate c) {
        if (!v.isPassive(c.trigger) || !inOperation(v, c.trigger)) {
            return List.of();
        }
        Set<String> victims = sideOf(v, c.targets);
        if (victims == null) {
            return List.of();
        }
        Set<String> foes = victims == FIGHTERS ? FORCES : FIGHTERS;
        for (ActorMention m : v.mentions) {
            String role = RoleCodes.roleOf(m.codeAt(v.date));
            if (!c.targets.contains(m) && role != null && foes.contains(role)
                    && (foes == FORCES || fellToo(v, m))) {
                return List.of(m);
            }
        }
        return List.of();
    }

    /** FIGHTERS or FORCES when every victim is of that side, else null. */
    private static @Nullable Set<String> sideOf(SentenceView v, List<ActorMention> victims) {
        Set<String> side = null;
        for (ActorMention m : victims) {
            String role = RoleCodes.roleOf(m.codeAt(v.date));
            Set<String> own = role == null ? null : FIGHTERS.contains(role) ? FIGHTERS : FORCES.contains(role) ? FORCES : null;
            if (own == null || side != null && side != own) {
                return null;
            }
            side = own;
        }
        return side;
    }

    /** Whether a mention is the subject of a passive verb: "11 terrorists were killed". */
    private static boolean fellToo(SentenceView v, ActorMention m) {
        Edge up = v.basic.head(m.head());
        return up != null && up.relation().equals("nsubj:pass") && v.isPassive(up.governor());
    }

    /** Whether a verb, or a verb it is coordinated with, is said to happen in or during a security operation. */
    private static boolean inOperation(SentenceView v, int verb) {
        for (int x : v.joinedVerbs(verb)) {
            for (int n : v.prepChildren(x, Set.of("in", "during"))) {
                if (OPERATIONS.contains(v.lemma(n).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns of attacks by an armed force, which those who fight them off do in battle. */
    private static final Set<String> OFFENSIVES = Set.of("offensive", "attack", "assault", "advance", "push",
            "incursion", "onslaught");
}
