package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.Event;
import org.dyad.core.model.Mode;

/**
 * The events of one sentence as {@link EventCoder} makes them, with its two guards against
 * duplicates: at most one event per trigger, source and target, and at most one per source, target
 * and code, where a reported telling wins over an asserted one, and else the more confident.
 */
final class SentenceEvents {
    private final Map<Event.Act, Event> byDyadCode = new LinkedHashMap<>();
    private final Set<String> byTrigger = new HashSet<>();

    /** Keeps an event unless it repeats one already kept; the trace has its candidate's steps if it is new. */
    void add(Event e, Candidate c, Trace trace) {
        String triggerKey = c.trigger + "|" + e.sourceCode() + "|" + e.targetCode();
        Event.Act dyadKey = e.act();
        if (dyadKey.mode() == Mode.REPORTED) {
            // "Iran said its forces had killed hundreds of Iraqis in repelling an Iraqi offensive":
            // one act told as asserted and as reported is still one act.
            dyadKey = new Event.Act(dyadKey.code(), dyadKey.source(), dyadKey.target(), Mode.ASSERTED);
        }
        if (!byTrigger.add(triggerKey)) {
            trace.note("duplicate for the same trigger and actors dropped: " + EventCoder.describe(e));
            return;
        }
        Event prior = byDyadCode.get(dyadKey);
        if (prior != null) {
            trace.note("duplicate of an event already in this sentence dropped: " + EventCoder.describe(e));
            // The reported telling wins: an act inside what someone said is theirs to vouch for.
            boolean reportedWins = e.mode() == Mode.REPORTED && prior.mode() != Mode.REPORTED;
            boolean priorReported = prior.mode() == Mode.REPORTED && e.mode() != Mode.REPORTED;
            if (reportedWins || !priorReported && prior.confidence() < e.confidence()) {
                byDyadCode.put(dyadKey, e);
            }
            return;
        }
        byDyadCode.put(dyadKey, e);
        for (String step : c.steps) {
            trace.note("    " + step);
        }
        trace.note("EVENT " + EventCoder.describe(e));
    }

    /** The events kept, in the order their acts were first seen. */
    List<Event> events() {
        return new ArrayList<>(byDyadCode.values());
    }
}
