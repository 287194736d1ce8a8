package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Event;
import org.dyad.core.model.Mode;
import org.dyad.core.model.Participant;
import org.dyad.core.model.Sentence;
import org.dyad.core.ontology.CameoCode;
import org.jspecify.annotations.Nullable;

/**
 * The armed group a document names as the author of its violence, given to the attacks the
 * sentences leave to unknown hands. In a report that says "The Taliban killed more than 100
 * members of the security forces" and "Taliban insurgents claimed responsibility", the sentence
 * "126 people have been killed in the explosion" is the Taliban's attack too, not one by
 * "unidentified attackers in Afghanistan" (UAF).
 *
 * <p>A group counts as named when the document tells of violence by it, of its claim of
 * responsibility, or of an accusation against it ("Colombia blamed the ELN for the bombing").
 * Only a document that names exactly one such group is read this way, and only attacks placed in
 * that group's country take it; a document that names two groups, or none, keeps its unknown
 * attackers.
 */
final class NamedAttackers {
    private static final String UNKNOWN_HANDS = "UAF";

    /** The events, with the document's one named armed group as the author of its attacks by unknown hands. */
    List<Event> fill(List<Event> events, List<Sentence> sentences) {
        if (sentences.stream().anyMatch(NamedAttackers::unclaimed)) {
            // "No group has claimed responsibility for the attack, but the banned TTP had previously
            // claimed similar attacks": the report leaves the author open, and so does the coder.
            return events;
        }
        Map<String, Actor> groups = new LinkedHashMap<>();
        for (Event e : events) {
            if (!told(e)) {
                continue;
            }
            String code = e.code().code();
            if ((violence(e) || code.equals("015")) && e.source() != null) {
                add(groups, e.source());
            }
            if (code.startsWith("112") && e.target() != null) {
                add(groups, e.target());
            }
        }
        if (groups.size() != 1) {
            return events;
        }
        Actor group = groups.values().iterator().next();
        // "The Israeli offensive, which began in response to Hamas's attack, has killed more than
        // 50,000 Palestinians … 70,000 people were killed in Gaza": where a state of another country
        // is told to kill the same country's people, their deaths are not the group's.
        Set<String> struckByOthers = new HashSet<>();
        for (Event e : events) {
            String sc = e.source() == null ? null : RoleCodes.country(e.source().code());
            String tc = e.target() == null ? null : RoleCodes.country(e.target().code());
            if (told(e) && violence(e) && sc != null && tc != null && !sc.equals(group.country())
                    && !UNKNOWN_HANDS.equals(e.source().mention().role())) {
                struckByOthers.add(tc);
            }
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Participant src = e.source();
            if (src == null || !told(e) || !violence(e) || !UNKNOWN_HANDS.equals(src.mention().role())
                    || unknownInText(src.mention())
                    || src.mention().actor() == null || !src.mention().actor().id().equals(group.country())
                    // "One PKK member was also killed in the shootout": the group is not its own killer.
                    || e.target() != null && e.target().mention().actor() != null
                        && e.target().mention().actor().id().equals(group.id())
                    // "five terrorists were killed as security forces thwarted an attack": fighters
                    // coded as the group's own kind are its men, not its victims.
                    || e.target() != null && e.target().code().equals(group.codeAt(e.when().date()))
                    || e.target() != null && struckByOthers.contains(RoleCodes.country(e.target().code()))) {
                out.add(e);
                continue;
            }
            int trigger = e.evidence().triggerToken();
            ActorMention m = new ActorMention(e.evidence().sentenceIndex(), trigger, trigger + 1, trigger, group, null,
                    ActorMention.Form.REFERENCE, group.name() + " (the attacker this document names)",
                    "source: the document's named attacker");
            out.add(EventCoder.withSource(e, Participant.of(m, e.when().date())));
        }
        // "a suicide bomber and gunmen attacked the beach" in a report on al-Shabaab: the attack the
        // sentence already gives the group's code is not told a second time.
        return WarTargets.withoutRepeats(events, out);
    }

    /**
     * Whether the text itself says nobody knows the attackers ("when unidentified assailants
     * opened fire"): the report withholds the author, and a group it names elsewhere is not given.
     */
    private static boolean unknownInText(ActorMention m) {
        if (m.form() == ActorMention.Form.REFERENCE) {
            return false;
        }
        String t = m.text().toLowerCase(Locale.ROOT);
        return t.contains("unidentified") || t.contains("unknown") || t.contains("unnamed");
    }

    private static final Set<String> NOBODY = Set.of("no", "none", "nobody", "not", "n't");
    private static final int CLAIM_REACH = 5;

    /**
     * Whether a sentence says that nobody claimed an attack: "No group has claimed responsibility",
     * "no one claimed responsibility", "there was no immediate claim of responsibility".
     */
    static boolean unclaimed(Sentence s) {
        boolean responsibility = s.tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase("responsibility"));
        if (!responsibility) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            if (!s.token(i).lemma().equalsIgnoreCase("claim")) {
                continue;
            }
            for (int k = Math.max(0, i - CLAIM_REACH); k < i; k++) {
                if (NOBODY.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds a participant's actor when it is an armed group out of power (insurgents, rebels, separatists, militants). */
    private static void add(Map<String, Actor> groups, Participant p) {
        Actor a = p.mention().actor();
        if (a == null || a.kind() != ActorKind.GROUP || a.country() == null || !armed(p.code())) {
            return;
        }
        groups.putIfAbsent(a.id(), a);
    }

    private static boolean armed(@Nullable String code) {
        if (code == null || code.length() < 6) {
            return false;
        }
        String role = code.startsWith("IMG") ? "IMG" : code.substring(3, 6);
        return role.equals("INS") || role.equals("REB") || role.equals("SPP") || role.equals("IMG");
    }

    private static boolean told(Event e) {
        return e.mode() == Mode.ASSERTED || e.mode() == Mode.REPORTED;
    }

    /** Whether an event is violence: CAMEO 18 to 20. */
    private static boolean violence(Event e) {
        int root = CameoCode.rootNumber(e.code().code());
        return root >= 18 && root <= 20;
    }
}
