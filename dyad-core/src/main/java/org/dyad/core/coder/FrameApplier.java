package org.dyad.core.coder;

import java.util.List;
import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.dict.Frames;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.ontology.CameoCode;
import org.jspecify.annotations.Nullable;

/**
 * Applies a frame met on the climb to the event below it. Negation ("did not attack", "failed to
 * reach an agreement" as a rejection), hypothesis ("would attack"), attempt and light verbs ("held
 * talks") are handled here, reports by {@link Reports}, and every other frame by
 * {@link FrameTransform}. Also finds whose a frame is, applies the noun of a plan or promise that
 * an infinitive completes ("continued their effort to overthrow"), and a report tacked on after its
 * clause ("…, aid workers said"). Used by {@link FrameClimber}.
 */
final class FrameApplier {
    private final Frames frames;
    private final Cameo cameo;
    private final FrameLookup lookup;
    private final LocalModes modes;
    private final FrameTransform frameTransform;
    private final Reports reports;
    private final FutureActs futureActs;
    private final Governors governors;

    FrameApplier(Frames frames, Cameo cameo, FrameLookup lookup, LocalModes modes, FrameTransform frameTransform,
            Reports reports, FutureActs futureActs, Governors governors) {
        this.frames = frames;
        this.cameo = cameo;
        this.lookup = lookup;
        this.modes = modes;
        this.frameTransform = frameTransform;
        this.reports = reports;
        this.futureActs = futureActs;
        this.governors = governors;
    }

    /** Applies a frame; false stops the climb. */
    boolean apply(SentenceView v, Candidate c, int f, Frame frame, Set<Integer> absorbed,
            List<Candidate> extra, Trace trace) {
        String lemma = v.lemma(f);
        List<ActorMention> frameSubjects = frameSubjects(v, f);
        switch (frame.kind()) {
            case NEGATE:
                return negate(v, c, f, frame, lemma, frameSubjects, absorbed);
            case HYPOTHETICAL:
                if (c.mode != Mode.NEGATED) {
                    c.mode = Mode.HYPOTHETICAL;
                }
                c.underHypothesis = true;
                c.steps.add("'" + v.tok(f).word() + "' makes it hypothetical (" + frame.rule() + ")");
                modes.localMode(v, c, f);
                return true;
            case ATTEMPT:
                return attempt(v, c, f, frame, absorbed);
            case REPORT:
                return reports.report(v, c, f, frame, frameSubjects, absorbed, extra, trace);
            case LIGHT:
                return light(v, c, f, frame, frameSubjects, absorbed);
            default:
                return frameTransform.transform(v, c, f, frame, frameSubjects, absorbed, extra, lemma);
        }
    }

    /**
     * Whose a frame is: its subjects, or for a noun with none its owner, or the subject of the verb it
     * is the object or subject of, unless that verb answers another's call.
     */
    private static List<ActorMention> frameSubjects(SentenceView v, int f) {
        List<ActorMention> frameSubjects = FrameClimber.actors(v, v.subjects(f));
        if (frameSubjects.isEmpty() && v.tok(f).isNoun()) {
            // "Pakistan's offer to mediate", "reached a consensus to exchange": the noun's owner or its verb's subject.
            frameSubjects = v.modifierActors(f);
            if (frameSubjects.isEmpty()) {
                Edge up = v.basic.head(f);
                if (up != null && (up.relation().equals("obj") || up.relation().startsWith("nsubj"))
                        && !RESPONSES.contains(v.lemma(up.governor()))) {
                    frameSubjects = FrameClimber.actors(v, v.subjects(up.governor()));
                }
            }
        }
        return frameSubjects;
    }

    /**
     * Verbs that answer someone else's call, offer or plan: "the UN rejected a call for
     * peacekeepers" does not make the UN the caller.
     */
    private static final Set<String> RESPONSES = Set.of("reject", "dismiss", "rebuff", "spurn", "refuse", "decline",
            "turn_down", "welcome", "accept", "heed", "answer", "ignore", "defy", "endorse", "back", "support", "hail",
            "praise", "criticize", "criticise", "condemn", "denounce", "oppose", "consider", "study", "discuss",
            "examine", "review", "receive", "veto", "snub", "resist", "embrace", "echo", "second", "approve");

