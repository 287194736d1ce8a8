package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.dict.Frames;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.parse.Graph;

/**
 * Carries a candidate event up from its predicate through the words that govern it, applying
 * negation, modality and conditionals on the way, and the frames that change its code or mode:
 * "did not attack" (negated), "would attack" (hypothetical), "agreed to meet" (intent, 036),
 * "urged Kabul to expel" (appeal, 02x, target Kabul), "refused to release" (rejection, 1243),
 * "threatened to attack" (threat, 138), "accused X of shelling" (accusation, 1123, and the
 * shelling reported as an allegation), "officials said the army attacked" (reported).
 *
 * <p>The climb itself is here; what it decides on the way is in {@link Governors} (which word
 * really governs), {@link EventNouns} and {@link UnrealClauses} (nouns and clauses that assert
 * nothing), {@link FrameReach} (whether a frame reaches the word below), {@link FrameApplier} and
 * {@link Reports} (what a frame or a report does), and {@link FutureActs} (what "will", "would"
 * and conditions make of the act once the climb ends).
 */
final class FrameClimber {
    static final Set<String> MODALS = Set.of("would", "could", "should", "might", "may", "must", "can",
            "ought", "'d", "shall");
    static final Set<String> FUTURE = Set.of("will", "'ll", "wo");

    /** Roots of speech acts that a future auxiliary only previews: comments, appeals, demands, accusations. */
    static final Set<Integer> PREVIEWED_ROOTS = Set.of(1, 2, 10, 11);

    private final Frames frames;
    private final FrameLookup lookup;
    private final LocalModes modes;
    private final Governors governors;
    private final UnrealClauses unreal;
    private final EventNouns nouns;
    private final FutureActs futureActs;
    private final FrameApplier applier;

    /** The light verb whose object an event noun is, or -1 (see {@link FrameLookup#lightVerbOf}). */
    int lightVerbOf(SentenceView v, int noun) {
        return lookup.lightVerbOf(v, noun);
    }

    FrameClimber(Frames frames, Cameo cameo) {
        this.frames = frames;
        this.lookup = new FrameLookup(frames);
        this.modes = new LocalModes(lookup);
        this.futureActs = new FutureActs(frames, cameo);
        Reports reports = new Reports(frames, lookup, modes, futureActs);
        this.governors = new Governors(lookup);
        this.unreal = new UnrealClauses(lookup);
        this.nouns = new EventNouns(lookup, reports, unreal);
        this.applier = new FrameApplier(frames, cameo, lookup, modes, new FrameTransform(frames, cameo, modes),
                reports, futureActs, governors);
    }

    /**
     * Climbs from the candidate's predicate. Returns the candidate (changed in place) plus any
     * extra candidates a frame creates (the alleged act under an accusation). Records the frame
     * words whose own events the candidate absorbs.
     */
    List<Candidate> climb(SentenceView v, Candidate c, Set<Integer> absorbed, Trace trace) {
        List<Candidate> extra = new ArrayList<>(1);
        modes.localMode(v, c, c.trigger);
        Climb w = new Climb(v, c, absorbed, extra, trace);
        Set<Integer> seen = new LinkedHashSet<>();
        while (seen.add(w.cur)) {
            if (!step(w)) {
                break;
            }
        }
        futureActs.future(v, c, absorbed);
        if ((c.mode == Mode.ASSERTED || c.mode == Mode.REPORTED) && !c.nominal && !c.viaFrame
                && NotYet.habitual(v, c.trigger, c.code)) {
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("'" + v.word(c.trigger)
                    + "': the simple present tells a habit or a state, not an act on a day");
        }
        if ((c.mode == Mode.ASSERTED || c.mode == Mode.REPORTED) && c.nominal
                && EventNouns.standingHave(v, c.trigger)) {
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("'" + v.word(v.basic.head(c.trigger).governor())
                    + "' in the present tells a standing state, not an act");
        }
        if (v.question && c.mode != Mode.NEGATED && !c.code.isEmpty()) {
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("question: not asserted");
        }
        List<Candidate> out = new ArrayList<>(1 + extra.size());
        out.add(c);
        out.addAll(extra);
        return out;
    }

