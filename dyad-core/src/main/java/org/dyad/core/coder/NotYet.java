package org.dyad.core.coder;

import org.dyad.core.ontology.CameoCode;
import org.jspecify.annotations.Nullable;

/**
 * Words that tell an act is not (or not yet) done, whatever the clause's own tense: an impression
 * ("appeared to have bombed"), nearness ("close to agreeing"), an obligation ("has to find"), and
 * a habit told in the simple present. Used by {@link FrameClimber}.
 */
final class NotYet {
    private NotYet() {}

    /** Words that, right before "to" and an infinitive, make it a forecast: "is unlikely to reverse". */
    private static final java.util.Set<String> LIKELIHOOD = java.util.Set.of("likely", "unlikely", "expected",
            "poised", "bound", "set", "due", "slated", "scheduled");

    /**
     * Why the clause {@code cur}, under {@code f} by {@code rel}, is not an act done, or null.
     */
    static @Nullable String under(SentenceView v, int cur, int f, String rel) {
        if (rel.equals("xcomp") && (v.lemma(f).equals("appear") || v.lemma(f).equals("seem"))
                && (v.perfect(cur)
                || v.basic.children(cur, "cop").stream().anyMatch(a -> v.lemma(a.dependent()).equals("be")))) {
            // "Iraq appeared to have bombed the platform", "appeared to be ready to accept": an impression
            // of an act or a stance, not a report of it ("seemed to reject the idea" is the manner of an
            // act seen, and stands).
            return "'" + v.word(f) + " to have': an impression, not asserted";
        }
        if ((v.lemma(f).equals("close") || v.lemma(f).equals("near"))
                && !v.tok(f).isVerb() && !v.tok(f).isNoun() && v.markedBy(cur, "to")) {
            // "West Germany was close to agreeing to the compromise": nearly, so not yet.
            return "'" + v.word(f) + " to': not yet done";
        }
        if (cur >= 2 && v.markedBy(cur, "to") && v.word(cur - 1).equals("to")
                && LIKELIHOOD.contains(v.word(cur - 2)) && f != cur - 2) {
            // "Merkel is unlikely to reverse course … and becomes too close", parsed with "reverse" hung on
            // a later verb: the words right before the infinitive still make it a forecast.
            return "'" + v.word(cur - 2) + " to' right before it: a forecast, not asserted";
        }
        if (rel.equals("xcomp") && obligation(v, f, cur)) {
            return "'" + v.word(f) + " to': an obligation, not an act done";
        }
        return null;
    }

    /**
     * Whether "have" with an infinitive marked "to" is an obligation: "the government has to find a
     * way to support …", "will have to withdraw" tell what is required, not what is done. The past
     * "had to withdraw" is read as done. The parser makes "have" the infinitive's governor or its
     * auxiliary; both come here.
     */
    static boolean obligation(SentenceView v, int have, int infinitive) {
        String pos = v.tok(have).pos();
        return v.lemma(have).equals("have") && pos.startsWith("VB") && !pos.equals("VBD") && !pos.equals("VBN")
                && v.markedBy(infinitive, "to");
    }

    /**
     * "Bentsen said Canada restricts trade 15 different ways": a material act (CAMEO 06 to 08, 14
     * to 20) in the simple present tells a habit or a standing state, not an act on a day. Speech
     * acts in the present ("Iran warns the US") are the news of the day, and stay.
     */
    static boolean habitual(SentenceView v, int verb, String code) {
        if (code.length() < 2) {
            return false;
        }
        int root = CameoCode.rootNumber(code);
        if (!(root >= 6 && root <= 8 || root >= 14)) {
            return false;
        }
        String pos = v.tok(verb).pos();
        return (pos.equals("VBZ") || pos.equals("VBP")) && v.basic.children(verb, "aux").isEmpty()
                && v.basic.children(verb, "aux:pass").isEmpty();
    }
}