    /**
     * A frame of negation: a failure to cooperate is a rejection, driving off an attack leaves it
     * done, failing to prevent undoes a negation below, and anything else is negated; true.
     */
    private boolean negate(SentenceView v, Candidate c, int f, Frame frame, String lemma,
            List<ActorMention> frameSubjects, Set<Integer> absorbed) {
        int root = CameoCode.rootNumber(c.code);
        Frame reject = frames.get(Frame.Kind.REJECT).orElse(null);
        // "the Security Council failed to agree on the withdrawal": a body that does not reach
        // agreement within itself rejects no one.
        boolean withinItself = (v.lemma(c.trigger).equalsIgnoreCase("agree")
                || v.lemma(c.head).equalsIgnoreCase("agree"))
                && frameSubjects.size() == 1 && assembly(frameSubjects.get(0), v.date);
        if (lemma.equals("fail") && root >= 3 && root <= 8 && !frameSubjects.isEmpty() && reject != null
                && c.mode == Mode.ASSERTED && !triedAndFailed(v, f) && !withinItself) {
            // "failed to reach an agreement": a failure to cooperate is coded as a rejection, as CAMEO does.
            if (futureActs.recode(c, reject, "'" + v.tok(f).word() + "' to cooperate is a rejection")) {
                c.sources = frameSubjects;
                c.head = f;
                absorbed.add(f);
                modes.localMode(v, c, f);
                return true;
            }
        }
        if (root >= 18 && REPELLING.contains(v.predicateKeys(f).get(0))) {
            // "held off an attack by the rebels": the attack was made, and repelled.
            c.steps.add("'" + v.tok(f).word() + " off' repels it: it happened");
            modes.localMode(v, c, f);
            return true;
        }
        if (undoesNegation(v, c, f)) {
            modes.localMode(v, c, f);
            return true;
        }
        c.mode = Mode.NEGATED;
        c.frameNegated = true;
        c.steps.add("'" + v.tok(f).word() + "' negates it (" + frame.rule() + ")");
        modes.localMode(v, c, f);
        return true;
    }

    /** A frame of attempt: the attempted act by the frame's map, or not asserted where it has none; true. */
    private boolean attempt(SentenceView v, Candidate c, int f, Frame frame, Set<Integer> absorbed) {
        String to = frame.transform(c.code);
        if (to == null || to.equals("hypothetical")) {
            if (c.mode != Mode.NEGATED) {
                c.mode = Mode.HYPOTHETICAL;
            }
            c.steps.add("'" + v.tok(f).word() + "': only attempted, not asserted (" + frame.rule() + ")");
        } else if (cameo.contains(to)) {
            c.steps.add("'" + v.tok(f).word() + "': an attempted act, " + c.code + " → " + to + " (" + frame.rule()
                    + ")");
            c.code = to;
            c.rules.add(frame.rule());
            c.head = f;
            absorbed.add(f);
        }
        modes.localMode(v, c, f);
        return true;
    }

    /**
     * A light verb: it carries the event noun ("held talks"), giving it the verb's subjects as
     * sources and the verb's phrases as targets, unless it holds only an impression of it; true.
     */
    private boolean light(SentenceView v, Candidate c, int f, Frame frame, List<ActorMention> frameSubjects,
            Set<Integer> absorbed) {
        if (modes.impressionClause(v, c.head, f)) {
            // "he had the impression Germany was ready to make a gesture" (parsed with the
            // impression as the clause's subject): one's impression of another's act is not it.
            if (c.mode != Mode.NEGATED) {
                c.mode = Mode.HYPOTHETICAL;
            }
            c.steps.add("'" + v.tok(f).word() + "' holds an impression of it: not asserted");
            absorbed.add(f);
            return true;
        }
        if (c.nominal && c.sources.isEmpty()) {
            c.sources = frameSubjects;
            c.sourceFromContext = false;
        }
        if (c.targets.isEmpty()) {
            // "held talks on the withdrawal of Azerbaijani troops": what talks are on is their topic.
            c.targets = FrameClimber.actors(v, v.prepChildren(f, EventNouns.isTopicNoun(v.lemma(c.trigger))
                    ? Set.of("against", "with", "to", "at")
                    : Set.of("on", "against", "with", "to", "at", "upon")));
        }
        c.head = f;
        c.rules.add(frame.rule());
        c.steps.add("light verb '" + v.tok(f).word() + "' carries it (" + frame.rule() + ")");
        modes.localMode(v, c, f);
        absorbed.add(f);
        return true;
    }