    /** A climb under way: the event, what it adds to, and the word it has reached. */
    private static final class Climb {
        final SentenceView v;
        final Candidate c;
        final Set<Integer> absorbed;
        final List<Candidate> extra;
        final Trace trace;
        /** The word the climb has reached. */
        int cur;
        /** Where the event noun stands: its own word, or the noun it is joined to or counted by. */
        int nounAt;
        /** Whether a frame noun made the subject of its own infinitive has been applied. */
        boolean subjectFrame;

        Climb(SentenceView v, Candidate c, Set<Integer> absorbed, List<Candidate> extra, Trace trace) {
            this.v = v;
            this.c = c;
            this.absorbed = absorbed;
            this.extra = extra;
            this.trace = trace;
            this.cur = c.trigger;
            this.nounAt = c.trigger;
        }
    }

    /** Climbs from {@code w.cur} to the word that governs it; false stops the climb. */
    private boolean step(Climb w) {
        SentenceView v = w.v;
        Candidate c = w.c;
        int cur = w.cur;
        int noun = governors.subjectFrameNoun(v, cur);
        if (noun >= 0 && !w.subjectFrame) {
            // "U.S. plans to start escorting Kuwaiti tankers", "Reagan's authority to negotiate …
            // would be extended": the parser makes the noun the subject of its own infinitive.
            w.subjectFrame = true;
            if (!applier.apply(v, c, noun, lookup.frameOf(v, noun), w.absorbed, w.extra, w.trace)) {
                return false;
            }
        }
        int doubter = governors.misparsedBelief(v, cur);
        if (doubter >= 0
                && !applier.apply(v, c, doubter, lookup.frameOf(v, doubter), w.absorbed, w.extra, w.trace)) {
            return false;
        }
        Edge up = v.basic.head(cur);
        if (up == null) {
            applier.trailingReport(v, c, cur, w.absorbed, w.extra, w.trace);
            return false;
        }
        String rel = up.relation();
        int f = governors.governor(v, c, cur, w.nounAt, rel, up.governor());
        if ((rel.equals("dep") || rel.equals("advcl")) && v.tok(cur).pos().equals("VBG") && v.tok(f).isVerb()
                && f < cur && v.basic.children(cur, "mark").isEmpty()) {
            if (cur > 0 && v.word(cur - 1).equals(",")) {
                return participleClause(w, f);
            }
            if (rel.equals("dep")) {
                // A gerund the parser left unlabelled: "resume shelling" is the verb's complement.
                rel = "xcomp";
            }
        }
        return climbTo(w, f, rel);
    }

    /**
     * A participle clause after a comma: under a frame other than a light verb the climb stops there
     * (taking a "will" of the verb it goes with); else it goes on to the verb.
     */
    private boolean participleClause(Climb w, int f) {
        SentenceView v = w.v;
        Candidate c = w.c;
        // A participle clause ("shelled the town, killing 20 people, officials said") shares
        // its clause's mode and report, but is no complement of a frame ("dismissed the
        // appeal, saying …" does not reject the saying).
        // A light verb opens no such frame: "launched rocket fire …, killing 30, diplomats said".
        Frame main = lookup.frameOf(v, f);
        if (main != null && main.kind() != Frame.Kind.LIGHT) {
            for (Edge a : v.basic.children(f, "aux")) {
                if (c.modal == null && FUTURE.contains(v.word(a.dependent()))) {
                    // "will publish an editorial on Monday, asking Bush to fire Rumsfeld": what
                    // the participle tells comes with the act it goes with, still ahead.
                    c.modal = v.word(a.dependent());
                }
            }
            return false;
        }
        modes.localMode(v, c, f);
        w.cur = f;
        return true;
    }

    /** Verbs that, with "short of", negate what they fall short of. */
    private static final Set<String> STOP_SHORT = Set.of("stop", "fall");

    private static final Set<String> MEASURES = Set.of("day", "week", "month", "series", "round", "wave", "spate",
            "string", "couple", "number", "host", "flurry", "barrage", "volley", "campaign");

