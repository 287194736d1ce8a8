package org.dyad.core.coder;

import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.parse.Graph;

/**
 * Event nouns that the words around them leave without an event: the subject of a modal or of a
 * future ("a U.S. attack would be a mistake", "the visit will take place on Monday"), a measure
 * lifted or talked about, the topic of talks ("negotiations on a pullback"), a standing state ("have
 * close ties"), a noun with a predicate of its own, and what a noun of evidence, hearsay or a
 * blocked or draft text says. Used by {@link FrameClimber}.
 */
final class EventNouns {
    private final FrameLookup lookup;
    private final Reports reports;
    private final UnrealClauses unreal;

    EventNouns(FrameLookup lookup, Reports reports, UnrealClauses unreal) {
        this.lookup = lookup;
        this.reports = reports;
        this.unreal = unreal;
    }

    /**
     * Marks an event noun at {@code cur} hypothetical where it is the subject of a modal or of a
     * future under {@code f}, or another's talks hoped for; true, and the climb stops, for the
     * future and the hope.
     */
    boolean unrealSubject(SentenceView v, Candidate c, int cur, int nounAt, int f, String rel) {
        if (c.nominal && cur == nounAt && rel.startsWith("nsubj") && c.mode == Mode.ASSERTED
                && v.basic.children(f, "aux").stream().anyMatch(a -> FrameClimber.MODALS.contains(v.word(a.dependent())
                        .toLowerCase(java.util.Locale.ROOT)))) {
            // "A U.S. attack on Iran would be a mistake": an event spoken of under "would", "could"
            // or "may" has not happened.
            c.mode = Mode.HYPOTHETICAL;
            c.underHypothesis = true;
            c.steps.add("the subject of '" + v.word(f) + "' under a modal: not an event");
        } else if (c.nominal && cur == nounAt && rel.equals("obj") && c.mode == Mode.ASSERTED
                && !c.sources.isEmpty() && !Sides.ownSide(v, FrameClimber.actors(v, v.subjects(f)), c.sources)
                && v.basic.head(f) != null && v.basic.head(f).relation().startsWith("csubj")
                && v.basic.head(f).governor() > cur && UnrealClauses.futureOrModal(v, v.basic.head(f).governor())) {
            // "Kenya hopes the Somali talks will make progress", parsed with the talks as the object
            // of "hopes" and "hopes" as the subject of "make": others' talks are the subject of a
            // future, hoped for, not an event (the hoper's own, "China hopes the negotiations will
            // make progress", are its intent, as "hopes to" is).
            c.mode = Mode.HYPOTHETICAL;
            c.underHypothesis = true;
            c.steps.add("the subject of '" + v.word(v.basic.head(f).governor()) + "' in the future: not an event");
            return true;
        } else if (c.nominal && cur == nounAt && rel.startsWith("nsubj") && c.mode == Mode.ASSERTED
                && !v.basic.hasChild(cur, "nmod:poss") && (!c.sources.isEmpty() || !reports.speakerAbove(v, f))
                && v.basic.children(f, "aux").stream()
                        .anyMatch(a -> FrameClimber.FUTURE.contains(v.lemma(a.dependent()))
                        || FrameClimber.FUTURE.contains(v.word(a.dependent()).toLowerCase(java.util.Locale.ROOT)))) {
            // "WTO negotiations will continue to be of great importance", "the visit will take place
            // on Monday": an event that is the subject of a future is predicted or scheduled, not yet
            // done, and nobody's stated intent (an intent has an actor as the subject of "will", or
            // owns the event: "said its talks with Pakistan will resume", or names no one else as its
            // actor: "Sharon said that the targeted killings of militants will continue").
            c.mode = Mode.HYPOTHETICAL;
            c.underHypothesis = true;
            c.steps.add("the subject of '" + v.word(f) + "' in the future: predicted, not an event");
            return true;
        }
        return false;
    }

    /** Verbs and nouns that end a measure in force: "lift", "ease", "the lifting of". */
    private static final Set<String> LIFTING = Set.of("lift", "ease", "relax", "loosen", "repeal", "rescind", "revoke",
            "lifting", "easing", "relaxation", "loosening", "removal");

    /** Verbs that make a measure a topic of talk: "the sanctions were raised at the meeting". */
    private static final Set<String> TOPIC_VERBS = Set.of("discuss", "raise", "address", "debate", "review",
            "examine", "mention", "tackle");

    /**
     * Roots of measures that stay in force until lifted: sanctions and suspensions (16), restrictions
     * (17), sieges (19).
     */
    private static final Set<String> IN_FORCE = Set.of("16", "17", "19");

