package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.dict.Frames;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.model.Report;
import org.dyad.core.model.Token;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Carries a candidate event up from its predicate through the words that govern it, applying
 * negation, modality and conditionals on the way, and the frames that change its code or mode:
 * "did not attack" (negated), "would attack" (hypothetical), "agreed to meet" (intent, 036),
 * "urged Kabul to expel" (appeal, 02x, target Kabul), "refused to release" (rejection, 1243),
 * "threatened to attack" (threat, 138), "accused X of shelling" (accusation, 1123, and the
 * shelling reported as an allegation), "officials said the army attacked" (reported).
 */
final class FrameClimber {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "hardly",
            "rarely", "seldom", "scarcely", "barely");
    private static final Set<String> MODALS = Set.of("would", "could", "should", "might", "may", "must", "can",
            "ought", "'d", "shall");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "wo");

    /** Verbs of command, whose ordered use of force has not yet happened ("ordered the army to resume strikes"). */
    private static final Set<String> COMMANDS = Set.of("order", "instruct", "command", "authorise", "authorize",
            "direct", "mandate");

    /** Nouns of an aim that "be to" completes: "Iran's goal is to …", "their objective was to …". */
    private static final Set<String> AIMS = Set.of("goal", "aim", "objective", "intention", "purpose", "ambition",
            "target", "mission", "strategy", "agenda", "plan", "priority", "idea", "hope", "desire", "motive");
    /** Verbs that get another to act: "to have Congress impeach", "to get Iraq to withdraw". */
    private static final Set<String> CAUSATIVES = Set.of("have", "get", "make");
    /** Participles that, with "be" and "to", arrange an act: "is set to deploy", "are scheduled to meet". */
    private static final Set<String> ARRANGED = Set.of("set", "schedule", "slate");
    /** Adverbs that tell a modal as an expectation: "should be announced shortly". */
    private static final Set<String> SOON = Set.of("shortly", "soon");
    /** Verbs that speak of an act done by others: their subject is not the actor of the noun they take. */
    private static final Set<String> RECOUNTING = Set.of("cite", "quote", "mention", "recall", "recount", "describe");
    /** Roots of speech acts that a future auxiliary only previews: comments, appeals, demands, accusations. */
    private static final Set<Integer> PREVIEWED_ROOTS = Set.of(1, 2, 10, 11);
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
        int root = Integer.parseInt(inner.substring(0, 2));
        return PREVIEWED_ROOTS.contains(root)
                || PLANNED_ONLY_ROOTS.contains(root) && v.tok(c.trigger).pos().equals("VB")
                        // "vowed to respond", "pledged to answer any provocation": a vow is itself the threat.
                        && !COMMISSIVE.contains(intent);
    }

    /** Intent verbs that are speech acts of their own: a vow to respond is made when it is spoken. */
    private static final Set<String> COMMISSIVE = Set.of("vow", "pledge", "promise", "swear", "offer", "commit_to",
            "volunteer", "agree", "consent", "propose");
    /** Adverbs that make the act a guess: "will likely impose", "probably fired". */
    private static final Set<String> SPECULATIVE = Set.of("likely", "probably", "possibly", "perhaps", "maybe",
            "conceivably", "presumably");
    private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether", "lest", "provided");
    private static final Set<String> PUSH = Set.of("press", "push", "pressure", "prod", "nudge");
    private static final String[] ADJUNCT_MARKS = {"after", "before", "while", "when", "whenever", "since", "until",
        "till", "once", "because", "although", "though", "whereas", "despite"};
    private static final Set<String> TEMPORAL = Set.of("before", "until", "till", "once", "after");
    private static final Set<String> PRESENT = Set.of("VBP", "VBZ", "VB");
    private static final Set<String> STOP_SHORT = Set.of("stop", "fall");
    private static final Set<String> USES = Set.of("use", "employ", "build", "design", "intend", "equip",
            // "The EBRD was established in 1991 to assist the transition": what a body was founded for
            // ("set up" too, below; "is set to host talks" is a schedule).
            "establish", "create", "found", "form");

    /** Verbs of driving off: what they drive off is an attack that was made, or a measure that was not. */
    private static final Set<String> REPELLING = Set.of("hold_off", "ward_off", "fend_off");
    /** Verbs that take back a demand, an accusation or a threat: "lifted their threat of a boycott". */
    private static final Set<String> RETRACTS = Set.of("lift", "drop", "withdraw", "retract", "rescind", "abandon");

    /** Roots of hostile speech acts that can be taken back: demand, disapprove, reject, threaten. */
    private static final Set<String> SPOKEN_HOSTILITY = Set.of("10", "11", "12", "13");

    private static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "none", "neither", "no-one", "noone");

    private final Frames frames;
    private final Cameo cameo;

    FrameClimber(Frames frames, Cameo cameo) {
        this.frames = frames;
        this.cameo = cameo;
    }

    /**
     * Climbs from the candidate's predicate. Returns the candidate (changed in place) plus any
     * extra candidates a frame creates (the alleged act under an accusation). Records the frame
     * words whose own events the candidate absorbs.
     */
    List<Candidate> climb(SentenceView v, Candidate c, Set<Integer> absorbed, Trace trace) {
        List<Candidate> extra = new ArrayList<>(1);
        localMode(v, c, c.trigger);
        int cur = c.trigger;
        int nounAt = c.trigger;
        Set<Integer> seen = new LinkedHashSet<>();
        boolean subjectFrame = false;
        while (seen.add(cur)) {
            int noun = subjectFrameNoun(v, cur);
            if (noun >= 0 && !subjectFrame) {
                // "U.S. plans to start escorting Kuwaiti tankers", "Reagan's authority to negotiate …
                // would be extended": the parser makes the noun the subject of its own infinitive.
                subjectFrame = true;
                if (!apply(v, c, noun, frameOf(v, noun), absorbed, extra, trace)) {
                    break;
                }
            }
            int doubter = misparsedBelief(v, cur);
            if (doubter >= 0 && !apply(v, c, doubter, frameOf(v, doubter), absorbed, extra, trace)) {
                break;
            }
            Edge up = v.basic.head(cur);
            if (up == null) {
                trailingReport(v, c, cur, absorbed, extra, trace);
                break;
            }
            String rel = up.relation();
            int f = up.governor();
            if (Graph.matches(rel, "conj") && c.nominal && cur == nounAt && v.tok(f).isNoun()
                    && v.basic.hasChild(cur, "nmod:poss") && !v.basic.hasChild(f, "nmod:poss")) {
                Edge outer = v.basic.head(f);
                if (outer != null && Graph.matches(outer.relation(), "nmod") && v.tok(outer.governor()).isNoun()
                        && v.basic.hasChild(outer.governor(), "nmod:poss")) {
                    // "its support for a peace conference and its concern over …": a noun with its own
                    // owner, joined to the last noun of another's phrase, is that other noun's conjunct.
                    f = outer.governor();
                }
            }
            if (rel.equals("ccomp") && v.tok(f).isNoun() && v.markedBy(cur, "that") && frameOf(v, f) == null
                    && !EvidenceNouns.noun(v, f) && !Hearsay.noun(v, f)) {
                Edge obj = v.basic.head(f);
                if (obj != null && obj.relation().equals("obj") && v.tok(obj.governor()).isVerb()) {
                    // "to reassure his counterparts that the administration will reach agreement": the
                    // parser hangs the clause on the verb's object; it completes the verb.
                    f = obj.governor();
                }
            }
            if (rel.equals("ccomp") && v.tok(f).isVerb() && v.markedBy(cur, "that")) {
                Frame own = frameOf(v, f);
                if (own == null || own.kind() == Frame.Kind.LIGHT) {
                    for (Edge o : v.basic.children(f, "obj")) {
                        if (o.dependent() < cur && v.tok(o.dependent()).isNoun() && frameOf(v, o.dependent()) != null) {
                            // "I have no doubt that the US will defend …": the parser hangs the clause on the
                            // verb; it completes the noun the verb has.
                            f = o.dependent();
                            break;
                        }
                    }
                }
            }
            if ((rel.equals("dep") || rel.equals("advcl")) && v.tok(cur).pos().equals("VBG") && v.tok(f).isVerb()
                    && f < cur && v.basic.children(cur, "mark").isEmpty()) {
                if (cur > 0 && v.word(cur - 1).equals(",")) {
                    // A participle clause ("shelled the town, killing 20 people, officials said") shares
                    // its clause's mode and report, but is no complement of a frame ("dismissed the
                    // appeal, saying …" does not reject the saying).
                    // A light verb opens no such frame: "launched rocket fire …, killing 30, diplomats said".
                    Frame main = frameOf(v, f);
                    if (main != null && main.kind() != Frame.Kind.LIGHT) {
                        for (Edge a : v.basic.children(f, "aux")) {
                            if (c.modal == null && FUTURE.contains(v.word(a.dependent()))) {
                                // "will publish an editorial on Monday, asking Bush to fire Rumsfeld": what
                                // the participle tells comes with the act it goes with, still ahead.
                                c.modal = v.word(a.dependent());
                            }
                        }
                        break;
                    }
                    localMode(v, c, f);
                    cur = f;
                    continue;
                }
                if (rel.equals("dep")) {
                    // A gerund the parser left unlabelled: "resume shelling" is the verb's complement.
                    rel = "xcomp";
                }
            }
            if (c.nominal && cur == nounAt && rel.startsWith("nsubj") && c.mode == Mode.ASSERTED
                    && v.basic.children(f, "aux").stream().anyMatch(a -> MODALS.contains(v.word(a.dependent()).toLowerCase(java.util.Locale.ROOT)))) {
                // "A U.S. attack on Iran would be a mistake": an event spoken of under "would", "could"
                // or "may" has not happened.
                c.mode = Mode.HYPOTHETICAL;
                c.underHypothesis = true;
                c.steps.add("the subject of '" + v.word(f) + "' under a modal: not an event");
            } else if (c.nominal && cur == nounAt && rel.equals("obj") && c.mode == Mode.ASSERTED
                    && !c.sources.isEmpty() && !Sides.ownSide(v, actors(v, v.subjects(f)), c.sources)
                    && v.basic.head(f) != null && v.basic.head(f).relation().startsWith("csubj")
                    && v.basic.head(f).governor() > cur && futureOrModal(v, v.basic.head(f).governor())) {
                // "Kenya hopes the Somali talks will make progress", parsed with the talks as the object
                // of "hopes" and "hopes" as the subject of "make": others' talks are the subject of a
                // future, hoped for, not an event (the hoper's own, "China hopes the negotiations will
                // make progress", are its intent, as "hopes to" is).
                c.mode = Mode.HYPOTHETICAL;
                c.underHypothesis = true;
                c.steps.add("the subject of '" + v.word(v.basic.head(f).governor()) + "' in the future: not an event");
                break;
            } else if (c.nominal && cur == nounAt && rel.startsWith("nsubj") && c.mode == Mode.ASSERTED
                    && !v.basic.hasChild(cur, "nmod:poss") && (!c.sources.isEmpty() || !speakerAbove(v, f))
                    && v.basic.children(f, "aux").stream().anyMatch(a -> FUTURE.contains(v.lemma(a.dependent()))
                            || FUTURE.contains(v.word(a.dependent()).toLowerCase(java.util.Locale.ROOT)))) {
                // "WTO negotiations will continue to be of great importance", "the visit will take place
                // on Monday": an event that is the subject of a future is predicted or scheduled, not yet
                // done, and nobody's stated intent (an intent has an actor as the subject of "will", or
                // owns the event: "said its talks with Pakistan will resume", or names no one else as its
                // actor: "Sharon said that the targeted killings of militants will continue").
                c.mode = Mode.HYPOTHETICAL;
                c.underHypothesis = true;
                c.steps.add("the subject of '" + v.word(f) + "' in the future: predicted, not an event");
                break;
            }
            if (c.nominal && cur == nounAt && liftedOrTopic(v, c, cur, f, rel)) {
                // "urged the Council to lift the sanctions against Iraq", "a gradual lifting of UN
                // sanctions", "the embargo was eased": what is lifted was in force before; the
                // lifting codes itself (085 and the like), and imposes nothing. Nor does a measure
                // that is a topic of talk: "Russian sanctions against Georgia were raised at the meeting".
                c.steps.add("lifted or talked about ('" + v.word(f) + "'): no imposition now");
                c.code = "";
                break;
            }
            if (v.word(f).equalsIgnoreCase("short") && v.basic.head(f) != null
                    && STOP_SHORT.contains(v.lemma(v.basic.head(f).governor()))) {
                // "Israel stopped short of imposing sanctions", "fell short of a deal": it did not happen.
                c.mode = Mode.NEGATED;
                c.frameNegated = true;
                c.steps.add("'" + v.word(v.basic.head(f).governor()) + " short of' negates it");
                cur = v.basic.head(f).governor();
                localMode(v, c, cur);
                continue;
            }
            if (c.nominal && cur == nounAt && Graph.matches(rel, "conj") && v.tok(f).isVerb()) {
                int pred = ownPredicate(v, cur);
                if (pred >= 0) {
                    // "has decided to stick to the pact but talks on a leader will not be easy": a noun the
                    // parser joins to a verb, with a predicate of its own, is that predicate's subject and
                    // enters no frame of the verb; said of the future, the event has not happened.
                    if (futureOrModal(v, pred)) {
                        c.mode = Mode.HYPOTHETICAL;
                        c.steps.add("the subject of '" + v.word(pred) + "', said of the future: not yet an event");
                    }
                    break;
                }
            }
            if (c.nominal && cur == nounAt && Graph.matches(rel, "nmod") && v.prepOf(cur).equals("of")
                    && MEASURES.contains(v.lemma(f).toLowerCase(java.util.Locale.ROOT))) {
                // "launched ten days of war games", "a series of raids": the measure stands for the event noun.
                cur = f;
                nounAt = f;
                continue;
            }
            if (Graph.matches(rel, "conj")) {
                boolean complement = v.basic.children(cur, "mark").stream()
                        .anyMatch(m -> v.word(m.dependent()).equals("that"));
                if (!v.basic.children(cur, "nsubj").isEmpty() && v.tok(cur).isVerb() && !complement) {
                    // "…have not withdrawn the memorandum, and Addis Ababa has refused to apologise":
                    // a conjunct with its own subject is a clause of its own, not governed by the first;
                    // but "alleges that A, and that B" governs both "that" clauses.
                    break;
                }
                if (v.tok(f).pos().equals("VBG") && !v.basic.hasChild(f, "aux") && v.finite(cur)) {
                    // "accused Moscow of torturing prisoners and demanded that Russia …": a finite verb
                    // joined to a gerund is the main subject's next act, not another thing alleged.
                    break;
                }
                // A coordinated predicate shares what governs its first conjunct, and its negation and
                // modality unless it has its own: in "would not be allowed to arrest people but could
                // provide support" the support is only possible, not refused.
                if (!ownModality(v, cur) && !finiteUnderAuxiliary(v, cur, f)) {
                    localMode(v, c, f);
                }
                if (c.nominal && cur == nounAt && v.tok(f).isNoun()) {
                    // "will stress its support for … and its concern over …": a noun joined to another
                    // stands where the first one does.
                    nounAt = f;
                }
                cur = f;
                continue;
            }
            if (c.nominal && cur == nounAt && Set.of("on", "about", "over").contains(v.prepOf(cur))
                    && (Graph.matches(rel, "nmod") && TOPIC_NOUNS.contains(v.lemma(f))
                    || Graph.matches(rel, "obl") && topicObject(v, f))) {
                // "negotiations on an Israeli troop pullback": what talks are about has not happened.
                if (c.mode == Mode.ASSERTED) {
                    c.mode = Mode.HYPOTHETICAL;
                    c.steps.add("only the topic of '" + v.word(f) + "': not asserted");
                }
                break;
            }
            Frame frame = frameOf(v, f);
            if (frame == null && c.nominal && cur == nounAt && entered(v, cur, f, rel)) {
                // "went straight into talks with President Mubarak", "went to war against the
                // government": going into or to an event noun carries it.
                frame = frames.get(Frame.Kind.LIGHT).orElse(null);
            }
            if (c.nominal && cur == nounAt && frame != null && frame.kind() == Frame.Kind.THREATEN && v.tok(f).isVerb()
                    && Set.of("of", "against", "about").contains(v.prepOf(cur)) && c.mode == Mode.ASSERTED) {
                // "warned of attacks by separatist rebels": what a warning is of has not happened.
                c.mode = Mode.HYPOTHETICAL;
                c.steps.add("warned of by '" + v.word(f) + "': not asserted");
                break;
            }
            // "announced his willingness to negotiate": under a reporting verb too, the noun of intent
            // that the parser makes the object is what the infinitive completes.
            int controller = rel.equals("xcomp") && (frame == null || frame.kind() == Frame.Kind.LIGHT
                    || frame.kind() == Frame.Kind.REPORT) ? controllingNoun(v, f, cur) : -1;
            if (controller >= 0) {
                // "continued their effort to overthrow the government", "issued an ultimatum to halt
                // attacks": the parser hangs the infinitive on the light verb, but it completes the
                // noun. Under any other verb only a noun of mere possibility or of asking counts
                // ("improve their ability to cooperate", "is reviewing a Russian request to meet
                // British officials"); "approved a deal to sell drones" is the sale.
                Frame nounFrame = frameOf(v, controller);
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
                    break;
                }
                if (applies && !apply(v, c, controller, nounFrame, absorbed, extra, trace)) {
                    break;
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
                    break;
                }
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
            if (c.mode == Mode.ASSERTED && aim(v, c, cur, f, rel, frame)) {
                // "rebels fighting to topple the government", "sent troops to crush the revolt",
                // "launched an offensive to retake the town": violence that an act is for has not
                // happened yet.
                c.mode = Mode.HYPOTHETICAL;
                c.aimed = true;
                c.steps.add("the aim of '" + v.word(f) + "', not an accomplished act: not asserted");
            }
            if (c.mode == Mode.ASSERTED && adverbial && presentTimeClause(v, cur)) {
                // "… would take it with him when he visits Washington later in the month": a time
                // clause in the present tense tells of what is yet to come (or of a habit), not of an act done.
                c.mode = Mode.HYPOTHETICAL;
                c.steps.add("a time clause in the present tense at '" + v.word(cur) + "': not yet done");
            }
            if (c.mode == Mode.ASSERTED && adverbial && v.tok(cur).pos().equals("VBG") && v.markedBy(cur, "in")
                    && v.basic.children(f, "aux").stream().anyMatch(a -> MODALS.contains(v.word(a.dependent())
                    .toLowerCase(java.util.Locale.ROOT)))) {
                // "Poland's experience could be helpful in defusing the standoff": what something may help
                // in, or succeed in, has not been done.
                c.mode = Mode.HYPOTHETICAL;
                c.steps.add("what '" + v.word(f) + "' may help in: not asserted");
            }
            if (c.mode == Mode.ASSERTED) {
                String notYet = NotYet.under(v, cur, f, rel);
                if (notYet != null) {
                    c.mode = Mode.HYPOTHETICAL;
                    c.steps.add(notYet);
                }
            }
            if (c.mode == Mode.ASSERTED && adverbial && (frame == null || frame.kind() == Frame.Kind.LIGHT)
                    && cur == c.head && v.markedBy(cur, "to") && v.tok(f).isVerb()
                    && unrealClause(v, f)) {
                // "The mission was intended to … make recommendations on ways to protect civilians": the
                // purpose of an act that is itself only intended, planned or foreseen is not done either.
                c.mode = Mode.HYPOTHETICAL;
                c.steps.add("the purpose of '" + v.word(f) + "', which is not asserted: not an event");
            }
            if ((frame == null || frame.kind() == Frame.Kind.LIGHT) && Reasons.reason(v, c, cur, f, rel)) {
                break;
            }
            if (frame == null) {
                if ((rel.equals("obj") && v.tok(cur).isNoun() || rel.equals("xcomp") && controllingNoun(v, f, cur) >= 0)
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
                    absorbed.add(f);
                    localMode(v, c, f);
                    break;
                }
                if (c.nominal && cur == nounAt && rel.startsWith("nsubj") && v.tok(f).isVerb()) {
                    // "any violation would be met with force", "the attack did not happen": the
                    // predicate's modality and negation are the event noun's.
                    localMode(v, c, f);
                    break;
                }
                if (rel.equals("xcomp") || bareInfinitiveClause(v, cur, f, rel)) {
                    // Aspect and control verbs pass their negation and modality down: "did not begin to shell".
                    // So do verbs with a bare infinitive clause: "would help US companies make investments".
                    localMode(v, c, f);
                    if (arranged(v, f, cur)) {
                        // "Uganda is set to deploy troops", "are scheduled to meet": arranged, not yet done; read as "will".
                        c.modal = "will";
                    }
                    if (c.mode == Mode.ASSERTED && v.lemma(f).equals("use") && v.tok(f).pos().equals("VBD")
                            && v.markedBy(cur, "to")) {
                        // "Israel used to demand the unconditional release of the soldier": a past habit, no act on a day.
                        c.mode = Mode.HYPOTHETICAL;
                        c.steps.add("'used to': a past habit, not an act");
                    }
                    cur = f;
                    continue;
                }
                if (complement && v.tok(f).isNoun() && EvidenceNouns.doubted(v, f)) {
                    noEvidence(v, c, f);
                } else if (complement && v.tok(f).isNoun() && EvidenceNouns.sought(v, f)) {
                    c.mode = Mode.HYPOTHETICAL;
                    c.steps.add("evidence still wanted: not asserted at '" + v.word(f) + "'");
                } else if (complement && v.tok(f).isNoun() && Hearsay.noun(v, f)) {
                    Hearsay.apply(v, c, cur, f);
                } else if (complement && v.tok(f).isNoun() && blockedText(v, f)) {
                    c.mode = Mode.NEGATED;
                    c.steps.add("what a blocked text would have said: negated at '" + v.word(f) + "'");
                } else if (complement && c.mode == Mode.ASSERTED && v.tok(f).isNoun() && TEXTS.contains(v.lemma(f))
                        && v.basic.children(f).stream().anyMatch(e -> (e.relation().equals("compound")
                        || e.relation().equals("amod")) && v.lemma(e.dependent()).equals("draft"))) {
                    // "a Security Council draft resolution condemning the army": what a draft says is
                    // proposed, not yet said by the body that would adopt it.
                    c.mode = Mode.HYPOTHETICAL;
                    c.steps.add("what a draft proposes: not yet done at '" + v.word(f) + "'");
                }
                if (c.mode == Mode.ASSERTED && v.tok(f).isNoun()
                        && (rel.equals("dep") || rel.equals("ccomp") || Graph.matches(rel, "acl") && !rel.equals("acl:relcl"))) {
                    // "rejected suggestions the U.S. and EC agree a freeze", "denied reports that troops
                    // had crossed": what a turned-down or denied noun says is not asserted.
                    Edge nounUp = v.basic.head(f);
                    Frame gf = nounUp != null && nounUp.relation().equals("obj") ? frameOf(v, nounUp.governor()) : null;
                    if (gf != null && (gf.kind() == Frame.Kind.REJECT || gf.kind() == Frame.Kind.NEGATE)) {
                        c.mode = Mode.HYPOTHETICAL;
                        c.steps.add("what '" + v.word(nounUp.governor()) + "' turns down or denies: not asserted");
                        break;
                    }
                    if (nounUp != null && nounUp.relation().equals("obj") && v.tok(nounUp.governor()).isVerb()
                            && unrealClause(v, nounUp.governor())) {
                        // "The EU is expected to present a resolution condemning Burma": what a text yet to
                        // be presented or adopted says has not been said.
                        c.mode = Mode.HYPOTHETICAL;
                        c.steps.add("what '" + v.word(f) + "' says, under '" + v.word(nounUp.governor())
                                + "', which is not asserted: not yet said");
                        break;
                    }
                }
                int stance = c.mode == Mode.ASSERTED ? stanceOverGerund(v, cur, f, rel) : -1;
                if (stance >= 0) {
                    // "did not object to Hamas members meeting Israeli officials", "prevented Hamas
                    // leaders visiting Amman": the gerund with its own subject, hung on the verb's object
                    // or on the verb itself, is what the stance is about, not an act the sentence asserts.
                    Frame sf = frameOf(v, stance);
                    boolean undone = sf != null && (sf.kind() == Frame.Kind.NEGATE || sf.kind() == Frame.Kind.PREVENT);
                    c.mode = undone ? Mode.NEGATED : Mode.HYPOTHETICAL;
                    c.steps.add("what '" + v.word(stance) + "' takes a stance on: not asserted");
                    break;
                }
                int accusation = Graph.matches(rel, "acl") ? accusedOf(v, cur, f) : -1;
                if (accusation >= 0) {
                    // "accused a clique of judges of working with activists": the parser hangs "of
                    // working" on the accused's noun, but it is what the accusation says they did.
                    Frame af = frameOf(v, accusation);
                    if (af == null || !apply(v, c, accusation, af, absorbed, extra, trace)) {
                        break;
                    }
                    cur = accusation;
                    continue;
                }
                if (TIME_SETTINGS.contains(v.prepOf(cur))) {
                    // Only a phrase of time: "hit back at the sanctions" is the verb's argument, not its setting.
                    unrealSetting(v, c, cur, nounAt, f, rel);
                }
                break;
            }
            boolean allowed;
            if (complement && frame.kind() == Frame.Kind.APPEAL && rel.equals("ccomp") && indirectQuestion(v, cur)) {
                // "asked why the women stayed quiet": a question, not an appeal to act.
                allowed = false;
            } else if (complement) {
                allowed = true;
            } else if (adverbial && cur < f && attributionAfter(v, cur, f, frame)) {
                // "Russia is arming separatists, Western analysts said": the parser may make the
                // attribution the root and what it attributes an adverbial clause before it.
                allowed = true;
            } else if (adverbial && v.markedBy(cur, ADJUNCT_MARKS)) {
                // "After carrying out a nuclear test, the DPRK agreed to return to the talks": a clause of
                // time, cause or concession is no complement of the frame.
                allowed = false;
            } else if (adverbial) {
                // "urged Kabul to act", "accused Pakistan of violating …": a subjectless adverbial
                // clause completes the frame; "…, while India offered aid" has its own subject and is
                // a separate report.
                allowed = (isDirective(frame) || frame.kind() == Frame.Kind.ACCUSE)
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
            } else if (nounArg) {
                if (frame.kind() == Frame.Kind.LIGHT) {
                    // "went straight into talks with President Mubarak", "entered into negotiations".
                    allowed = rel.equals("obj") || rel.startsWith("nsubj") || entered(v, cur, f, rel);
                } else if (frame.kind() == Frame.Kind.REJECT) {
                    // "rejected India's accusations": the rejection is coded by the verb; the noun is what it rejects.
                    allowed = false;
                    int root = c.code.length() >= 2 ? Integer.parseInt(c.code.substring(0, 2)) : 0;
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
                            && !SETTINGS.contains(v.prepOf(cur))
                            || v.tok(f).isNoun() && Graph.matches(rel, "nmod")
                            && Set.of("of", "for", "to").contains(v.prepOf(cur))
                            // "the meeting was cancelled", "the attack was foiled": the passive's subject.
                            || rel.equals("nsubj:pass") && frame.kind() == Frame.Kind.NEGATE;
                }
            } else {
                allowed = false;
            }
            if (!allowed) {
                if (complement && v.tok(f).isNoun() && EvidenceNouns.doubted(v, f)) {
                    noEvidence(v, c, f);
                }
                unrealSetting(v, c, cur, nounAt, f, rel);
                break;
            }
            if (!apply(v, c, f, frame, absorbed, extra, trace)) {
                break;
            }
            cur = f;
        }
        future(v, c, absorbed);
        if ((c.mode == Mode.ASSERTED || c.mode == Mode.REPORTED) && !c.nominal && !c.viaFrame
                && NotYet.habitual(v, c.trigger, c.code)) {
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("'" + v.word(c.trigger) + "': the simple present tells a habit or a state, not an act on a day");
        }
        if ((c.mode == Mode.ASSERTED || c.mode == Mode.REPORTED) && c.nominal && standingHave(v, c.trigger)) {
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("'" + v.word(v.basic.head(c.trigger).governor()) + "' in the present tells a standing state, not an act");
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

    /** Verbs without a frame of their own whose object's gerund is only what they take a stance on. */
    private static final Set<String> STANCES = Set.of("object", "mind", "tolerate", "accept", "approve");
    private static final Set<Frame.Kind> STANCE_FRAMES = java.util.EnumSet.of(Frame.Kind.REJECT, Frame.Kind.NEGATE,
            Frame.Kind.PREVENT, Frame.Kind.PERMIT, Frame.Kind.INTEND, Frame.Kind.HYPOTHETICAL);

    /**
     * The verb whose object or oblique {@code head} carries the gerund {@code clause} ("object to
     * members meeting …"), or which carries it itself, when that verb takes a stance on an act rather
     * than reporting one; else -1.
     */
    private int stanceOverGerund(SentenceView v, int clause, int head, String rel) {
        if (!v.tok(clause).pos().equals("VBG") || clause < head) {
            return -1;
        }
        if (Graph.matches(rel, "advcl")) {
            // "did not object to Israel holding talks": parsed as a clause of the verb with "to" as its mark.
            return v.tok(head).isVerb() && v.markedBy(clause, "to") && v.basic.hasChild(clause, "nsubj")
                    && STANCES.contains(v.lemma(head)) ? head : -1;
        }
        if (!Graph.matches(rel, "acl") || rel.equals("acl:relcl") || !v.tok(head).isNoun()) {
            return -1;
        }
        Edge up = v.basic.head(head);
        if (up == null || !up.relation().equals("obj") && !Graph.matches(up.relation(), "obl")
                || !v.tok(up.governor()).isVerb()) {
            return -1;
        }
        int g = up.governor();
        Frame gf = frameOf(v, g);
        return gf != null && STANCE_FRAMES.contains(gf.kind()) || STANCES.contains(v.lemma(g)) ? g : -1;
    }

    /**
     * The verb of an accusation whose accused noun an "of" clause hangs on ("accused a clique of
     * judges of working …": "working" under "judges", the object of "accused", through "of"
     * phrases), or -1.
     */
    private int accusedOf(SentenceView v, int clause, int noun) {
        if (!v.prepOf(clause).equals("of") || !v.tok(noun).isNoun()) {
            return -1;
        }
        int at = noun;
        for (int hops = 0; hops < 3; hops++) {
            Edge up = v.basic.head(at);
            if (up == null) {
                return -1;
            }
            if (up.relation().equals("obj") || Graph.matches(up.relation(), "obl")) {
                // "accused members of the Somali army of attacking": the parser may hang the accused on
                // the verb as an oblique.
                // "acquitted a doctor of murdering his wife": what a court clears someone of is not
                // established either (the acquitting verbs are in the NEGATE frame).
                Frame f = frameOf(v, up.governor());
                return f != null && (f.kind() == Frame.Kind.ACCUSE || f.kind() == Frame.Kind.NEGATE) ? up.governor() : -1;
            }
            if (!Graph.matches(up.relation(), "nmod") || !v.prepOf(at).equals("of") || !v.tok(up.governor()).isNoun()) {
                return -1;
            }
            at = up.governor();
        }
        return -1;
    }

    /**
     * Recodes an event through a frame's map ("would not meet" → 12x, "would cut ties if" → 13x):
     * the new code, the frame's rule and a step saying why. False, and nothing changed, when the
     * frame is missing or has no CAMEO code for the event.
     */
    private boolean recode(Candidate c, @Nullable Frame frame, String why) {
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
    private void future(SentenceView v, Candidate c, Set<Integer> absorbed) {
        if (c.code.isEmpty()) {
            return;
        }
        int root = Integer.parseInt(c.code.substring(0, 2));
        boolean refusal = c.mode == Mode.NEGATED && c.modal != null
                && (FUTURE.contains(c.modal) || c.modal.equals("would")) && root >= 3 && root <= 8 && !c.viaFrame
                // "a visit by Japanese officials will likely do nothing to change the decision": an event
                // noun that a negated verb speaks about is no one's refusal of it.
                && !c.nominal
                // "was expected to assure Chirac that he will not agree to a deal": a refusal that is
                // itself only expected is no rejection.
                && !c.underHypothesis
                // "he won't step down, Watanabe told Reuters": another's forecast of a refusal is not one.
                && !(c.passedReport && !c.reportedBy.isEmpty() && !c.sources.isEmpty()
                        && !Sides.ownSide(v, c.reportedBy, c.sources) && !Sides.sameCode(v, c.reportedBy, c.sources));
        if (refusal) {
            // "will not accept refugees", "would not meet their demands": a refusal to cooperate is a rejection (12x).
            if (recode(c, frames.get(Frame.Kind.REJECT).orElse(null), "'" + c.modal + " not' refuses it")) {
                c.mode = Mode.ASSERTED;
            }
            return;
        }
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
            return;
        }
        if (c.modal == null || !FUTURE.contains(c.modal) || c.mode == Mode.NEGATED
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
        if (!unless && PREVIEWED_ROOTS.contains(root)) {
            // "Yeutter will press Japan to open its markets", "he will demand that Israel withdraw": an
            // appeal, demand or accusation announced for later has not been made yet, and CAMEO has no
            // intent code for it, so it is not asserted. (The speaker's own "said it will demand" is read
            // as the demand, in report.)
            c.steps.add("'" + c.modal + "' previews a speech act not yet made: not asserted");
            c.mode = Mode.HYPOTHETICAL;
            return;
        }
        if (!unless && root == 9 && !c.viaFrame
                && !(c.passedReport && Sides.sameCode(v, c.reportedBy, c.sources))) {
            // "judges … will quiz Prime Minister de Villepin, aides to Villepin said": an inquiry
            // scheduled is not yet made, and no pledge unless its makers announce it ("the government
            // said it will investigate" is read at "said", as an intent).
            c.steps.add("'" + c.modal + "' schedules an inquiry: not yet made, not asserted");
            c.mode = Mode.HYPOTHETICAL;
            return;
        }
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
    private static boolean hostileOnIf(SentenceView v, Candidate c, int root) {
        return root >= 11 && conditional(v, c, Set.of("if"));
    }

    /** Whether the event's clause carries an "if" or "unless" condition. */
    private static boolean conditional(SentenceView v, Candidate c) {
        return conditional(v, c, Set.of("if", "unless"));
    }

    /** Whether the event's word or its head has an adverbial clause introduced by one of {@code marks}. */
    private static boolean conditional(SentenceView v, Candidate c, Set<String> marks) {
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

    private static boolean isDirective(Frame f) {
        return f.kind() == Frame.Kind.APPEAL || f.kind() == Frame.Kind.DEMAND || f.kind() == Frame.Kind.INTEND
                || f.kind() == Frame.Kind.PREPARE || f.kind() == Frame.Kind.ORDER || f.kind() == Frame.Kind.PERMIT
                || f.kind() == Frame.Kind.PREVENT;
    }

    /** "no evidence that …", "no sign that Syria will withdraw": negated, and no one refuses anything either. */
    private static void noEvidence(SentenceView v, Candidate c, int noun) {
        c.mode = Mode.NEGATED;
        c.underHypothesis = true;
        c.steps.add("no evidence for it: negated at '" + v.word(noun) + "'");
    }

    /** The kind of the frame a word opens, or null. */
    private Frame.@Nullable Kind frameKind(SentenceView v, int f) {
        Frame fr = frameOf(v, f);
        return fr == null ? null : fr.kind();
    }

    /** Verbs of support whose participle before "by" describes who is backed: "forces backed by tanks". */
    private static final Set<String> BACKED_BY = Set.of("back", "support", "endorse", "favour", "favor");

    /** The frame a word opens, by lemma (with particle) for verbs and adjectives, by lemma for nouns. */
    Frame frameOf(SentenceView v, int f) {
        Token t = v.tok(f);
        if (t.isNoun() || possessed(v, f)) {
            return frames.noun(v.lemma(f)).orElse(frames.noun(v.word(f)).orElse(null));
        }
        for (String key : v.predicateKeys(f)) {
            var fr = frames.verb(key);
            if (fr.isPresent()) {
                // "to hold off the new tariffs", "held up the talks": a light verb with a particle of
                // its own is another verb, unless the frame lists it with the particle ("carry_out").
                if (fr.get().kind() == Frame.Kind.LIGHT && key.equals(v.lemma(f)) && v.basic.hasChild(f, "compound:prt")) {
                    return null;
                }
                if (fr.get().kind() == Frame.Kind.APPEAL && key.equals("call") && !callsFor(v, f)) {
                    // "what he called a full-fledged war", "called the move a mistake": naming, not appealing.
                    return null;
                }
                if (fr.get().kind() == Frame.Kind.LIGHT && v.timeTaken(f)) {
                    // "It will take four years to negotiate": time taken carries no act.
                    return null;
                }
                if (fr.get().kind() == Frame.Kind.INTEND && BACKED_BY.contains(key) && v.tok(f).pos().equals("VBN")
                        && f + 1 < v.s.size() && v.word(f + 1).equalsIgnoreCase("by")) {
                    // "the Israeli army forces backed by dozens of tanks had occupied the town": a participle
                    // of support describes a force, whatever clause the parser hung on it.
                    return null;
                }
                return fr.get();
            }
        }
        return null;
    }

    private static final Set<String> NEGOTIATIONS = Set.of("talk", "talks", "negotiation", "negotiations",
            "discussion", "discussions", "consultation", "consultations", "dialogue");

    /**
     * Whether an infinitive is the purpose of negotiations: hung on their noun ("talks to end the war")
     * or, as the parser often does, on the verb whose object or subject they are ("accelerate
     * negotiations to sign").
     */
    private static boolean negotiationFor(SentenceView v, int infinitive, int head, String rel) {
        if (Graph.matches(rel, "acl") && !rel.equals("acl:relcl")) {
            return NEGOTIATIONS.contains(v.lemma(head).toLowerCase(java.util.Locale.ROOT));
        }
        if (!rel.equals("xcomp") && !Graph.matches(rel, "advcl")) {
            return false;
        }
        for (Edge o : v.basic.children(head)) {
            // "negotiations were going on with the Chinese government to supply equipment": their subject too.
            boolean argument = o.relation().equals("obj") || o.relation().equals("nsubj");
            if (argument && NEGOTIATIONS.contains(v.lemma(o.dependent()).toLowerCase(java.util.Locale.ROOT))
                    && o.dependent() < infinitive) {
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
        List<ActorMention> subjects = actors(v, v.subjects(verb));
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
        return actors(v, v.prepChildren(noun, Set.of("of")));
    }

    /**
     * The object of a verb that the parser makes the subject of the verb's infinitive ("continued
     * their effort to overthrow": "effort"), when it is a frame noun; else -1.
     */
    private int controllingNoun(SentenceView v, int verb, int infinitive) {
        for (Edge x : v.g.children(infinitive, "nsubj:xsubj")) {
            int o = x.dependent();
            Edge up = v.basic.head(o);
            if (up != null && up.governor() == verb && up.relation().equals("obj") && v.tok(o).isNoun()
                    && frameOf(v, o) != null) {
                return o;
            }
        }
        // "expressed regret over Washington's decision to impose tariffs": the noun of a frame right
        // before "to", inside the verb's own phrases, whatever the parser made the controller.
        int n = frameNounBeforeTo(v, infinitive);
        return n > verb && v.basic.dominates(verb, n, 4) ? n : -1;
    }

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

    /** Whether a word is a finite verb or a past participle, not an infinitive ("accused", "urges"). */
    private static boolean finiteOrParticiple(SentenceView v, int w) {
        return v.finite(w) || v.tok(w).pos().equals("VBN");
    }

    /** A word right after a possessive "'s" is a noun, whatever its tag ("Canada's right to protect", tagged RB). */
    private static boolean possessed(SentenceView v, int n) {
        return n > 0 && v.word(n - 1).equals("'s") && !v.tok(n).isVerb();
    }

    /** The noun of a frame right before an infinitive's "to" ("a decision to impose"), or -1. */
    private int frameNounBeforeTo(SentenceView v, int infinitive) {
        for (Edge m : v.basic.children(infinitive, "mark")) {
            int n = m.dependent() - 1;
            if (v.word(m.dependent()).equals("to") && n >= 0 && n < infinitive && (v.tok(n).isNoun() || possessed(v, n))
                    && frameOf(v, n) != null) {
                return n;
            }
        }
        return -1;
    }

    /**
     * Whether a conjunct is a finite verb coordinated with a verb that has an auxiliary: in "said
     * Pakistan would not tolerate attacks and warned that …" the warning is no part of what would
     * not happen, since "would" cannot govern "warned".
     */
    private static boolean finiteUnderAuxiliary(SentenceView v, int conjunct, int head) {
        return v.finite(conjunct) && v.tok(head).isVerb() && !modalPerfectParticiple(v, conjunct, head)
                && (!v.basic.children(head, "aux").isEmpty() || !v.basic.children(head, "aux:pass").isEmpty());
    }

    /**
     * Whether a conjunct tagged as a past tense is the participle of a modal perfect before it:
     * in "would have barred trade with Iran and slapped restrictions on …" "slapped" is "would
     * have slapped", as unreal as the first.
     */
    private static boolean modalPerfectParticiple(SentenceView v, int conjunct, int head) {
        if (!v.tok(conjunct).pos().equals("VBD") || !v.tok(head).pos().equals("VBN")) {
            return false;
        }
        boolean modal = false;
        boolean have = false;
        for (Edge a : v.basic.children(head, "aux")) {
            String w = v.word(a.dependent()).toLowerCase(java.util.Locale.ROOT);
            modal |= MODALS.contains(w);
            have |= w.equals("have");
        }
        return modal && have;
    }

    /** Whether a conjunct has its own auxiliary or a contrasting "but": "… but could provide support". */
    private static boolean ownModality(SentenceView v, int conjunct) {
        if (!v.basic.children(conjunct, "aux").isEmpty()) {
            return true;
        }
        for (Edge e : v.basic.children(conjunct, "cc")) {
            String w = v.word(e.dependent());
            if (w.equals("but") || w.equals("yet")) {
                return true;
            }
        }
        return false;
    }

    /** An object with "no" or "neither" as its determiner: "no order", "no one". */
    private static boolean negativeObject(SentenceView v, int object) {
        for (Edge d : v.basic.children(object, "det")) {
            String w = v.word(d.dependent());
            if (w.equals("no") || w.equals("neither")) {
                return true;
            }
        }
        return v.word(object).equals("nobody") || v.word(object).equals("nothing");
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

    /**
     * "Houthi fighters shelled a market, killing twelve people, aid workers said": the parser
     * often hangs a trailing attribution on the main clause as parataxis. A reporting verb after
     * the clause, with a subject and no complement of its own, reports it.
     */
    private void trailingReport(SentenceView v, Candidate c, int root, Set<Integer> absorbed, List<Candidate> extra,
            Trace trace) {
        for (Edge e : v.basic.children(root, "csubj")) {
            int f = e.dependent();
            Frame frame = frameOf(v, f);
            if (f < root && frame != null && frame.kind() == Frame.Kind.REPORT && !v.subjects(f).isEmpty()
                    && c.mode == Mode.ASSERTED) {
                // "Pakistan said civilians were killed and claimed its air force had shot down …", parsed
                // with the reporting verb as the subject of the last clause: the clause is still what
                // the speaker reports, by the last reporting verb before it.
                int last = f;
                for (int k = f + 1; k < root; k++) {
                    Frame kf = v.tok(k).isVerb() ? frameOf(v, k) : null;
                    if (kf != null && kf.kind() == Frame.Kind.REPORT) {
                        last = k;
                    }
                }
                List<ActorMention> speakers = actors(v, v.subjects(f));
                reported(v, c, speakers, describe(speakers, v, f), last, !frame.unreliable().contains(v.lemma(last)),
                        "the parser made the report the clause's subject");
                return;
            }
        }
        for (Edge e : v.basic.children(root, "parataxis")) {
            int f = e.dependent();
            Frame frame = frameOf(v, f);
            // "…, officials said"; "…, experts believe": a belief tacked on after is as much a frame
            // as one before ("experts believe that …").
            if (f > root && frame != null && attributing(v, f, frame) && !v.subjects(f).isEmpty()
                    && v.basic.children(f, "ccomp").isEmpty() && v.basic.children(f, "xcomp").isEmpty()) {
                apply(v, c, f, frame, absorbed, extra, trace);
                return;
            }
        }
    }

    /**
     * Whether a report or belief verb after a comma attributes the unmarked clause before it
     * ("Russia is arming separatists, analysts said"), not an adverbial clause of its own
     * ("while India offered aid, Pakistan said …" has a marker).
     */
    private boolean attributionAfter(SentenceView v, int clause, int verb, Frame frame) {
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
    private static boolean attributing(SentenceView v, int verb, Frame frame) {
        return frame.kind() == Frame.Kind.REPORT
                || frame.kind() == Frame.Kind.HYPOTHETICAL && BELIEFS.contains(v.lemma(verb));
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

    /** Applies a frame; false stops the climb. */
    private boolean apply(SentenceView v, Candidate c, int f, Frame frame, Set<Integer> absorbed,
            List<Candidate> extra, Trace trace) {
        String lemma = v.lemma(f);
        List<ActorMention> frameSubjects = actors(v, v.subjects(f));
        if (frameSubjects.isEmpty() && v.tok(f).isNoun()) {
            // "Pakistan's offer to mediate", "reached a consensus to exchange": the noun's owner or its verb's subject.
            frameSubjects = v.modifierActors(f);
            if (frameSubjects.isEmpty()) {
                Edge up = v.basic.head(f);
                if (up != null && (up.relation().equals("obj") || up.relation().startsWith("nsubj"))
                        && !RESPONSES.contains(v.lemma(up.governor()))) {
                    frameSubjects = actors(v, v.subjects(up.governor()));
                }
            }
        }
        switch (frame.kind()) {
            case NEGATE: {
                int root = c.code.isEmpty() ? 0 : Integer.parseInt(c.code.substring(0, 2));
                Frame reject = frames.get(Frame.Kind.REJECT).orElse(null);
                // "the Security Council failed to agree on the withdrawal": a body that does not reach
                // agreement within itself rejects no one.
                boolean withinItself = (v.lemma(c.trigger).equalsIgnoreCase("agree") || v.lemma(c.head).equalsIgnoreCase("agree"))
                        && frameSubjects.size() == 1 && assembly(frameSubjects.get(0), v.date);
                if (lemma.equals("fail") && root >= 3 && root <= 8 && !frameSubjects.isEmpty() && reject != null
                        && c.mode == Mode.ASSERTED && !triedAndFailed(v, f) && !withinItself) {
                    // "failed to reach an agreement": a failure to cooperate is coded as a rejection, as CAMEO does.
                    if (recode(c, reject, "'" + v.tok(f).word() + "' to cooperate is a rejection")) {
                        c.sources = frameSubjects;
                        c.head = f;
                        absorbed.add(f);
                        localMode(v, c, f);
                        return true;
                    }
                }
                if (root >= 18 && REPELLING.contains(v.predicateKeys(f).get(0))) {
                    // "held off an attack by the rebels": the attack was made, and repelled.
                    c.steps.add("'" + v.tok(f).word() + " off' repels it: it happened");
                    localMode(v, c, f);
                    return true;
                }
                if (undoesNegation(v, c, f)) {
                    localMode(v, c, f);
                    return true;
                }
                c.mode = Mode.NEGATED;
                c.frameNegated = true;
                c.steps.add("'" + v.tok(f).word() + "' negates it (" + frame.rule() + ")");
                localMode(v, c, f);
                return true;
            }
            case HYPOTHETICAL:
                if (c.mode != Mode.NEGATED) {
                    c.mode = Mode.HYPOTHETICAL;
                }
                c.underHypothesis = true;
                c.steps.add("'" + v.tok(f).word() + "' makes it hypothetical (" + frame.rule() + ")");
                localMode(v, c, f);
                return true;
            case ATTEMPT: {
                String to = frame.transform(c.code);
                if (to == null || to.equals("hypothetical")) {
                    if (c.mode != Mode.NEGATED) {
                        c.mode = Mode.HYPOTHETICAL;
                    }
                    c.steps.add("'" + v.tok(f).word() + "': only attempted, not asserted (" + frame.rule() + ")");
                } else if (cameo.contains(to)) {
                    c.steps.add("'" + v.tok(f).word() + "': an attempted act, " + c.code + " → " + to + " (" + frame.rule() + ")");
                    c.code = to;
                    c.rules.add(frame.rule());
                    c.head = f;
                    absorbed.add(f);
                }
                localMode(v, c, f);
                return true;
            }
            case REPORT:
                return report(v, c, f, frame, frameSubjects, absorbed, extra, trace);
            case LIGHT:
                if (impressionClause(v, c.head, f)) {
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
                    c.targets = actors(v, v.prepChildren(f, isTopicNoun(v.lemma(c.trigger))
                            ? Set.of("against", "with", "to", "at")
                            : Set.of("on", "against", "with", "to", "at", "upon")));
                }
                c.head = f;
                c.rules.add(frame.rule());
                c.steps.add("light verb '" + v.tok(f).word() + "' carries it (" + frame.rule() + ")");
                localMode(v, c, f);
                absorbed.add(f);
                return true;
            default:
                return transform(v, c, f, frame, frameSubjects, absorbed, extra, lemma);
        }
    }

    /**
     * Marks an event as told by speakers with a reporting verb: an asserted event becomes reported,
     * reliable or contested; one already negated or hypothetical keeps its mode.
     */
    private static void reported(SentenceView v, Candidate c, List<ActorMention> speakers, String reporter, int verb,
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
        c.steps.add("reported by " + reporter + " ('" + v.tok(verb).word() + "', " + (reliable ? "reliable" : "contested")
                + ", " + why + ")");
    }

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
            if (role == null || role.isEmpty() || RoleCodes.roleIn(code, RoleCodes.STATE_ORGANS) || role.startsWith("MED")) {
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

    private boolean report(SentenceView v, Candidate c, int f, Frame frame, List<ActorMention> frameSubjects,
            Set<Integer> absorbed, List<Candidate> extra, Trace trace) {
        // "Russia said Sudan must return the helicopter": a demand on Sudan; "should": an appeal.
        if (c.modal != null && (c.modal.equals("must") || c.modal.equals("should")) && !c.viaFrame
                // "the Tories should have used resources …" is a reproach, and "should be announced
                // shortly" an expectation: neither asks anyone to act.
                && !modalReproachOrExpectation(v, c.modal)
                && c.mode != Mode.NEGATED && !frameSubjects.isEmpty() && !Sides.ownSide(v, frameSubjects, c.sources)) {
            Frame f2 = frames.get(c.modal.equals("must") ? Frame.Kind.DEMAND : Frame.Kind.APPEAL).orElse(null);
            if (f2 != null) {
                List<ActorMention> addressees = c.sources;
                if (recode(c, f2, "'" + v.tok(f).word() + " … " + c.modal + "' is a "
                        + f2.kind().name().toLowerCase(java.util.Locale.ROOT))) {
                    c.targets = addressees;
                    c.sources = frameSubjects;
                    c.mode = Mode.ASSERTED;
                    c.modal = null;
                    c.head = f;
                    absorbed.add(f);
                    localMode(v, c, f);
                    return true;
                }
            }
        }
        // "Pakistan said it would close the border": a speaker's own future act is an intent or a threat.
        // A hint or suggestion of it ("hinted he would seek their help") is no statement of intent.
        if (c.modal != null && !c.viaFrame && c.mode != Mode.NEGATED && !TENTATIVE.contains(v.lemma(f))
                && !c.hinted && !c.modalOnThing
                // "China and Burundi should enhance cooperation, said Hu": Hu speaks for China only.
                && Sides.allOwnSide(v, frameSubjects, c.sources)) {
            int root = c.code.length() >= 2 ? Integer.parseInt(c.code.substring(0, 2)) : 0;
            if (PREVIEWED_ROOTS.contains(root)
                    && !speakerActs(frameSubjects, c.sources)) {
                // "a senior official said Olmert would ask Berlin and Rome to …": an appeal that another
                // announces for later has not been made ("Israel said it would ask" is the asking).
                c.steps.add("'" + v.tok(f).word() + " … " + c.modal + "': another's speech act announced for later, not yet made");
                c.mode = Mode.HYPOTHETICAL;
                c.head = f;
                absorbed.add(f);
                return true;
            }
            // "… said it will withdraw its force unless …": a conditional announcement is a threat, and so
            // is a hostile act the speaker's side makes hang on "if" ("told the government that if it
            // does not come to a solution, the Congress will vote against it").
            boolean unless = conditional(v, c, Set.of("unless")) || hostileOnIf(v, c, root);
            if (recode(c, frames.get(unless ? Frame.Kind.THREATEN : Frame.Kind.INTEND).orElse(null),
                    "'" + v.tok(f).word() + " … " + c.modal + "': the speaker's own "
                            + (unless ? "threat" : "intent"))) {
                c.mode = Mode.ASSERTED;
                c.modal = null;
                c.head = f;
                absorbed.add(f);
                localMode(v, c, f);
                return true;
            }
        }
        if (c.viaFrame && c.code.startsWith("03") && c.mode == Mode.ASSERTED && !c.sources.isEmpty()
                && Sides.ownSide(v, frameSubjects, c.sources)) {
            // "Reagan announced his willingness to negotiate", "Egypt said it wants talks": saying one's
            // own intent is expressing it; the statement is the act, not a report of it.
            c.steps.add("'" + v.tok(f).word() + "' states the speaker's own intent: asserted");
            c.head = f;
            absorbed.add(f);
            localMode(v, c, f);
            return true;
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
            c.head = f;
            absorbed.add(f);
            localMode(v, c, f);
            return true;
        }
        // "Iran is said to be planning an attack": a report in the passive that names no one who
        // made it is hearsay.
        boolean nobodySaid = frameSubjects.isEmpty() && v.isPassive(f);
        reported(v, c, frameSubjects, describe(frameSubjects, v, f), f,
                !frame.unreliable().contains(v.lemma(f)) && !Attribution.quotesUnnamedSources(v, f) && !nobodySaid,
                nobodySaid ? frame.rule() + "; said by no one named" : frame.rule());
        Reasons.allegation(v, c, f, frameSubjects, frame.rule(), extra);
        absorbed.add(f);
        Mode before = c.mode;
        localMode(v, c, f);
        if (c.mode == Mode.NEGATED && before != Mode.NEGATED) {
            // "did not say that …": the report does not assert the event, nor deny it.
            c.mode = Mode.HYPOTHETICAL;
        }
        return true;
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
        return actors(v, to);
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
        List<ActorMention> subjects = actors(v, v.subjects(clause));
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

    private boolean transform(SentenceView v, Candidate c, int f, Frame frame, List<ActorMention> frameSubjects,
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
            if (Integer.parseInt(inner.substring(0, 2)) >= 15) {
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
        int innerRoot = inner.length() >= 2 ? Integer.parseInt(inner.substring(0, 2)) : 0;
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
            if (undoesNegation(v, c, f)) {
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
            blamedOn.addAll(actors(v, v.prepChildren(f, Set.of("on"))));
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
                blamedOn.addAll(actors(v, v.prepChildren(c.trigger, Set.of("on"))));
            }
        }
        if (frame.kind() == Frame.Kind.ACCUSE) {
            // The accusation is asserted; the act it alleges is reported and contested.
            Candidate alleged = c.copy();
            if (alleged.mode == Mode.ASSERTED) {
                alleged.mode = Mode.REPORTED;
                alleged.report = new Report(describe(frameSubjects, v, f), lemma, false);
            }
            alleged.steps.add("alleged by " + describe(frameSubjects, v, f) + " (" + frame.rule() + ")");
            // "Fatah accused Hamas of attacking …": the accused did it, whatever the parser's control says.
            List<ActorMention> accused = actors(v, v.objects(f));
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
                        ? actors(v, v.prepChildren(c.trigger, Set.of("of"))) : List.of();
                List<Integer> objects = new ArrayList<>(v.objects(f));
                if (withdrawing.isEmpty() || !objects.remove(Integer.valueOf(c.trigger))) {
                    objects = v.objects(f);
                }
                List<ActorMention> addressees = actors(v, objects);
                // "demanded the withdrawal of Serbian forces from Bosnia": the demand is on the forces
                // that are to withdraw, not on the place they would leave ("demanded an apology from
                // Japan" is on Japan).
                addressees.addAll(actors(v, v.prepChildren(f, withdrawing.isEmpty()
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
                List<ActorMention> objs = actors(v, v.objects(f));
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
                    List<ActorMention> objs = actors(v, v.indirectObjects(f));
                    objs.addAll(actors(v, v.prepChildren(f, Set.of("to", "with", "for"))));
                    if (objs.isEmpty()) {
                        objs = actors(v, v.objects(f));
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
        localMode(v, c, f);
        return true;
    }

    /**
     * Verbs that answer someone else's call, offer or plan: "the UN rejected a call for
     * peacekeepers" does not make the UN the caller.
     */
    private static final Set<String> RESPONSES = Set.of("reject", "dismiss", "rebuff", "spurn", "refuse", "decline",
            "turn_down", "welcome", "accept", "heed", "answer", "ignore", "defy", "endorse", "back", "support", "hail",
            "praise", "criticize", "criticise", "condemn", "denounce", "oppose", "consider", "study", "discuss",
            "examine", "review", "receive", "veto", "snub", "resist", "embrace", "echo", "second", "approve");

    /** Whether a noun's "on" phrase is its topic: talks, negotiations, debates, plans. */
    static boolean isTopicNoun(String lemma) {
        return TOPIC_NOUNS.contains(lemma);
    }

    /** "renewed negotiations today on a pullback": the verb's object is a topic noun. */
    private static boolean topicObject(SentenceView v, int verb) {
        for (Edge e : v.basic.children(verb, "obj")) {
            if (TOPIC_NOUNS.contains(v.lemma(e.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns whose "on", "about" or "over" phrase is a topic, not an event: "talks on a pullback". */
    private static final Set<String> TOPIC_NOUNS = Set.of("talk", "talks", "negotiation", "negotiations",
            "discussion", "discussions", "debate", "consultation", "consultations", "dialogue", "conference",
            "summit", "meeting", "proposal", "plan", "vote", "referendum", "bill", "resolution", "law");

    /** Adjectives that make an event noun unasserted: "a possible war", "the planned visit". */
    private static final Set<String> UNREAL = Set.of("possible", "potential", "planned", "proposed", "expected",
            "likely", "future", "alleged", "suspected", "would-be", "rumoured", "rumored", "threatened", "imminent",
            "feared", "hypothetical", "mooted", "prospective");

    /** Negation, modality and conditionals on one word. */
    private static final Set<String> INVERTED = Set.of("had", "were", "should");
    private static final Set<String> MEASURES = Set.of("day", "week", "month", "series", "round", "wave", "spate",
            "string", "couple", "number", "host", "flurry", "barrage", "volley", "campaign");

    /** An auxiliary before the subject of an adverbial clause: "Had India sent troops, China would have …". */
    private static boolean invertedBefore(SentenceView v, int verb, int aux) {
        Edge up = v.basic.head(verb);
        if (up == null || !Graph.matches(up.relation(), "advcl")) {
            return false;
        }
        for (Edge e : v.basic.children(verb, "nsubj")) {
            if (aux < e.dependent()) {
                return true;
            }
        }
        return false;
    }

    /** A subject coordinated by "neither … nor". */
    private static boolean neitherNor(SentenceView v, int subject) {
        for (Edge e : v.basic.children(subject)) {
            String w = v.word(e.dependent()).toLowerCase(java.util.Locale.ROOT);
            if (e.relation().equals("cc:preconj") && w.equals("neither")) {
                return true;
            }
        }
        for (Edge e : v.basic.children(subject, "conj")) {
            for (Edge cc : v.basic.children(e.dependent(), "cc")) {
                if (v.word(cc.dependent()).equalsIgnoreCase("nor")) {
                    return true;
                }
            }
        }
        return false;
    }


    /**
     * A noun of a frame that the parser made the subject of the infinitive right after it ("plans
     * to start", "authority to negotiate"), or -1.
     */
    private int subjectFrameNoun(SentenceView v, int verb) {
        int n = v.tok(verb).isVerb() ? frameNounBeforeTo(v, verb) : -1;
        if (n < 0) {
            return -1;
        }
        Edge up = v.basic.head(n);
        Frame fr = frameOf(v, n);
        return up != null && up.governor() == verb && (up.relation().startsWith("nsubj") || up.relation().equals("advmod"))
                && fr.kind() != Frame.Kind.LIGHT && fr.kind() != Frame.Kind.REPORT ? n : -1;
    }

    /**
     * "observers doubted Brazil is ready to give ground", parsed with "doubted" as the clausal
     * subject of "ready" and "Brazil" as its object: a verb of belief or doubt in the past tense,
     * with no marker and an object before the predicate, frames the predicate it is the subject of
     * ({@link SentenceView#subjects} already makes the object the predicate's subject). Returns the
     * verb, or -1.
     */
    private int misparsedBelief(SentenceView v, int predicate) {
        for (Edge e : v.basic.children(predicate, "csubj")) {
            int verb = e.dependent();
            Frame fr = verb < predicate && v.tok(verb).pos().equals("VBD") && v.basic.children(verb, "mark").isEmpty()
                    ? frameOf(v, verb) : null;
            if (fr != null && fr.kind() == Frame.Kind.HYPOTHETICAL
                    && v.basic.children(verb, "obj").stream().anyMatch(o -> o.dependent() < predicate)) {
                return verb;
            }
        }
        return -1;
    }

    /**
     * Whether a clause is the bare infinitive a verb takes with its own subject ("help companies
     * make investments"): a "ccomp" with a base-form verb and no marker.
     */
    private static boolean bareInfinitiveClause(SentenceView v, int clause, int verb, String rel) {
        // The tagger often takes the bare infinitive after a plural subject for a present tense (VBP).
        return rel.equals("ccomp") && BARE_INFINITIVE_VERBS.contains(v.lemma(verb).toLowerCase(java.util.Locale.ROOT))
                && (v.tok(clause).pos().equals("VB") || v.tok(clause).pos().equals("VBP"))
                && v.basic.children(clause, "mark").isEmpty() && v.basic.children(clause, "aux").isEmpty();
    }

    /**
     * Verbs that take a clause of a subject and a bare infinitive and pass their mode down to it: "would
     * help companies make investments". Not verbs of perception: "a war which has seen rebel forces
     * seize half the country" tells the seizure.
     */
    private static final Set<String> BARE_INFINITIVE_VERBS = Set.of("help");

    /** Light verbs that carry an event noun in an "into" or "to" phrase: "went into talks", "went to war". */
    private static final Set<String> ENTERING = Set.of("go", "enter");

    /** Whether a noun is the "into" or "to" phrase of a verb of entering: "went into talks", "entered into negotiations". */
    private static boolean entered(SentenceView v, int noun, int verb, String rel) {
        return Graph.matches(rel, "obl") && v.markedBy(noun, "into", "to") && ENTERING.contains(v.lemma(verb));
    }

    /** Verbs and nouns that end a measure in force: "lift", "ease", "the lifting of". */
    private static final Set<String> LIFTING = Set.of("lift", "ease", "relax", "loosen", "repeal", "rescind", "revoke",
            "lifting", "easing", "relaxation", "loosening", "removal");

    /** Verbs that make a measure a topic of talk: "the sanctions were raised at the meeting". */
    private static final Set<String> TOPIC_VERBS = Set.of("discuss", "raise", "address", "debate", "review",
            "examine", "mention", "tackle");

    /** Roots of measures that stay in force until lifted: sanctions and suspensions (16), restrictions (17), sieges (19). */
    private static final Set<String> IN_FORCE = Set.of("16", "17", "19");

    /**
     * Whether an event noun of a measure in force is what a word of lifting ends (the object of
     * "lift" or "ease", the subject of "was lifted", the "of" phrase of "the lifting of") or a topic
     * of talk ("raised the sanctions", "the sanctions were discussed"; talks on them are topic nouns).
     */
    private static boolean liftedOrTopic(SentenceView v, Candidate c, int noun, int f, String rel) {
        if (c.code.length() < 2 || !IN_FORCE.contains(c.code.substring(0, 2))) {
            return false;
        }
        String lemma = v.lemma(f).toLowerCase(java.util.Locale.ROOT);
        boolean argument = v.tok(f).isVerb() && (rel.equals("obj") || rel.equals("nsubj:pass"));
        boolean ofPhrase = v.tok(f).isNoun() && Graph.matches(rel, "nmod");
        return LIFTING.contains(lemma) && (argument || ofPhrase && v.markedBy(noun, "of"))
                || TOPIC_VERBS.contains(lemma) && argument;
    }

    /**
     * "failed to prevent an attack", "failed to head off the tariffs": a frame of failure or
     * prevention over an act another such frame negated undoes the negation; the act happened.
     */
    private static boolean undoesNegation(SentenceView v, Candidate c, int f) {
        if (c.mode != Mode.NEGATED || !c.frameNegated) {
            return false;
        }
        c.mode = Mode.ASSERTED;
        c.frameNegated = false;
        c.steps.add("'" + v.tok(f).word() + "' undoes the negation below it: it happened");
        return true;
    }

    /**
     * Whether "call" appeals: "called for talks", "called on Iran to", "called Tehran to urge",
     * "calls to end the war"; not "what he called a war" or "called the move a mistake".
     */
    private static boolean callsFor(SentenceView v, int call) {
        for (Edge e : v.basic.children(call)) {
            String r = e.relation();
            int d = e.dependent();
            if (r.equals("compound:prt") && Set.of("on", "upon").contains(v.word(d).toLowerCase(java.util.Locale.ROOT))
                    || (r.startsWith("obl") || r.startsWith("nmod")) && v.markedBy(d, "for", "on", "upon")
                    || (r.equals("xcomp") || r.startsWith("advcl") || r.equals("ccomp")) && v.tok(d).isVerb()
                            && v.markedBy(d, "to", "for")) {
                return true;
            }
        }
        return v.tok(call).isNoun();
    }

    /** Whether a "for … to" clause is what a verb of appeal or demand asks for: "called for Iran to withdraw". */
    private boolean underAppeal(SentenceView v, int clause) {
        Edge up = v.basic.head(clause);
        if (up == null) {
            return false;
        }
        Frame.Kind kind = frameKind(v, up.governor());
        return kind == Frame.Kind.APPEAL || kind == Frame.Kind.DEMAND;
    }

    /** The predicate a noun is the misparsed subject of: a "dep" after it with its own copula or auxiliary; else -1. */
    private static int ownPredicate(SentenceView v, int noun) {
        for (Edge e : v.basic.children(noun, "dep")) {
            int p = e.dependent();
            if (p > noun && (v.basic.hasChild(p, "cop") || v.basic.hasChild(p, "aux"))) {
                return p;
            }
        }
        return -1;
    }

    /** Whether someone named is said to say what a clause tells: a reporting verb with an actor above it. */
    private boolean speakerAbove(SentenceView v, int verb) {
        int x = verb;
        for (int hop = 0; hop < 6; hop++) {
            Edge up = v.basic.head(x);
            if (up == null) {
                break;
            }
            x = up.governor();
            Frame fr = frameOf(v, x);
            if (fr != null && fr.kind() == Frame.Kind.REPORT && !actors(v, v.subjects(x)).isEmpty()) {
                return true;
            }
        }
        // "The talks will resume, the minister said": the parser may make the report the clause's dependent.
        for (Edge e : v.basic.children(verb)) {
            Frame fr = frameOf(v, e.dependent());
            if (fr != null && fr.kind() == Frame.Kind.REPORT && !actors(v, v.subjects(e.dependent())).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb has an auxiliary of the future ("will") or a modal one ("would", "could"). */
    private static boolean futureOrModal(SentenceView v, int verb) {
        for (Edge a : v.basic.children(verb, "aux")) {
            String l = v.lemma(a.dependent());
            if (FUTURE.contains(l) || MODALS.contains(l) || MODALS.contains(v.word(a.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The setting of an act that is asked about, planned, arranged or foreseen has not happened
     * either: "asked if Hu was planning to discuss an FTA during his visit to India", "is scheduled
     * to meet the president during his visit to Ireland".
     */
    private void unrealSetting(SentenceView v, Candidate c, int cur, int nounAt, int f, String rel) {
        if (c.nominal && cur == nounAt && c.mode == Mode.ASSERTED && Graph.matches(rel, "obl")
                && SETTINGS.contains(v.prepOf(cur)) && unrealClause(v, f)) {
            c.mode = Mode.HYPOTHETICAL;
            c.steps.add("the setting of '" + v.word(f) + "', which is not asserted: not an event");
        }
    }

    /**
     * Whether an event noun is the object of a plain present "have": "France and Italy have annual
     * trade with the colony", "the two countries have close military ties" tell what is, not what was done.
     */
    private static boolean standingHave(SentenceView v, int noun) {
        Edge up = v.basic.head(noun);
        if (up == null || !up.relation().equals("obj") || !v.lemma(up.governor()).equals("have")) {
            return false;
        }
        String pos = v.tok(up.governor()).pos();
        return (pos.equals("VBP") || pos.equals("VBZ")) && v.basic.children(up.governor(), "aux").isEmpty();
    }

    /** Whether a participle with "be" arranges its infinitive: "is set to deploy", "are scheduled to meet". */
    private static boolean arranged(SentenceView v, int participle, int infinitive) {
        return ARRANGED.contains(v.lemma(participle)) && v.tok(participle).pos().equals("VBN")
                && v.markedBy(infinitive, "to") && v.basic.children(participle).stream()
                .anyMatch(a -> a.relation().startsWith("aux") && v.lemma(a.dependent()).equals("be"));
    }

    /**
     * Whether a verb's clause is not asserted: under a modal or "will", marked "if" or "whether", or
     * the complement of a plan, hope or attempt ("was planning to discuss"), on the way up through
     * complements and conjuncts.
     */
    private boolean unrealClause(SentenceView v, int verb) {
        int x = verb;
        for (int hop = 0; hop < 5; hop++) {
            if (futureOrModal(v, x) || v.markedBy(x, "if", "whether")) {
                return true;
            }
            Edge up = v.basic.head(x);
            if (up == null || !(up.relation().equals("xcomp") || up.relation().equals("ccomp")
                    || Graph.matches(up.relation(), "conj"))) {
                return false;
            }
            Frame above = up.relation().equals("xcomp") ? frameOf(v, up.governor()) : null;
            if (above != null && (above.kind() == Frame.Kind.INTEND || above.kind() == Frame.Kind.HYPOTHETICAL
                    || above.kind() == Frame.Kind.ATTEMPT)
                    || up.relation().equals("xcomp") && arranged(v, up.governor(), x)) {
                return true;
            }
            x = up.governor();
        }
        return false;
    }

    /** Prepositions that set an act in the time of another: "during his visit", "ahead of the talks". */
    private static final Set<String> TIME_SETTINGS = Set.of("during", "amid", "throughout", "before", "after",
            "following", "since", "until", "ahead", "prior");

    /** Prepositions of the setting of an act: "agreed … in the talks", "demanded … at the summit". */
    private static final Set<String> SETTINGS = Set.of("in", "during", "at", "amid", "throughout", "before", "after",
            "following", "since", "until", "ahead", "prior");

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

    /** Whether a subject names no one: "neither side", "no country", "none of the parties", "nobody". */
    private static boolean noneOf(SentenceView v, int subject) {
        String w = v.word(subject).toLowerCase(java.util.Locale.ROOT);
        if (w.equals("none") || w.equals("nobody") || w.equals("neither") || w.equals("no-one")
                // "nothing indicates that it intends to attack": no evidence tells it.
                || w.equals("nothing")) {
            return true;
        }
        return v.basic.children(subject, "det").stream().anyMatch(d -> {
            String dw = v.word(d.dependent()).toLowerCase(java.util.Locale.ROOT);
            return dw.equals("neither") || dw.equals("no");
        });
    }

    /** Whether a clause is a present-tense time clause: "when he visits", "once the troops leave". */
    private static boolean presentTimeClause(SentenceView v, int clause) {
        String pos = v.tok(clause).pos();
        if (!pos.equals("VBZ") && !pos.equals("VBP")) {
            return false;
        }
        for (Edge m : v.basic.children(clause)) {
            // The parser gives "when" as a marker or as an adverb of the clause.
            if ((m.relation().equals("mark") || m.relation().equals("advmod")) && m.dependent() < clause
                    && TIME_MARKS.contains(v.word(m.dependent()))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TIME_MARKS = Set.of("when", "once", "after", "before", "until", "whenever", "while");

    /**
     * Whether a noun is a text that was voted down or blocked: "vetoed a resolution censuring the
     * raid", "the assembly threw out a motion condemning the strikes". What it would have said was
     * never said by anyone.
     */
    static boolean blockedText(SentenceView v, int noun) {
        if (!TEXTS.contains(v.lemma(noun))) {
            return false;
        }
        Edge up = v.basic.head(noun);
        return up != null && ((up.relation().equals("obj") || up.relation().equals("nsubj:pass"))
                && v.predicateKeys(up.governor()).stream().anyMatch(BLOCKING::contains)
                // "regretted the U.S. veto against a draft resolution condemning the attacks".
                || Graph.matches(up.relation(), "nmod") && (BLOCKING.contains(v.lemma(up.governor()))
                || v.lemma(up.governor()).equals("rejection")));
    }

    /** Texts that speak only once adopted. */
    private static final Set<String> TEXTS = Set.of("resolution", "motion", "bill", "draft", "amendment",
            "declaration", "statement", "text");

    /** Verbs that stop a text from being adopted. */
    private static final Set<String> BLOCKING = Set.of("veto", "block", "reject", "defeat", "kill", "scuttle",
            "torpedo", "shelve", "withdraw", "scrap", "throw_out", "vote_down");

    /**
     * The light verb whose object an event noun is, or -1: "launched its offensive against
     * Ukraine", "mounted its long-threatened invasion".
     */
    int lightVerbOf(SentenceView v, int noun) {
        Edge up = v.basic.head(noun);
        if (up == null || !up.relation().equals("obj")) {
            return -1;
        }
        Frame f = frameOf(v, up.governor());
        return f != null && f.kind() == Frame.Kind.LIGHT ? up.governor() : -1;
    }

    /** Subjects that stand for no one: "how important it was to demonstrate solidarity". */
    private static final Set<String> EXPLETIVES = Set.of("it", "this", "that", "there", "what", "which");

    /** Verbs of refusal, whose "until" clause states a condition. */
    private static final Set<String> REFUSALS = Set.of("refuse", "decline", "reject", "rule_out", "resist");

    /** Whether an "until" clause hangs on a refusal or a negated verb. */
    private static boolean refusedUntil(SentenceView v, int clause) {
        Edge up = v.basic.head(clause);
        if (up == null || !Graph.matches(up.relation(), "advcl")) {
            return false;
        }
        int gov = up.governor();
        for (int k = gov, guard = 0; k >= 0 && guard < 3; guard++) {
            if (REFUSALS.contains(v.lemma(k))) {
                return true;
            }
            for (Edge e : v.basic.children(k)) {
                if ((e.relation().equals("advmod") || e.relation().equals("neg")) && NEGATORS.contains(v.word(e.dependent()))) {
                    return true;
                }
            }
            Edge u = v.basic.head(k);
            // "would not lift the sanctions it imposed in April until Tokyo changed …": the parser may
            // make the relative clause without "that" an unlabelled or paratactic clause of the refusal.
            boolean relative = u != null && (u.relation().equals("dep") || u.relation().equals("parataxis"))
                    && unpunctuated(v, u.governor(), k);
            if (u == null || !u.relation().equals("xcomp") && !relative) {
                break;
            }
            k = u.governor();
        }
        return false;
    }

    /** Whether no punctuation stands between two words: a clause glued to the words before it. */
    private static boolean unpunctuated(SentenceView v, int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            if (Set.of(",", ":", ".", "``", "''", "-LRB-", "-RRB-").contains(v.tok(i).pos())) {
                return false;
            }
        }
        return true;
    }

    /** Adverbs that put an act in others' mouths, and whether such reports are counted. */
    private static final java.util.Map<String, Boolean> HEARSAY = java.util.Map.of("reportedly", true,
            "allegedly", false, "purportedly", false, "supposedly", false);

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

    /**
     * Whether a clause above the act has a thing for its subject, a noun that names no actor: "census
     * data would help the government to provide …", "the deal will allow Iran to buy …".
     */
    private static boolean thingSubject(SentenceView v, Candidate c, int x) {
        if (x == c.trigger) {
            return false;
        }
        for (Edge n : v.basic.children(x, "nsubj")) {
            int s = n.dependent();
            if (v.tok(s).isNoun() && !v.tok(s).pos().startsWith("NNP") && v.actorsAt(s).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb is a sentence's root infinitive with a subject and nothing finite above it,
     * or the one after a dateline and a colon: "UN Security Council to examine a new report" (a
     * headline or a diary entry).
     */
    private static boolean headlineInfinitive(SentenceView v, int x) {
        if (!v.tok(x).pos().equals("VB") || !v.markedBy(x, "to")
                || v.basic.hasChild(x, "aux") || v.basic.hasChild(x, "cop")) {
            return false;
        }
        Edge up = v.basic.head(x);
        if (up != null && !(v.basic.head(up.governor()) == null && v.tok(up.governor()).isNoun()
                && (up.relation().startsWith("acl") || up.relation().equals("dep") || up.relation().equals("parataxis"))
                && up.governor() + 1 < x && v.word(up.governor() + 1).equals(":"))) {
            // Only the root, or the clause after a dateline ("UNITED NATIONS: …").
            return false;
        }
        return v.basic.children(x, "nsubj").stream().anyMatch(n -> v.tok(n.dependent()).isNoun());
    }

    void localMode(SentenceView v, Candidate c, int x) {
        boolean negated = false;
        boolean hypothetical = false;
        for (Edge e : v.basic.children(x)) {
            String r = e.relation();
            String w = v.word(e.dependent());
            String l = v.lemma(e.dependent());
            // "launched the planned offensive": a light verb makes a planned event real.
            if (r.equals("amod") && v.tok(x).isNoun() && UNREAL.contains(w) && lightVerbOf(v, x) < 0) {
                hypothetical = true;
                continue;
            }
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj"))
                    && (NEGATORS.contains(w) || NEGATORS.contains(l))) {
                negated = true;
            } else if (r.startsWith("nsubj") && v.tok(x).isVerb() && noneOf(v, e.dependent())) {
                // "Neither side has agreed to a ceasefire", "no country has recognised it": no one did it.
                negated = true;
            } else if (r.equals("det") && v.tok(x).isNoun() && (w.equals("any") || w.equals("every"))) {
                // "any violation of Afghan territory": no particular event happened.
                hypothetical = true;
            } else if (r.equals("aux") && INVERTED.contains(w.toLowerCase(java.util.Locale.ROOT)) && invertedBefore(v, x, e.dependent())) {
                // "Had India sent troops, …", "Were Iran to attack, …": an inverted conditional.
                hypothetical = true;
            } else if (r.equals("aux") && NotYet.obligation(v, e.dependent(), x)
                    && v.basic.children(x, "mark").stream()
                    .anyMatch(m -> v.word(m.dependent()).equals("to") && m.dependent() == e.dependent() + 1)) {
                // "the government has to support …", "will have to pay": an obligation, not an act done
                // (the parser makes "has" the infinitive's auxiliary). The past "had to" is read as done.
                hypothetical = true;
            } else if ((r.equals("aux") || r.equals("cop")) && l.equals("be") && v.basic.children(x, "mark").stream()
                    .anyMatch(m -> v.word(m.dependent()).equals("to") && adverbsBetween(v, e.dependent(), m.dependent()))
                    && v.basic.children(x, "nsubj").stream().anyMatch(n -> !EXPLETIVES.contains(v.word(n.dependent())))) {
                // "Israeli troops are to leave southern Lebanon", "the minister was to meet them later
                // Thursday" (the parser may make "was" a copula): arranged, not yet done; read as "will".
                // "Their obligation was to give the president their full support": a duty, not done.
                boolean duty = v.basic.children(x, "nsubj").stream().anyMatch(n -> v.tok(n.dependent()).isNoun()
                        && frameKind(v, n.dependent()) == Frame.Kind.HYPOTHETICAL);
                boolean unfulfilled = (w.equalsIgnoreCase("was") || w.equalsIgnoreCase("were"))
                        && v.basic.children(x, "aux").stream().anyMatch(a -> v.word(a.dependent()).equalsIgnoreCase("have"));
                if (unfulfilled) {
                    // "Hariri was to have traveled to Edmonton": the arrangement was not carried out.
                    negated = true;
                } else if (duty) {
                    hypothetical = true;
                } else {
                    c.modal = "will";
                    // "Iran's main goal is to occupy Basra": an aim a noun gives the actor (see future).
                    c.ascribedAim |= v.basic.children(x, "nsubj").stream().anyMatch(n -> v.tok(n.dependent()).isNoun()
                            && AIMS.contains(v.lemma(n.dependent()).toLowerCase(java.util.Locale.ROOT)));
                }
            } else if (r.equals("advmod") && w.equalsIgnoreCase("about") && e.dependent() + 1 < x
                    && v.word(e.dependent() + 1).equals("to") && (v.basic.children(x).stream()
                    .anyMatch(b -> (b.relation().equals("cop") || b.relation().equals("aux"))
                            && v.lemma(b.dependent()).equals("be"))
                    || v.basic.head(x) != null && v.basic.head(x).relation().equals("xcomp")
                    && v.lemma(v.basic.head(x).governor()).equals("be"))) {
                // "Blair is about to leave for Turkey": imminent, not yet done; read as "will".
                c.modal = "will";
            } else if (r.equals("aux") && (MODALS.contains(w) || MODALS.contains(l))) {
                hypothetical = true;
                c.modal = w;
                c.modalOnThing |= thingSubject(v, c, x);
            } else if (r.equals("aux") && (FUTURE.contains(w) || FUTURE.contains(l))) {
                c.modal = w;
                c.modalOnThing |= thingSubject(v, c, x);
            } else if (r.equals("mark") && w.equalsIgnoreCase("for") && v.tok(x).isVerb() && v.markedBy(x, "to")
                    && !underAppeal(v, x)) {
                // "the only way out is for Washington to join forces with Moscow", "it would be foolish
                // for Japan to strike back": what is proposed or judged for another has not happened.
                hypothetical = true;
            } else if (r.equals("mark") && CONDITIONALS.contains(w)) {
                hypothetical = true;
            } else if (r.equals("mark") && TEMPORAL.contains(w)
                    && PRESENT.contains(v.tok(x).pos()) && !v.basic.hasChild(x, "aux")) {
                // "must agree to changes before they demobilize", "until the army withdraws": a
                // time clause in the present tense is about the future; it has not happened.
                hypothetical = true;
            } else if (r.equals("advmod") && SPECULATIVE.contains(w)) {
                // "will likely impose sanctions", "probably struck": a guess, not a report of the act.
                hypothetical = true;
            } else if (r.equals("advmod") && HEARSAY.containsKey(w) && c.mode == Mode.ASSERTED) {
                // "Pakistani jets reportedly targeted …": told by unnamed others; "allegedly": contested.
                c.mode = Mode.REPORTED;
                c.report = new Report("unnamed sources", w, HEARSAY.get(w));
                c.steps.add("'" + w + "': reported by unnamed sources (" + (HEARSAY.get(w) ? "reliable" : "contested") + ")");
            } else if (r.equals("mark") && (w.equals("until") || w.equals("till")) && refusedUntil(v, x)) {
                // "refused to negotiate until the RSF withdrew": the withdrawal is the condition, not a fact.
                hypothetical = true;
            } else if (r.equals("mark") && w.equals("without")) {
                negated = true;
            } else if (Graph.matches(r, "advcl")) {
                for (Edge m : v.basic.children(e.dependent(), "mark")) {
                    String mw = v.word(m.dependent());
                    if (mw.equals("if") || mw.equals("unless")) {
                        hypothetical = true;
                    }
                }
            } else if (r.equals("obj") && v.tok(x).isVerb() && negativeObject(v, e.dependent())) {
                // "gave no order to pull out", "made no attempt to", "arrested no one": nothing was done.
                negated = true;
            } else if (Graph.matches(r, "nsubj") && NEGATIVE_SUBJECTS.contains(w)) {
                negated = true;
            } else if (Graph.matches(r, "nsubj") && neitherNor(v, e.dependent())) {
                // "Neither Ethiopia nor Eritrea withdrew its troops".
                negated = true;
            } else if (Graph.matches(r, "nsubj") || r.equals("obj")) {
                for (Edge d : v.basic.children(e.dependent(), "det")) {
                    if (v.word(d.dependent()).equals("no") && r.startsWith("nsubj")) {
                        negated = true;
                    }
                }
            }
        }
        if (headlineInfinitive(v, x)) {
            // "UN Security Council to examine a new report", a diary's or a headline's "to": a schedule
            // the paper gives, not yet done, and no intent the actor stated.
            hypothetical = true;
        }
        if (v.lemma(x).equals("go") && v.tok(x).pos().equals("VBG")
                && v.basic.children(x, "xcomp").stream().anyMatch(xc -> v.markedBy(xc.dependent(), "to"))) {
            // "Kasuri is going to visit Kabul": a plan, read as "will"; "was going to" did not happen.
            for (Edge a : v.basic.children(x, "aux")) {
                String w = v.word(a.dependent()).toLowerCase(java.util.Locale.ROOT);
                if (w.equals("was") || w.equals("were")) {
                    hypothetical = true;
                } else if (v.lemma(a.dependent()).equals("be") && c.modal == null) {
                    c.modal = "will";
                }
            }
        }
        // Only a bare infinitive shares the modal: "… would not tolerate attacks and warned that …" is told.
        Edge conj = v.tok(x).pos().equals("VB") && !v.basic.hasChild(x, "aux") && v.basic.children(x, "nsubj").isEmpty()
                ? v.basic.head(x) : null;
        if (conj != null && conj.relation().startsWith("conj") && v.tok(conj.governor()).isVerb()) {
            // "Israel would not launch a ground operation but carry out air strikes": a verb joined to
            // another shares its modal (not its negation).
            for (Edge a : v.basic.children(conj.governor(), "aux")) {
                String w = v.word(a.dependent());
                if (MODALS.contains(w) || MODALS.contains(v.lemma(a.dependent()))) {
                    hypothetical = true;
                    c.modal = w;
                } else if (FUTURE.contains(w) || FUTURE.contains(v.lemma(a.dependent()))) {
                    c.modal = w;
                }
            }
        }
        if (negated && v.tok(x).isNoun() && v.lemma(x).equalsIgnoreCase("doubt")) {
            // "I have no doubt that the US will defend …": no doubt is certainty about what others will
            // do, a forecast like the doubt itself, not a denial.
            negated = false;
            hypothetical = true;
        }
        if (negated) {
            if (c.mode != Mode.NEGATED) {
                c.steps.add("negated at '" + v.tok(x).word() + "'");
            }
            c.mode = Mode.NEGATED;
        } else if (hypothetical && c.mode != Mode.NEGATED && c.mode != Mode.HYPOTHETICAL) {
            c.steps.add("not asserted: modal or conditional at '" + v.tok(x).word() + "'");
            c.mode = Mode.HYPOTHETICAL;
        }
    }

    /**
     * Whether a clause hangs on a light verb as its complement with a noun of the HYPOTHETICAL frame
     * as its subject: "had [the impression Germany was ready]" as the parser reads it.
     */
    private boolean impressionClause(SentenceView v, int clause, int light) {
        Edge up = v.basic.head(clause);
        if (up == null || up.governor() != light || !up.relation().equals("ccomp")) {
            return false;
        }
        for (Edge n : v.basic.children(clause)) {
            if (n.relation().startsWith("nsubj") && frameKind(v, n.dependent()) == Frame.Kind.HYPOTHETICAL) {
                return true;
            }
        }
        return false;
    }

    /** Whether only adverbs, if anything, stand between two words: "was to meet", "was then to meet". */
    private static boolean adverbsBetween(SentenceView v, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!v.tok(i).pos().startsWith("RB")) {
                return false;
            }
        }
        return true;
    }

    /** An international organisation or a legislature: a body whose members must agree among themselves. */
    private static boolean assembly(ActorMention m, java.time.@Nullable LocalDate date) {
        return m.actor() != null && m.actor().kind() == org.dyad.core.model.ActorKind.IGO
                || RoleCodes.hasRole(m.codeAt(date), "LEG");
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

    /** Verbs whose infinitive complement happened: "managed to seize", "went on to kill". */
    private static final Set<String> IMPLICATIVE = Set.of("manage", "proceed", "go_on", "go", "keep", "dare",
            "happen", "get", "come", "use", "tend", "help", "succeed");

    /** CAMEO roots of violence: assault, fight, mass violence. */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

    /** Reporting verbs that only hint at what they report. */
    private static final Set<String> TENTATIVE = Set.of("hint", "suggest");

    /** Verbs of helping another act: "to help it resist", "to enable them to vote". */
    private static final Set<String> HELPERS = Set.of("help", "enable", "assist");

    /** Verbs of meeting and travelling, whose infinitive of purpose tells what they are for. */
    private static final Set<String> TRAVELS = Set.of("meet", "visit", "host", "receive", "travel", "arrive", "fly");

    /** Verbs of bettering ties, which as the purpose of a meeting or a journey are its hope. */
    private static final Set<String> BETTERING = Set.of("strengthen", "boost", "improve", "enhance", "deepen",
            "promote", "expand", "consolidate", "bolster", "cement", "foster", "develop", "advance", "broaden");

    /**
     * Whether an infinitive is the purpose of the verb it hangs on: an adverbial clause, or an
     * infinitive after the verb's object ("received money to help …"); "continued to help" is no purpose.
     */
    private static boolean purpose(SentenceView v, int infinitive) {
        Edge up = v.basic.head(infinitive);
        if (up == null) {
            return false;
        }
        return Graph.matches(up.relation(), "advcl")
                || up.relation().equals("xcomp") && !v.basic.children(up.governor(), "obj").isEmpty();
    }

    /**
     * Whether a violent act (CAMEO 18-20) is only the purpose of the word above it: its own verb
     * is an infinitive with "to", as an adverbial clause of any verb that opens no frame other
     * than a light one, as a clause of a noun that opens none, as the complement of a light verb
     * that has an object, or as the complement of a verb that opens no frame and does not imply
     * its complement ("managed to seize" did). So is any act that another's act is meant to get done.
     */
    /** Whether a verb is "set up": "the bank was set up to assist …". */
    private static boolean setUp(SentenceView v, int verb) {
        return v.lemma(verb).equalsIgnoreCase("set") && v.basic.children(verb, "compound:prt").stream()
                .anyMatch(p -> v.word(p.dependent()).equalsIgnoreCase("up"));
    }

    /** Whether a clause is one of purpose by its marker: "in order to", "so as to". */
    private static boolean inOrderTo(SentenceView v, int clause) {
        for (Edge m : v.basic.children(clause, "mark")) {
            String w = v.word(m.dependent()).toLowerCase(java.util.Locale.ROOT);
            if ((w.equals("in") || w.equals("so")) && v.basic.children(m.dependent(), "fixed").stream()
                    .anyMatch(x -> v.word(x.dependent()).equalsIgnoreCase(w.equals("in") ? "order" : "as"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean aim(SentenceView v, Candidate c, int cur, int f, String rel, @Nullable Frame frame) {
        if (cur == c.trigger && Graph.matches(rel, "advcl") && inOrderTo(v, cur)) {
            // "renouncing some of the cashback in order to strike a deal": what is done in order to do
            // something has not done it yet, whatever the act.
            return true;
        }
        if ((Graph.matches(rel, "advcl") || Graph.matches(rel, "acl") && !rel.equals("acl:relcl"))
                && cur != c.trigger && c.head == cur && v.markedBy(cur, "to")
                && CAUSATIVES.contains(v.lemma(cur))) {
            // "backed a call … to have Congress impeach the president": what an act is meant to get
            // another to do has not been done, whatever the act.
            return true;
        }
        if (cur == c.trigger && (rel.equals("xcomp") || Graph.matches(rel, "advcl")) && v.tok(cur).pos().equals("VB")
                && v.markedBy(cur, "to") && TRAVELS.contains(v.lemma(f)) && BETTERING.contains(v.lemma(cur))) {
            // "will meet Merkel to strengthen bilateral relations": the betterment a meeting or a
            // journey is for is its hope, not an act ("travelled to Armenia to mediate" mediates).
            return true;
        }
        if (cur == c.trigger && (rel.equals("ccomp") || rel.equals("xcomp")) && HELPERS.contains(v.lemma(f))
                && v.markedBy(f, "to") && purpose(v, f)) {
            // "received aid to help it resist Israel", "sent advisers to enable the army to retake the
            // town": what an act is meant to help another do has not been done.
            return true;
        }
        if (v.tok(cur).pos().equals("VB") && (rel.equals("dep") || Graph.matches(rel, "advcl") || rel.equals("xcomp"))
                && v.markedBy(cur, "to") && (USES.contains(v.lemma(f)) || setUp(v, f)) && v.isPassive(f)) {
            // "the platform has been used … to fire on U.S. helicopters": what a thing is used or built
            // for is its purpose, not an act on a day.
            return true;
        }
        if (cur == c.trigger && v.tok(cur).pos().equals("VB") && v.markedBy(cur, "to") && negotiationFor(v, cur, f, rel)) {
            // "decided to accelerate negotiations to sign a partnership agreement", "talks to end the
            // war": what negotiations are for has not been reached.
            return true;
        }
        // "deployed at railway stations to stop attacks": ending the violence is as much an aim as violence is.
        boolean aimable = c.code.length() >= 2 && (VIOLENT_ROOTS.contains(c.code.substring(0, 2)) || c.code.startsWith("087"));
        if (cur != c.trigger || !aimable || !v.tok(cur).pos().equals("VB") || !v.markedBy(cur, "to")) {
            return false;
        }
        if (Graph.matches(rel, "advcl")) {
            return frame == null || frame.kind() == Frame.Kind.LIGHT;
        }
        if (Graph.matches(rel, "acl") && !rel.equals("acl:relcl")) {
            // "a raid to kill the commander": the noun's purpose.
            return frame == null && v.tok(f).isNoun();
        }
        if (rel.equals("xcomp") && frame != null && frame.kind() == Frame.Kind.LIGHT) {
            // "mounted a raid to kill the commander": the light verb's object is the act, the
            // infinitive its purpose ("began to shell", with no object, is the shelling).
            return !v.basic.children(f, "obj").isEmpty();
        }
        return rel.equals("xcomp") && frame == null && v.tok(f).isVerb() && !IMPLICATIVE.contains(v.lemma(f));
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
