package org.dyad.core.coder;

import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.model.Report;
import org.dyad.core.parse.Graph;

/**
 * The mode an event takes from the words on its own clause or on a clause it climbs through:
 * negation ("did not attack", "no one attacked"), hypotheticals and conditions ("would attack",
 * "if they attack"), hearsay and speculation ("reportedly", "possibly"), unreal settings, and the
 * few frames that turn these around ("refused until", "neither … nor").
 */
final class LocalModes {
    private final FrameLookup lookup;

    LocalModes(FrameLookup lookup) {
        this.lookup = lookup;
    }

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "hardly",
            "rarely", "seldom", "scarcely", "barely");

    /** Nouns of an aim that "be to" completes: "Iran's goal is to …", "their objective was to …". */
    private static final Set<String> AIMS = Set.of("goal", "aim", "objective", "intention", "purpose", "ambition",
            "target", "mission", "strategy", "agenda", "plan", "priority", "idea", "hope", "desire", "motive");

    /** Adverbs that make the act a guess: "will likely impose", "probably fired". */
    private static final Set<String> SPECULATIVE = Set.of("likely", "probably", "possibly", "perhaps", "maybe",
            "conceivably", "presumably");

    private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether", "lest", "provided");

    private static final Set<String> TEMPORAL = Set.of("before", "until", "till", "once", "after");

    private static final Set<String> PRESENT = Set.of("VBP", "VBZ", "VB");

    private static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "none", "neither", "no-one", "noone");

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

    /** Adjectives that make an event noun unasserted: "a possible war", "the planned visit". */
    private static final Set<String> UNREAL = Set.of("possible", "potential", "planned", "proposed", "expected",
            "likely", "future", "alleged", "suspected", "would-be", "rumoured", "rumored", "threatened", "imminent",
            "feared", "hypothetical", "mooted", "prospective");

    /** Auxiliaries that open an inverted condition: "Had India sent troops". */
    private static final Set<String> INVERTED = Set.of("had", "were", "should");

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

    /** Whether a "for … to" clause is what a verb of appeal or demand asks for: "called for Iran to withdraw". */
    private boolean underAppeal(SentenceView v, int clause) {
        Edge up = v.basic.head(clause);
        if (up == null) {
            return false;
        }
        Frame.Kind kind = lookup.frameKind(v, up.governor());
        return kind == Frame.Kind.APPEAL || kind == Frame.Kind.DEMAND;
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

    /** Applies the negation, modality and conditions on one word {@code x} to the candidate. */
    void localMode(SentenceView v, Candidate c, int x) {
        boolean negated = false;
        boolean hypothetical = false;
        for (Edge e : v.basic.children(x)) {
            String r = e.relation();
            String w = v.word(e.dependent());
            String l = v.lemma(e.dependent());
            // "launched the planned offensive": a light verb makes a planned event real.
            if (r.equals("amod") && v.tok(x).isNoun() && UNREAL.contains(w) && lookup.lightVerbOf(v, x) < 0) {
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
                        && lookup.frameKind(v, n.dependent()) == Frame.Kind.HYPOTHETICAL);
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
            } else if (r.equals("aux") && (FrameClimber.MODALS.contains(w) || FrameClimber.MODALS.contains(l))) {
                hypothetical = true;
                c.modal = w;
                c.modalOnThing |= thingSubject(v, c, x);
            } else if (r.equals("aux") && (FrameClimber.FUTURE.contains(w) || FrameClimber.FUTURE.contains(l))) {
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
                if (FrameClimber.MODALS.contains(w) || FrameClimber.MODALS.contains(v.lemma(a.dependent()))) {
                    hypothetical = true;
                    c.modal = w;
                } else if (FrameClimber.FUTURE.contains(w) || FrameClimber.FUTURE.contains(v.lemma(a.dependent()))) {
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
    boolean impressionClause(SentenceView v, int clause, int light) {
        Edge up = v.basic.head(clause);
        if (up == null || up.governor() != light || !up.relation().equals("ccomp")) {
            return false;
        }
        for (Edge n : v.basic.children(clause)) {
            if (n.relation().startsWith("nsubj") && lookup.frameKind(v, n.dependent()) == Frame.Kind.HYPOTHETICAL) {
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
}
