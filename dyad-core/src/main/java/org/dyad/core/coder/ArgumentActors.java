package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actors.TalkVenues;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;

/**
 * The actors that stand for a predicate's arguments when the words themselves name none: the
 * owners of acts of force and the leaders of "X-led" things acting for them, the actors inside an
 * object's prepositional phrases, the agents of reduced relatives, and national modifiers of an act
 * (with a country's air strikes or shelling its armed forces').
 */
final class ArgumentActors {
    private final SentenceView v;

    ArgumentActors(SentenceView v) {
        this.v = v;
    }

    /** The actors at the subjects of a predicate ({@link SentenceView#subjects}), in order. */
    List<ActorMention> subjectActors(int p) {
        List<ActorMention> out = new ArrayList<>();
        for (int sj : v.subjects(p)) {
            List<ActorMention> at = v.actorsAt(sj);
            if (at.isEmpty()) {
                // "A NATO-led airstrike killed 30 Taliban fighters": what one side leads acts for it.
                at = leaders(sj);
            }
            if (at.isEmpty() && FORCE_ACTS.contains(v.lemma(sj).toLowerCase(Locale.ROOT))) {
                // "Israeli shelling killed four people": an act of force acts for whose it is.
                at = modifierActors(sj);
            }
            int act = at.isEmpty() ? invertedForceAct(sj) : -1;
            if (act >= 0) {
                for (ActorMention m : v.mentions) {
                    if (m.head() == sj && m.form() == Form.ADJECTIVE && m.actor() != null) {
                        out.add(armsOf(m, act));
                    }
                }
            }
            for (ActorMention m : at) {
                out.add(armsOf(m, sj));
            }
        }
        return out;
    }

    /**
     * The act of force that the parser hung under a national adjective it took for the subject
     * ("Israeli shelling killed": nsubj Israeli, amod shelling), or -1.
     */
    private int invertedForceAct(int sj) {
        if (!v.s.token(sj).pos().startsWith("JJ")) {
            return -1;
        }
        for (Edge c : v.basic.children(sj)) {
            int d = c.dependent();
            if (d == sj + 1
                    && (c.relation().equals("amod") || c.relation().equals("dep") || c.relation().equals("compound"))
                    && (FORCE_ACTS.contains(v.lemma(d).toLowerCase(Locale.ROOT))
                        || FORCE_ACTS.contains(v.word(d).toLowerCase(Locale.ROOT)))) {
                return d;
            }
        }
        return -1;
    }

    /** Nouns of acts of force, whose owner is their author when they are a verb's subject. */
    private static final Set<String> FORCE_ACTS = Set.of("offensive", "attack", "strike", "airstrike", "raid",
            "shelling", "bombardment", "bombing", "assault", "incursion", "invasion", "operation", "crackdown",
            "onslaught", "barrage");

    /**
     * The noun an actor leads in "the US-led war", "a French-led force" (the parser hangs the
     * actor on the participle "led", itself a modifier of the noun), or -1.
     */
    int ledNoun(int word) {
        Edge up = v.basic.head(word);
        if (up == null || !(Graph.matches(up.relation(), "obl") || up.relation().equals("compound")
                || up.relation().equals("amod") || up.relation().equals("dep"))
                || !v.lemma(up.governor()).equals("lead")
                || !v.tok(up.governor()).pos().equals("VBN")) {
            return -1;
        }
        Edge noun = v.basic.head(up.governor());
        return noun != null && noun.relation().equals("amod") && v.tok(noun.governor()).isNoun() ? noun.governor() : -1;
    }

