package org.dyad.core.coder;

import java.util.List;
import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.dict.Frames;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.model.Report;
import org.dyad.core.ontology.CameoCode;
import org.jspecify.annotations.Nullable;

/**
 * Reported speech on the climb: what a reporting verb makes of the event it tells ("officials said
 * the army attacked" is reported, reliably or as a claim; "Pakistan said it would close the border"
 * is the speaker's own intent; "Russia said Sudan must return it" a demand), whether a report or
 * belief set after a clause attributes it, and whether someone named above a clause says it. Used
 * by {@link FrameClimber}.
 */
final class Reports {
    private final Frames frames;
    private final FrameLookup lookup;
    private final LocalModes modes;
    private final FutureActs futureActs;

    Reports(Frames frames, FrameLookup lookup, LocalModes modes, FutureActs futureActs) {
        this.frames = frames;
        this.lookup = lookup;
        this.modes = modes;
        this.futureActs = futureActs;
    }

    /**
     * Applies a reporting verb to the event it governs: a demand, appeal, intent or threat of the
     * speaker's own, the speaker as the actor of a noun, or else a report; true, the climb goes on.
     */
    boolean report(SentenceView v, Candidate c, int f, Frame frame, List<ActorMention> frameSubjects,
            Set<Integer> absorbed, List<Candidate> extra, Trace trace) {
        if (modalAppeal(v, c, f, frameSubjects, absorbed) || speakersOwnAct(v, c, f, frameSubjects, absorbed)) {
            return true;
        }
        if (c.viaFrame && c.code.startsWith("03") && c.mode == Mode.ASSERTED && !c.sources.isEmpty()
                && Sides.ownSide(v, frameSubjects, c.sources)) {
            // "Reagan announced his willingness to negotiate", "Egypt said it wants talks": saying one's
            // own intent is expressing it; the statement is the act, not a report of it.
            c.steps.add("'" + v.tok(f).word() + "' states the speaker's own intent: asserted");
            return settledAt(v, c, f, absorbed);
        }
        if (c.nominal && c.sources.isEmpty() && c.trigger != f && !frameSubjects.isEmpty()
                // not a noun inside a clause of its own: "said the platforms were used to launch attacks"
                && Attribution.nounPhraseOf(v, c.trigger, f)
                // nor what the speaker calls something: "'This was a cowardly attack,' he said"
                && !v.basic.hasChild(c.trigger, "cop")
                // nor what the speaker recounts: "citing abductions of its nationals" names no abductor
                && !RECOUNTING.contains(v.lemma(f))) {
            // "IS claimed the bombing", "announced a visit to Kabul": the speaker is the actor of the noun.
            c.sources = frameSubjects;
            c.steps.add("'" + v.tok(f).word() + "' names the actor of '" + v.tok(c.trigger).word() + "'");
            return settledAt(v, c, f, absorbed);
        }
        // "Iran is said to be planning an attack": a report in the passive that names no one who
        // made it is hearsay.
        boolean nobodySaid = frameSubjects.isEmpty() && v.isPassive(f);
        reported(v, c, frameSubjects, FrameClimber.describe(frameSubjects, v, f), f,
                !frame.unreliable().contains(v.lemma(f)) && !Attribution.quotesUnnamedSources(v, f) && !nobodySaid,
                nobodySaid ? frame.rule() + "; said by no one named" : frame.rule());
        Reasons.allegation(v, c, f, frameSubjects, frame.rule(), extra);
        absorbed.add(f);
        Mode before = c.mode;
        modes.localMode(v, c, f);
        if (c.mode == Mode.NEGATED && before != Mode.NEGATED) {
            // "did not say that …": the report does not assert the event, nor deny it.
            c.mode = Mode.HYPOTHETICAL;
        }
        return true;
    }

