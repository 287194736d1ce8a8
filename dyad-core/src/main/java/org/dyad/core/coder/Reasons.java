package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.model.Report;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.parse.Graph;

/**
 * What an actor holds another did: the reason a hostile act gives ("imposed sanctions against
 * Spain for violating the agreement") and what one alleges or charges ("alleging that Japan had
 * violated the pact"). The held act is the other's, reported and contested; an allegation of a
 * wrong is an accusation. Used by {@link FrameClimber}.
 */
final class Reasons {
    private Reasons() {}

    /**
     * Verbs that hold a wrong against the one they act on. "thanked Uganda for expelling the
     * commanders" is not among them: what one is thanked or praised for is taken as done.
     */
    private static final Set<String> HOLDING = Set.of("criticise", "criticize", "condemn", "denounce", "rebuke",
            "censure", "reprimand", "castigate", "chastise", "attack", "slam", "blast", "punish", "penalise",
            "penalize", "sanction", "impose", "fine", "sue", "arrest", "detain", "charge", "indict", "prosecute",
            "try", "convict", "sentence", "expel", "retaliate");

    /**
     * "imposed sanctions on Japan for violating the pact", "criticised Japan for violating it": a
     * gerund of "for" on a verb that acts on someone is the reason the actor gives. The one acted on
     * did it, as the actor holds, so it is reported and contested, like an accusation's content.
     */
    static boolean reason(SentenceView v, Candidate c, int cur, int f, String rel) {
        if (c.nominal || cur != c.trigger || !Graph.matches(rel, "advcl") || !v.markedBy(cur, "for")
                || !v.tok(cur).pos().equals("VBG") || !v.basic.children(cur, "nsubj").isEmpty() || !v.tok(f).isVerb()
                || !HOLDING.contains(v.lemma(f)) && !penalty(v, f)) {
            return false;
        }
        List<ActorMention> held = FrameClimber.actors(v, v.objects(f));
        if (held.isEmpty() && penalty(v, f)) {
            // "The judge gave eight of the defendants the maximum sentence for murdering prisoners":
            // the ones sentenced did it, not the judge, even when they are no known actor.
            held = FrameClimber.actors(v, v.basic.children(f, "iobj").stream().map(e -> e.dependent()).toList());
            c.sources = held;
            c.sourceFromContext = false;
            c.steps.add("the reason '" + v.word(f) + "' a penalty for: done by the ones punished, not by the judge");
            if (c.mode == Mode.ASSERTED) {
                c.mode = Mode.REPORTED;
                c.report = new Report(FrameClimber.describe(FrameClimber.actors(v, v.subjects(f)), v, f), v.lemma(f), false);
            }
            return true;
        }
        if (held.isEmpty()) {
            // "imposed sanctions on Japan", with "on Japan" on the verb or on its object.
            List<Integer> on = new ArrayList<>(v.prepChildren(f, Set.of("against", "on")));
            for (int o : v.objects(f)) {
                on.addAll(v.prepChildren(o, Set.of("against", "on")));
            }
            held = FrameClimber.actors(v, on);
        }
        if (held.isEmpty()) {
            return false;
        }
        String holder = FrameClimber.describe(FrameClimber.actors(v, v.subjects(f)), v, f);
        c.sources = held;
        c.targets.removeAll(held);
        if (c.mode == Mode.ASSERTED) {
            c.mode = Mode.REPORTED;
            c.report = new Report(holder, v.lemma(f), false);
        }
        c.steps.add("the reason '" + v.word(f) + "' gives: done by the one acted on, as " + holder + " holds (contested)");
        return true;
    }

    /** Nouns of a penalty that a verb such as "give" or "hand down" imposes. */
    private static final Set<String> PENALTIES = Set.of("sentence", "term", "penalty", "fine", "punishment", "jail",
            "prison");

    /** Verbs that give a penalty. */
    private static final Set<String> PENALISING = Set.of("give", "hand", "hand_down", "mete_out");

    /** "gave them the maximum sentence", "handed down a ten-year term": a verb whose object is a penalty. */
    private static boolean penalty(SentenceView v, int verb) {
        if (!PENALISING.contains(v.predicateKeys(verb).get(0))) {
            return false;
        }
        for (Edge e : v.basic.children(verb, "obj")) {
            if (PENALTIES.contains(v.lemma(e.dependent()).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of alleging a wrong. */
    private static final Set<String> ALLEGING = Set.of("allege", "charge");

    /**
     * "The U.S. imposed duties, alleging that Japan had violated the agreement": to allege that
     * another committed a wrong (a hostile act, roots 11 to 20) is to accuse it (112). The wrong
     * itself stays reported and contested.
     */
    static void allegation(SentenceView v, Candidate c, int f, List<ActorMention> speakers, String frameRule,
            List<Candidate> extra) {
        int root = CameoCode.rootNumber(c.code);
        if (!ALLEGING.contains(v.lemma(f)) || root < 11 || root == 13 || c.nominal || c.mode != Mode.REPORTED
                || c.sources.isEmpty()) {
            return;
        }
        List<ActorMention> accusers = speakers;
        if (accusers.isEmpty() && v.tok(f).pos().equals("VBG")) {
            // "…, alleging that …": the participle's subject is its clause's.
            Edge up = v.basic.head(f);
            accusers = up == null ? List.of() : FrameClimber.actors(v, v.subjects(up.governor()));
        }
        if (accusers.isEmpty() || Sides.sameActors(accusers, c.sources, v.date)) {
            return;
        }
        Candidate accusation = new Candidate(f, false, "112", accusers, c.sources);
        accusation.rules.addAll(c.rules);
        accusation.rules.add(frameRule);
        accusation.steps.add("'" + v.word(f) + "' alleges " + c.code + " by " + FrameClimber.describe(c.sources, v, c.trigger)
                + ": an accusation (112)");
        accusation.viaFrame = true;
        accusation.specificity = c.specificity;
        extra.add(accusation);
    }
}