    /** Climbs from {@code w.cur} to {@code f}, which governs it by {@code rel}; false stops the climb. */
    private boolean climbTo(Climb w, int f, String rel) {
        SentenceView v = w.v;
        Candidate c = w.c;
        int cur = w.cur;
        int nounAt = w.nounAt;
        if (nouns.unrealSubject(v, c, cur, nounAt, f, rel)) {
            return false;
        }
        if (c.nominal && cur == nounAt && EventNouns.liftedOrTopic(v, c, cur, f, rel)) {
            // "urged the Council to lift the sanctions against Iraq", "a gradual lifting of UN
            // sanctions", "the embargo was eased": what is lifted was in force before; the
            // lifting codes itself (085 and the like), and imposes nothing. Nor does a measure
            // that is a topic of talk: "Russian sanctions against Georgia were raised at the meeting".
            c.steps.add("lifted or talked about ('" + v.word(f) + "'): no imposition now");
            c.code = "";
            return false;
        }
        if (v.word(f).equalsIgnoreCase("short") && v.basic.head(f) != null
                && STOP_SHORT.contains(v.lemma(v.basic.head(f).governor()))) {
            // "Israel stopped short of imposing sanctions", "fell short of a deal": it did not happen.
            c.mode = Mode.NEGATED;
            c.frameNegated = true;
            c.steps.add("'" + v.word(v.basic.head(f).governor()) + " short of' negates it");
            w.cur = v.basic.head(f).governor();
            modes.localMode(v, c, w.cur);
            return true;
        }
        if (c.nominal && cur == nounAt && Graph.matches(rel, "conj") && v.tok(f).isVerb()
                && EventNouns.ownClause(v, c, cur)) {
            return false;
        }
        if (c.nominal && cur == nounAt && Graph.matches(rel, "nmod") && v.prepOf(cur).equals("of")
                && MEASURES.contains(v.lemma(f).toLowerCase(java.util.Locale.ROOT))) {
            // "launched ten days of war games", "a series of raids": the measure stands for the event noun.
            w.cur = f;
            w.nounAt = f;
            return true;
        }
        if (Graph.matches(rel, "conj")) {
            return conjunct(w, f);
        }
        if (EventNouns.topicOnly(v, c, cur, nounAt, f, rel)) {
            return false;
        }
        return framed(w, f, rel);
    }

    /**
     * Climbs to {@code f}, which {@code w.cur} is a conjunct of: a conjunct with its own subject, or a
     * finite verb joined to a gerund, stops the climb; false then.
     */
    private boolean conjunct(Climb w, int f) {
        SentenceView v = w.v;
        Candidate c = w.c;
        int cur = w.cur;
        boolean complement = v.basic.children(cur, "mark").stream()
                .anyMatch(m -> v.word(m.dependent()).equals("that"));
        if (!v.basic.children(cur, "nsubj").isEmpty() && v.tok(cur).isVerb() && !complement) {
            // "…have not withdrawn the memorandum, and Addis Ababa has refused to apologise":
            // a conjunct with its own subject is a clause of its own, not governed by the first;
            // but "alleges that A, and that B" governs both "that" clauses.
            return false;
        }
        if (v.tok(f).pos().equals("VBG") && !v.basic.hasChild(f, "aux") && v.finite(cur)) {
            // "accused Moscow of torturing prisoners and demanded that Russia …": a finite verb
            // joined to a gerund is the main subject's next act, not another thing alleged.
            return false;
        }
        // A coordinated predicate shares what governs its first conjunct, and its negation and
        // modality unless it has its own: in "would not be allowed to arrest people but could
        // provide support" the support is only possible, not refused.
        if (!Governors.ownModality(v, cur) && !Governors.finiteUnderAuxiliary(v, cur, f)) {
            modes.localMode(v, c, f);
        }
        if (c.nominal && cur == w.nounAt && v.tok(f).isNoun()) {
            // "will stress its support for … and its concern over …": a noun joined to another
            // stands where the first one does.
            w.nounAt = f;
        }
        w.cur = f;
        return true;
    }

