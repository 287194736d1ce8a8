package org.dyad.core.coder;

import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.parse.Graph;

/**
 * Whether a frame reaches the word below it on the climb: a complement does (an indirect question
 * under "asked" does not), an adverbial clause does only where it completes the frame ("urged Kabul
 * to act", not "after carrying out a test"), and a noun does as the frame's object or argument
 * ("went into talks", not "pressed its offensive"). Used by {@link FrameClimber}.
 */
final class FrameReach {
    private FrameReach() {}

    private static final Set<String> PUSH = Set.of("press", "push", "pressure", "prod", "nudge");
    private static final String[] ADJUNCT_MARKS = {"after", "before", "while", "when", "whenever", "since", "until",
        "till", "once", "because", "although", "though", "whereas", "despite"};

    /**
     * Whether {@code frame} at {@code f} governs {@code cur}, hung on it by {@code rel} as a
     * complement, an adverbial clause or a noun argument (a rejected offer of cooperation is left
     * not asserted on the way).
     */
    static boolean allowed(SentenceView v, Candidate c, int cur, int f, String rel, Frame frame, boolean complement,
            boolean adverbial, boolean nounArg) {
        boolean allowed;
        if (complement && frame.kind() == Frame.Kind.APPEAL && rel.equals("ccomp") && indirectQuestion(v, cur)) {
            // "asked why the women stayed quiet": a question, not an appeal to act.
            allowed = false;
        } else if (complement) {
            allowed = true;
        } else if (adverbial && cur < f && Reports.attributionAfter(v, cur, f, frame)) {
            // "Russia is arming separatists, Western analysts said": the parser may make the
            // attribution the root and what it attributes an adverbial clause before it.
            allowed = true;
        } else if (adverbial && cur > f && v.markedBy(cur, "to") && INFINITIVE_FRAMES.contains(frame.kind())
                && v.basic.children(cur, "nsubj").isEmpty() && v.basic.children(cur, "nsubj:pass").isEmpty()
                && v.basic.children(f, "obj").isEmpty()) {
            // "threatened on Friday to impose tariffs on Iran": a phrase between the verb and its
            // infinitive may make the parser hang the infinitive as an adverbial clause; it is still
            // what was threatened. Not after an object: "shunned work on Monday to protest" is a purpose.
            allowed = true;
        } else if (adverbial && v.markedBy(cur, ADJUNCT_MARKS)) {
            // "After carrying out a nuclear test, the DPRK agreed to return to the talks": a clause of
            // time, cause or concession is no complement of the frame.
            allowed = false;
        } else if (adverbial) {
            // "urged Kabul to act", "accused Pakistan of violating …": a subjectless adverbial
            // clause completes the frame; "…, while India offered aid" has its own subject and is
            // a separate report.
            allowed = adverbialComplement(v, cur, f, frame);
        } else if (nounArg) {
            allowed = nounArgument(v, c, cur, f, rel, frame);
        } else {
            allowed = false;
        }
        return allowed;
    }

    /** Whether an adverbial clause {@code cur} completes the frame at {@code f}. */
    private static boolean adverbialComplement(SentenceView v, int cur, int f, Frame frame) {
        return (isDirective(frame) || frame.kind() == Frame.Kind.ACCUSE)
                && (v.basic.children(cur, "nsubj").isEmpty() && v.basic.children(cur, "nsubj:pass").isEmpty()
                // "called on the government to deploy troops", parsed with "on" marking a clause
                // whose subject is the addressee.
                || v.markedBy(cur, "on", "upon")
                // "called for Iran to withdraw its troops": the clause's subject is the addressee.
                || v.markedBy(cur, "for") && v.markedBy(cur, "to"))
                // "barred them from leaving": it did not happen.
                || (frame.kind() == Frame.Kind.NEGATE || frame.kind() == Frame.Kind.PREVENT)
                && v.markedBy(cur, "from")
                // "stopped short of attacking the convoy".
                || frame.kind() == Frame.Kind.NEGATE && v.markedBy(cur, "of")
                && v.basic.children(f, "advmod").stream().anyMatch(a -> v.word(a.dependent()).equals("short"))
                // "is considering sending troops", "avoided naming Iran": a bare gerund that the
                // parser hangs as an adverbial clause is the complement.
                || (frame.kind() == Frame.Kind.HYPOTHETICAL || frame.kind() == Frame.Kind.NEGATE)
                && v.tok(cur).pos().equals("VBG") && v.basic.children(cur, "mark").isEmpty()
                && v.basic.children(cur, "nsubj").isEmpty() && cur > f;
    }

