package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.dict.Frames;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.model.Report;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.parse.Graph;

/**
 * What a frame does to the candidate event it governs, once {@link FrameClimber} has climbed to
 * it: an intent, an appeal, an order or a refusal recodes the act ("agreed to meet" 036, "urged
 * Kabul to expel" 02x, "refused to release" 1243) and sets its source and target from the frame's
 * subject and addressee; a wish for others, a warning of what things or armed others may do, or a
 * hope for things asserts nothing.
 */
final class FrameTransform {
    private final Frames frames;
    private final Cameo cameo;
    private final LocalModes modes;

    FrameTransform(Frames frames, Cameo cameo, LocalModes modes) {
        this.frames = frames;
        this.cameo = cameo;
        this.modes = modes;
    }

    /** Verbs of command, whose ordered use of force has not yet happened ("ordered the army to resume strikes"). */
    private static final Set<String> COMMANDS = Set.of("order", "instruct", "command", "authorise", "authorize",
            "direct", "mandate");

    /**
     * Roots of speech acts that, beside the previewed ones, are not made while they are only planned in
     * the infinitive ("planned to warn", "hopes to reject"): rejections and threats.
     */
    private static final Set<Integer> PLANNED_ONLY_ROOTS = Set.of(12, 13);

    /**
     * Whether an act under an intent verb is a speech act only planned: a previewed one, or a rejection
     * or threat in the infinitive ("planned to warn"), not one told by a participle beside the intent
     * ("seeks to capitalize on the sentiment, dismissing the idea of a wall" dismisses it).
     */
    private static boolean plannedSpeech(SentenceView v, Candidate c, String inner, String intent) {
        int root = CameoCode.rootNumber(inner);
        return FrameClimber.PREVIEWED_ROOTS.contains(root)
                || PLANNED_ONLY_ROOTS.contains(root) && v.tok(c.trigger).pos().equals("VB")
                        // "vowed to respond", "pledged to answer any provocation": a vow is itself the threat.
                        && !COMMISSIVE.contains(intent);
    }

    /** Intent verbs that are speech acts of their own: a vow to respond is made when it is spoken. */
    private static final Set<String> COMMISSIVE = Set.of("vow", "pledge", "promise", "swear", "offer", "commit_to",
            "volunteer", "agree", "consent", "propose");

    /** Whether a word is a finite verb or a past participle, not an infinitive ("accused", "urges"). */
    private static boolean finiteOrParticiple(SentenceView v, int w) {
        return v.finite(w) || v.tok(w).pos().equals("VBN");
    }

    /**
     * "made strong representations to the Thai government, demanding an inquiry", "sent a letter to the
     * foreign ministers of Britain, France and Germany, calling for talks": a participle of appeal or
     * demand set after a verb that addresses someone in a "to" phrase (on the verb or on its object)
     * is addressed to them.
     */
    private static List<ActorMention> hostRecipients(SentenceView v, int f) {
        Edge up = v.basic.head(f);
        if (!v.tok(f).pos().equals("VBG") || up == null || up.governor() >= f || !v.tok(up.governor()).isVerb()
                || !(Graph.matches(up.relation(), "advcl") || up.relation().equals("xcomp") || up.relation().equals("dep")
                || Graph.matches(up.relation(), "conj"))) {
            return List.of();
        }
        int host = up.governor();
        List<Integer> to = new ArrayList<>(v.prepChildren(host, Set.of("to")));
        for (int o : v.objects(host)) {
            to.addAll(v.prepChildren(o, Set.of("to")));
        }
        return FrameClimber.actors(v, to);
    }

    /** Modals of ability, which negated say what cannot be done: "cannot", "could not", "can't". */
    private static final Set<String> ABILITY = Set.of("can", "could", "ca");

