package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.Pattern;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;

/**
 * Mediation is a third party's act on two others: the mediator is the source and each disputing
 * party a target, and the parties never act on each other. "Ghana mediated between Togo and Benin"
 * is GHA → TGO and GHA → BEN, never TGO ↔ BEN; "Togo and Benin accepted Ghana's mediation" (038)
 * is TGO → GHA and BEN → GHA; "mediation between Togo and Benin" with no mediator named is no event.
 * Two sides that talk, agree or negotiate themselves stay mutual (the coder's rule for 03 to 06).
 */
final class Mediation {
    /** Accept mediation (038), intend to mediate (039), mediate (045). */
    private static final Set<String> CODES = Set.of("038", "039", "045");
    /** The codes whose source is the mediator (038's source is a party, its target the mediator). */
    private static final Set<String> BY_MEDIATOR = Set.of("039", "045");

    private final Dictionaries dict;

    Mediation(Dictionaries dict) {
        this.dict = dict;
    }

    /** Whether a code is a mediation's, whose actors are never mutual. */
    static boolean code(String code) {
        return CODES.contains(code);
    }

    /** Gives a mediation its mediator and its parties, and makes its targets one-sided. */
    void settle(SentenceView v, Candidate c) {
        if (!CODES.contains(c.code)) {
            return;
        }
        c.pairwise = false;
        if (!BY_MEDIATOR.contains(c.code)) {
            return;
        }
        int gov = purposeOf(v, c);
        List<ActorMention> visited = gov >= 0 ? visited(v, gov) : List.of();
        if (gov >= 0 && (c.sources.isEmpty() || visits(v, gov) && visited.containsAll(c.sources))) {
            mediatorOfPurpose(v, c, gov);
        }
        if (c.targets.isEmpty()) {
            parties(v, c, visited);
        }
    }

    /**
     * "Kenya's president will visit Eritrea and Djibouti to mediate": the visitor mediates, where the
     * parser gives the purpose clause the visited countries as its subject (not "Egypt needs Qatar to
     * mediate"), or no subject at all ("the AU sent an envoy to Burundi to mediate"). The visited are
     * never the mediator, even when the visitor is no known actor.
     */
    private static void mediatorOfPurpose(SentenceView v, Candidate c, int gov) {
        c.sources = new ArrayList<>(v.subjectActors(gov));
        if (!c.sources.isEmpty()) {
            c.steps.add("the mediator is who " + v.word(gov) + " to mediate: '" + c.sources.get(0).text() + "'");
        }
    }

    /**
     * The parties of a mediation whose pattern found none: a "between" phrase after it, or the
     * countries visited to mediate ("visited Eritrea and Djibouti to mediate in their border quarrel").
     */
    private static void parties(SentenceView v, Candidate c, List<ActorMention> visited) {
        List<ActorMention> parties = new ArrayList<>(strayBetween(v, c.trigger));
        String why = "the parties from the 'between' phrase after it";
        if (parties.isEmpty()) {
            parties.addAll(visited);
            why = "the parties are the countries visited to mediate";
        }
        parties.removeAll(c.sources);
        if (!parties.isEmpty()) {
            c.targets = parties;
            c.steps.add(why);
        }
    }

    /**
     * The verb whose purpose clause the mediation is ("visit Eritrea to mediate", "sent an envoy to
     * mediate"), or -1. A verb that takes its object as the infinitive's subject is a frame ("asked
     * Nigeria to mediate", "invited Egypt to mediate") and is left to the frames.
     */
    private int purposeOf(SentenceView v, Candidate c) {
        if (c.nominal || !v.markedBy(c.trigger, "to")) {
            return -1;
        }
        Edge up = v.basic.head(c.trigger);
        if (up == null || up.governor() == c.trigger || !v.tok(up.governor()).isVerb()
                || !Graph.matches(up.relation(), "xcomp") && !Graph.matches(up.relation(), "advcl")
                || dict.frames().verb(v.lemma(up.governor())).isPresent()) {
            return -1;
        }
        return up.governor();
    }

    /** Whether a verb is one of visiting: it has a pattern for a visit (042), as "visit", "tour" and "fly to" do. */
    private boolean visits(SentenceView v, int verb) {
        for (String key : v.predicateKeys(verb)) {
            for (Pattern p : dict.verbs().patterns(key)) {
                if (p.code().startsWith("042")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Actors named by their names as the objects or destinations of a visit: "visit Eritrea", "flew to Benin". */
    private static List<ActorMention> visited(SentenceView v, int gov) {
        List<Integer> nodes = new ArrayList<>();
        for (Edge e : v.g.children(gov, "obj")) {
            nodes.add(e.dependent());
        }
        nodes.addAll(v.prepChildren(gov, Set.of("to")));
        List<ActorMention> out = new ArrayList<>();
        for (int n : nodes) {
            for (ActorMention m : v.actorsAt(n)) {
                if (m.form() == ActorMention.Form.NAME && !out.contains(m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * The actors of the first "between" phrase after the trigger, wherever the parser hung it, when
     * no verb comes between: "launched a mediation effort on Monday between Iran and Bahrain, whose
     * ties …" (the phrase read as the relative clause's), "the talks mediated by Oman between …".
     */
    private static List<ActorMention> strayBetween(SentenceView v, int trigger) {
        for (int k = trigger + 1; k < v.s.size(); k++) {
            if (v.tok(k).isVerb()) {
                return List.of();
            }
            if (!v.word(k).equals("between")) {
                continue;
            }
            Edge up = v.basic.head(k);
            return up == null || !up.relation().equals("case") ? List.of() : v.actorsAt(up.governor());
        }
        return List.of();
    }
}