    /**
     * Climbs to {@code f}, which governs {@code w.cur} by {@code rel} and may open a frame: marks the
     * event by the clause it stands in, then applies the frame where it reaches down; false stops
     * the climb.
     */
    private boolean framed(Climb w, int f, String rel) {
        SentenceView v = w.v;
        Candidate c = w.c;
        int cur = w.cur;
        int nounAt = w.nounAt;
        Frame frame = lookup.frameOf(v, f);
        if (frame == null && c.nominal && cur == nounAt && FrameReach.entered(v, cur, f, rel)) {
            // "went straight into talks with President Mubarak", "went to war against the
            // government": going into or to an event noun carries it.
            frame = frames.get(Frame.Kind.LIGHT).orElse(null);
        }
        if (c.nominal && cur == nounAt && frame != null && frame.kind() == Frame.Kind.THREATEN && v.tok(f).isVerb()
                && Set.of("of", "against", "about").contains(v.prepOf(cur)) && c.mode == Mode.ASSERTED) {
            // "warned of attacks by separatist rebels": what a warning is of has not happened.
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("warned of by '" + v.word(f) + "': not asserted");
            return false;
        }
        if (applier.nounOverInfinitive(v, c, cur, f, rel, frame, w.absorbed, w.extra, w.trace)) {
            return false;
        }
        boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || Graph.matches(rel, "acl")
                && !rel.equals("acl:relcl")
                // "numerous plots to kill people": an infinitive the parser hangs on a noun as "dep".
                || rel.equals("dep") && v.tok(f).isNoun() && v.markedBy(cur, "to");
        boolean nounArg = c.nominal && cur == nounAt
                && (rel.equals("obj") || rel.equals("nsubj:pass") || Graph.matches(rel, "obl")
                || rel.equals("nsubj") || Graph.matches(rel, "nmod"));
        // "accused Angolan troops of attacking the province, sending troops …": the parser may hang a
        // gerund with a clause of its own as a nominal ("obl:of"); it is still an adverbial clause.
        boolean adverbial = Graph.matches(rel, "advcl")
                || Graph.matches(rel, "obl") && !c.nominal && v.tok(cur).pos().equals("VBG")
                && v.markedBy(cur, "of", "from", "for");
        unreal.clauseMode(v, c, cur, f, rel, frame, adverbial);
        if ((frame == null || frame.kind() == Frame.Kind.LIGHT) && Reasons.reason(v, c, cur, f, rel)) {
            return false;
        }
        if (frame == null) {
            return frameless(w, f, rel, complement);
        }
        if (!FrameReach.allowed(v, c, cur, f, rel, frame, complement, adverbial, nounArg)) {
            if (complement && v.tok(f).isNoun() && EvidenceNouns.doubted(v, f)) {
                EventNouns.noEvidence(v, c, f);
            }
            unreal.unrealSetting(v, c, cur, nounAt, f, rel);
            return false;
        }
        if (!applier.apply(v, c, f, frame, w.absorbed, w.extra, w.trace)) {
            return false;
        }
        w.cur = f;
        return true;
    }

    /** Climbs to {@code f}, which governs {@code w.cur} by {@code rel} and opens no frame; false stops the climb. */
    private boolean frameless(Climb w, int f, String rel, boolean complement) {
        SentenceView v = w.v;
        Candidate c = w.c;
        int cur = w.cur;
        int nounAt = w.nounAt;
        if (retracted(w, f, rel)) {
            return false;
        }
        if (c.nominal && cur == nounAt && rel.startsWith("nsubj") && v.tok(f).isVerb()) {
            // "any violation would be met with force", "the attack did not happen": the
            // predicate's modality and negation are the event noun's.
            modes.localMode(v, c, f);
            return false;
        }
        if (rel.equals("xcomp") || Governors.bareInfinitiveClause(v, cur, f, rel)) {
            // Aspect and control verbs pass their negation and modality down: "did not begin to shell".
            // So do verbs with a bare infinitive clause: "would help US companies make investments".
            modes.localMode(v, c, f);
            if (UnrealClauses.arranged(v, f, cur)) {
                // "Uganda is set to deploy troops", "are scheduled to meet": arranged, not yet done; read as "will".
                c.modal = "will";
            }
            if (c.mode == Mode.ASSERTED && v.lemma(f).equals("use") && v.tok(f).pos().equals("VBD")
                    && v.markedBy(cur, "to")) {
                // "Israel used to demand the unconditional release of the soldier": a past habit, no act on a day.
                c.mode = Mode.HYPOTHETICAL;
                c.steps.add("'used to': a past habit, not an act");
            }
            w.cur = f;
            return true;
        }
        if (nouns.contentNotAsserted(v, c, cur, f, rel, complement)) {
            return false;
        }
        int stance = c.mode == Mode.ASSERTED ? governors.stanceOverGerund(v, cur, f, rel) : -1;
        if (stance >= 0) {
            // "did not object to Hamas members meeting Israeli officials", "prevented Hamas
            // leaders visiting Amman": the gerund with its own subject, hung on the verb's object
            // or on the verb itself, is what the stance is about, not an act the sentence asserts.
            Frame sf = lookup.frameOf(v, stance);
            boolean undone = sf != null && (sf.kind() == Frame.Kind.NEGATE || sf.kind() == Frame.Kind.PREVENT);
            c.mode = undone ? Mode.NEGATED : Mode.HYPOTHETICAL;
            c.steps.add("what '" + v.word(stance) + "' takes a stance on: not asserted");
            return false;
        }
        int accusation = Graph.matches(rel, "acl") ? governors.accusedOf(v, cur, f) : -1;
        if (accusation >= 0) {
            // "accused a clique of judges of working with activists": the parser hangs "of
            // working" on the accused's noun, but it is what the accusation says they did.
            Frame af = lookup.frameOf(v, accusation);
            if (af == null || !applier.apply(v, c, accusation, af, w.absorbed, w.extra, w.trace)) {
                return false;
            }
            w.cur = accusation;
            return true;
        }
        if (TIME_SETTINGS.contains(v.prepOf(cur))) {
            // Only a phrase of time: "hit back at the sanctions" is the verb's argument, not its setting.
            unreal.unrealSetting(v, c, cur, nounAt, f, rel);
        }
        return false;
    }

