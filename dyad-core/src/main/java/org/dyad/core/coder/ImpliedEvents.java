package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.Frame;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Token;

/**
 * Events a sentence implies beyond its patterns' matches, added to the candidates once every word
 * is matched: the purpose of an act that codes as nothing, what a speaker says someone "must" or
 * "should" do, and a warning of what the warner's own side will do.
 */
final class ImpliedEvents {
    private final Dictionaries dict;

    ImpliedEvents(Dictionaries dict) {
        this.dict = dict;
    }

    /**
     * Once every word is matched, a purpose clause after a verb that codes as nothing takes that
     * verb's subject (see {@link SentenceView#codedAt}); a journey's purpose ("left the compound to
     * fly to Moscow") is no visit or meeting.
     */
    static void purposeOfUncodedAct(SentenceView v, List<Candidate> found) {
        Set<Integer> triggers = new HashSet<>();
        for (Candidate c : found) {
            triggers.add(c.trigger);
        }
        v.codedAt(triggers);
        for (Candidate c : found) {
            if (c.nominal || !c.sources.isEmpty() || c.code.startsWith("04")) {
                continue;
            }
            for (ActorMention m : v.subjectActors(c.trigger)) {
                if (!c.targets.contains(m) && !c.sources.contains(m)) {
                    c.sources.add(m);
                }
            }
            if (!c.sources.isEmpty()) {
                c.steps.add("the purpose of an act that codes as nothing: its subject acts");
            }
        }
    }

    /** The words of a sentence whose lemma opens a frame of this kind, in order. */
    private List<Integer> frameVerbs(SentenceView v, Frame.Kind kind) {
        List<Integer> out = new ArrayList<>();
        for (Token t : v.s.tokens()) {
            var frame = dict.frames().verb(v.lemma(t.index()));
            if (frame.isPresent() && frame.get().kind() == kind) {
                out.add(t.index());
            }
        }
        return out;
    }

    /**
     * "Russia said Sudan must return the helicopter" when "return" has no pattern: the speaker's
     * demand on Sudan is coded anyway (100, or 020 for "should"); the climb turns it into a
     * demand or appeal on the complement's subject.
     */
    void addModalReports(SentenceView v, List<Candidate> found) {
        for (int f : frameVerbs(v, Frame.Kind.REPORT)) {
            for (Edge e : v.basic.children(f, "ccomp")) {
                int x = e.dependent();
                String modal = null;
                for (Edge a : v.basic.children(x, "aux")) {
                    String w = v.word(a.dependent());
                    if (w.equals("must") || w.equals("should")) {
                        modal = w;
                    }
                }
                if (modal == null || hasCandidateAt(found, x)) {
                    continue;
                }
                List<ActorMention> subj = v.subjectActors(x);
                if (subj.isEmpty() || v.subjects(x).stream().allMatch(n -> v.mentionsHeadedAt(n).isEmpty())) {
                    // "Israel's exports must double": a goal for a thing, not a demand on an actor.
                    continue;
                }
                var kind = modal.equals("must") ? Frame.Kind.DEMAND : Frame.Kind.APPEAL;
                var target = dict.frames().get(kind);
                if (target.isEmpty() || target.get().defaultCode() == null) {
                    continue;
                }
                Candidate c = new Candidate(x, false, target.get().defaultCode(), subj, List.of());
                c.rules.add(target.get().rule());
                found.add(c);
            }
        }
    }

    /**
     * "Pakistan warned that it would not tolerate attacks from Afghan territory": a warning whose
     * complement says what the warner's own side will or would do is a threat (130) against the
     * other actors in that complement, even when the complement's verb has no pattern. A warning
     * about what others may do ("warned that famine would spread") is not.
     */
    void addWarnings(SentenceView v, List<Candidate> found) {
        var threaten = dict.frames().get(Frame.Kind.THREATEN);
        if (threaten.isEmpty() || threaten.get().defaultCode() == null) {
            return;
        }
        for (int f : frameVerbs(v, Frame.Kind.THREATEN)) {
            if (hasCandidateAt(found, f)) {
                continue;
            }
            List<ActorMention> warners = v.subjectActors(f);
            if (warners.isEmpty()) {
                continue;
            }
            for (Edge e : v.basic.children(f, "ccomp")) {
                int x = e.dependent();
                if (hasCandidateAt(found, x) || !future(v, x)) {
                    continue;
                }
                boolean ownSide = false;
                for (ActorMention m : v.subjectActors(x)) {
                    for (ActorMention w : warners) {
                        ownSide |= sameCountry(m, w);
                    }
                }
                if (!ownSide) {
                    continue;
                }
                List<ActorMention> targets = new ArrayList<>();
                for (ActorMention m : v.mentions) {
                    if (m.actor() == null || !v.basic.dominates(x, m.head())) {
                        continue;
                    }
                    boolean theirs = false;
                    for (ActorMention w : warners) {
                        theirs |= sameCountry(m, w);
                    }
                    if (!theirs) {
                        targets.add(m);
                    }
                }
                Candidate c = new Candidate(f, false, threaten.get().defaultCode(), warners, targets);
                c.rules.add(threaten.get().rule());
                c.steps.add("a warning of what the warner's own side will do is a threat");
                // The condition may hang on the warning or on its clause's verb.
                List<ActorMention> condition = ClauseTargets.conditionSubjects(v, f, x, warners);
                condition.removeIf(m -> warners.stream().anyMatch(w -> sameCountry(m, w)));
                if (!condition.isEmpty()) {
                    // "warned that Iran would take other steps if the EU pushes a resolution at the IAEA":
                    // the threat is aimed at whoever the condition is about, not at every actor in it.
                    c.targets = condition;
                    c.steps.add("aimed at the condition's subject: '" + condition.get(0).text() + "'");
                }
                found.add(c);
            }
        }
    }

    private static boolean future(SentenceView v, int verb) {
        for (Edge a : v.basic.children(verb, "aux")) {
            String w = v.word(a.dependent()).toLowerCase(Locale.ROOT);
            if (w.equals("will") || w.equals("would") || w.equals("shall") || w.equals("'ll")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameCountry(ActorMention a, ActorMention b) {
        if (a.actor() == null || b.actor() == null) {
            return false;
        }
        String ca = a.actor().country();
        String cb = b.actor().country();
        return a.actor().id().equals(b.actor().id()) || ca != null && ca.equals(cb);
    }

    private static boolean hasCandidateAt(List<Candidate> found, int token) {
        for (Candidate c : found) {
            if (c.trigger == token) {
                return true;
            }
        }
        return false;
    }
}