    /**
     * Whether an event noun of a measure in force is what a word of lifting ends (the object of
     * "lift" or "ease", the subject of "was lifted", the "of" phrase of "the lifting of") or a topic
     * of talk ("raised the sanctions", "the sanctions were discussed"; talks on them are topic nouns).
     */
    static boolean liftedOrTopic(SentenceView v, Candidate c, int noun, int f, String rel) {
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
     * Whether an event noun that the parser joins to a verb has a predicate of its own, and so
     * enters no frame of the verb (the climb stops); said of the future, it is not yet an event.
     */
    static boolean ownClause(SentenceView v, Candidate c, int cur) {
        int pred = ownPredicate(v, cur);
        if (pred >= 0) {
            // "has decided to stick to the pact but talks on a leader will not be easy": a noun the
            // parser joins to a verb, with a predicate of its own, is that predicate's subject and
            // enters no frame of the verb; said of the future, the event has not happened.
            if (UnrealClauses.futureOrModal(v, pred)) {
                c.mode = Mode.HYPOTHETICAL;
                c.steps.add("the subject of '" + v.word(pred) + "', said of the future: not yet an event");
            }
            return true;
        }
        return false;
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

    /** Whether an event noun is only the topic of talks, plans or votes: not asserted, and the climb stops. */
    static boolean topicOnly(SentenceView v, Candidate c, int cur, int nounAt, int f, String rel) {
        if (c.nominal && cur == nounAt && Set.of("on", "about", "over").contains(v.prepOf(cur))
                && (Graph.matches(rel, "nmod") && TOPIC_NOUNS.contains(v.lemma(f))
                || Graph.matches(rel, "obl") && topicObject(v, f))) {
            // "negotiations on an Israeli troop pullback": what talks are about has not happened.
            if (c.mode == Mode.ASSERTED) {
                c.mode = Mode.HYPOTHETICAL;
                c.steps.add("only the topic of '" + v.word(f) + "': not asserted");
            }
            return true;
        }
        return false;
    }

    /** Nouns whose "on", "about" or "over" phrase is a topic, not an event: "talks on a pullback". */
    private static final Set<String> TOPIC_NOUNS = Set.of("talk", "talks", "negotiation", "negotiations",
            "discussion", "discussions", "debate", "consultation", "consultations", "dialogue", "conference",
            "summit", "meeting", "proposal", "plan", "vote", "referendum", "bill", "resolution", "law");

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

    /**
     * Whether an event noun is the object of a plain present "have": "France and Italy have annual
     * trade with the colony", "the two countries have close military ties" tell what is, not what was done.
     */
    static boolean standingHave(SentenceView v, int noun) {
        Edge up = v.basic.head(noun);
        if (up == null || !up.relation().equals("obj") || !v.lemma(up.governor()).equals("have")) {
            return false;
        }
        String pos = v.tok(up.governor()).pos();
        return (pos.equals("VBP") || pos.equals("VBZ")) && v.basic.children(up.governor(), "aux").isEmpty();
    }

    /**
     * Marks what a noun {@code f} says, when an event stands in its clause: negated for a noun of no
     * evidence or a blocked text, not asserted for evidence sought, a draft, a noun turned down or
     * denied, or a text yet to be presented, and as {@link Hearsay} for hearsay; true when the climb
     * stops.
     */
    boolean contentNotAsserted(SentenceView v, Candidate c, int cur, int f, String rel, boolean complement) {
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
                && (rel.equals("dep") || rel.equals("ccomp")
                || Graph.matches(rel, "acl") && !rel.equals("acl:relcl"))) {
            // "rejected suggestions the U.S. and EC agree a freeze", "denied reports that troops
            // had crossed": what a turned-down or denied noun says is not asserted.
            Edge nounUp = v.basic.head(f);
            Frame gf = nounUp != null && nounUp.relation().equals("obj") ? lookup.frameOf(v, nounUp.governor()) : null;
            if (gf != null && (gf.kind() == Frame.Kind.REJECT || gf.kind() == Frame.Kind.NEGATE)) {
                c.mode = Mode.HYPOTHETICAL;
                c.steps.add("what '" + v.word(nounUp.governor()) + "' turns down or denies: not asserted");
                return true;
            }
            if (nounUp != null && nounUp.relation().equals("obj") && v.tok(nounUp.governor()).isVerb()
                    && unreal.unrealClause(v, nounUp.governor())) {
                // "The EU is expected to present a resolution condemning Burma": what a text yet to
                // be presented or adopted says has not been said.
                c.mode = Mode.HYPOTHETICAL;
                c.steps.add("what '" + v.word(f) + "' says, under '" + v.word(nounUp.governor())
                        + "', which is not asserted: not yet said");
                return true;
            }
        }
        return false;
    }

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

    /** "no evidence that …", "no sign that Syria will withdraw": negated, and no one refuses anything either. */
    static void noEvidence(SentenceView v, Candidate c, int noun) {
        c.mode = Mode.NEGATED;
        c.underHypothesis = true;
        c.steps.add("no evidence for it: negated at '" + v.word(noun) + "'");
    }
}
