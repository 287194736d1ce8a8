package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;

/**
 * Disapproval of violence: condemning an attack is aimed at whoever made it, not at those it hit
 * ("condemned the attack on a camp for displaced persons").
 */
final class Disapprovals {
    private Disapprovals() {}

    /** Nouns of violence whose victims are not the target of a disapproval of them. */
    private static final Set<String> VIOLENCE = Set.of("attack", "bombing", "killing", "shelling", "massacre",
            "assault", "raid", "strike", "airstrike", "ambush", "assassination", "murder", "violence", "abduction",
            "kidnapping", "execution", "slaughter", "atrocity", "shooting");

    /**
     * "condemned the attack on a camp for displaced persons": a disapproval (110, 111x) of an act of
     * violence is aimed at whoever did it ("Hamas's attack", "the attack by the rebels"), not at its
     * victims; with no author named, it has no target to guess.
     */
    static void condemnedViolence(SentenceView v, Candidate c) {
        if (!(c.code.startsWith("111") || c.code.equals("110")) || c.nominal) {
            return;
        }
        for (int o : v.objects(c.trigger)) {
            if (!VIOLENCE.contains(v.lemma(o).toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<ActorMention> owners = v.ownersOf(o);
            List<ActorMention> victims = new ArrayList<>();
            for (ActorMention m : c.targets) {
                if (!owners.contains(m) && within(v, m.head(), o)) {
                    victims.add(m);
                }
            }
            if (!victims.isEmpty()) {
                c.targets.removeAll(victims);
                c.steps.add("the victims of the violence disapproved of are not its target");
            }
            if (c.targets.isEmpty()) {
                c.targets.addAll(owners);
                c.targetNoActor = owners.isEmpty();
            }
        }
    }

    /** Whether a word lies in the phrase headed by {@code top}. */
    private static boolean within(SentenceView v, int word, int top) {
        int cur = word;
        for (int guard = 0; guard <= v.s.size() && cur >= 0; guard++) {
            if (cur == top) {
                return true;
            }
            Edge up = v.basic.head(cur);
            if (up != null && up.relation().startsWith("acl")) {
                // "an attack on Venezuelan soldiers that he blamed on Colombian paramilitaries": a clause
                // inside the phrase says something else.
                return false;
            }
            cur = up == null ? -1 : up.governor();
        }
        return false;
    }
}