    /** Prepositions that set an act in the time of another: "during his visit", "ahead of the talks". */
    private static final Set<String> TIME_SETTINGS = Set.of("during", "amid", "throughout", "before", "after",
            "following", "since", "until", "ahead", "prior");

    /**
     * Whether the verb {@code f} takes back a threat or demand the event is ("lifted their threat of
     * a boycott"): then the event is that concession, and the climb stops.
     */
    private boolean retracted(Climb w, int f, String rel) {
        SentenceView v = w.v;
        Candidate c = w.c;
        int cur = w.cur;
        if ((rel.equals("obj") && v.tok(cur).isNoun()
                || rel.equals("xcomp") && governors.controllingNoun(v, f, cur) >= 0)
                && v.tok(f).isVerb() && RETRACTS.contains(v.lemma(f))
                && c.code.length() >= 2 && SPOKEN_HOSTILITY.contains(c.code.substring(0, 2))) {
            // "The Serbs lifted their threat of a boycott", "dropped its demand for": a threat or
            // demand taken back is not made that day; taking it back is a concession (CAMEO 08).
            c.steps.add("'" + v.word(f) + "' takes back what was threatened or demanded: a concession, "
                    + c.code + " → 080");
            c.code = "080";
            // Aimed at whom the threat was aimed at, and no one else.
            c.targetNoActor |= c.targets.isEmpty();
            c.head = f;
            w.absorbed.add(f);
            modes.localMode(v, c, f);
            return true;
        }
        return false;
    }

    /** Verbs that take back a demand, an accusation or a threat: "lifted their threat of a boycott". */
    private static final Set<String> RETRACTS = Set.of("lift", "drop", "withdraw", "retract", "rescind", "abandon");

    /** Roots of hostile speech acts that can be taken back: demand, disapprove, reject, threaten. */
    private static final Set<String> SPOKEN_HOSTILITY = Set.of("10", "11", "12", "13");

    /** Whether a noun's "on" phrase is its topic (see {@link EventNouns#isTopicNoun}). */
    static boolean isTopicNoun(String lemma) {
        return EventNouns.isTopicNoun(lemma);
    }

    /** Whether a frame undoes a negation below it (see {@link FrameApplier#undoesNegation}). */
    static boolean undoesNegation(SentenceView v, Candidate c, int f) {
        return FrameApplier.undoesNegation(v, c, f);
    }

    static List<ActorMention> actors(SentenceView v, List<Integer> nodes) {
        Set<ActorMention> out = new LinkedHashSet<>();
        for (int n : nodes) {
            out.addAll(v.actorsAt(n));
        }
        return new ArrayList<>(out);
    }

    static String describe(List<ActorMention> ms, SentenceView v, int f) {
        if (ms.isEmpty()) {
            List<Integer> subj = v.subjects(f);
            if (!subj.isEmpty()) {
                return v.tok(subj.get(0)).word();
            }
            return "unnamed source";
        }
        StringBuilder b = new StringBuilder();
        for (ActorMention m : ms) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(m.codeAt(v.date));
        }
        return b.toString();
    }
}
