package org.dyad.core.model;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns for those who stand beside an actor without being it: "Israel's militia ally",
 * "Iran's proxies", "Russia's partners". Their owner names whom they are allied with, not who
 * they are, so an owner never gives them its code.
 */
public final class Allies {
    private Allies() {}

    private static final Set<String> NOUNS = Set.of("ally", "allies", "proxy", "proxies", "partner", "partners",
            "client", "clients", "surrogate", "surrogates", "backer", "backers", "patron", "patrons", "sponsor",
            "sponsors", "rival", "rivals", "enemy", "enemies", "foe", "foes", "adversary", "adversaries", "opponent",
            "opponents", "neighbour", "neighbours", "neighbor", "neighbors", "friend", "friends");

    /** Whether the word (any case) is such a noun. */
    public static boolean noun(String word) {
        return NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }
}
