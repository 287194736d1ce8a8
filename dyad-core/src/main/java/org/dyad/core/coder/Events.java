package org.dyad.core.coder;

import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.EventDate;
import org.dyad.core.model.Evidence;
import org.dyad.core.model.Participant;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.ontology.CameoCode;
import org.jspecify.annotations.Nullable;

/**
 * The event a candidate makes for one pair of its actors: the evidence (sentence, trigger and
 * background), the participants, the publication date, a stable id, and a confidence that weighs
 * how the pattern matched and how well the actors are known.
 */
final class Events {
    private Events() {}

    private static final int LONG_SENTENCE = 60;

    static Event event(Document doc, SentenceView v, Candidate c, CameoCode code,
            @Nullable ActorMention src, @Nullable ActorMention tgt) {
        Sentence s = v.s;
        Token trig = s.token(c.trigger);
        Token head = s.token(c.head);
        int tStart = Math.min(trig.begin(), head.begin());
        int tEnd = Math.max(trig.end(), head.end());
        String triggerText = c.head == c.trigger ? trig.word()
                : (c.head < c.trigger ? head.word() + " … " + trig.word() : trig.word() + " … " + head.word());
        Evidence ev = new Evidence(doc.id(), s.index(), s.text(), s.begin(), s.end(), triggerText, tStart, tEnd,
                c.trigger, c.head, Background.of(v, c));
        EventDate when = EventDate.publication(doc.date());
        Participant ps = src == null ? null : Participant.of(src, doc.date());
        Participant pt = tgt == null ? null : Participant.of(tgt, doc.date());
        double conf = confidence(v, c, src, tgt);
        String id = EventCoder.id(doc.id(), s.index(), c.trigger, ps == null ? "" : ps.code(),
                pt == null ? "" : pt.code(), code.code());
        return new Event(id, ev, ps, pt, code, c.mode, c.report, conf, when, null, String.join(" + ", c.rules));
    }

    /**
     * Confidence from 0 to 1: 0.8 for a plain pattern match, more for a pattern that
     * constrains its object or prepositions, less for actors found by coreference or unknown
     * to the dictionaries, for events stated as nouns, for a missing source or target, and for
     * very long sentences where parses go wrong. See docs/schema.md.
     */
    private static double confidence(SentenceView v, Candidate c, @Nullable ActorMention src,
            @Nullable ActorMention tgt) {
        double x = 0.8;
        if (c.specificity >= 4) {
            x += 0.1;
        }
        if (c.nominal) {
            x -= 0.1;
        }
        if (c.viaFrame) {
            x -= 0.05;
        }
        if (src == null) {
            x -= 0.2;
        } else {
            x -= actorPenalty(src);
        }
        if (tgt == null) {
            x -= c.patternHasTarget ? 0.15 : 0.05;
        } else {
            x -= actorPenalty(tgt) * 0.8;
        }
        if (v.s.size() > LONG_SENTENCE) {
            x -= 0.1;
        }
        return Math.round(Math.max(0.05, Math.min(1.0, x)) * 100) / 100.0;
    }

    private static double actorPenalty(ActorMention m) {
        switch (m.form()) {
            case REFERENCE:
                return 0.15;
            case UNKNOWN:
                return 0.25;
            default:
                return m.codeAt(null).startsWith("---") ? 0.2 : 0.0;
        }
    }
}