    /** Whether a "must" or "should" that others report is their demand or appeal: then recoded, and true. */
    private boolean modalAppeal(SentenceView v, Candidate c, int f, List<ActorMention> frameSubjects,
            Set<Integer> absorbed) {
        // "Russia said Sudan must return the helicopter": a demand on Sudan; "should": an appeal.
        if (c.modal != null && (c.modal.equals("must") || c.modal.equals("should")) && !c.viaFrame
                // "the Tories should have used resources …" is a reproach, and "should be announced
                // shortly" an expectation: neither asks anyone to act.
                && !modalReproachOrExpectation(v, c.modal)
                && c.mode != Mode.NEGATED && !frameSubjects.isEmpty() && !Sides.ownSide(v, frameSubjects, c.sources)) {
            Frame f2 = frames.get(c.modal.equals("must") ? Frame.Kind.DEMAND : Frame.Kind.APPEAL).orElse(null);
            if (f2 != null) {
                List<ActorMention> addressees = c.sources;
                if (futureActs.recode(c, f2, "'" + v.tok(f).word() + " … " + c.modal + "' is a "
                        + f2.kind().name().toLowerCase(java.util.Locale.ROOT))) {
                    c.targets = addressees;
                    c.sources = frameSubjects;
                    return ownStatement(v, c, f, absorbed);
                }
            }
        }
        return false;
    }

    /**
     * The act, recoded as the speaker's own statement (an appeal, intent or threat), is asserted at
     * the frame word, which the climb absorbs; then true.
     */
    private boolean ownStatement(SentenceView v, Candidate c, int f, Set<Integer> absorbed) {
        c.mode = Mode.ASSERTED;
        c.modal = null;
        return settledAt(v, c, f, absorbed);
    }

    /** The act's head moves to the frame word, which the climb absorbs, with that word's own mode; then true. */
    private boolean settledAt(SentenceView v, Candidate c, int f, Set<Integer> absorbed) {
        c.head = f;
        absorbed.add(f);
        modes.localMode(v, c, f);
        return true;
    }

    /**
     * Whether the speakers announce an act of their own side: another's speech act announced for
     * later (not yet made), else the speaker's own intent or threat; then true.
     */
    private boolean speakersOwnAct(SentenceView v, Candidate c, int f, List<ActorMention> frameSubjects,
            Set<Integer> absorbed) {
        // "Pakistan said it would close the border": a speaker's own future act is an intent or a threat.
        // A hint or suggestion of it ("hinted he would seek their help") is no statement of intent.
        if (c.modal != null && !c.viaFrame && c.mode != Mode.NEGATED && !TENTATIVE.contains(v.lemma(f))
                && !c.hinted && !c.modalOnThing
                // "China and Burundi should enhance cooperation, said Hu": Hu speaks for China only.
                && Sides.allOwnSide(v, frameSubjects, c.sources)) {
            int root = CameoCode.rootNumber(c.code);
            if (FrameClimber.PREVIEWED_ROOTS.contains(root)
                    && !speakerActs(frameSubjects, c.sources)) {
                // "a senior official said Olmert would ask Berlin and Rome to …": an appeal that another
                // announces for later has not been made ("Israel said it would ask" is the asking).
                c.steps.add("'" + v.tok(f).word() + " … " + c.modal
                        + "': another's speech act announced for later, not yet made");
                c.mode = Mode.HYPOTHETICAL;
                c.head = f;
                absorbed.add(f);
                return true;
            }
            // "… said it will withdraw its force unless …": a conditional announcement is a threat, and so
            // is a hostile act the speaker's side makes hang on "if" ("told the government that if it
            // does not come to a solution, the Congress will vote against it").
            boolean unless = FutureActs.conditional(v, c, Set.of("unless")) || FutureActs.hostileOnIf(v, c, root);
            if (futureActs.recode(c, frames.get(unless ? Frame.Kind.THREATEN : Frame.Kind.INTEND).orElse(null),
                    "'" + v.tok(f).word() + " … " + c.modal + "': the speaker's own "
                            + (unless ? "threat" : "intent"))) {
                return ownStatement(v, c, f, absorbed);
            }
        }
        return false;
    }