    /**
     * "warns that the government cannot fight terrorism with one hand tied": a negated act of ability
     * by the warner's own side (or by no one named) under a warning says what that side cannot do; it
     * threatens no one. "warned it would not hesitate to strike" and "warned that Israel could not
     * attack without paying a price" still do.
     */
    private static boolean inability(SentenceView v, Candidate c, List<ActorMention> warners) {
        if (c.mode != Mode.NEGATED || c.modal == null || !ABILITY.contains(c.modal.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (ActorMention m : c.sources) {
            String code = m.codeAt(v.date);
            boolean own = code.startsWith("---") || warners.stream().anyMatch(w -> RoleCodes.samePrefix(code, w.codeAt(v.date)));
            if (!own) {
                return false;
            }
        }
        return true;
    }

    /** Roles of armed or lawless others whose acts a state warns of without threatening them. */
    private static final Set<String> ARMED_OTHERS = Set.of("INS", "REB", "RAD", "UAF", "CRM", "IMG");

    /**
     * "Indonesia's intelligence agency warned that extremists may be planning attacks": a warning
     * whose clause has armed others (militants, extremists, unknown gunmen) as its subject alerts to a
     * danger from them; it threatens no one. "warned that Israel would pay a price" still threatens.
     */
    private static boolean warnedOfArmedOthers(SentenceView v, Candidate c, int f, Frame frame,
            List<ActorMention> warners) {
        if (frame.kind() != Frame.Kind.THREATEN || !v.tok(f).isVerb() || !v.lemma(f).equals("warn")) {
            return false;
        }
        int clause = c.trigger;
        Edge up = v.basic.head(clause);
        while (up != null && up.governor() != f) {
            clause = up.governor();
            up = v.basic.head(clause);
        }
        if (up == null || !up.relation().equals("ccomp")) {
            return false;
        }
        List<ActorMention> subjects = FrameClimber.actors(v, v.subjects(clause));
        if (subjects.isEmpty() || Sides.sameActors(subjects, warners, v.date)) {
            return false;
        }
        for (ActorMention m : subjects) {
            String role = RoleCodes.roleOf(m.codeAt(v.date));
            if (role == null || !ARMED_OTHERS.contains(role)) {
                return false;
            }
        }
        return true;
    }

    boolean transform(SentenceView v, Candidate c, int f, Frame frame, List<ActorMention> frameSubjects,
            Set<Integer> absorbed, List<Candidate> extra, String lemma) {
        String inner = c.code;
        // "The mission was intended to protect Palestinian civilians": a purpose given to a thing is
        // nobody's stated intent, and not the act.
        String unasserted = frame.kind() == Frame.Kind.INTEND && v.tok(f).isVerb() && v.isPassive(f)
                && v.lemma(f).equalsIgnoreCase("intend") ? "in the passive gives a purpose, not an intent: not an event"
                : wishForOthers(v, c, f, frame, frameSubjects) ? "wishes it of others: not their intent, not an event"
                : warnedConsequence(v, c, f, frame) ? "warns of what may come of a thing, not of what anyone will do: no threat"
                : frame.kind() == Frame.Kind.THREATEN && inability(v, c, frameSubjects) ? "warns of what its own side cannot do: a statement, no threat"
                : warnedOfArmedOthers(v, c, f, frame, frameSubjects) ? "warns of what armed others plan: an alert, no threat"
                : hopeForThings(v, c, f, frame) ? "hopes it of a thing: not an intent, not an event"
                // "has decided on whether to press charges": the decision is on a question, not the act.
                : frame.kind() == Frame.Kind.ORDER && v.markedBy(c.trigger, "whether", "if")
                        ? "decides whether: the act is a question, not an event"
                : null;
        if (unasserted != null) {
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("'" + v.tok(f).word() + "' " + unasserted);
            absorbed.add(f);
            return true;
        }
        if (c.mode == Mode.NEGATED) {
            // "urged Kabul not to attack": a call for de-escalation; other negated complements are dropped.
            if (CameoCode.rootNumber(inner) >= 15) {
                inner = "087";
            } else {
                c.steps.add("negated complement under '" + v.tok(f).word() + "': not coded");
                c.code = "";
                return false;
            }
        }
        String to = frame.transform(inner);
        if (frame.kind() == Frame.Kind.ORDER && inner.equals(to) && c.mode == Mode.HYPOTHETICAL && c.aimed) {
            // "decided to accelerate negotiations to sign an agreement": a decision codes the act it
            // decides, not what that act is for.
            c.steps.add("'" + v.tok(f).word() + "' decides another act, not this aim: still not asserted");
            return true;
        }
        if (frame.kind() == Frame.Kind.ORDER && inner.equals(to) && c.mode == Mode.HYPOTHETICAL && c.underHypothesis) {
            // "ordered the security chiefs to ensure that militants respect the truce": what the order
            // is to ensure is its goal; the order is the act.
            c.steps.add("'" + v.tok(f).word() + "' orders what it holds as a goal: still not asserted");
            return true;
        }
        if (to == null) {
            to = inner;
        }
        int innerRoot = CameoCode.rootNumber(inner);
        if (frame.kind() == Frame.Kind.ORDER && COMMANDS.contains(lemma) && innerRoot >= 18 && innerRoot <= 20) {
            // "Olmert ordered the army to resume strikes on militants": an order to use force is not yet
            // the force; it is announced as a threat, as "will strike" is (frames.txt, INTEND).
            // "Iraq chose to attack the platforms" and "decided to" still tell the act.
            Frame intend = frames.get(Frame.Kind.INTEND).orElse(null);
            String threat = intend == null ? null : intend.transform(inner);
            if (threat != null && cameo.contains(threat)) {
                c.steps.add("'" + v.tok(f).word() + "': an order to use force, not the force: " + inner + " → " + threat);
                to = threat;
                c.orderedForce = true;
            }
        }
        if (to.equals("negate")) {
            if (FrameClimber.undoesNegation(v, c, f)) {
                absorbed.add(f);
                return true;
            }
            // "refused to attack": the attack did not happen; keep it, negated.
            c.mode = Mode.NEGATED;
            c.frameNegated = true;
            c.steps.add("'" + v.tok(f).word() + "' means it did not happen (" + frame.rule() + ")");
            absorbed.add(f);
            return true;
        }
        if (to.equals("hypothetical")) {
            // "plans to deploy troops": the deployment has not happened; keep it, not asserted.
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("'" + v.tok(f).word() + "': planned, not yet done (" + frame.rule() + ")");
            absorbed.add(f);
            return true;
        }
        if (!cameo.contains(to)) {
            return false;
        }
        if (frame.kind() == Frame.Kind.INTEND && to.equals(inner) && !lemma.equals("agree")
                // not a finite verb the parser joined to the infinitive ("vowed to hunt them down and accused …")
                && !finiteOrParticiple(v, c.trigger) && !finiteOrParticiple(v, c.head)
                && plannedSpeech(v, c, inner, lemma) && c.mode == Mode.ASSERTED) {
            // "Lyng plans to ask Japan to open its rice market", "hopes to persuade Bonn": an appeal,
            // demand or accusation that is only planned has not been made, and CAMEO has no intent code
            // for it (as for "will ask", in future). Agreeing on one is making it ("agreed to call for").
            c.steps.add("'" + v.tok(f).word() + "': a speech act planned, not yet made: not asserted");
            c.mode = Mode.HYPOTHETICAL;
            c.head = f;
            absorbed.add(f);
            return true;
        }
        // "blamed the blasts on the ANC", "blamed the attack on India": the one blamed is in the "on"
        // phrase, on the verb or on the blamed act's noun.
        List<ActorMention> blamedOn = new ArrayList<>();
        if (frame.kind() == Frame.Kind.ACCUSE && lemma.equals("blame")) {
            blamedOn.addAll(FrameClimber.actors(v, v.prepChildren(f, Set.of("on"))));
            for (int on : v.prepChildren(f, Set.of("on"))) {
                if (blamedOn.isEmpty() && !v.tok(on).isNoun()) {
                    // "blamed the blasts on the outlawed African National Congress", parsed with "the"
                    // as the phrase's head: the actor that the phrase's first words lead to.
                    for (ActorMention m : v.mentions) {
                        if (m.start() > on && m.start() <= on + 3 && m.actor() != null) {
                            blamedOn.add(m);
                            break;
                        }
                    }
                }
            }
            if (blamedOn.isEmpty() && c.nominal) {
                blamedOn.addAll(FrameClimber.actors(v, v.prepChildren(c.trigger, Set.of("on"))));
            }
        }
        if (frame.kind() == Frame.Kind.ACCUSE) {
            // The accusation is asserted; the act it alleges is reported and contested.
            Candidate alleged = c.copy();
            if (alleged.mode == Mode.ASSERTED) {
                alleged.mode = Mode.REPORTED;
                alleged.report = new Report(FrameClimber.describe(frameSubjects, v, f), lemma, false);
            }
            alleged.steps.add("alleged by " + FrameClimber.describe(frameSubjects, v, f) + " (" + frame.rule() + ")");
            // "Fatah accused Hamas of attacking …": the accused did it, whatever the parser's control says.
            List<ActorMention> accused = FrameClimber.actors(v, v.objects(f));
            accused.removeIf(m -> m.head() == c.trigger);
            if (accused.isEmpty() && !blamedOn.isEmpty()) {
                accused = new ArrayList<>(blamedOn);
                alleged.targets.removeAll(blamedOn);
            }
            if (!accused.isEmpty() || alleged.sources.isEmpty()) {
                alleged.sources = accused;
            }
            extra.add(alleged);
        }
        List<ActorMention> oldSources = c.sources;
        List<ActorMention> oldTargets = c.targets;
        c.steps.add("'" + v.tok(f).word() + "' is " + frame.kind().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + c.code + " → " + to + " (" + frame.rule() + ")");
        c.code = to;
        c.mode = Mode.ASSERTED;
        c.report = null;
        c.modal = null;
        c.viaFrame = true;
        c.head = f;
        c.rules.add(frame.rule());
        absorbed.add(f);
        if (frame.kind() == Frame.Kind.PREPARE && c.nominal && mereChance(v, c.trigger)) {
            // "prepared the ground for a possible meeting between Cyprus and Turkey": readying the ground
            // for what may happen is no stated intent to do it.
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("only a possible '" + v.word(c.trigger) + "': not asserted");
        }
        if (!frameSubjects.isEmpty()) {
            c.sources = frameSubjects;
        } else if (frame.kind() == Frame.Kind.ACCUSE || frame.kind() == Frame.Kind.APPEAL
                || frame.kind() == Frame.Kind.DEMAND || frame.kind() == Frame.Kind.THREATEN) {
            // "Many blame the Chinese government of …", "Kabul was urged to …", "It (the draft) warns
            // that failure to heed the demands would lead to …": with no one named as the accuser,
            // the caller or the one who warns, the accused and the addressee are not the speaker.
            c.sources = new ArrayList<>();
        }
        switch (frame.kind()) {
            case APPEAL:
            case DEMAND: {
                List<ActorMention> withdrawing = c.nominal && inner.startsWith("087")
                        ? FrameClimber.actors(v, v.prepChildren(c.trigger, Set.of("of"))) : List.of();
                List<Integer> objects = new ArrayList<>(v.objects(f));
                if (withdrawing.isEmpty() || !objects.remove(Integer.valueOf(c.trigger))) {
                    objects = v.objects(f);
                }
                List<ActorMention> addressees = FrameClimber.actors(v, objects);
                // "demanded the withdrawal of Serbian forces from Bosnia": the demand is on the forces
                // that are to withdraw, not on the place they would leave ("demanded an apology from
                // Japan" is on Japan).
                addressees.addAll(FrameClimber.actors(v, v.prepChildren(f, withdrawing.isEmpty()
                        ? Set.of("on", "upon", "to", "from") : Set.of("on", "upon", "to"))));
                addressees.removeIf(m -> m.head() == c.trigger);
                if (addressees.isEmpty()) {
                    addressees.addAll(hostRecipients(v, f));
                }
                int unnamed = addressees.isEmpty() && frame.kind() == Frame.Kind.APPEAL
                        ? unnamedAddressee(v, f, c.trigger) : -1;
                if (!addressees.isEmpty()) {
                    c.targets = addressees;
                } else if (!oldSources.isEmpty() && !Sides.sameActors(oldSources, c.sources, v.date)) {
                    c.targets = oldSources;
                } else if (!withdrawing.isEmpty()) {
                    c.targets = withdrawing;
                } else if (unnamed >= 0) {
                    // "urged the international community to denounce the abuses in Burma": the appeal
                    // is to those it names, whom no dictionary codes, not to Burma.
                    c.targets = new ArrayList<>();
                    c.targetNoActor = true;
                    c.steps.add("appeal to '" + v.word(unnamed) + "', no actor: no target");
                } else {
                    c.targets = oldTargets;
                }
                break;
            }
            case ACCUSE:
            case THREATEN:
            case PREVENT:
            case PERMIT: {
                // "accused Pakistan of …", "prevented students from marching", "allowed the opposition
                // to rally": the frame's object is the target; else whoever would have done the act.
                List<ActorMention> objs = FrameClimber.actors(v, v.objects(f));
                objs.removeIf(m -> m.head() == c.trigger);
                if (objs.isEmpty()) {
                    objs = blamedOn;
                }
                if (!objs.isEmpty()) {
                    c.targets = objs;
                } else if (frame.kind() != Frame.Kind.THREATEN && !oldSources.isEmpty()
                        && !Sides.sameActors(oldSources, c.sources, v.date)) {
                    c.targets = oldSources;
                } else if (frame.kind() == Frame.Kind.ACCUSE && !v.objects(f).isEmpty()) {
                    // "accused unnamed foreign powers of arming the paramilitaries": the accused are
                    // named but are no actor; the accusation is not against the act's victims.
                    c.targets = new ArrayList<>();
                    c.targetNoActor = true;
                }
                break;
            }
            default: {
                if (c.targets.isEmpty()) {
                    // "offered its troops to Lebanon's president": the one offered to is the target, not
                    // what is offered; with no recipient named, the object is ("agreed to meet Kabul").
                    List<ActorMention> objs = FrameClimber.actors(v, v.indirectObjects(f));
                    objs.addAll(FrameClimber.actors(v, v.prepChildren(f, Set.of("to", "with", "for"))));
                    if (objs.isEmpty()) {
                        objs = FrameClimber.actors(v, v.objects(f));
                    }
                    objs.removeIf(m -> m.head() == c.trigger);
                    // "the army is poised to attack": the parser's passive subject of an adjectival
                    // frame is the one who acts, not a target.
                    objs.removeAll(c.sources);
                    c.targets = objs;
                }
                if (frameSubjects.isEmpty() && c.sources.isEmpty()) {
                    c.sources = oldSources;
                }
            }
        }
        modes.localMode(v, c, f);
        return true;
    }

    /**
     * The noun by which an appeal verb names whom it appeals to, when that noun is no actor and
     * holds none ("urged the international community to …", "called on donors to …"), or -1.
     */
    private static int unnamedAddressee(SentenceView v, int verb, int act) {
        List<Integer> named = new ArrayList<>(v.objects(verb));
        named.addAll(v.prepChildren(verb, Set.of("on", "upon")));
        for (int n : named) {
            if (n != act && v.tok(n).isNoun() && !v.tok(n).pos().startsWith("PRP") && v.actorsAt(n).isEmpty()
                    && v.mentions.stream().noneMatch(m -> v.basic.dominates(n, m.head(), 5))) {
                // Not "workers of the United Bus Company of Tehran": a phrase with an actor in it.
                return n;
            }
        }
        return -1;
    }

    /** Whether an event noun is only possible: "a possible meeting", "a potential deal". */
    private static boolean mereChance(SentenceView v, int noun) {
        for (Edge e : v.basic.children(noun, "amod")) {
            String w = v.word(e.dependent()).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("possible") || w.equals("potential") || w.equals("eventual")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of wishing that take a clause: what one hopes others will do is not their intent. */
    private static final Set<String> WISHES = Set.of("hope", "want", "prefer");

    /**
     * "We hope that the Iranian regime will begin to cooperate": a wish whose clause has a subject
     * of its own, not of the wisher's side, is neither the wisher's intent nor the others'.
     */
    private static boolean wishForOthers(SentenceView v, Candidate c, int f, Frame frame,
            List<ActorMention> frameSubjects) {
        if (frame.kind() != Frame.Kind.INTEND || !WISHES.contains(v.lemma(f).toLowerCase(java.util.Locale.ROOT))
                || c.sources.isEmpty() || !frameSubjects.isEmpty() && Sides.ownSide(v, frameSubjects, c.sources)) {
            return false;
        }
        for (Edge e : v.basic.children(f, "ccomp")) {
            if (e.dependent() == c.trigger || v.basic.dominates(e.dependent(), c.trigger)) {
                return true;
            }
        }
        return false;
    }

    /** Pronouns that stand for a thing, not for people: "it could threaten expansion". */
    private static final Set<String> THING_PRONOUNS = Set.of("it", "this", "that");

    /**
     * "Blair warned that if a deal is not done soon it could threaten expansion": a warning whose
     * complement's subject is a thing, not an actor, tells what may come of it, not what the warner
     * or anyone else will do; it is no threat ("warned that there would be consequences" is one).
     */
    private static boolean warnedConsequence(SentenceView v, Candidate c, int f, Frame frame) {
        if (frame.kind() != Frame.Kind.THREATEN || !v.tok(f).isVerb() || c.nominal || !c.sources.isEmpty()
                || c.head == f) {
            return false;
        }
        return thingSubjects(v, c.head);
    }

    /**
     * "The United States said it hoped that elections would help quell violence": a hope whose
     * clause has a thing as its subject is a hope about what will happen, not the hoper's intent.
     */
    private static boolean hopeForThings(SentenceView v, Candidate c, int f, Frame frame) {
        if (frame.kind() != Frame.Kind.INTEND || !WISHES.contains(v.lemma(f).toLowerCase(java.util.Locale.ROOT))
                || c.nominal || !c.sources.isEmpty() || c.head == f) {
            return false;
        }
        int clause = c.head;
        Edge up = v.basic.head(clause);
        while (up != null && up.relation().equals("xcomp") && up.governor() != f) {
            // "hoped that elections would help quell violence": "quell" belongs to the clause of "help".
            clause = up.governor();
            up = v.basic.head(clause);
        }
        return up != null && up.governor() == f && up.relation().equals("ccomp") && thingSubjects(v, clause);
    }

    /** Whether a clause has subjects and all of them are things: no actor, no pronoun for people, no "there". */
    private static boolean thingSubjects(SentenceView v, int clause) {
        List<Integer> subjects = v.subjects(clause);
        if (subjects.isEmpty()) {
            return false;
        }
        for (int x : subjects) {
            String w = v.word(x).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("there") || !v.actorsAt(x).isEmpty()
                    || v.tok(x).isPronoun() && !THING_PRONOUNS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
