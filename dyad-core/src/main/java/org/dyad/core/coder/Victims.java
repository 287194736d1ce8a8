package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorMention;
import org.dyad.core.parse.Graph;

/**
 * The country of people a participle clause counts as killed or wounded: they are on the side of
 * the main act's target (docs/actors.md, "Role words without a country", rule 6).
 */
final class Victims {
    private final Dictionaries dict;

    Victims(Dictionaries dict) {
        this.dict = dict;
    }

    /**
     * "… fired rockets at Kampuchean guerrilla camps, killing 40 guerrillas", "attacked a camp for
     * Congolese refugees, killing 156 people": the people a participle clause counts as killed or
     * wounded, named by a role of no country, are on the side of the main act's target; they take
     * its country before any rule that would give them the attacker's.
     */
    void assign(SentenceView v, Candidate c, List<Candidate> cands) {
        int clause = c.trigger;
        org.dyad.core.model.Edge up = v.basic.head(clause);
        while (up != null && Graph.matches(up.relation(), "conj")
                && v.tok(up.governor()).pos().equals("VBG")) {
            // "killing or wounding 40 guerrillas": the second participle is the first one's.
            clause = up.governor();
            up = v.basic.head(clause);
        }
        if (up == null || !v.tok(clause).pos().equals("VBG") || !v.basic.children(clause, "mark").isEmpty()
                || !(up.relation().equals("dep") || Graph.matches(up.relation(), "advcl"))) {
            return;
        }
        String iso = null;
        ActorMention mainTarget = null;
        for (Candidate main : cands) {
            if (main == c || main.trigger != up.governor() && main.head != up.governor()) {
                continue;
            }
            for (ActorMention t : main.targets) {
                if (t.actor() != null && t.actor().country() != null) {
                    iso = t.actor().country();
                    mainTarget = t;
                    break;
                }
            }
            if (iso != null) {
                break;
            }
        }
        Actor country = iso == null ? null : dict.actors().country(iso).orElse(null);
        if (country == null) {
            return;
        }
        int counted = c.targets.isEmpty() ? countedVictims(v, c.trigger) : -1;
        if (c.targets.isEmpty() && counted < 0) {
            counted = countedVictims(v, clause);
        }
        if (counted >= 0) {
            // "fire against guerrilla camps, killing or wounding 50": victims given only as a number are
            // those the main act was aimed at.
            c.targets = new ArrayList<>(List.of(new ActorMention(v.s.index(), counted, counted + 1, counted,
                    mainTarget.actor(), mainTarget.role(), ActorMention.Form.REFERENCE,
                    v.s.token(counted).word() + " (of " + mainTarget.text() + ")", mainTarget.rule() + " + counted victims")));
            c.steps.add("victims counted by number: those the main act was aimed at, " + mainTarget.codeAt(v.date));
            return;
        }
        List<ActorMention> out = new ArrayList<>(c.targets.size());
        for (ActorMention t : c.targets) {
            if (t.actor() == null && t.form() == ActorMention.Form.ROLE && t.role() != null) {
                out.add(t.withActor(country, t.role(), t.form(), " + victims of the main act on " + iso));
                c.steps.add("victims on the side of the main act's target: " + iso + t.role());
            } else {
                out.add(t);
            }
        }
        c.targets = out;
    }

    /** The number that is a participle's only object ("killing 50"), or -1. */
    private static int countedVictims(SentenceView v, int trigger) {
        for (org.dyad.core.model.Edge e : v.basic.children(trigger, "obj")) {
            if (v.tok(e.dependent()).pos().equals("CD") && v.basic.children(e.dependent()).isEmpty()) {
                return e.dependent();
            }
        }
        return -1;
    }
}
