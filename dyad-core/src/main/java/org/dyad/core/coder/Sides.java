package org.dyad.core.coder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorMention;
import org.jspecify.annotations.Nullable;

/**
 * Whether speakers speak for the actors of what they say: the test behind "said it will …" as
 * the speaker's own intent, and behind forecasts by others. Used by {@link FrameClimber}.
 */
final class Sides {
    private Sides() {}

    /**
     * Whether speakers speak for the actors of an act: the same actors, or a state's organ or
     * official speaking of that state ("the Albanian foreign minister said Albania would cut
     * ties"): both of one country, each the country itself or one of its state organs.
     */
    static boolean ownSide(SentenceView v, List<ActorMention> speakers, List<ActorMention> actors) {
        if (sameActors(speakers, actors, v.date)) {
            return true;
        }
        for (ActorMention x : speakers) {
            for (ActorMention y : actors) {
                String cx = x.actor() == null ? null : x.actor().country();
                if (cx != null && y.actor() != null && cx.equals(y.actor().country())
                        && stateVoice(x, v.date) && stateVoice(y, v.date)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every actor is on a speaker's side ({@link #ownSide}), and there is one. */
    static boolean allOwnSide(SentenceView v, List<ActorMention> speakers, List<ActorMention> actors) {
        if (actors.isEmpty()) {
            return false;
        }
        for (ActorMention y : actors) {
            if (!ownSide(v, speakers, List.of(y))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A country, or one of its state organs, speaking on the date: "ALB", "ALBGOV"; an opposition
     * leader who later took office does not speak for the government before.
     */
    static boolean stateVoice(ActorMention m, @Nullable LocalDate date) {
        String code = m.codeAt(date);
        return "".equals(RoleCodes.roleOf(code)) || RoleCodes.roleIn(code, RoleCodes.STATE_ORGANS);
    }

    /** Whether a speaker and an actor have the same code: a commander speaking of "his forces". */
    static boolean sameCode(SentenceView v, List<ActorMention> speakers, List<ActorMention> actors) {
        for (ActorMention x : speakers) {
            for (ActorMention y : actors) {
                if (x.actor() != null && x.codeAt(v.date).equals(y.codeAt(v.date))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two lists share an actor, or a reference with another's code on the date. */
    static boolean sameActors(List<ActorMention> a, List<ActorMention> b, @Nullable LocalDate date) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (ActorMention x : a) {
            for (ActorMention y : b) {
                if (x == y || x.codeAt(date).equals(y.codeAt(date)) && x.actorId() != null
                        && Objects.equals(x.actorId(), y.actorId())) {
                    return true;
                }
                if (x.form() == ActorMention.Form.REFERENCE || y.form() == ActorMention.Form.REFERENCE) {
                    // "Kinew said the government should …": an opposition leader in 2018, whatever
                    // office he held later, is not the government he speaks of.
                    if (x.codeAt(date).equals(y.codeAt(date))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
