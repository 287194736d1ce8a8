package org.dyad.core.dict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.text.Fold;
import org.dyad.core.text.Words;

/**
 * Every actor Dyad knows and every phrase that names one, in a trie for matching. Immutable
 * after loading; safe to share between threads.
 */
public final class ActorDictionary {
    private final Map<String, Actor> actors;
    private final PhraseTrie<NameEntry> trie;
    private final Set<String> press;

    ActorDictionary(Map<String, Actor> actors, PhraseTrie<NameEntry> trie, Set<String> press) {
        this.actors = Collections.unmodifiableMap(new LinkedHashMap<>(actors));
        this.trie = trie;
        this.press = Set.copyOf(press);
    }

    /**
     * A dictionary built by other readers (PETRARCH's): actors keyed {@code KIND:ID}, their
     * phrases in a trie keyed by {@link Fold#key} words, and the names of the press (kept from
     * the Dyad dictionaries under them, if any).
     */
    public static ActorDictionary of(Map<String, Actor> actors, PhraseTrie<NameEntry> trie, Set<String> press) {
        return new ActorDictionary(actors, trie, press);
    }

    /**
     * Whether a mention's text is a name of the press ({@code press} blocks: "AFP", "Reuters"), in
     * any case and with or without diacritics.
     */
    public boolean isPress(String text) {
        return press.contains(pressKey(text));
    }

    /** The names of the press, as {@link #pressKey} keys. */
    public Set<String> press() {
        return press;
    }

    /** The key a press name is looked up by: its words, folded, joined by blanks. */
    static String pressKey(String text) {
        return String.join(" ", Fold.keys(Words.of(text)));
    }

    /** The actor with this kind and id. */
    public Optional<Actor> find(ActorKind kind, String id) {
        return Optional.ofNullable(actors.get(kind.name() + ":" + id));
    }

    /** The country with this ISO alpha-3 code. */
    public Optional<Actor> country(String iso3) {
        return find(ActorKind.COUNTRY, iso3);
    }

    public List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    public PhraseTrie<NameEntry> trie() {
        return trie;
    }

    public int phraseCount() {
        return trie.size();
    }

    /**
     * Whether an entry's words may match these text words: lower-case dictionary words match any
     * case; others match exactly, or a text word in capitals (headline style).
     */
    public static boolean caseMatches(NameEntry e, List<String> textWords, int start) {
        List<String> w = e.words();
        for (int k = 0; k < w.size(); k++) {
            String d = w.get(k);
            String t = textWords.get(start + k);
            if (Fold.lowerCase(d)) {
                continue;
            }
            if (d.equals(t)) {
                continue;
            }
            if (!Fold.allCaps(d) && Fold.allCaps(t) && t.length() > 1 && d.equalsIgnoreCase(t)) {
                continue;
            }
            // "The Hague" at the start of a phrase, "the Kremlin" mid-sentence: tolerate the article's case.
            if (d.equalsIgnoreCase("the") && t.equalsIgnoreCase("the")) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** Ids of all actors of a kind, in dictionary order. */
    public List<Actor> ofKind(ActorKind kind) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors.values()) {
            if (a.kind() == kind) {
                out.add(a);
            }
        }
        return out;
    }
}
