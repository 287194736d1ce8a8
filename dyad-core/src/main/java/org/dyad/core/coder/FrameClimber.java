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
    static final Set<String> MODALS = Set.of("would", "could", "should", "might", "may", "must", "can",
            "ought", "'d", "shall");
    static final Set<String> FUTURE = Set.of("will", "'ll", "wo");

    /** Participles that, with "be" and "to", arrange an act: "is set to deploy", "are scheduled to meet". */
    private static final Set<String> ARRANGED = Set.of("set", "schedule", "slate");
    /** Adverbs that tell a modal as an expectation: "should be announced shortly". */
    private static final Set<String> SOON = Set.of("shortly", "soon");
    /** Verbs that speak of an act done by others: their subject is not the actor of the noun they take. */
    private static final Set<String> RECOUNTING = Set.of("cite", "quote", "mention", "recall", "recount", "describe");
    /** Roots of speech acts that a future auxiliary only previews: comments, appeals, demands, accusations. */
    static final Set<Integer> PREVIEWED_ROOTS = Set.of(1, 2, 10, 11);

    private static final Set<String> PUSH = Set.of("press", "push", "pressure", "prod", "nudge");
    private static final String[] ADJUNCT_MARKS = {"after", "before", "while", "when", "whenever", "since", "until",
        "till", "once", "because", "although", "though", "whereas", "despite"};
    private static final Set<String> STOP_SHORT = Set.of("stop", "fall");

    /** Verbs of driving off: what they drive off is an attack that was made, or a measure that was not. */
    private static final Set<String> REPELLING = Set.of("hold_off", "ward_off", "fend_off");
    /** Verbs that take back a demand, an accusation or a threat: "lifted their threat of a boycott". */
    private static final Set<String> RETRACTS = Set.of("lift", "drop", "withdraw", "retract", "rescind", "abandon");

    /** Roots of hostile speech acts that can be taken back: demand, disapprove, reject, threaten. */
    private static final Set<String> SPOKEN_HOSTILITY = Set.of("10", "11", "12", "13");

    private final Frames frames;
    private final Cameo cameo;

    private final FrameLookup lookup;

    private final LocalModes modes;
    private final FrameTransform frameTransform;

    /** The light verb whose object an event noun is, or -1 (see {@link FrameLookup#lightVerbOf}). */
    int lightVerbOf(SentenceView v, int noun) {
        return lookup.lightVerbOf(v, noun);
    }

    FrameClimber(Frames frames, Cameo cameo) {
        this.frames = frames;
        this.lookup = new FrameLookup(frames);
        this.modes = new LocalModes(lookup);
        this.frameTransform = new FrameTransform(frames, cameo, modes);
        this.cameo = cameo;
    }

    /**
     * Climbs from the candidate's predicate. Returns the candidate (changed in place) plus any
     * extra candidates a frame creates (the alleged act under an accusation). Records the frame
     * words whose own events the candidate absorbs.
     */
    List<Candidate> climb(SentenceView v, Candidate c, Set<Integer> absorbed, Trace trace) {
        List<Candidate> extra = new ArrayList<>(1);
        modes.localMode(v, c, c.trigger);
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
                if (!apply(v, c, noun, lookup.frameOf(v, noun), absorbed, extra, trace)) {
                    break;
                }
            }
            int doubter = misparsedBelief(v, cur);
            if (doubter >= 0 && !apply(v, c, doubter, lookup.frameOf(v, doubter), absorbed, extra, trace)) {
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
            if (rel.equals("ccomp") && v.tok(f).isNoun() && v.markedBy(cur, "that") && lookup.frameOf(v, f) == null
                    && !EvidenceNouns.noun(v, f) && !Hearsay.noun(v, f)) {
                Edge obj = v.basic.head(f);
                if (obj != null && obj.relation().equals("obj") && v.tok(obj.governor()).isVerb()) {
                    // "to reassure his counterparts that the administration will reach agreement": the
                    // parser hangs the clause on the verb's object; it completes the verb.
                    f = obj.governor();
                }
            }
            if (rel.equals("ccomp") && v.tok(f).isVerb() && v.markedBy(cur, "that")) {
                Frame own = lookup.frameOf(v, f);
                if (own == null || own.kind() == Frame.Kind.LIGHT) {
                    for (Edge o : v.basic.children(f, "obj")) {
                        if (o.dependent() < cur && v.tok(o.dependent()).isNoun() && lookup.frameOf(v, o.dependent()) != null) {
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
                    Frame main = lookup.frameOf(v, f);
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
                    modes.localMode(v, c, f);
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
                modes.localMode(v, c, cur);
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
                    modes.localMode(v, c, f);
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
            Frame frame = lookup.frameOf(v, f);
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
            if (c.mode == Mode.ASSERTED && Purposes.unreached(v, c, cur, f, rel, frame)) {
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
                    modes.localMode(v, c, f);
                    break;
                }
                if (c.nominal && cur == nounAt && rel.startsWith("nsubj") && v.tok(f).isVerb()) {
                    // "any violation would be met with force", "the attack did not happen": the
                    // predicate's modality and negation are the event noun's.
                    modes.localMode(v, c, f);
                    break;
                }
                if (rel.equals("xcomp") || bareInfinitiveClause(v, cur, f, rel)) {
                    // Aspect and control verbs pass their negation and modality down: "did not begin to shell".
                    // So do verbs with a bare infinitive clause: "would help US companies make investments".
                    modes.localMode(v, c, f);
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
                    Frame gf = nounUp != null && nounUp.relation().equals("obj") ? lookup.frameOf(v, nounUp.governor()) : null;
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
                    Frame sf = lookup.frameOf(v, stance);
                    boolean undone = sf != null && (sf.kind() == Frame.Kind.NEGATE || sf.kind() == Frame.Kind.PREVENT);
                    c.mode = undone ? Mode.NEGATED : Mode.HYPOTHETICAL;
                    c.steps.add("what '" + v.word(stance) + "' takes a stance on: not asserted");
                    break;
                }
                int accusation = Graph.matches(rel, "acl") ? accusedOf(v, cur, f) : -1;
                if (accusation >= 0) {
                    // "accused a clique of judges of working with activists": the parser hangs "of
                    // working" on the accused's noun, but it is what the accusation says they did.
                    Frame af = lookup.frameOf(v, accusation);
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
        Frame gf = lookup.frameOf(v, g);
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
                Frame f = lookup.frameOf(v, up.governor());
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
                    && lookup.frameOf(v, o) != null) {
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

    /** The noun of a frame right before an infinitive's "to" ("a decision to impose"), or -1. */
    private int frameNounBeforeTo(SentenceView v, int infinitive) {
        for (Edge m : v.basic.children(infinitive, "mark")) {
            int n = m.dependent() - 1;
            if (v.word(m.dependent()).equals("to") && n >= 0 && n < infinitive && (v.tok(n).isNoun() || FrameLookup.possessed(v, n))
                    && lookup.frameOf(v, n) != null) {
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
                List<ActorMention> speakers = actors(v, v.subjects(f));
                reported(v, c, speakers, describe(speakers, v, f), last, !frame.unreliable().contains(v.lemma(last)),
                        "the parser made the report the clause's subject");
                return;
            }
        }
        for (Edge e : v.basic.children(root, "parataxis")) {
            int f = e.dependent();
            Frame frame = lookup.frameOf(v, f);
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
            case HYPOTHETICAL:
                if (c.mode != Mode.NEGATED) {
                    c.mode = Mode.HYPOTHETICAL;
                }
                c.underHypothesis = true;
                c.steps.add("'" + v.tok(f).word() + "' makes it hypothetical (" + frame.rule() + ")");
                modes.localMode(v, c, f);
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
                modes.localMode(v, c, f);
                return true;
            }
            case REPORT:
                return report(v, c, f, frame, frameSubjects, absorbed, extra, trace);
            case LIGHT:
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
                    c.targets = actors(v, v.prepChildren(f, isTopicNoun(v.lemma(c.trigger))
                            ? Set.of("against", "with", "to", "at")
                            : Set.of("on", "against", "with", "to", "at", "upon")));
                }
                c.head = f;
                c.rules.add(frame.rule());
                c.steps.add("light verb '" + v.tok(f).word() + "' carries it (" + frame.rule() + ")");
                modes.localMode(v, c, f);
                absorbed.add(f);
                return true;
            default:
                return frameTransform.transform(v, c, f, frame, frameSubjects, absorbed, extra, lemma);
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
                    modes.localMode(v, c, f);
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
                modes.localMode(v, c, f);
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
            modes.localMode(v, c, f);
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
            modes.localMode(v, c, f);
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
        modes.localMode(v, c, f);
        if (c.mode == Mode.NEGATED && before != Mode.NEGATED) {
            // "did not say that …": the report does not assert the event, nor deny it.
            c.mode = Mode.HYPOTHETICAL;
        }
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

    private static final Set<String> MEASURES = Set.of("day", "week", "month", "series", "round", "wave", "spate",
            "string", "couple", "number", "host", "flurry", "barrage", "volley", "campaign");

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
        Frame fr = lookup.frameOf(v, n);
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
                    ? lookup.frameOf(v, verb) : null;
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
    static boolean undoesNegation(SentenceView v, Candidate c, int f) {
        if (c.mode != Mode.NEGATED || !c.frameNegated) {
            return false;
        }
        c.mode = Mode.ASSERTED;
        c.frameNegated = false;
        c.steps.add("'" + v.tok(f).word() + "' undoes the negation below it: it happened");
        return true;
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
            Frame fr = lookup.frameOf(v, x);
            if (fr != null && fr.kind() == Frame.Kind.REPORT && !actors(v, v.subjects(x)).isEmpty()) {
                return true;
            }
        }
        // "The talks will resume, the minister said": the parser may make the report the clause's dependent.
        for (Edge e : v.basic.children(verb)) {
            Frame fr = lookup.frameOf(v, e.dependent());
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
            Frame above = up.relation().equals("xcomp") ? lookup.frameOf(v, up.governor()) : null;
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

    /** An international organisation or a legislature: a body whose members must agree among themselves. */
    private static boolean assembly(ActorMention m, java.time.@Nullable LocalDate date) {
        return m.actor() != null && m.actor().kind() == org.dyad.core.model.ActorKind.IGO
                || RoleCodes.hasRole(m.codeAt(date), "LEG");
    }

    /** Reporting verbs that only hint at what they report. */
    private static final Set<String> TENTATIVE = Set.of("hint", "suggest");

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
