package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Document;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;

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

    /** Whether violence with no source was a disaster's or an accident's: then it is dropped. */
    static boolean byDisaster(SentenceView v, Candidate c, int root, Trace trace) {
        if (root >= 18 && c.sources.isEmpty() && disaster(v, c.trigger)) {
            // "an inferno near Mecca killed 217 pilgrims", "were killed in a stampede": a disaster or an
            // accident is no one's attack.
            return Guards.dropped(trace, v, c, c.code, "killed by a disaster or an accident");
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
            "overshoot", "skid");

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
        if (up != null && CRASHES.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))
                && (up.relation().equals("conj") && !v.basic.hasChild(verb, "nsubj")
                    || (up.relation().equals("advcl") || up.relation().equals("dep"))
                        && v.tok(verb).pos().equals("VBG")
                        && !v.basic.hasChild(verb, "mark"))) {
            return true;
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

    /** Gives violence with victims and no source the foe its victims fought, the striker, or unknown hands. */
    void assign(Document doc, SentenceView v, Candidate c, int root) {
        List<ActorMention> foes = root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty() && !c.nominal
                ? Combatants.foesInFight(v, c) : List.of();
        if (!foes.isEmpty()) {
            // "was martyred during a fight with the Russians": whoever the victim fought killed him.
            c.sources = new ArrayList<>(foes);
            c.steps.add("killed in a fight with '" + foes.get(0).text() + "': they did it");
        }
        List<ActorMention> strikers = root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty() && !c.nominal
                ? Combatants.strikers(v, c) : List.of();
        if (!strikers.isEmpty()) {
            // "One militant was killed … in an Israeli air strike": the strike's author did it.
            c.sources = new ArrayList<>(strikers);
            c.steps.add("killed in a strike by '" + strikers.get(0).text() + "': they did it");
        }
        List<ActorMention> fallen = root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty() && c.nominal
                ? Combatants.fallenInFight(v, c) : List.of();
        if (!fallen.isEmpty()) {
            // "Two Palestinians were killed in clashes with Israeli settlers": the side that fell clashed.
            c.sources = new ArrayList<>(fallen);
            c.steps.add("fell in the fight: '" + fallen.get(0).text() + "' fought it");
        }
        if (root >= 18 && c.sources.isEmpty() && !c.targets.isEmpty() && !Combatants.inMelee(v, c.trigger)
                && !twoSidesBetween(c) && !INVASIONS.contains(v.lemma(c.trigger))
                && !Combatants.accident(v, c.trigger)
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
            "famine", "outbreak", "eruption", "derailment", "shipwreck", "capsizing", "lightning");

    /** Prepositions of a passive's cause: "killed in a stampede", "killed by a blaze". */
    private static final Set<String> CAUSE_PREPS = Set.of("in", "by");

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
        }
        return false;
    }

    private static boolean disasterOf(SentenceView v, int verb) {
        Edge up = v.basic.head(verb);
        if (up != null && up.relation().startsWith("acl")
                && DISASTERS.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))) {
            // "after an inferno near Mecca killed 217 pilgrims", parsed with "killed" describing the inferno.
            return true;
        }
        for (Edge e : v.basic.children(verb)) {
            String r = e.relation();
            boolean cause = r.equals("nsubj")
                    || Graph.matches(r, "obl") && CAUSE_PREPS.contains(v.prepOf(e.dependent()));
            if (cause && DISASTERS.contains(v.lemma(e.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
