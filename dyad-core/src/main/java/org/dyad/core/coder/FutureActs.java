package org.dyad.core.coder;

import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.dict.Frames;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * What an act told with "will", "would" or another modal comes to once the climb has ended: a
 * refusal ("will not accept", 12x), a threat (a hostile act made to hang on "if", or any act on
 * "unless", 13x), an intent ("will support", 03x), or nothing asserted yet (an appeal or inquiry
 * announced for later, an aim that others ascribe). Also recodes an event through a frame's map,
 * and tells which conditions an event's clause carries. Used by {@link FrameClimber}.
 */
final class FutureActs {
    private final Frames frames;
    private final Cameo cameo;

    FutureActs(Frames frames, Cameo cameo) {
        this.frames = frames;
        this.cameo = cameo;
    }

    /**
     * Recodes an event through a frame's map ("would not meet" → 12x, "would cut ties if" → 13x):
     * the new code, the frame's rule and a step saying why. False, and nothing changed, when the
     * frame is missing or has no CAMEO code for the event.
     */
    boolean recode(Candidate c, @Nullable Frame frame, String why) {
        String to = frame == null ? null : frame.transform(c.code);
        if (to == null || !cameo.contains(to)) {
            return false;
        }
        c.steps.add(why + ": " + c.code + " → " + to + " (" + frame.rule() + ")");
        c.code = to;
        c.viaFrame = true;
        c.rules.add(frame.rule());
        return true;
    }

    /**
     * "Portugal will support Turkey", "the rebels will release the hostages": an act announced
     * for the future is an intent (03x), or a threat for hostile acts (13x), by the INTEND map.
     */
    void future(SentenceView v, Candidate c, Set<Integer> absorbed) {
        if (c.code.isEmpty()) {
            return;
        }
        int root = CameoCode.rootNumber(c.code);
        if (refused(v, c, root) || conditionalThreat(v, c, root)) {
            return;
        }
        if (c.modal == null || !FrameClimber.FUTURE.contains(c.modal) || c.mode == Mode.NEGATED
                || c.mode == Mode.HYPOTHETICAL) {
            return;
        }
        if (c.ascribedAim && !(c.passedReport && !c.reportedBy.isEmpty()
                && (Sides.ownSide(v, c.reportedBy, c.sources) || Sides.sameCode(v, c.reportedBy, c.sources)))) {
            // "Iran's main goal is to occupy Basra, Iraq said", or the reporter's own analysis: an aim
            // ascribed to a side by others states no intent of that side. "Iran said its goal was to …" does.
            c.steps.add("an aim ascribed to the actor, not stated by it: not asserted");
            c.mode = Mode.HYPOTHETICAL;
            return;
        }
        // "will withdraw its force unless …": a conditional announcement is a threat. So is a hostile act
        // its actor announces on an "if" ("we will strike back if they cross the line, the general said");
        // told by others, "if" leaves it an intent.
        boolean unless = conditional(v, c, Set.of("unless")) || hostileOnIf(v, c, root) && c.passedReport
                && !c.sources.isEmpty() && Sides.ownSide(v, c.reportedBy, c.sources);
        if (notYetMade(v, c, root, unless)) {
            return;
        }
        announced(v, c, unless);
    }

    /**
     * Whether a negated act of cooperation told with "will" or "would" is its actor's refusal, and
     * then recodes it as a rejection where the REJECT map has a code for it.
     */
    private boolean refused(SentenceView v, Candidate c, int root) {
        boolean refusal = c.mode == Mode.NEGATED && c.modal != null
                && (FrameClimber.FUTURE.contains(c.modal) || c.modal.equals("would")) && root >= 3 && root <= 8
                && !c.viaFrame
                // "a visit by Japanese officials will likely do nothing to change the decision": an event
                // noun that a negated verb speaks about is no one's refusal of it.
                && !c.nominal
                // "was expected to assure Chirac that he will not agree to a deal": a refusal that is
                // itself only expected is no rejection.
                && !c.underHypothesis
                // "he won't step down, Watanabe told Reuters": another's forecast of a refusal is not one.
                && !(c.passedReport && !c.reportedBy.isEmpty() && !c.sources.isEmpty()
                        && !Sides.ownSide(v, c.reportedBy, c.sources) && !Sides.sameCode(v, c.reportedBy, c.sources));
        if (!refusal) {
            return false;
        }
        // "will not accept refugees", "would not meet their demands": a refusal to cooperate is a rejection (12x).
        if (recode(c, frames.get(Frame.Kind.REJECT).orElse(null), "'" + c.modal + " not' refuses it")) {
            c.mode = Mode.ASSERTED;
        }
        return true;
    }

