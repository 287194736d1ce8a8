package org.dyad.core.coder;

import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Mode;
import org.dyad.core.model.Report;
import org.dyad.core.parse.Graph;

/**
 * What a report, claim or allegation says: hearsay, unless the sentence denies it, calls it
 * untrue (negated) or confirms it. Used by {@link EventNouns} when an event is the content
 * clause of such a noun.
 */
final class Hearsay {
    private Hearsay() {}

    /** Whether a noun is one whose content clause is hearsay. */
    static boolean noun(SentenceView v, int n) {
        return HEARSAY_NOUNS.contains(v.lemma(n).toLowerCase(java.util.Locale.ROOT));
    }

    /** Nouns whose content clause is hearsay: "reports that Iraq attacked the tanker". */
    private static final Set<String> HEARSAY_NOUNS = Set.of("report", "reports", "claim", "claims", "allegation",
            "allegations", "account", "accounts", "story", "stories", "assertion", "assertions", "suggestion",
            "suggestions", "charge", "charges", "accusation", "accusations");
    /** Verbs that deny what their object says: "denied reports that …". */
    private static final Set<String> DENIALS = Set.of("deny", "dismiss", "reject", "refute", "rebut", "discount",
            "contradict", "discredit", "debunk", "scoff", "ridicule");
    /** Verbs that want an object; without one in a "that" clause, "that" is it. */
    private static final Set<String> TAKES_OBJECT = Set.of("reject", "deny", "dismiss", "dispute", "refute", "accept",
            "endorse", "support", "back", "welcome", "challenge", "contest", "question", "repeat", "echo", "make",
            "issue", "confirm", "publish", "broadcast", "spread", "circulate", "investigate", "condemn", "criticise",
            "criticize");
    /** Verbs that make what their object says true: "confirmed reports that …". */
    private static final Set<String> CONFIRMATIONS = Set.of("confirm", "verify", "corroborate");
    /** Predicates that call a report untrue: "reports that … were baseless". */
    private static final Set<String> FALSITY = Set.of("false", "untrue", "baseless", "unfounded", "groundless",
            "wrong", "incorrect", "inaccurate", "fabricated", "nonsense", "lie", "lies", "fabrication", "absurd",
            "ridiculous", "fiction", "propaganda");

    /**
     * The event is what a report, claim or allegation says: "denied reports that its troops had
     * crossed the border", "claims that Syria had shelled the camp were untrue" (negated); "confirmed
     * reports that …" (unchanged); otherwise it is hearsay, reported by whoever the noun names, and
     * not reliable ("reports that Iraq attacked the tanker").
     */
    static void apply(SentenceView v, Candidate c, int clause, int noun) {
        boolean gap = v.basic.children(clause, "obj").isEmpty() && v.basic.children(clause, "ccomp").isEmpty()
                && v.basic.children(clause, "nsubj:pass").isEmpty() && TAKES_OBJECT.contains(v.lemma(clause));
        if (gap || v.g.children(clause).stream().anyMatch(e -> e.dependent() == noun)) {
            // "a claim that New Delhi rejected": a relative clause about the claim (its verb lacks the
            // object the claim fills), not what the claim says.
            return;
        }
        boolean untrue = v.basic.children(noun, "amod").stream()
                .anyMatch(e -> FALSITY.contains(v.lemma(e.dependent()).toLowerCase(java.util.Locale.ROOT)));
        if (untrue) {
            // "denied as baseless reports that …", "false reports that …".
            if (c.mode != Mode.NEGATED) {
                c.mode = Mode.NEGATED;
                c.steps.add("a report called untrue at '" + v.word(noun) + "': negated");
            }
            return;
        }
        int at = noun;
        for (int hops = 0; hops < 3; hops++) {
            Edge up = v.basic.head(at);
            if (up == null) {
                break;
            }
            String rel = up.relation();
            String l = v.lemma(up.governor()).toLowerCase(java.util.Locale.ROOT);
            boolean object = rel.equals("obj") || rel.equals("nsubj:pass") || Graph.matches(rel, "obl");
            if (object && DENIALS.contains(l) || (rel.startsWith("nsubj") || rel.startsWith("csubj")) && FALSITY.contains(l)) {
                if (c.mode != Mode.NEGATED) {
                    c.mode = Mode.NEGATED;
                    c.steps.add("a report called untrue at '" + v.word(up.governor()) + "': negated");
                }
                return;
            }
            if (object && CONFIRMATIONS.contains(l)) {
                return;
            }
            // "said reports that … were baseless", which the parser may read with "reports" the object
            // of "said" and "said" the clausal subject of "baseless".
            if (!object && !rel.startsWith("csubj")) {
                break;
            }
            at = up.governor();
        }
        if (c.mode == Mode.ASSERTED) {
            c.mode = Mode.REPORTED;
            c.report = new Report(FrameClimber.describe(v.modifierActors(noun), v, noun), v.lemma(noun), false);
            c.steps.add("what '" + v.word(noun) + "' say: hearsay, not reliable");
        }
    }
}
