package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Document;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Kin;
import org.dyad.core.parse.Graph;
import org.dyad.core.text.Words;

/**
 * Who did fighting or violence that names no agent: the subject of the clause the fighting is the
 * setting of, whoever the victim fought, the author of the strike, or else unidentified attackers of
 * the country where it happened; a disaster or an accident is no one's, and leaves no event.
 */
final class Perpetrators {
    private final EventPlaces eventPlaces;

    Perpetrators(EventPlaces eventPlaces) {
        this.eventPlaces = eventPlaces;
    }

    /** Gives fighting told as the setting of a clause the clause's subject as source, and its two sides. */
    static void fightingSides(SentenceView v, Candidate c, int root) {
        if (root == 19 && c.nominal && c.sources.isEmpty() && !twoSidesBetween(c)) {
            // "retook the village after fierce fighting with guerrillas": the fighting is the subject's.
            for (ActorMention m : Circumstances.circumstanceSubjects(v, c)) {
                c.sources.add(m);
                c.steps.add("fighting of the clause's subject: '" + m.text() + "'");
                // Its own act, the setting of what the clause tells: reported with it, not in passing.
                c.sourceFromSetting = true;
            }
            List<ActorMention> sides = Pairs.distinct(c.sources);
            if (c.targets.isEmpty() && sides.size() >= 2 && Pairs.twoSides(sides, v.date)) {
                // "Fourteen Palestinians and two Israeli soldiers wounded in armed clashes": the
                // two sides the clause names fought each other.
                c.targets = new ArrayList<>(sides);
                c.steps.add("the clause's two sides fought each other");
            }
        }
    }

    /** Words for people told only as people, who are armed men when they shoot or bomb. */
    private static final Set<String> PLAIN_PEOPLE = Set.of("man", "men", "person", "persons", "individual",
            "individuals");

    /** Lemmas of kin, whose killers within a family are no armed men. */
    private static final Set<String> KIN = Words.plus(Kin.WORDS, "child", "children");

    /**
     * Makes people told only as people who shoot, bomb or kill unidentified armed men (UAF) of their
     * country or of the place: "a group of men fired at a shop in the capital" were gunmen, not
     * civilians.
     */
    void armedMen(SentenceView v, Candidate c, int root) {
        if (root != 18 && root != 19 && root != 20) {
            return;
        }
        if (!c.targets.isEmpty() && c.targets.stream()
                .allMatch(t -> t.head() >= 0 && KIN.contains(v.lemma(t.head()).toLowerCase(Locale.ROOT)))) {
            // "a man killed his wife": violence in a family is no armed men's but a crime.
            c.sources = criminals(v, c, c.sources, Set.of("CVL"), "one who kills his kin", "who attacked his kin");
            return;
        }
        if (!c.targets.isEmpty() && c.sources.size() == 1 && oneMan(v, c.sources.get(0))
                && c.targets.stream().allMatch(t -> onePerson(v, t))) {
            // "A 19-year-old girl was shot dead by a married man after she refused his proposal":
            // one man who kills one person is a criminal, not a band of armed men.
            c.sources = criminals(v, c, c.sources, Set.of("CVL"), "one man who kills one person",
                    "who killed one person");
            return;
        }
        List<ActorMention> sources = new ArrayList<>(c.sources.size());
        for (ActorMention m : c.sources) {
            if (m.form() == ActorMention.Form.ROLE && "CVL".equals(m.role())
                    && PLAIN_PEOPLE.contains(v.lemma(m.head()).toLowerCase(Locale.ROOT))) {
                Actor country = m.actor() != null ? m.actor() : eventPlaces.country(v, c.trigger);
                m = m.withActor(country, "UAF", ActorMention.Form.ROLE, " + armed: people who shoot or bomb");
                c.steps.add("'" + m.text() + "' who did it are armed men: " + m.codeAt(v.date));
            }
            sources.add(m);
        }
        c.sources = sources;
    }

