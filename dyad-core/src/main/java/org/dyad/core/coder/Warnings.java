package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.jspecify.annotations.Nullable;

/**
 * Warnings that threaten no one: a warning of what others the sentence names will do ("warned
 * against attacks by Kurdish militants"), a state warning its own people of a danger, and advice to
 * one's own state's organs ("warned against any precipitate moves to withdraw British troops").
 */
final class Warnings {
    private Warnings() {}

    /** Verbs that warn of a danger as well as threaten. */
    static final Set<String> WARNING = Set.of("warn", "caution", "alert");

    /**
     * Whether what the warning is of or against ("of attacks", "against raids") is done by someone
     * the sentence names ("by Kurdish militants", on the noun or, misparsed, on the verb) who is
     * not the warner's side.
     */
    static boolean warnsOfOthers(SentenceView v, Candidate c) {
        List<Integer> doers = new ArrayList<>(v.prepChildren(c.trigger, Set.of("by")));
        for (int n : v.prepChildren(c.trigger, Set.of("of", "against", "about"))) {
            doers.addAll(v.prepChildren(n, Set.of("by")));
        }
        List<ActorMention> agents = new ArrayList<>();
        for (int d : doers) {
            agents.addAll(v.actorsAt(d));
        }
        return !agents.isEmpty() && !c.sources.isEmpty() && !Sides.sameActors(agents, c.sources, v.date);
    }

    /**
     * Whether every target is the people of one country ("Britons", "civilians"), and every source
     * is of that country or a role of no country yet (which domestic roles give the country it faces).
     */
    static boolean warnsOwnPeople(Candidate c, java.time.@Nullable LocalDate date) {
        if (c.sources.isEmpty() || c.targets.isEmpty()) {
            return false;
        }
        String country = null;
        for (ActorMention t : c.targets) {
            String code = t.codeAt(date);
            String k = RoleCodes.country(code);
            boolean people = k != null && (t.form() == ActorMention.Form.PEOPLE && code.equals(k) || code.equals(k + "CVL"));
            if (!people || country != null && !country.equals(k)) {
                return false;
            }
            country = k;
        }
        for (ActorMention m : c.sources) {
            String code = m.codeAt(date);
            if (code.length() < 3 || !(code.startsWith("---") || code.startsWith(country))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb has an "against" phrase: "warned against drawing a line under talks". */
    static boolean warnsAgainst(SentenceView v, int verb) {
        for (org.dyad.core.model.Edge e : v.basic.children(verb)) {
            if (e.relation().startsWith("obl") && "against".equals(v.prepOf(e.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every target of a warning is an organ of the state of every source: "Beckett warned
     * against any precipitate moves to withdraw British troops from Iraq" advises; it threatens no one.
     */
    static boolean warnsOwnState(Candidate c, java.time.@Nullable LocalDate date) {
        if (c.sources.isEmpty() || c.targets.isEmpty()) {
            return false;
        }
        for (ActorMention t : c.targets) {
            String code = t.codeAt(date);
            if (!RoleCodes.roleIn(code, RoleCodes.STATE_ORGANS)
                    || c.sources.stream().anyMatch(m -> !RoleCodes.roleIn(m.codeAt(date), RoleCodes.STATE_ORGANS)
                    || !RoleCodes.sameCountry(m.codeAt(date), code))) {
                return false;
            }
        }
        return true;
    }
}
