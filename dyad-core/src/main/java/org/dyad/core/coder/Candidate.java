package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Mode;
import org.dyad.core.model.Report;
import org.jspecify.annotations.Nullable;

/** An event being built: found by a pattern, then carried up through the frames above it. */
final class Candidate {
    final int trigger;
    final boolean nominal;
    int head;
    String code;
    List<ActorMention> sources;
    List<ActorMention> targets;
    boolean pairwise;
    Mode mode = Mode.ASSERTED;
    @Nullable Report report;
    /** A modal or future auxiliary seen on the way up: "would", "will". */
    @Nullable String modal;
    final List<String> rules = new ArrayList<>(2);
    final List<String> steps = new ArrayList<>(2);
    boolean viaFrame;
    /** Who reported the event, whatever its mode: set when the climb passes a reporting verb. */
    List<ActorMention> reportedBy = new ArrayList<>();
    boolean passedReport;
    /** A frame of mere possibility ("expected to", "may") stands above it, whatever its mode. */
    boolean underHypothesis;
    /** It is what another act is for ("negotiations to sign a treaty"): a decision of that act does not assert it. */
    boolean aimed;
    boolean sourceFromContext;
    boolean patternHasTarget;
    int specificity;
    /** The pattern's code for the target's act on the source, applied while {@link #code} is still {@link #patternCode}. */
    @Nullable String reverseCode;
    @Nullable String patternCode;
    /** The sources act on each other (a MUTUAL pattern). */
    boolean mutual;
    /** A passive verb: its sources are "by" agents acting together on its subject, never on each other. */
    boolean passive;
    /** The text names the target but it is no actor ("accused unnamed foreign powers"): none is to be guessed. */
    boolean targetNoActor;
    /** A report on the way only hinted at it ("hinted he would seek their help"): no statement of intent. */
    boolean hinted;
    /**
     * The modal sits on a clause above the act whose subject is a thing, not an actor ("census data
     * would help the government to provide …"): a forecast about the thing, no one's intent.
     */
    boolean modalOnThing;
    /** Negated by a frame of failure or prevention ("prevented", "failed to"), not by "not": a second such frame undoes it. */
    boolean frameNegated;
    /** An aim that a noun ascribes to the actor ("Iran's main goal is to occupy Basra"): its intent only when it says so. */
    boolean ascribedAim;
    /**
     * The sources are the subject of the clause the event noun is a setting of ("made the remarks in a
     * meeting with …", "retook the village after fierce fighting with guerrillas").
     */
    boolean sourceFromSetting;
    /** Force ordered by someone in authority, not yet used ("ordered the army to resume strikes"). */
    boolean orderedForce;

    Candidate(int trigger, boolean nominal, String code, List<ActorMention> sources, List<ActorMention> targets) {
        this.trigger = trigger;
        this.head = trigger;
        this.nominal = nominal;
        this.code = code;
        this.sources = new ArrayList<>(sources);
        this.targets = new ArrayList<>(targets);
    }

    Candidate copy() {
        Candidate c = new Candidate(trigger, nominal, code, sources, targets);
        c.head = head;
        c.pairwise = pairwise;
        c.mode = mode;
        c.report = report;
        c.modal = modal;
        c.modalOnThing = modalOnThing;
        c.rules.addAll(rules);
        c.steps.addAll(steps);
        c.viaFrame = viaFrame;
        c.reportedBy = new ArrayList<>(reportedBy);
        c.passedReport = passedReport;
        c.underHypothesis = underHypothesis;
        c.aimed = aimed;
        c.sourceFromContext = sourceFromContext;
        c.patternHasTarget = patternHasTarget;
        c.specificity = specificity;
        c.reverseCode = reverseCode;
        c.patternCode = patternCode;
        c.mutual = mutual;
        c.passive = passive;
        c.targetNoActor = targetNoActor;
        c.hinted = hinted;
        c.frameNegated = frameNegated;
        c.ascribedAim = ascribedAim;
        c.sourceFromSetting = sourceFromSetting;
        c.orderedForce = orderedForce;
        return c;
    }
}
