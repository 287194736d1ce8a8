package org.dyad.core.coder;

import java.util.Set;
import org.dyad.core.dict.Frame;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Acts that are only what another act is for: what is done "in order to" do something, what a
 * meeting or journey hopes to better, what aid or advisers are to help another do, what a thing is
 * used or built for, what negotiations are to reach, and the purpose of a raid or an offensive.
 * None of these has happened on the day.
 */
final class Purposes {
    private Purposes() {}

    /** Verbs that get another to act: "to have Congress impeach", "to get Iraq to withdraw". */
    private static final Set<String> CAUSATIVES = Set.of("have", "get", "make");

    private static final Set<String> USES = Set.of("use", "employ", "build", "design", "intend", "equip",
            // "The EBRD was established in 1991 to assist the transition": what a body was founded for
            // ("set up" too, below; "is set to host talks" is a schedule).
            "establish", "create", "found", "form");

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

    /** Verbs whose infinitive complement happened: "managed to seize", "went on to kill". */
    private static final Set<String> IMPLICATIVE = Set.of("manage", "proceed", "go_on", "go", "keep", "dare",
            "happen", "get", "come", "use", "tend", "help", "succeed");

    /** CAMEO roots of violence: assault, fight, mass violence. */
    private static final Set<String> VIOLENT_ROOTS = Set.of("18", "19", "20");

    /** Verbs of helping another act: "to help it resist", "to enable them to vote". */
    private static final Set<String> HELPERS = Set.of("help", "enable", "assist");

    /** Verbs of meeting and travelling, whose infinitive of purpose tells what they are for. */
    private static final Set<String> TRAVELS = Set.of("meet", "visit", "host", "receive", "travel", "arrive", "fly");

    /** Verbs of bettering ties, which as the purpose of a meeting or a journey are its hope. */
    private static final Set<String> BETTERING = Set.of("strengthen", "boost", "improve", "enhance", "deepen",
            "promote", "expand", "consolidate", "bolster", "cement", "foster", "develop", "advance", "broaden");

    /**
     * Whether an infinitive is the purpose of the verb it hangs on: an adverbial clause, an
     * infinitive after the verb's object ("received money to help …"), or one after a predicate of
     * being somewhere ("Russia is in Syria to help Assad defeat …"); "continued to help" is no purpose.
     */
    private static boolean purpose(SentenceView v, int infinitive) {
        Edge up = v.basic.head(infinitive);
        if (up == null) {
            return false;
        }
        boolean copular = !v.basic.children(up.governor(), "cop").isEmpty();
        return Graph.matches(up.relation(), "advcl")
                || up.relation().equals("xcomp") && (copular || !v.basic.children(up.governor(), "obj").isEmpty())
                || Graph.matches(up.relation(), "acl") && !up.relation().equals("acl:relcl") && copular;
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

    /**
     * Whether the clause the climb passes through from {@code cur} up to {@code f} (by {@code rel})
     * makes the act a purpose not yet reached: "in order to strike a deal", "met Merkel to strengthen
     * relations", "used to fire on helicopters", "talks to end the war", "a raid to kill the commander".
     */
    static boolean unreached(SentenceView v, Candidate c, int cur, int f, String rel, @Nullable Frame frame) {
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
}
