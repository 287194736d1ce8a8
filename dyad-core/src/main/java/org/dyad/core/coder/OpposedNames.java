package org.dyad.core.coder;

import java.util.List;
import java.util.Locale;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.NameEntry;
import org.dyad.core.dict.PhraseTrie;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.text.Fold;
import org.jspecify.annotations.Nullable;

/**
 * The actor an "anti-" word names, which a protest is aimed at: "anti-Israel protests",
 * "anti-Netanyahu demonstrations", "anti-US protesters". The tokenizer keeps such a word whole,
 * so the actor stage never sees the name; the dictionaries are asked for it here. Lower-case
 * halves ("anti-government", "anti-terror") are words of their own and name no one.
 */
final class OpposedNames {
    private final ActorDictionary actors;

    OpposedNames(ActorDictionary actors) {
        this.actors = actors;
    }

    /**
     * The actor of an "anti-" word that modifies the act's trigger, its object, or one of its
     * sources ("anti-US protesters"); null when there is none.
     */
    @Nullable ActorMention against(SentenceView v, Candidate c) {
        for (int i = 0; i < v.s.size(); i++) {
            Edge up = v.basic.head(i);
            if (up == null || !(up.relation().equals("amod") || up.relation().equals("compound"))) {
                continue;
            }
            int noun = up.governor();
            Edge nounUp = v.basic.head(noun);
            boolean ofAct = noun == c.trigger || nounUp != null && nounUp.governor() == c.trigger
                    && nounUp.relation().equals("obj")
                    || c.sources.stream().anyMatch(m -> m.head() == noun);
            ActorMention m = ofAct ? named(v, i) : null;
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The actor that the name after "anti-" in word {@code i} stands for on the sentence's date, or null. */
    private @Nullable ActorMention named(SentenceView v, int i) {
        String w = v.s.token(i).word();
        if (!w.toLowerCase(Locale.ROOT).startsWith("anti-") || w.length() < 7) {
            return null;
        }
        String name = w.substring(5);
        if (!Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        List<String> words = List.of(name);
        PhraseTrie.Match<NameEntry> found = actors.trie().longest(List.of(Fold.key(name)), 0,
                (e, st, en) -> e.actor() != null && !e.scope().local() && e.scope().holdsOn(v.date)
                        && ActorDictionary.caseMatches(e, words, st));
        if (found == null) {
            return null;
        }
        NameEntry e = found.values().get(0);
        return new ActorMention(v.s.index(), i, i + 1, i, e.actor(), e.role(), ActorMention.Form.NAME, name,
                "anti-: '" + name + "' (" + e.rule() + ")");
    }
}
