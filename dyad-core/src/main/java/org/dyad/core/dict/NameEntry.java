package org.dyad.core.dict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.Actor;
import org.dyad.core.model.DateRanges;
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
 * @param scope when and where the words name the actor
 */
public record NameEntry(@Nullable Actor actor, Use use, @Nullable String role, List<String> words, String rule,
        Scope scope) {

    /** An entry that names its actor at all times and in every document. */
    public NameEntry(@Nullable Actor actor, Use use, @Nullable String role, List<String> words, String rule) {
        this(actor, use, role, words, rule, Scope.ALWAYS);
    }

    /**
     * When and where a form names its actor: between two dates ("Juba" is South Sudan's capital
     * from 2011-07-09), and, for a local name, only in a document about the actor's country
     * (bare "Congress" in a story from Lima is Peru's).
     *
     * @param from first day, or null for "always before"
     * @param to last day, or null for "still"
     * @param local whether the form names the actor only in a document about its country
     */
    public record Scope(@Nullable LocalDate from, @Nullable LocalDate to, boolean local) {
        public static final Scope ALWAYS = new Scope(null, null, false);

        /** Whether the form holds on a date; on no date, only forms that still hold do. */
        public boolean holdsOn(@Nullable LocalDate date) {
            if (date == null) {
                return to == null;
            }
            return DateRanges.covers(from, to, date);
        }

        /** Whether two scopes share a day. */
        public boolean overlaps(Scope o) {
            return DateRanges.overlap(from, to, o.from, o.to);
        }
    }

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
        out.add(new NameEntry(actor, use, role, List.copyOf(words), rule, scope));
        if (words.size() > 1 && words.get(0).equals("the")) {
            out.add(new NameEntry(actor, use, role, List.copyOf(words.subList(1, words.size())), rule, scope));
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
