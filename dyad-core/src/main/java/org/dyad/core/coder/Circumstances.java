package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;

/**
 * Meetings, visits and fighting told as the circumstance of a clause ("said in a meeting with …",
 * "retook the town after fighting with …"): whose they are, and whether talks between two sides
 * are what the sentence reports or only the setting of another act.
 */
final class Circumstances {
    private Circumstances() {}

    private static final Set<String> SAID_AT_MEETING = Set.of("say", "tell", "make", "express", "stress", "reiterate",
            "note", "add", "emphasize", "emphasise", "voice", "convey", "assure", "raise", "announce", "speak",
            "describe", "remark", "underline", "point_out", "hail", "praise");
    /**
     * Prepositions of a meeting in which, or just after which, something was said: "in a meeting
     * with", "at talks with", "said … after talks in Rome with Italian Foreign Minister Dini".
     */
    private static final Set<String> MEETING_PLACES = Set.of("in", "during", "at", "after", "following");
    private static final Set<String> MEETINGS = Set.of("meeting", "talks", "talk", "conversation", "discussion",
            "discussions", "consultations", "encounter");
    private static final Set<String> VISITS = Set.of("visit", "trip", "tour");
    private static final Set<String> VISIT_PLACES = Set.of("on", "during", "in", "at");
    private static final Set<String> CIRCUMSTANCE = Set.of("after", "during", "in", "amid", "following", "before");

    /**
     * Whether an event noun is what its clause is about: "Talks between India and China ended
     * without agreement" reports the talks; "hosted a meeting between …" or "oversee a ceasefire
     * between …" only refers to one.
     */
    static boolean subjectNoun(SentenceView v, Candidate c) {
        Edge up = v.basic.head(c.trigger);
        return c.nominal && (up == null || up.relation().startsWith("nsubj") || up.relation().equals("root"));
    }

    private static final Set<String> PAST_FORMS = Set.of("VBD", "VBN");

    /** Prepositions of a meeting in which, or after which, something else was done. */
    private static final Set<String> MEETING_SETTINGS = Set.of("during", "after", "following", "at");

    /**
     * Whether talks between two sides are the setting of a past act: "The decision was made during
     * the talks between the Vietnamese and Japanese prime ministers", "agreed after talks between …".
     */
    static boolean heldMeeting(SentenceView v, Candidate c) {
        Edge up = v.basic.head(c.trigger);
        return c.nominal && MEETINGS.contains(v.lemma(c.trigger)) && up != null && Graph.matches(up.relation(), "obl")
                && MEETING_SETTINGS.contains(v.prepOf(c.trigger)) && v.tok(up.governor()).isVerb()
                && PAST_FORMS.contains(v.tok(up.governor()).pos());
    }

    /** The subjects of the verb a fighting noun is the circumstance of: "retook the town after fighting with …". */
    static List<ActorMention> circumstanceSubjects(SentenceView v, Candidate c) {
        Edge up = v.basic.head(c.trigger);
        // "Hun Sen made the remarks in a meeting with Zhang Gaoli": a meeting with a named other in
        // which the subject acted is the subject's meeting.
        boolean meeting = MEETINGS.contains(v.lemma(c.trigger)) && !c.targets.isEmpty()
                && MEETING_PLACES.contains(v.prepOf(c.trigger))
                // Only what is said there: "agreed to US mediation in the final status talks with the
                // Palestinians" does not say the talks are held.
                && up != null && SAID_AT_MEETING.contains(v.lemma(up.governor()));
        // "Speaking on a visit to Japan, King Abdullah called for …": a visit on which the subject spoke
        // is the subject's.
        boolean visit = VISITS.contains(v.lemma(c.trigger)) && !c.targets.isEmpty() && up != null
                && VISIT_PLACES.contains(v.prepOf(c.trigger)) && SAID_AT_MEETING.contains(v.lemma(up.governor()));
        if (up == null || !Graph.matches(up.relation(), "obl")
                || !CIRCUMSTANCE.contains(v.prepOf(c.trigger)) && !visit
                || !v.tok(up.governor()).isVerb()
                || !Combatants.FIGHTING.contains(v.lemma(c.trigger)) && !meeting && !visit) {
            // "offered talks following the invasions of Dagestan": an invasion or attack has a side;
            // only fighting, which both sides do, is the clause subject's too.
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>();
        List<Integer> subjects = new ArrayList<>(v.subjects(up.governor()));
        if (subjects.isEmpty() && v.lemma(up.governor()).equals("say")) {
            // "'It has to be done quickly,' said Vranitzky … after talks with Dini": the parser makes
            // the speaker of an inverted "said" its object.
            subjects.addAll(v.objects(up.governor()));
        }
        for (int sj : subjects) {
            for (ActorMention m : v.actorsAt(sj)) {
                if (!c.targets.contains(m) && m.actor() != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