    /**
     * Whether an event noun {@code cur} is what the frame at {@code f} takes as its argument by
     * {@code rel}; a rejected offer or plan of cooperation is left not asserted.
     */
    private static boolean nounArgument(SentenceView v, Candidate c, int cur, int f, String rel, Frame frame) {
        boolean allowed;
        if (frame.kind() == Frame.Kind.LIGHT) {
            // "went straight into talks with President Mubarak", "entered into negotiations".
            allowed = rel.equals("obj") || rel.startsWith("nsubj") || entered(v, cur, f, rel);
        } else if (frame.kind() == Frame.Kind.REJECT) {
            // "rejected India's accusations": the rejection is coded by the verb; the noun is what it rejects.
            allowed = false;
            int root = CameoCode.rootNumber(c.code);
            if (root >= 3 && root <= 8 && c.mode == Mode.ASSERTED) {
                // "rejected Qatari mediation", "opposed the deployment of peacekeepers": an offer or
                // plan of cooperation that is turned down has not happened; accusations and attacks
                // that are rejected have.
                c.mode = Mode.HYPOTHETICAL;
                c.steps.add("turned down at '" + v.word(f) + "': not asserted");
            }
        } else if (frame.kind() == Frame.Kind.APPEAL && PUSH.contains(v.lemma(f)) && rel.equals("obj")) {
            // "pressing its military operations", "pushed the offensive": pressing on with an
            // act is no appeal; "pressed for talks" is.
            allowed = false;
        } else {
            // "agreed to US mediation in the final status talks": a phrase of "in", "during" or
            // "at" is where the act took place, not what was agreed, asked or demanded.
            allowed = rel.equals("obj") || Graph.matches(rel, "obl") && isDirective(frame)
                    && !UnrealClauses.SETTINGS.contains(v.prepOf(cur))
                    || v.tok(f).isNoun() && Graph.matches(rel, "nmod")
                    && Set.of("of", "for", "to").contains(v.prepOf(cur))
                    // "the meeting was cancelled", "the attack was foiled": the passive's subject.
                    || rel.equals("nsubj:pass") && frame.kind() == Frame.Kind.NEGATE;
        }
        return allowed;
    }

    /** Frames whose verbs take what they frame as an infinitive ("threatened to", "refused to", "tried to"). */
    private static final Set<Frame.Kind> INFINITIVE_FRAMES = Set.of(Frame.Kind.THREATEN, Frame.Kind.REJECT,
            Frame.Kind.ATTEMPT, Frame.Kind.NEGATE, Frame.Kind.INTEND, Frame.Kind.PREPARE, Frame.Kind.APPEAL,
            Frame.Kind.DEMAND, Frame.Kind.ORDER, Frame.Kind.PERMIT, Frame.Kind.PREVENT);

    private static boolean isDirective(Frame f) {
        return f.kind() == Frame.Kind.APPEAL || f.kind() == Frame.Kind.DEMAND || f.kind() == Frame.Kind.INTEND
                || f.kind() == Frame.Kind.PREPARE || f.kind() == Frame.Kind.ORDER || f.kind() == Frame.Kind.PERMIT
                || f.kind() == Frame.Kind.PREVENT;
    }

    /** Light verbs that carry an event noun in an "into" or "to" phrase: "went into talks", "went to war". */
    private static final Set<String> ENTERING = Set.of("go", "enter");

    /**
     * Whether a noun is the "into" or "to" phrase of a verb of entering: "went into talks", "entered
     * into negotiations".
     */
    static boolean entered(SentenceView v, int noun, int verb, String rel) {
        return Graph.matches(rel, "obl") && v.markedBy(noun, "into", "to") && ENTERING.contains(v.lemma(verb));
    }

    private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "whether", "if", "what", "when", "where",
            "who", "whom", "which");

    /** Whether a clause is an indirect question: "why the women stayed quiet", "whether talks would resume". */
    private static boolean indirectQuestion(SentenceView v, int clause) {
        for (Edge e : v.basic.children(clause)) {
            if (e.dependent() < clause && QUESTION_WORDS.contains(v.word(e.dependent()))) {
                return true;
            }
        }
        return false;
    }
}