    /** Verbs of driving off: what they drive off is an attack that was made, or a measure that was not. */
    private static final Set<String> REPELLING = Set.of("hold_off", "ward_off", "fend_off");

    /**
     * "failed to prevent an attack", "failed to head off the tariffs": a frame of failure or
     * prevention over an act another such frame negated undoes the negation; the act happened.
     */
    static boolean undoesNegation(SentenceView v, Candidate c, int f) {
        if (c.mode != Mode.NEGATED || !c.frameNegated) {
            return false;
        }
        c.mode = Mode.ASSERTED;
        c.frameNegated = false;
        c.steps.add("'" + v.tok(f).word() + "' undoes the negation below it: it happened");
        return true;
    }

    private static final Set<String> ATTEMPTS = Set.of("try", "attempt", "seek", "strive", "endeavour", "endeavor");

    /**
     * "Norway has tried but failed to arrange a meeting": an attempt that failed is no refusal; the
     * act simply did not happen.
     */
    private static boolean triedAndFailed(SentenceView v, int fail) {
        Edge up = v.basic.head(fail);
        if (up != null && up.relation().equals("conj") && ATTEMPTS.contains(v.lemma(up.governor()))) {
            return true;
        }
        for (Edge e : v.basic.children(fail)) {
            if (e.relation().equals("conj") && ATTEMPTS.contains(v.lemma(e.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** An international organisation or a legislature: a body whose members must agree among themselves. */
    private static boolean assembly(ActorMention m, java.time.@Nullable LocalDate date) {
        return m.actor() != null && m.actor().kind() == org.dyad.core.model.ActorKind.IGO
                || RoleCodes.hasRole(m.codeAt(date), "LEG");
    }

    /**
     * The noun of a frame that the infinitive above the climb completes, where the parser hung the
     * infinitive on the verb that has the noun: applies the noun's frame where it governs the act, or
     * leaves another's plan unasserted. True stops the climb.
     */
    boolean nounOverInfinitive(SentenceView v, Candidate c, int cur, int f, String rel, @Nullable Frame frame,
            Set<Integer> absorbed, List<Candidate> extra, Trace trace) {
        // "announced his willingness to negotiate": under a reporting verb too, the noun of intent
        // that the parser makes the object is what the infinitive completes.
        int controller = rel.equals("xcomp") && (frame == null || frame.kind() == Frame.Kind.LIGHT
                || frame.kind() == Frame.Kind.REPORT) ? governors.controllingNoun(v, f, cur) : -1;
        if (controller >= 0) {
            // "continued their effort to overthrow the government", "issued an ultimatum to halt
            // attacks": the parser hangs the infinitive on the light verb, but it completes the
            // noun. Under any other verb only a noun of mere possibility or of asking counts
            // ("improve their ability to cooperate", "is reviewing a Russian request to meet
            // British officials"); "approved a deal to sell drones" is the sale.
            Frame nounFrame = lookup.frameOf(v, controller);
            boolean applies = nounFrame != null && nounFrame.kind() != Frame.Kind.LIGHT
                    && (frame != null || nounFrame.kind() == Frame.Kind.HYPOTHETICAL
                    || nounFrame.kind() == Frame.Kind.ATTEMPT || nounFrame.kind() == Frame.Kind.APPEAL
                    // "dropped its threat to boycott the election": what is threatened is not done.
                    || nounFrame.kind() == Frame.Kind.THREATEN
                    // "expressed regret over Washington's decision to impose tariffs": the decider acts.
                    || nounFrame.kind() == Frame.Kind.ORDER
                    // "reaffirmed her willingness to meet": a will or a pledge is no deal; what it is
                    // to do has not been done, and the one who wills it intends it.
                    || nounFrame.kind() == Frame.Kind.INTEND && WILLS.contains(v.lemma(controller)));
            // Whose the plan, promise or decision is, when not the verb's subject's (else empty).
            List<ActorMention> others = othersPlan(v, controller, f);
            if (!applies && frame == null && nounFrame != null && c.mode == Mode.ASSERTED
                    && (nounFrame.kind() == Frame.Kind.INTEND || nounFrame.kind() == Frame.Kind.PREPARE)
                    && !others.isEmpty()) {
                // "The United States has protested China's plans to dissolve the legislature": the
                // plan is another's, and the verb is about it; the planned act has not happened.
                c.mode = Mode.HYPOTHETICAL;
                c.sources = others;
                c.steps.add("another's '" + v.word(controller) + "' that '" + v.word(f) + "' is about: not asserted");
                return true;
            }
            if (applies && !apply(v, c, controller, nounFrame, absorbed, extra, trace)) {
                return true;
            }
            if (applies && nounFrame.kind() == Frame.Kind.INTEND && !others.isEmpty()) {
                // "has noticed the promise of senior Malaysian officials to investigate": the promise is
                // theirs, not the noticer's.
                c.sources = others;
                c.targets.removeIf(t -> Sides.sameActors(List.of(t), c.sources, v.date));
                c.steps.add("the '" + v.word(controller) + "' of '" + c.sources.get(0).text() + "': theirs");
            }
            if (applies && nounFrame.kind() == Frame.Kind.ORDER && !others.isEmpty()) {
                // "vowed it would defy the Security Council's decision to impose sanctions": the
                // decision is the Council's; the verb that acts on it does not govern its act.
                return true;
            }
        }
        return false;
    }

    /** Nouns of intent that never stand for the act itself, unlike "deal" or "agreement". */
    private static final Set<String> WILLS = Set.of("willingness", "readiness", "intention", "intent", "desire",
            "determination", "eagerness", "preparedness", "pledge", "promise", "vow");

    /**
     * The owners of a plan or decision noun when they are not among its verb's subjects, else empty
     * ("protested China's plans", "defy the Security Council's decision").
     */
    private static List<ActorMention> othersPlan(SentenceView v, int noun, int verb) {
        List<ActorMention> owners = planOwners(v, noun);
        if (owners.isEmpty()) {
            return owners;
        }
        List<ActorMention> subjects = FrameClimber.actors(v, v.subjects(verb));
        return !subjects.isEmpty() && !Sides.sameActors(owners, subjects, v.date) ? owners : List.of();
    }

    /**
     * Whose a plan, promise or decision is: its possessor ("China's plans"), or the actors of its
     * "of" phrase ("the promise of senior Malaysian officials"); empty when it names neither.
     */
    private static List<ActorMention> planOwners(SentenceView v, int noun) {
        if (v.basic.hasChild(noun, "nmod:poss")) {
            return v.modifierActors(noun);
        }
        return FrameClimber.actors(v, v.prepChildren(noun, Set.of("of")));
    }

    /**
     * "Houthi fighters shelled a market, killing twelve people, aid workers said": the parser
     * often hangs a trailing attribution on the main clause as parataxis. A reporting verb after
     * the clause, with a subject and no complement of its own, reports it.
     */
    void trailingReport(SentenceView v, Candidate c, int root, Set<Integer> absorbed, List<Candidate> extra,
            Trace trace) {
        for (Edge e : v.basic.children(root, "csubj")) {
            int f = e.dependent();
            Frame frame = lookup.frameOf(v, f);
            if (f < root && frame != null && frame.kind() == Frame.Kind.REPORT && !v.subjects(f).isEmpty()
                    && c.mode == Mode.ASSERTED) {
                // "Pakistan said civilians were killed and claimed its air force had shot down …", parsed
                // with the reporting verb as the subject of the last clause: the clause is still what
                // the speaker reports, by the last reporting verb before it.
                int last = f;
                for (int k = f + 1; k < root; k++) {
                    Frame kf = v.tok(k).isVerb() ? lookup.frameOf(v, k) : null;
                    if (kf != null && kf.kind() == Frame.Kind.REPORT) {
                        last = k;
                    }
                }
                List<ActorMention> speakers = FrameClimber.actors(v, v.subjects(f));
                Reports.reported(v, c, speakers, FrameClimber.describe(speakers, v, f), last,
                        !frame.unreliable().contains(v.lemma(last)),
                        "the parser made the report the clause's subject");
                return;
            }
        }
        for (Edge e : v.basic.children(root, "parataxis")) {
            int f = e.dependent();
            Frame frame = lookup.frameOf(v, f);
            // "…, officials said"; "…, experts believe": a belief tacked on after is as much a frame
            // as one before ("experts believe that …").
            if (f > root && frame != null && Reports.attributing(v, f, frame) && !v.subjects(f).isEmpty()
                    && v.basic.children(f, "ccomp").isEmpty() && v.basic.children(f, "xcomp").isEmpty()) {
                apply(v, c, f, frame, absorbed, extra, trace);
                return;
            }
        }
    }
}
