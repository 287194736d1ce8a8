package org.dyad.core.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dict.NameEntry;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorMention;
import org.jspecify.annotations.Nullable;

/**
 * The country a document is about, which decides local names: bare "Congress" in a story from
 * Lima is Peru's. Every dictionary name in the document counts for its actor's country
 * (countries, their capitals and adjectives, people, parties, institutions); the dateline
 * counts {@value #DATELINE_WEIGHT} times. The country counted most wins; a tie names none.
 */
final class DocumentCountry {
    static final int DATELINE_WEIGHT = 3;

    private DocumentCountry() {}

    /** An actor's kind and id: ids are unique only within a kind ("RSF" is a group and an NGO). */
    static String key(Actor a) {
        return a.kind() + ":" + a.id();
    }

    /**
     * The keys of the actors the document names by words no local name could read otherwise:
     * "the Free Syrian Army" makes a later bare "FSA" the army's.
     */
    static Set<String> named(List<List<PhraseMatcher.Found>> found) {
        Set<String> out = new HashSet<>();
        for (List<PhraseMatcher.Found> sentence : found) {
            for (PhraseMatcher.Found f : sentence) {
                Actor a = f.entry().actor();
                if (a != null && !f.contested() && f.entry().use() != NameEntry.Use.BLOCK) {
                    out.add(key(a));
                }
            }
        }
        return out;
    }

    /**
     * The country counted most, or null on a tie or when nothing counts. Phrases that a local
     * name could read otherwise (the "Congress" in question) do not count.
     */
    static @Nullable String of(List<List<PhraseMatcher.Found>> found, @Nullable ActorMention dateline) {
        Map<String, Integer> count = counts(found, dateline);
        String best = null;
        int top = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Every country the document names, counted most first (ties in code order). */
    static List<String> ranked(List<List<PhraseMatcher.Found>> found, @Nullable ActorMention dateline) {
        Map<String, Integer> count = counts(found, dateline);
        List<String> out = new java.util.ArrayList<>(count.keySet());
        out.sort(java.util.Comparator.comparing((String c) -> -count.get(c)).thenComparing(c -> c));
        return out;
    }

    private static Map<String, Integer> counts(List<List<PhraseMatcher.Found>> found, @Nullable ActorMention dateline) {
        Map<String, Integer> count = new HashMap<>();
        for (List<PhraseMatcher.Found> sentence : found) {
            for (PhraseMatcher.Found f : sentence) {
                Actor a = f.entry().actor();
                if (a == null || a.country() == null || f.contested() || f.entry().use() == NameEntry.Use.BLOCK) {
                    continue;
                }
                count.merge(a.country(), 1, Integer::sum);
            }
        }
        if (dateline != null && dateline.actor() != null && dateline.actor().country() != null) {
            count.merge(dateline.actor().country(), DATELINE_WEIGHT, Integer::sum);
        }
        return count;
    }
}