    /** The actors who lead what a noun names ("the French-led campaign"): see {@link #ledNoun}. */
    private List<ActorMention> leaders(int noun) {
        if (v.basic.children(noun, "amod").stream().noneMatch(e -> v.lemma(e.dependent()).equals("lead"))) {
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>(1);
        for (ActorMention m : v.mentions) {
            if (ledNoun(m.head()) == noun) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Prepositions whose phrase inside an object names who the act concerns: "contact with the US",
     * "sanctions on Iran".
     */
    private static final Set<String> OBJECT_PREPS = Set.of("with", "against", "on", "to", "for", "of", "from", "by",
            "toward", "towards", "over", "in");

    /**
     * The actors an object stands for: its own actors, or failing those the actors in its
     * prepositional modifiers ("the withdrawal of Serbian forces", "official contact with the
     * United States").
     */
    List<ActorMention> objectActors(int node) {
        List<ActorMention> out = v.actorsAt(node);
        if (!out.isEmpty()) {
            return out;
        }
        List<ActorMention> leaders = leaders(node);
        if (!leaders.isEmpty()) {
            // "sent help to the French-led campaign against the rebels": a campaign one side leads is
            // that side's, as a thing done by someone is (below).
            return leaders;
        }
        Set<ActorMention> found = new LinkedHashSet<>();
        List<ActorMention> agents = new ArrayList<>(1);
        int infinitive = infinitiveOf(node);
        for (Edge e : v.basic.children(node)) {
            if (infinitive >= 0 && e.dependent() > infinitive) {
                // "defended the right of Polish troops to fire on smugglers in Belarus": the right is the
                // troops'; what follows the infinitive is its own, wherever the parser hung it.
                continue;
            }
            if (e.relation().startsWith("nmod") && OBJECT_PREPS.contains(v.prepOf(e.dependent()))) {
                String prep = v.prepOf(e.dependent());
                if (NodeActors.LOCATIVE.contains(prep) && TalkVenues.placeOfTalks(v.s, v.basic, e.dependent())) {
                    // "dismissed the planned peace talks in South Africa": the venue is not the talks' side.
                    continue;
                }
                List<ActorMention> at = v.actorsAt(e.dependent());
                if (at.isEmpty() && prep.equals("by")) {
                    // "an attack by three divisions of Iranian Revolutionary Guards": the agent is
                    // named in the "of" phrase of a word for a number or unit of them.
                    for (Edge of : v.basic.children(e.dependent())) {
                        if (of.relation().startsWith("nmod") && v.prepOf(of.dependent()).equals("of")) {
                            at = v.actorsAt(of.dependent());
                        }
                    }
                }
                if (at.isEmpty() && prep.equals("by")) {
                    // "the training of Iraqi police recruits by German experts": people of no known role
                    // whom a country's adjective names did it, for that country.
                    at = v.nodeActors.adjectiveActors(e.dependent(), false);
                }
                if (prep.equals("by") && !at.isEmpty()) {
                    // Whoever did the thing acted on is aimed at before the place it happened in.
                    agents.addAll(at);
                }
                for (ActorMention m : at) {
                    if (!(m.form() == Form.CAPITAL && NodeActors.LOCATIVE.contains(prep))) {
                        found.add(m);
                    }
                }
            }
        }
        if (!agents.isEmpty()) {
            return agents;
        }
        return new ArrayList<>(found);
    }

    /**
     * The infinitive that completes a noun ("the right of Ukraine to defend itself"), or -1; also one
     * the tagger took for a bare noun after "to" ("the right of Polish troops to fire").
     */
    private int infinitiveOf(int noun) {
        for (Edge e : v.basic.children(noun)) {
            int d = e.dependent();
            if (d > noun && (Graph.matches(e.relation(), "acl") || Graph.matches(e.relation(), "nmod"))
                    && v.markedBy(d, "to") && (v.s.token(d).pos().equals("VB")
                        || v.s.token(d).pos().equals("NN") && v.basic.children(d).size() == 1)) {
                return d;
            }
        }
        return -1;
    }

    /**
     * The actors a thing was done by, in a reduced relative: "crimes committed by Croat forces",
     * "abuses carried out by the militia".
     */
    List<ActorMention> doneBy(int node) {
        List<ActorMention> out = new ArrayList<>(1);
        for (Edge e : v.basic.children(node, "acl")) {
            if (v.s.token(e.dependent()).pos().equals("VBN")) {
                for (Edge a : v.g.children(e.dependent())) {
                    if (a.relation().equals("obl:agent") || a.relation().equals("obl:by")
                            || a.relation().equals("nmod:agent")) {
                        out.addAll(v.actorsAt(a.dependent()));
                    }
                }
            }
        }
        return out;
    }

    /** Places of a force or a state that can modify an act: "checkpoint shootings", "a police academy bombing". */
    private static final Set<String> FACILITIES = Set.of("academy", "base", "checkpoint", "outpost", "post", "barracks",
            "camp", "station", "compound", "headquarters", "office", "building", "school", "college", "convoy",
            "position", "garrison", "installation", "facility", "centre", "center", "depot", "checkpost");

    /**
     * Compounds of a noun that name a place of a force rather than who acts: "Checkpoint shootings"
     * are not by the checkpoint, and in "the police academy car bombing" the police own the
     * academy that was bombed.
     */
    List<ActorMention> facilityModifiers(int noun) {
        List<ActorMention> out = new ArrayList<>(1);
        for (Edge e : v.basic.children(noun, "compound")) {
            for (ActorMention m : v.mentions) {
                if (m.head() != e.dependent() || m.contains(noun)
                        || m.form() != Form.ROLE && m.form() != Form.REFERENCE) {
                    // Only role words, or descriptions taken up from before: "Home Office specialists"
                    // are the ministry's.
                    continue;
                }
                int next = m.end();
                Edge nextUp = next < noun ? v.basic.head(next) : null;
                boolean ownsNext = nextUp != null && nextUp.relation().equals("compound")
                        && (nextUp.governor() == noun || nextUp.governor() == next + 1)
                        && FACILITIES.contains(v.lemma(next).toLowerCase(Locale.ROOT));
                if (ownsNext || FACILITIES.contains(v.lemma(m.head()).toLowerCase(Locale.ROOT))) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** National adjectives and compounds that modify a noun: the source of "Israeli strikes", "Taliban attacks". */
    List<ActorMention> modifierActors(int noun) {
        List<ActorMention> out = new ArrayList<>(1);
        if (v.currency(noun)) {
            return out;
        }
        List<ActorMention> places = facilityModifiers(noun);
        for (Edge e : v.basic.children(noun)) {
            String r = e.relation();
            if (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss")) {
                int at = ledBy(e.dependent());
                for (ActorMention m : v.mentions) {
                    if (places.contains(m)) {
                        continue;
                    }
                    if (m.head() == at || (m.contains(at) && !m.contains(noun))) {
                        // "a military offensive": a role word of unknown country is a modifier, not an actor.
                        boolean bareRole = m.form() == Form.ROLE && m.actor() == null;
                        if (!out.contains(m) && !bareRole && !(m.form() == Form.CAPITAL && r.equals("compound"))) {
                            out.add(armsOf(m, noun));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Acts only armed forces carry out, and the aircraft that carry them out: a country's "air
     * strikes", "shelling" or "helicopters" are its military's.
     */
    private static final Set<String> FORCE_ONLY = Set.of("airstrike", "shelling", "bombardment", "airstrikes",
            "helicopter", "helicopters", "gunship", "gunships");

    /**
     * A bare country named by its adjective or name before an act only armed forces carry out, as
     * its armed forces: "backed by Russian air strikes" is RUSMIL, not Russia as a whole.
     */
    private ActorMention armsOf(ActorMention m, int noun) {
        String l = v.lemma(noun).toLowerCase(Locale.ROOT);
        boolean air = l.equals("strike") && v.basic.children(noun, "compound").stream()
                .anyMatch(c -> v.word(c.dependent()).equalsIgnoreCase("air"));
        boolean country = m.actor() != null && m.actor().kind() == ActorKind.COUNTRY && m.role() == null
                && (m.form() == Form.ADJECTIVE || m.form() == Form.NAME);
        boolean forceOnly = FORCE_ONLY.contains(l) || FORCE_ONLY.contains(v.word(noun).toLowerCase(Locale.ROOT));
        return country && (air || forceOnly) ? m.withActor(m.actor(), "MIL", Form.ROLE, " (its armed forces' act)") : m;
    }

    /**
     * The leader of an "X-led" modifier ("the US-led war against Iraq": US), or the modifier
     * itself. Only leading makes the modifier the actor: an "Iran-backed militia" is not Iran.
     */
    private int ledBy(int modifier) {
        if (!v.lemma(modifier).equals("lead") || !v.s.token(modifier).pos().equals("VBN")) {
            return modifier;
        }
        for (Edge e : v.basic.children(modifier)) {
            if ((e.relation().startsWith("obl") || e.relation().equals("compound") || e.relation().equals("npmod"))
                    && e.dependent() < modifier) {
                return e.dependent();
            }
        }
        return modifier;
    }
}