    private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "him", "she", "her");

    /** Whether a mention is one plain man of no other role: "a married man", "a man". */
    private static boolean oneMan(SentenceView v, ActorMention m) {
        return m.form() == ActorMention.Form.ROLE && "CVL".equals(m.role()) && m.head() >= 0
                && v.word(m.head()).equalsIgnoreCase("man");
    }

    /** Whether a mention is one civilian person: "a 19-year-old girl", "a shopkeeper", "she". */
    private static boolean onePerson(SentenceView v, ActorMention t) {
        String pos = t.head() >= 0 ? v.s.token(t.head()).pos() : "";
        return "CVL".equals(RoleCodes.roleOf(t.codeAt(v.date)))
                && (pos.equals("NN") || pos.equals("PRP") && SINGULAR_PRONOUNS.contains(v.word(t.head()).toLowerCase(Locale.ROOT)));
    }

    /** Roles of people who sexually assault that make them criminals: civilians, and armed men of no side. */
    private static final Set<String> OFFENDERS = Set.of("CVL", "UAF");

    /**
     * Makes those of no other role who sexually assault (CAMEO 1821) criminals: "a man molesting
     * a girl", "he molested her", "raped by four men" are CRM, not civilians or armed men. Soldiers,
     * police and fighters keep their roles.
     */
    static void sexualOffenders(SentenceView v, Candidate c) {
        if (!c.code.startsWith("1821")) {
            return;
        }
        c.sources = criminals(v, c, c.sources, OFFENDERS, "one who sexually assaults", "who sexually assaulted");
    }

    /**
     * The mentions, with those of one of {@code roles} and no actor but a country made criminals
     * (CRM); each change is told in the candidate's steps.
     */
    private static List<ActorMention> criminals(SentenceView v, Candidate c, List<ActorMention> ms, Set<String> roles,
            String rule, String step) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            String role = RoleCodes.roleOf(m.codeAt(v.date));
            if (role != null && roles.contains(role) && (m.actor() == null || m.actor().kind() == ActorKind.COUNTRY)) {
                m = m.withActor(m.actor(), "CRM", m.form(), " + a criminal: " + rule);
                c.steps.add("'" + m.text() + "' " + step + " is a criminal: " + m.codeAt(v.date));
            }
            out.add(m);
        }
        return out;
    }

    /** Lemmas of the crimes a court convicts people of, whose convicts are criminals. */
    private static final Set<String> CRIMES = Set.of("rape", "murder", "kill", "killing", "robbery", "rob", "theft",
            "steal", "kidnap", "kidnapping", "abduct", "abduction", "smuggle", "smuggling", "trafficking", "traffic",
            "fraud", "extortion", "extort", "molest", "molestation", "assault", "burglary", "embezzlement",
            "embezzle");

    /**
     * Makes people of no other role whom a court finds guilty or sentences for a crime criminals:
     * "a sessions court sentenced a man to death for raping a woman" is PAKCRM, not a civilian. A
     * named politician or official keeps his role, and so does anyone found guilty of something
     * that is no common crime (sedition, contempt).
     */
    static void convicts(SentenceView v, Candidate c) {
        if (!c.code.equals("116") || c.nominal) {
            return;
        }
        boolean crime = false;
        for (int w : v.prepChildren(c.trigger, Set.of("for", "of"))) {
            crime |= CRIMES.contains(v.lemma(w).toLowerCase(Locale.ROOT));
        }
        for (Edge e : v.basic.children(c.trigger, "advcl")) {
            // "sentenced a man to death for raping a woman": the crime told as a gerund.
            crime |= v.markedBy(e.dependent(), "for")
                    && CRIMES.contains(v.lemma(e.dependent()).toLowerCase(Locale.ROOT));
        }
        if (!crime) {
            return;
        }
        c.targets = criminals(v, c, c.targets, CONVICTS, "convicted of a crime", "convicted of a crime");
    }

    /** Roles of people convicted of a common crime that make them criminals: civilians. */
    private static final Set<String> CONVICTS = Set.of("CVL");

    /** Whether violence with no source was a disaster's or an accident's: then it is dropped. */
    static boolean byDisaster(SentenceView v, Candidate c, int root, Trace trace) {
        if (root >= 18 && c.sources.isEmpty() && disaster(v, c.trigger)) {
            // "an inferno near Mecca killed 217 pilgrims", "were killed in a stampede": a disaster or an
            // accident is no one's attack.
            return Guards.dropped(trace, v, c, c.code, "killed by a disaster or an accident");
        }
        if (root >= 18 && c.nominal && c.sources.isEmpty() && accidentalBlast(v, c.trigger)) {
            // "a methane gas explosion in a coal mine in southern Poland": a pit's blast is no bombing.
            return Guards.dropped(trace, v, c, c.code, "an accidental blast in a mine or a plant");
        }
        if (root >= 18 && c.sources.isEmpty() && crashTold(v)) {
            // "a driver was burnt alive and seven passengers were injured as their bus caught fire
            // after hitting a truck": however the parser hangs the clause, a toll no one caused in a
            // sentence that tells a crash is the crash's.
            return Guards.dropped(trace, v, c, c.code, "the toll of a crash the sentence tells");
        }
        if (root >= 18 && mishap(v, c.trigger)) {
            // "An aircraft crashed at the airport, killing 36 people", "the plane crashed and hit a
            // block of flats", "killed when the oil tank they were painting exploded": whatever the
            // crash or the blast had as subject, it attacked no one.
            return Guards.dropped(trace, v, c, c.code, "the toll of a crash or an industrial blast");
        }
        return false;
    }

    /** Verbs of a vehicle or a building failing: what they kill in passing is an accident's toll. */
    private static final Set<String> CRASHES = Set.of("crash", "collapse", "capsize", "sink", "derail", "overturn",
            "overshoot", "skid", "collide", "careen", "plunge", "veer");

    /** Things that blow up by accident; a bomb, a shell or a car may be a weapon and is not here. */
    private static final Set<String> VESSELS = Set.of("boiler", "cylinder", "pipeline", "furnace", "reactor", "tank");

    /** What a tank must hold to be a store and not an armoured vehicle: "the oil tank". */
    private static final Set<String> STORES = Set.of("oil", "gas", "fuel", "petrol", "gasoline", "storage",
            "chemical", "water");

    /**
     * Whether a violent verb tells what a crash did, as its participle ("crashed …, killing 36") or
     * as a verb joined to it with its subject ("crashed and hit a block"), or happened when an
     * industrial vessel exploded ("were killed … when the oil tank … exploded").
     */
    static boolean mishap(SentenceView v, int verb) {
        Edge up = v.basic.head(verb);
        if (up != null && (CRASHES.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT)) || ranOff(v, up.governor()))
                && (up.relation().equals("conj") && !v.basic.hasChild(verb, "nsubj")
                    || (up.relation().equals("advcl") || up.relation().equals("dep"))
                        && v.tok(verb).pos().equals("VBG")
                        && !v.basic.hasChild(verb, "mark"))) {
            return true;
        }
        // "were killed and 36 others injured when three buses collided": the toll of a crash told in
        // a "when" clause of the verb or of the verb it is joined to.
        List<Integer> joined = new ArrayList<>(List.of(verb));
        if (up != null && up.relation().equals("conj")) {
            joined.add(up.governor());
        }
        for (Edge e : v.basic.children(verb, "conj")) {
            joined.add(e.dependent());
        }
        for (int x : joined) {
            for (Edge e : v.basic.children(x, "advcl")) {
                // "19 people were killed when a bus careened off a road", "… after their van plunged into a
                // gorge", "… as their bus caught fire after hitting a mini-truck".
                if (markedBy(v, e.dependent(), SETTINGS) && crashClause(v, e.dependent())) {
                    return true;
                }
            }
        }
        for (Edge e : v.basic.children(verb, "advcl")) {
            int clause = e.dependent();
            // The parser may hang "exploded" under another verb of the clause: "when the oil tank they
            // were painting exploded", with "tank" as the subject of "painting".
            boolean blast = v.lemma(clause).equalsIgnoreCase("explode");
            for (Edge d : v.basic.children(clause)) {
                blast |= v.lemma(d.dependent()).equalsIgnoreCase("explode");
            }
            if (blast) {
                for (Edge subject : v.basic.children(clause, "nsubj")) {
                    if (industrial(v, subject.dependent())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Verbs of a vehicle leaving the road: "plunged into a ravine", "veered off the road". */
    private static final Set<String> OFF_ROAD = Set.of("plunge", "veer", "tumble", "topple", "careen");

    /** Vehicles that carry people, whose fall off a road or a cliff is an accident, not a ramming. */
    private static final Set<String> CARRIERS = Set.of("bus", "minibus", "coach", "truck", "lorry", "van", "train",
            "ferry", "boat", "jeep", "tractor");

    /**
     * Whether a verb tells of a vehicle that carries people leaving the road: "a passenger bus drove
     * off a cliff", "a truck plunged into a ravine". (A car is left out: "a car drove into the crowd"
     * can be a ramming.)
     */
    private static boolean ranOff(SentenceView v, int verb) {
        String lemma = v.lemma(verb).toLowerCase(Locale.ROOT);
        boolean off = OFF_ROAD.contains(lemma) || (lemma.equals("drive") || lemma.equals("go") || lemma.equals("run"))
                && v.basic.children(verb, "compound:prt").stream().anyMatch(e -> v.word(e.dependent()).equals("off"));
        return off && v.basic.children(verb, "nsubj").stream()
                .anyMatch(e -> CARRIERS.contains(v.lemma(e.dependent()).toLowerCase(Locale.ROOT)));
    }

    private static boolean industrial(SentenceView v, int noun) {
        String lemma = v.lemma(noun).toLowerCase(Locale.ROOT);
        if (!VESSELS.contains(lemma)) {
            return false;
        }
        if (!lemma.equals("tank")) {
            return true;
        }
        for (Edge e : v.basic.children(noun)) {
            if ((e.relation().equals("compound") || e.relation().equals("amod"))
                    && STORES.contains(v.lemma(e.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nouns of crossing into a country by force: whoever did it came from outside, so the country it
     * happened in is no clue to an unnamed invader ("since the invasion of the country in 2003").
     */
    private static final Set<String> INVASIONS = Set.of("invasion", "incursion");

    /** Verbs of putting to death, which with no agent tell a sentence carried out, not an attack. */
    private static final Set<String> EXECUTIONS = Set.of("hang", "execute", "execution", "hanging");

    /** Gives violence with victims and no source the foe its victims fought, the striker, or unknown hands. */
    void assign(Document doc, SentenceView v, Candidate c, int root) {
        List<ActorMention> foes = root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty() && !c.nominal
                ? Combatants.foesInFight(v, c) : List.of();
        if (!foes.isEmpty()) {
            // "was martyred during a fight with the Russians": whoever the victim fought killed him.
            c.sources = new ArrayList<>(foes);
            c.steps.add("killed in a fight with '" + foes.get(0).text() + "': they did it");
        }
        List<ActorMention> strikers = root < 18 || !c.sources.isEmpty() || c.targets.isEmpty() ? List.<ActorMention>of()
                : c.nominal ? Combatants.nounStrikers(v, c) : Combatants.strikers(v, c);
        if (!strikers.isEmpty()) {
            // "One militant was killed … in an Israeli air strike": the strike's author did it.
            c.sources = new ArrayList<>(strikers);
            c.steps.add("killed in a strike by '" + strikers.get(0).text() + "': they did it");
        }
        List<ActorMention> shooters = (root >= 18 || c.code.startsWith("175")) && c.sources.isEmpty() && !c.targets.isEmpty()
                ? Combatants.shooters(v, c) : List.of();
        if (!shooters.isEmpty()) {
            // "Gunshots fired by a member of the Taliban's security forces … killed one person".
            c.sources = new ArrayList<>(shooters);
            c.steps.add("killed by shots fired by '" + shooters.get(0).text() + "': they did it");
        }
        List<ActorMention> causers = root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty()
                ? Combatants.causedBy(v, c) : List.of();
        if (!causers.isEmpty()) {
            // "the latest Israeli offensive has resulted in the killing of 1600 Palestinians": the
            // offensive's author did it.
            c.sources = new ArrayList<>(causers);
            c.steps.add("brought about by the strike of '" + causers.get(0).text() + "': they did it");
        }
        List<ActorMention> fallen = root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty() && c.nominal
                ? Combatants.fallenInFight(v, c) : List.of();
        if (!fallen.isEmpty()) {
            // "Two Palestinians were killed in clashes with Israeli settlers": the side that fell clashed.
            c.sources = new ArrayList<>(fallen);
            c.steps.add("fell in the fight: '" + fallen.get(0).text() + "' fought it");
        }
        List<ActorMention> operators = root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty() && !c.nominal
                ? Combatants.operationFoes(v, c) : List.of();
        if (!operators.isEmpty()) {
            // "11 terrorists were killed during an intelligence-based operation, the military said".
            c.sources = new ArrayList<>(operators);
            c.steps.add("fell in a security operation: '" + operators.get(0).text() + "' were the other side");
        }
        List<ActorMention> owners = root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty()
                ? attacksOwners(v, c.trigger) : List.of();
        if (!owners.isEmpty()) {
            // "Russia has stepped up its drone and missile attacks targeting Kyiv's infrastructure":
            // the participle tells what the owner's attacks do.
            c.sources = new ArrayList<>(owners);
            c.steps.add("the attacks of '" + owners.get(0).text() + "' do it");
        }
        if (root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty() && !Combatants.inMelee(v, c.trigger)
                // "Saddam was hanged": an execution with no agent is a state's sentence carried out.
                && !EXECUTIONS.contains(v.lemma(c.trigger).toLowerCase(Locale.ROOT))
                && !twoSidesBetween(c) && !INVASIONS.contains(v.lemma(c.trigger))
                && !Combatants.accident(v, c.trigger)
                // "A panic-stricken elephant killed a Spanish tourist": an animal's doing.
                && !Combatants.byAnimal(v, c.trigger)
                // "the bloody battle with Ankara": a battle has two sides, not one unknown hand.
                && !(c.nominal && Combatants.FIGHTING.contains(v.word(c.trigger).toLowerCase(Locale.ROOT)))) {
            // An attack by unknown hands: an unidentified armed force (UAF) of the country where it
            // happened; not people killed in riots or clashes, whose killers are the crowds or sides,
            // nor in accidental blasts, which have no attacker.
            ActorMention uaf = eventPlaces.at(v, c.trigger, "UAF", "unidentified attackers in ", "unknown perpetrator");
            if (uaf != null) {
                c.sources = new ArrayList<>(List.of(uaf));
                c.steps.add("perpetrator unknown: " + uaf.codeAt(doc.date()));
            }
        }
    }

    /** Nouns of attacks whose owner a participle after them makes the attacker. */
    private static final Set<String> ATTACK_NOUNS = Set.of("attack", "strike", "airstrike", "raid", "bombardment",
            "offensive", "assault", "shelling", "bombing", "barrage", "incursion");

    /**
     * The actors who own the attacks a participle describes: "its drone and missile attacks
     * targeting Kyiv's energy infrastructure", "Israeli strikes hitting Gaza"; empty otherwise.
     */
    private static List<ActorMention> attacksOwners(SentenceView v, int trigger) {
        Edge up = v.basic.head(trigger);
        if (up == null || !up.relation().startsWith("acl") || !v.tok(trigger).pos().equals("VBG")
                || !ATTACK_NOUNS.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>();
        int noun = up.governor();
        // "its drone and missile attacks", which the parser may leave as a loose chain of "dep"
        // words ending at "its": the chain's owner owns them all.
        for (int hop = 0; hop < 4 && noun >= 0 && out.isEmpty(); hop++) {
            for (Edge e : v.basic.children(noun)) {
                if (e.relation().equals("nmod:poss") || e.relation().equals("amod") || e.relation().equals("compound")) {
                    out.addAll(v.actorsAt(e.dependent()));
                }
            }
            if (out.isEmpty() && hop > 0) {
                out.addAll(v.actorsAt(noun));
            }
            Edge above = v.basic.head(noun);
            noun = above != null && (above.relation().equals("dep") || above.relation().startsWith("conj"))
                    ? above.governor() : -1;
        }
        return out;
    }

    /**
     * Whether a pattern's "between" phrase named the sides themselves ("the war between Israel and
     * Hezbollah"): they act on each other, and no one else is their source.
     */
    private static boolean twoSidesBetween(Candidate c) {
        return c.pairwise && c.targets.size() >= 2;
    }

    /** Nouns of disasters and accidents, which kill without anyone attacking. */
    private static final Set<String> DISASTERS = Set.of("fire", "inferno", "blaze", "flood", "flooding", "earthquake",
            "quake", "storm", "cyclone", "hurricane", "typhoon", "tornado", "landslide", "mudslide", "avalanche",
            "tsunami", "crash", "accident", "stampede", "collapse", "epidemic", "disease", "heatwave", "drought",
            "famine", "outbreak", "eruption", "derailment", "shipwreck", "capsizing", "lightning",
            // "The monsoon season … killing at least 130 people", "rains lashed the province, killing 12".
            "monsoon", "rain", "rainfall", "downpour", "cloudburst", "deluge", "torrent", "snowfall", "snowstorm",
            "blizzard", "wildfire", "bushfire", "heat",
            // "they were poisoned by the fruit of the jatropha", "killed by toxic liquor": what was eaten
            // or drunk by mistake.
            "fruit", "food", "mushroom", "berry", "seed", "liquor", "alcohol");

    /** Nouns of a quantity of things, which the parser may make the head: "a total of 109 fires". */
    private static final Set<String> QUANTITIES = Set.of("total", "number", "series", "spate", "wave", "string");

    /** The noun a quantity noun counts ("fires" of "a total of 109 fires"), or the noun itself. */
    private static int counted(SentenceView v, int noun) {
        if (QUANTITIES.contains(v.lemma(noun).toLowerCase(Locale.ROOT))) {
            for (Edge e : v.basic.children(noun)) {
                if (Graph.matches(e.relation(), "nmod") && "of".equals(v.prepOf(e.dependent()))) {
                    return e.dependent();
                }
            }
        }
        return noun;
    }

    /** Nouns of a blast, which may be a bomb's unless the words about it say what blew up. */
    private static final Set<String> BLASTS = Set.of("blast", "explosion");

    /** What blows up in mines and plants by accident: "a coal mine blast", "a methane gas explosion". */
    private static final Set<String> FUELS = Set.of("coal", "gas", "methane", "firedamp", "boiler", "colliery",
            "firework", "fireworks", "firecracker", "dust", "chemical", "pit");

    /** Workings a blast may happen in: "an explosion in a mine"; a land mine is no place to be in. */
    private static final Set<String> PITS = Set.of("mine", "colliery", "pit");

    /**
     * Whether a blast noun is called a mine's, a fuel's or a plant's, by the nouns joined to it or one
     * step below them ("a coal mine blast"), or by its "in" phrase ("an explosion in a coal mine").
     */
    private static boolean accidentalBlast(SentenceView v, int noun) {
        if (!BLASTS.contains(v.lemma(noun).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Edge e : v.basic.children(noun)) {
            boolean modifier = e.relation().equals("compound") || e.relation().equals("amod");
            boolean in = Graph.matches(e.relation(), "nmod") && "in".equals(v.prepOf(e.dependent()));
            if (!modifier && !in) {
                continue;
            }
            String lemma = v.lemma(e.dependent()).toLowerCase(Locale.ROOT);
            if (modifier && FUELS.contains(lemma) || in && PITS.contains(lemma)) {
                return true;
            }
            for (Edge d : v.basic.children(e.dependent())) {
                if ((d.relation().equals("compound") || d.relation().equals("amod"))
                        && FUELS.contains(v.lemma(d.dependent()).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Prepositions of a passive's cause: "killed in a stampede", "killed by a blaze", "injured during the quake". */
    private static final Set<String> CAUSE_PREPS = Set.of("in", "by", "during", "amid");

    /** Whether a killing verb's subject, or the "in" phrase of its passive, is a disaster or an accident. */
    private static boolean disaster(SentenceView v, int verb) {
        if (disasterOf(v, verb)) {
            return true;
        }
        // "A soldier was killed and two others wounded in a vehicle accident": the cause a joined verb
        // names is both verbs'.
        Edge up = v.basic.head(verb);
        if (up != null && up.relation().startsWith("conj") && v.tok(up.governor()).isVerb()
                && disasterOf(v, up.governor())) {
            return true;
        }
        for (Edge e : v.basic.children(verb)) {
            if (e.relation().startsWith("conj") && v.tok(e.dependent()).isVerb() && disasterOf(v, e.dependent())) {
                return true;
            }
            // "34 miners were killed … when a fire broke out in the pit", "five people were killed after
            // landslides battered two districts": the disaster of its "when" or "after" clause.
            if (e.relation().equals("advcl") && v.tok(e.dependent()).isVerb() && disasterOf(v, e.dependent())
                    && markedBy(v, e.dependent(), SETTINGS)) {
                return true;
            }
        }
        // "109 fires broke out in the homes, killing 12 people", "the monsoon season has been
        // intense, killing 130 people": the participle tells what the disaster of the clause it
        // hangs on did.
        return up != null
                && (up.relation().equals("advcl") || up.relation().equals("xcomp") || up.relation().equals("dep"))
                && v.tok(verb).pos().equals("VBG") && !v.basic.hasChild(verb, "mark")
                && disasterOf(v, up.governor());
    }

    /**
     * Whether a clause tells a crash: a verb of crashing, a carrier that caught fire ("the bus caught
     * fire"), or a clause that came after one ("caught fire after colliding with a rickshaw").
     */
    private static boolean crashClause(SentenceView v, int clause) {
        String lemma = v.lemma(clause).toLowerCase(Locale.ROOT);
        if (CRASHES.contains(lemma) || ranOff(v, clause)) {
            return true;
        }
        if (lemma.equals("catch") && v.basic.children(clause, "obj").stream()
                .anyMatch(o -> FIRE.contains(v.lemma(o.dependent()).toLowerCase(Locale.ROOT)))) {
            return true;
        }
        for (Edge e : v.basic.children(clause, "advcl")) {
            String l = v.lemma(e.dependent()).toLowerCase(Locale.ROOT);
            if (CRASHES.contains(l) || l.equals("hit") && markedBy(v, e.dependent(), SETTINGS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence has a "when", "as" or "after" clause that tells a crash. */
    private static boolean crashTold(SentenceView v) {
        for (int k = 0; k < v.s.size(); k++) {
            if (v.tok(k).isVerb() && markedBy(v, k, SETTINGS) && crashClause(v, k)) {
                return true;
            }
        }
        return false;
    }

    /** What a vehicle catches when it burns: "the bus caught fire". */
    private static final Set<String> FIRE = Set.of("fire", "flame", "flames");

    /** Words that open a clause telling when or after what a toll came: "when a fire broke out". */
    private static final Set<String> SETTINGS = Set.of("when", "after", "as");

    /** Whether a clause is opened by one of the words (its mark, or an adverb the parser makes of it). */
    private static boolean markedBy(SentenceView v, int clause, Set<String> words) {
        return v.basic.children(clause).stream().anyMatch(d -> (d.relation().equals("mark")
                || d.relation().equals("advmod")) && words.contains(v.word(d.dependent()).toLowerCase(Locale.ROOT)));
    }

    /** Nouns a disaster's name makes one: "the monsoon season", "flood waters". */
    private static final Set<String> SPELLS = Set.of("season", "water", "spell", "wave", "surge", "torrent");

    /** Whether a noun is a disaster's spell or waters by its modifier: "the monsoon season". */
    private static boolean ofDisaster(SentenceView v, int noun) {
        return SPELLS.contains(v.lemma(noun).toLowerCase(Locale.ROOT)) && v.basic.children(noun).stream()
                .anyMatch(d -> (d.relation().equals("compound") || d.relation().equals("amod"))
                        && DISASTERS.contains(v.lemma(d.dependent()).toLowerCase(Locale.ROOT)));
    }

    private static boolean disasterOf(SentenceView v, int verb) {
        Edge up = v.basic.head(verb);
        if (up != null && up.relation().startsWith("acl")
                && DISASTERS.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))) {
            // "after an inferno near Mecca killed 217 pilgrims", parsed with "killed" describing the inferno.
            return true;
        }
        // "19 people have been killed and six others injured … amid heavy rains": the phrase may hang on
        // the verb the killing is joined to.
        List<Edge> phrases = new ArrayList<>(v.basic.children(verb));
        for (int joined : v.joinedVerbs(verb)) {
            if (joined != verb) {
                phrases.addAll(v.basic.children(joined, "obl"));
            }
        }
        for (Edge e : phrases) {
            String r = e.relation();
            boolean cause = r.equals("nsubj")
                    || Graph.matches(r, "obl") && CAUSE_PREPS.contains(v.prepOf(e.dependent()));
            int noun = cause ? counted(v, e.dependent()) : e.dependent();
            if (cause && (DISASTERS.contains(v.lemma(noun).toLowerCase(Locale.ROOT))
                    || accidentalBlast(v, noun) || ofDisaster(v, noun))) {
                return true;
            }
            // "injured as a result of jumping off a balcony during the quake": the disaster the result came of.
            if (Graph.matches(r, "obl") && RESULTS.contains(v.lemma(e.dependent()).toLowerCase(Locale.ROOT))) {
                for (Edge of : v.basic.children(e.dependent())) {
                    if ((Graph.matches(of.relation(), "acl") || Graph.matches(of.relation(), "nmod"))
                            && "of".equals(v.prepOf(of.dependent()))
                            && (DISASTERS.contains(v.lemma(of.dependent()).toLowerCase(Locale.ROOT))
                                || v.tok(of.dependent()).isVerb() && disasterOf(v, of.dependent()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Nouns of an outcome, whose "of" phrase tells the cause: "as a result of the quake". */
    private static final Set<String> RESULTS = Set.of("result", "consequence");
}
