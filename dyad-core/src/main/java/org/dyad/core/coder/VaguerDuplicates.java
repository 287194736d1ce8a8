package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.Event;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.parse.Graph;

/**
 * The guard against one act coded twice in a sentence, once vaguely ({@link EventCoder} applies it
 * to each sentence's events last).
 */
final class VaguerDuplicates {
    private VaguerDuplicates() {}

    /**
     * One act told twice in a sentence, once vaguely: "marched through the capital to protest the
     * tax" is a rally (141), and the protest (140) says nothing more. An event is dropped when
     * another of the same actors and mode has a code below its own ("14" or "140" under "141";
     * "104" under "1043"; a generic 180 or 190 result clause under another act of violence), when
     * one verb is the other's purpose, manner or result clause; and an event noun with no source
     * of its own is dropped beside the verb that takes it with the same code and target. A target no
     * dictionary knows is dropped beside a title of no country that the same verb takes and the text
     * sets after it as its description.
     */
    static List<Event> without(SentenceView v, List<Event> events, Trace trace) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Event finer = null;
            for (Event f : events) {
                if (f == e || f.mode() != e.mode()) {
                    continue;
                }
                String fc = f.code().code();
                String ec = e.code().code();
                int ft = f.evidence().triggerToken();
                int et = e.evidence().triggerToken();
                boolean sameTarget = java.util.Objects.equals(f.targetCode(), e.targetCode());
                if (!java.util.Objects.equals(f.sourceCode(), e.sourceCode())) {
                    if (e.sourceCode() == null && f.sourceCode() != null && sameTarget && oneAct(v, et, ft)
                            && (fc.equals(ec) || refines(fc, ec))) {
                        // "the UN slapped an embargo on Iraq": the noun the verb takes, with no source of
                        // its own, is the verb's act told again.
                        finer = f;
                    }
                    continue;
                }
                int fh = f.evidence().headToken();
                if (sameTarget && purposeOf(v, f, e) && (refines(fc, ec) || sameViolence(fc, ec) && clauseOf(v, et, ft))
                        // "launched a retaliatory strike against Iran, apparently attacking two platforms":
                        // the clause hangs on the light verb that carries the specific act.
                        || sameTarget && sameViolence(fc, ec) && fh != ft && clauseOf(v, et, fh)
                        // "killed or wounded more than 4,000": one act told two ways; the first verb stands.
                        || sameTarget && alternative(v, et, ft) && violence(fc) && violence(ec)
                        // "US drone strikes have killed eight al-Qaeda leaders": the strikes are the killing.
                        || e.targetCode() == null && sameViolence(fc, ec) && subjectOf(v, et, ft)
                        // "refused to give food aid to North Korea", "held a round of talks with Seoul": a
                        // verb and the event noun it takes are one act; the finer or fuller of the two stands.
                        // "met with Oh Myung, deputy prime minister …", parsed as conjuncts: the name no
                        // dictionary knows and the title that describes it are one party; the title stands.
                        || et == ft && fc.equals(ec) && "---".equals(e.targetCode()) && f.targetCode() != null
                                && f.targetCode().startsWith("---") && f.targetCode().length() > 3 && titled(v, e, f)
                        || oneAct(v, et, ft) && (sameTarget && refines(fc, ec)
                                || e.targetCode() == null && f.targetCode() != null
                                        && (fc.equals(ec) || refines(fc, ec)))) {
                    finer = f;
                }
            }
            if (finer == null) {
                out.add(e);
            } else {
                trace.note("vaguer duplicate of " + finer.code().code() + " dropped: " + EventCoder.describe(e));
            }
        }
        return merged(v, out, trace);
    }

    /**
     * Whether the target of {@code f} is set off by a comma right after that of {@code e}, with at
     * most an article and adjectives between ("Oh Myung, deputy prime minister"): a description of
     * it, not another party ("Karadzic and his wartime military chief Ratko Mladic").
     */
    private static boolean titled(SentenceView v, Event e, Event f) {
        if (e.target() == null || f.target() == null) {
            return false;
        }
        int end = e.target().mention().end();
        int start = f.target().mention().start();
        if (end >= start || !v.word(end).equals(",")) {
            return false;
        }
        for (int k = end + 1; k < start; k++) {
            String pos = v.tok(k).pos();
            if (!(pos.equals("DT") || pos.startsWith("JJ"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Tokyo refused to give emergency aid to Pyongyang": the verb's event (122) has the target, the
     * noun it takes has the finer code (1223) and none. They are one act: the finer code with the
     * verb's target stands, once.
     */
    private static List<Event> merged(SentenceView v, List<Event> events, Trace trace) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event f = out.get(i);
            if (f.target() != null) {
                continue;
            }
            for (Event e : out) {
                int et = e.evidence().triggerToken();
                int ft = f.evidence().triggerToken();
                if (e == f || e.target() == null || e.mode() != f.mode()
                        || !java.util.Objects.equals(e.sourceCode(), f.sourceCode())
                        || !refines(f.code().code(), e.code().code()) || !oneAct(v, et, ft)) {
                    continue;
                }
                Event joined = EventCoder.withTarget(f, e.target());
                trace.note("one act told by a verb and its noun: " + EventCoder.describe(joined) + " replaces "
                        + EventCoder.describe(e) + " and its copy with no target");
                out.set(i, joined);
                out.remove(e);
                i = -1;
                break;
            }
        }
        return out;
    }

    /**
     * Whether one event's verb is a clause of the other's, the way a purpose or manner is: "marched
     * … to protest", "protested, chanting …". Coordinated verbs ("encircled and shelled") and
     * circumstances ("retook the town after fighting") are separate acts.
     */
    private static boolean purposeOf(SentenceView v, Event a, Event b) {
        int x = a.evidence().triggerToken();
        int y = b.evidence().triggerToken();
        return x != y && (clauseOf(v, x, y) || clauseOf(v, y, x));
    }

    /** Whether a verb is joined to an earlier one by "or" ("killed or wounded"). */
    private static boolean alternative(SentenceView v, int second, int first) {
        org.dyad.core.model.Edge e = v.basic.head(second);
        if (e == null || e.governor() != first || !Graph.matches(e.relation(), "conj")) {
            return false;
        }
        for (org.dyad.core.model.Edge c : v.basic.children(second, "cc")) {
            if (v.word(c.dependent()).equals("or")) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of two words is a verb and the other the event noun it takes ({@link #carries}). */
    private static boolean oneAct(SentenceView v, int a, int b) {
        return carries(v, a, b) || carries(v, b, a);
    }

    /** Whether {@code noun} is the object of {@code verb}, or the "of" phrase of its object ("a round of talks"). */
    private static boolean carries(SentenceView v, int verb, int noun) {
        if (verb == noun || !v.tok(verb).isVerb()) {
            return false;
        }
        org.dyad.core.model.Edge e = v.basic.head(noun);
        if (e == null) {
            return false;
        }
        if (e.governor() == verb && e.relation().equals("obj")) {
            return true;
        }
        org.dyad.core.model.Edge up = v.basic.head(e.governor());
        return Graph.matches(e.relation(), "nmod") && v.basic.children(noun, "case").stream()
                        .anyMatch(c -> v.word(c.dependent()).equalsIgnoreCase("of"))
                && up != null && up.governor() == verb && up.relation().equals("obj");
    }

    /** Whether a code is violence (CAMEO 18 to 20). */
    private static boolean violence(String code) {
        int root = CameoCode.rootNumber(code);
        return root >= 18 && root <= 20;
    }

    /** Whether a word is the subject of a verb. */
    private static boolean subjectOf(SentenceView v, int subject, int verb) {
        org.dyad.core.model.Edge e = v.basic.head(subject);
        return e != null && e.governor() == verb && e.relation().equals("nsubj");
    }

    private static boolean clauseOf(SentenceView v, int clause, int head) {
        org.dyad.core.model.Edge e = v.basic.head(clause);
        // "fired ten rounds, striking the man": the parser often leaves a participle clause unlabelled.
        // "…, apparently attacking two platforms": an adverb may open the clause.
        int first = clause;
        for (org.dyad.core.model.Edge a : v.basic.children(clause, "advmod")) {
            first = Math.min(first, a.dependent());
        }
        // "launched a strike against Iran, attacking two platforms and setting them ablaze": a
        // participle after a comma that the parser coordinates with a finite verb is still its clause.
        boolean participle = e != null && (v.participleDep(e, clause)
                || Graph.matches(e.relation(), "conj") && v.tok(clause).pos().equals("VBG") && v.tok(head).isVerb()
                && !v.tok(head).pos().equals("VBG"))
                && first > 0 && v.word(first - 1).equals(",");
        return e != null && e.governor() == head
                && (Graph.matches(e.relation(), "advcl") || e.relation().equals("xcomp") || participle);
    }

    /**
     * Whether a generic act of violence (180, 190) restates a specific one when it is the specific
     * one's result clause: "four officers fired 10 rounds, striking the man" is one shooting (193),
     * not also an assault (180). "Attacked the school, killing dozens" keeps both: the clause is
     * the more specific act.
     */
    static boolean sameViolence(String specific, String generic) {
        return (generic.equals("180") || generic.equals("190")) && !specific.equals(generic) && violence(specific);
    }

    /** Whether a code is a more specific one under another: 141 under 14 or 140, 1043 under 104. */
    static boolean refines(String fine, String vague) {
        if (fine.equals(vague) || fine.length() <= 2) {
            return false;
        }
        if (fine.startsWith(vague)) {
            return true;
        }
        return vague.length() == 3 && vague.endsWith("0") && fine.startsWith(vague.substring(0, 2))
                && !fine.startsWith(vague.substring(0, 2) + "0");
    }
}