    /**
     * Whether a hypothetical act hangs on a condition its own side states, and then recodes it as a
     * threat where the THREATEN map has a code for it.
     */
    private boolean conditionalThreat(SentenceView v, Candidate c, int root) {
        if (c.modal != null && !c.viaFrame && c.mode == Mode.HYPOTHETICAL
                && (root >= 10 && conditional(v, c) || conditional(v, c, Set.of("unless")))
                && c.passedReport && Sides.ownSide(v, c.reportedBy, c.sources) && !c.sources.isEmpty()) {
            // "we may halt mediation if …, the minister said": a conditional hostile act that its actor
            // states is a threat, and so is any act its actor makes hang on "unless" ("announced it will
            // withdraw its force unless …"). Unattributed ("Serbia could cut ties if the talks fail") or told by
            // others ("analysts said Iran would …"), it is speculation and stays hypothetical.
            if (recode(c, frames.get(Frame.Kind.THREATEN).orElse(null), "conditional '" + c.modal + "': a threat")) {
                c.mode = Mode.ASSERTED;
            }
            return true;
        }
        return false;
    }

    /** Whether an act announced for later is a speech act or an inquiry not made yet; then it is not asserted. */
    private static boolean notYetMade(SentenceView v, Candidate c, int root, boolean unless) {
        if (!unless && FrameClimber.PREVIEWED_ROOTS.contains(root)) {
            // "Yeutter will press Japan to open its markets", "he will demand that Israel withdraw": an
            // appeal, demand or accusation announced for later has not been made yet, and CAMEO has no
            // intent code for it, so it is not asserted. (The speaker's own "said it will demand" is read
            // as the demand, in report.)
            c.steps.add("'" + c.modal + "' previews a speech act not yet made: not asserted");
            c.mode = Mode.HYPOTHETICAL;
            return true;
        }
        if (!unless && root == 9 && !c.viaFrame
                && !(c.passedReport && Sides.sameCode(v, c.reportedBy, c.sources))) {
            // "judges … will quiz Prime Minister de Villepin, aides to Villepin said": an inquiry
            // scheduled is not yet made, and no pledge unless its makers announce it ("the government
            // said it will investigate" is read at "said", as an intent).
            c.steps.add("'" + c.modal + "' schedules an inquiry: not yet made, not asserted");
            c.mode = Mode.HYPOTHETICAL;
            return true;
        }
        return false;
    }

    /** Recodes an act announced for later by the INTEND map, or THREATEN when it hangs on a condition. */
    private void announced(SentenceView v, Candidate c, boolean unless) {
        Frame intend = c.viaFrame ? null : frames.get(unless ? Frame.Kind.THREATEN : Frame.Kind.INTEND).orElse(null);
        if (intend == null) {
            return;
        }
        String to = intend.transform(c.code);
        if ("hypothetical".equals(to)) {
            // "Uganda will deploy troops to Somalia": a show of force announced for later has no intent
            // code (frames.txt, INTEND) and has not happened yet.
            c.steps.add("'" + c.modal + "' announces it, not yet done: not asserted");
            c.mode = Mode.HYPOTHETICAL;
            return;
        }
        if (to == null || to.equals(c.code) || !cameo.contains(to)) {
            return;
        }
        c.steps.add("'" + c.modal + "' announces it: " + c.code + " → " + to + " (" + intend.rule() + ")");
        c.code = to;
        c.viaFrame = true;
        c.rules.add(intend.rule());
    }

    /** Whether a hostile act (disapproval and worse, root 11 on) hangs on an "if": "will vote against it if …". */
    static boolean hostileOnIf(SentenceView v, Candidate c, int root) {
        return root >= 11 && conditional(v, c, Set.of("if"));
    }

    /** Whether the event's clause carries an "if" or "unless" condition. */
    private static boolean conditional(SentenceView v, Candidate c) {
        return conditional(v, c, Set.of("if", "unless"));
    }

    /** Whether the event's word or its head has an adverbial clause introduced by one of {@code marks}. */
    static boolean conditional(SentenceView v, Candidate c, Set<String> marks) {
        for (int x : new int[] {c.trigger, c.head}) {
            for (Edge e : v.basic.children(x)) {
                if (Graph.matches(e.relation(), "advcl")) {
                    for (Edge m : v.basic.children(e.dependent(), "mark")) {
                        if (marks.contains(v.word(m.dependent()))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
