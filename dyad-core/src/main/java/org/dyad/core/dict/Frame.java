package org.dyad.core.dict;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A complement-taking predicate that changes the code or the mode of the event in its
 * complement: "agreed <b>to meet</b>" (intent), "urged Kabul <b>to expel</b>" (appeal),
 * "refused <b>to release</b>" (rejection), "said the army <b>had attacked</b>" (report).
 *
 * @param kind what the frame does
 * @param verbs verb lemmas that open the frame
 * @param nouns noun lemmas that open it ("a plan to", "the decision to", "no hurry to")
 * @param defaultCode the code when the complement's code has no entry in the map, or null to keep it
 * @param map complement code prefix → result code ("04" → "036"), {@code keep} to keep the
 *     complement's code, or {@code negate} to keep it and mark it negated, or {@code hypothetical}; the longest prefix wins
 * @param unreliable for REPORT: reporting verbs whose reports are contested ("claim", "allege")
 * @param rule {@code file:line} of the frame's header
 */
public record Frame(
        Kind kind,
        Set<String> verbs,
        Set<String> nouns,
        @Nullable String defaultCode,
        Map<String, String> map,
        Set<String> unreliable,
        String rule) {

    /** What a frame does to its complement. */
    public enum Kind {
        /** Intent, offer, agreement to act: CAMEO 03. */
        INTEND,
        /**
         * Preparation to act: intent, except that readying an attack is a show of force (CAMEO 15),
         * not a threat: "prepared to resume shelling".
         */
        PREPARE,
        /** Appeal to another to act: CAMEO 02; the frame's object is the target. */
        APPEAL,
        /** Demand that another act: CAMEO 10; the frame's object is the target. */
        DEMAND,
        /** Refusal to act: CAMEO 12. */
        REJECT,
        /** Threat to act: CAMEO 13. */
        THREATEN,
        /** Accusation of an act: CAMEO 112; the frame's object is the target, the act is alleged. */
        ACCUSE,
        /** The complement did not happen: "failed to", "avoided". */
        NEGATE,
        /**
         * Prevention: the complement did not happen, and preventing a protest is a restriction of
         * freedoms (CAMEO 1721): "police prevented students from marching".
         */
        PREVENT,
        /**
         * Permission: the complement is not asserted, and allowing a protest, aid deliveries or
         * inspectors is a concession (CAMEO 0811, 0863, 0862): "allowed the opposition to hold a rally".
         */
        PERMIT,
        /** The complement is not asserted: "considered", "hoped", "feared". */
        HYPOTHETICAL,
        /** An attempt: attempted violence is an act ("tried to assassinate", 185); other attempts are hypothetical. */
        ATTEMPT,
        /** Attributed speech: "said", "claimed". */
        REPORT,
        /** A light verb whose object noun carries the event: "carried out an attack on". */
        LIGHT,
        /** An order by an authority: the ordered act is coded as the act of whoever ordered it. */
        ORDER
    }

    public Frame {
        verbs = Set.copyOf(verbs);
        nouns = Set.copyOf(nouns);
        map = Map.copyOf(map);
        unreliable = Set.copyOf(unreliable);
    }

    /**
     * The code for a complement coded {@code inner}: a code, {@code "negate"}, or null when the
     * frame has neither an entry nor a default.
     */
    public @Nullable String transform(String inner) {
        for (int len = inner.length(); len >= 2; len--) {
            String r = map.get(inner.substring(0, len));
            if (r != null) {
                return r.equals("keep") ? inner : r;
            }
        }
        return "keep".equals(defaultCode) ? inner : defaultCode;
    }
}
