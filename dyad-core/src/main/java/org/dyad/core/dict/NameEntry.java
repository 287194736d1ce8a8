package org.dyad.core.dict;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.Actor;
import org.dyad.core.text.Fold;
import org.jspecify.annotations.Nullable;

/**
 * One surface form in the actor dictionary.
 *
 * @param actor the actor named, or null for a role word or modifier
 * @param use how the words name the actor
 * @param role the role code a role word or modifier adds ("MIL", "ELI"), or null
 * @param words the words as written in the dictionary, with diacritics folded, case kept
 * @param rule {@code file:line}
 */
public record NameEntry(@Nullable Actor actor, Use use, @Nullable String role, List<String> words, String rule) {

    /** How a surface form is used. */
    public enum Use {
        NAME,
        ADJECTIVE,
        PEOPLE,
        CAPITAL,
        SEAT,
        ROLE,
        MODIFIER,
        /** Words that are not an actor, though they contain a name. */
        BLOCK
    }

    /**
     * The entry as written and, when it starts with "the" and has more words, without it: "the
     * Kremlin" is also found as "Kremlin".
     */
    public List<NameEntry> forms() {
        List<NameEntry> out = new ArrayList<>(2);
        out.add(new NameEntry(actor, use, role, List.copyOf(words), rule));
        if (words.size() > 1 && words.get(0).equals("the")) {
            out.add(new NameEntry(actor, use, role, List.copyOf(words.subList(1, words.size())), rule));
        }
        return out;
    }

    /** The folded words the phrase trie matches on. */
    public List<String> keys() {
        return Fold.keys(words);
    }

    /** Order of preference when one phrase has several entries. */
    public int priority() {
        if (actor == null) {
            return use == Use.BLOCK ? 9 : use == Use.ROLE ? 6 : 7;
        }
        switch (actor.kind()) {
            case PERSON: return 0;
            case GROUP: return 1;
            case ORG: return 2;
            case IGO:
            case NGO: return 3;
            case COUNTRY: return use == Use.CAPITAL ? 5 : 4;
            default: return 8;
        }
    }
}