    /** Verbs that speak of an act done by others: their subject is not the actor of the noun they take. */
    private static final Set<String> RECOUNTING = Set.of("cite", "quote", "mention", "recall", "recount", "describe");

    /**
     * Whether the verb that carries a modal also has a perfect "have" ("should have used": a
     * reproach) or a "soon" ("should be announced shortly": an expectation).
     */
    private static boolean modalReproachOrExpectation(SentenceView v, String modal) {
        for (int k = 0; k < v.s.size(); k++) {
            final int verb = k;
            if (v.basic.children(verb, "aux").stream().anyMatch(a -> v.word(a.dependent()).equals(modal))
                    && v.basic.children(verb).stream().anyMatch(a -> a.relation().equals("aux")
                    && v.lemma(a.dependent()).equals("have") || a.relation().equals("advmod")
                    && SOON.contains(v.word(a.dependent())))) {
                return true;
            }
        }
        return false;
    }

    /** Adverbs that tell a modal as an expectation: "should be announced shortly". */
    private static final Set<String> SOON = Set.of("shortly", "soon");

    /**
     * Whether those who act are the speakers themselves or what they speak for: a pronoun or
     * description ("said it would ask"), a state or body ("Pakistani officials said Pakistan would
     * …"). A person named apart from the speakers ("an official said Olmert would …") is another.
     */
    private static boolean speakerActs(List<ActorMention> speakers, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            // A state or body announced by one who speaks for it ("Hu told Kibaki that China will …")
            // is the speaker's side; the caller has checked that.
            boolean same = a.form() == ActorMention.Form.REFERENCE || a.actor() == null
                    || a.actor().kind() != org.dyad.core.model.ActorKind.PERSON;
            for (ActorMention sp : speakers) {
                same |= sp == a || a.actor() != null && a.actor() == sp.actor();
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks an event as told by speakers with a reporting verb: an asserted event becomes reported,
     * reliable or contested; one already negated or hypothetical keeps its mode.
     */
    static void reported(SentenceView v, Candidate c, List<ActorMention> speakers, String reporter, int verb,
            boolean reliable, String why) {
        c.reportedBy.addAll(speakers);
        c.passedReport = true;
        c.hinted |= TENTATIVE.contains(v.lemma(verb));
        if (reliable && ownHarm(v, c, speakers)) {
            // "the union said one of its workers was stabbed": a party that is no state organ or medium,
            // telling of violence done to its own, makes a claim.
            reliable = false;
            why = why + "; a party's own account of violence against it";
        }
        if (reliable && enemyClaim(v, c, speakers)) {
            // "the Zairean presidency said Angolan troops had crossed into Yema": one state's account
            // of force another state used on it is a claim in their dispute.
            reliable = false;
            why = why + "; a state's account of force another state used on it";
        }
        if (c.mode == Mode.ASSERTED) {
            c.mode = Mode.REPORTED;
            c.report = new Report(reporter, v.lemma(verb), reliable);
        }
        c.steps.add("reported by " + reporter + " ('" + v.tok(verb).word() + "', "
                + (reliable ? "reliable" : "contested") + ", " + why + ")");
    }

    /** Reporting verbs that only hint at what they report. */
    private static final Set<String> TENTATIVE = Set.of("hint", "suggest");

    /**
     * Whether speakers that are neither a state, a state organ nor the media tell of force (CAMEO 17
     * to 20) used against themselves.
     */
    private static boolean ownHarm(SentenceView v, Candidate c, List<ActorMention> speakers) {
        if (c.code.length() < 2 || c.code.compareTo("17") < 0 || c.code.compareTo("21") >= 0) {
            return false;
        }
        for (ActorMention sp : speakers) {
            String code = sp.actor() == null ? null : sp.codeAt(v.date);
            String role = code == null ? null : RoleCodes.roleOf(code);
            if (role == null || role.isEmpty() || RoleCodes.roleIn(code, RoleCodes.STATE_ORGANS)
                    || role.startsWith("MED")) {
                continue;
            }
            for (ActorMention t : c.targets) {
                if (t.actor() != null && t.codeAt(v.date).equals(code)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether speakers who all speak for one state (the country or its state organs) tell of force
     * (CAMEO 17 to 20) that another state's organs used on their state: the country or its organs,
     * not its civilians, whose harm is a toll more than a claim.
     */
    private static boolean enemyClaim(SentenceView v, Candidate c, List<ActorMention> speakers) {
        if (c.code.length() < 2 || c.code.compareTo("17") < 0 || c.code.compareTo("21") >= 0 || speakers.isEmpty()) {
            return false;
        }
        // Every teller speaks for that one state: "Palestinian officials and US witnesses said" is
        // told by a witness of no side too.
        String own = stateCountry(v, speakers.get(0));
        for (ActorMention sp : speakers) {
            if (own == null || !own.equals(stateCountry(v, sp))) {
                return false;
            }
        }
        boolean onUs = c.targets.stream().anyMatch(t -> own.equals(stateCountry(v, t)));
        boolean byOther = c.sources.stream().anyMatch(x -> {
            String other = stateCountry(v, x);
            return other != null && !other.equals(own);
        });
        return onUs && byOther;
    }

    /** The country of an actor that is a state or one of its organs on the date, or null. */
    private static @Nullable String stateCountry(SentenceView v, ActorMention m) {
        return m.actor() != null && Sides.stateVoice(m, v.date) ? m.actor().country() : null;
    }

    /**
     * Whether a report or belief verb after a comma attributes the unmarked clause before it
     * ("Russia is arming separatists, analysts said"), not an adverbial clause of its own
     * ("while India offered aid, Pakistan said …" has a marker).
     */
    static boolean attributionAfter(SentenceView v, int clause, int verb, Frame frame) {
        if (!attributing(v, verb, frame) || !v.basic.children(clause, "mark").isEmpty() || v.subjects(verb).isEmpty()
                || !v.basic.children(verb, "ccomp").isEmpty() || !v.basic.children(verb, "xcomp").isEmpty()) {
            return false;
        }
        int subject = v.subjects(verb).get(0);
        if (subject > verb || subject < clause) {
            return false;
        }
        for (Edge e : v.basic.children(verb, "punct")) {
            if (e.dependent() > clause && e.dependent() < subject && v.word(e.dependent()).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of belief that can follow what is believed: "…, experts believe". */
    private static final Set<String> BELIEFS = Set.of("believe", "think", "suspect", "fear");

    /** Whether a verb can attribute a clause set before it: a report, or a belief. */
    static boolean attributing(SentenceView v, int verb, Frame frame) {
        return frame.kind() == Frame.Kind.REPORT
                || frame.kind() == Frame.Kind.HYPOTHETICAL && BELIEFS.contains(v.lemma(verb));
    }

    /** Whether someone named is said to say what a clause tells: a reporting verb with an actor above it. */
    boolean speakerAbove(SentenceView v, int verb) {
        int x = verb;
        for (int hop = 0; hop < 6; hop++) {
            Edge up = v.basic.head(x);
            if (up == null) {
                break;
            }
            x = up.governor();
            Frame fr = lookup.frameOf(v, x);
            if (fr != null && fr.kind() == Frame.Kind.REPORT && !FrameClimber.actors(v, v.subjects(x)).isEmpty()) {
                return true;
            }
        }
        // "The talks will resume, the minister said": the parser may make the report the clause's dependent.
        for (Edge e : v.basic.children(verb)) {
            Frame fr = lookup.frameOf(v, e.dependent());
            if (fr != null && fr.kind() == Frame.Kind.REPORT
                    && !FrameClimber.actors(v, v.subjects(e.dependent())).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
