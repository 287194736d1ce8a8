// Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dyad.core.dict.NameEntry;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.Sentence;

/**
 * Acronyms that a document defines for an actor or a title the dictionaries know: "a senior
 * official of the Communist Party of China (CPC) said … the CPC delegation", "the International
 * Commission of Jurists (ICJ) … The ICJ also called on …", "Chief of Army Staff (COAS) … the
 * COAS". From the definition on, the acronym is that actor in the document, whatever the
 * dictionaries read it as elsewhere (CPC is left out of them, ICJ is the court). The parenthesised acronym itself is left as the dictionaries found it, or read as the
 * named actor when they read it as another.
 */
final class DefinedAcronyms {

    private DefinedAcronyms() {
    }

    /**
     * Adds to {@code defined} the acronyms this sentence defines, and returns the sentence's phrases
     * with the document's acronyms read as their actors (those defined here included).
     */
    static List<PhraseMatcher.Found> apply(Sentence s, List<PhraseMatcher.Found> found, Map<String, NameEntry> defined) {
        List<Integer> definitions = new ArrayList<>();
        for (PhraseMatcher.Found f : found) {
            int acr = acronymAfter(s, f.end());
            // "Chief of Army Staff (COAS) … the COAS": a title defines its acronym as well as a name does.
            boolean named = f.entry().use() == NameEntry.Use.NAME && f.entry().actor() != null
                    || f.entry().use() == NameEntry.Use.ROLE && f.entry().role() != null;
            if (acr >= 0 && named && f.end() - f.start() >= 2 && initialsFit(s, f, s.token(acr).word())) {
                defined.put(s.token(acr).word(), f.entry());
                definitions.add(acr);
            }
        }
        if (defined.isEmpty()) {
            return found;
        }
        List<PhraseMatcher.Found> out = new ArrayList<>(found.size());
        for (PhraseMatcher.Found f : found) {
            NameEntry e = f.end() - f.start() == 1 ? defined.get(s.token(f.start()).word()) : null;
            // "ICJ", which the dictionaries read as the court, is the document's jurists.
            out.add(e == null || e.actor() == f.entry().actor() ? f : new PhraseMatcher.Found(f.start(), f.end(), e, List.of(e)));
        }
        addUncovered(s, out, defined, definitions);
        return out;
    }

    /**
     * Adds to {@code out}, in order, the words that {@code acronyms} reads and that no phrase of
     * {@code out} covers, but for the tokens in {@code skip} (an acronym's own definition).
     */
    private static void addUncovered(Sentence s, List<PhraseMatcher.Found> out, Map<String, NameEntry> acronyms,
            List<Integer> skip) {
        for (int k = 0; k < s.size(); k++) {
            NameEntry e = acronyms.get(s.token(k).word());
            if (e != null && !skip.contains(k) && !PhraseMatcher.covered(out, k)) {
                out.add(new PhraseMatcher.Found(k, k + 1, e, List.of(e)));
            }
        }
        out.sort(Comparator.comparingInt(PhraseMatcher.Found::start));
    }

    /**
     * Acronyms a document uses for a body it named in full before, without brackets: "the
     * International Criminal Court … the ICC judges". A word in capitals that no phrase covers and
     * that spells the initials of the capitalised words of a body's name of three words or more, named
     * earlier in the document ({@code named} keeps them), reads as that body. The dictionaries keep
     * such acronyms out where they are ambiguous ("ICC" is also the cricket council); the document
     * settles it.
     */
    static List<PhraseMatcher.Found> initials(Sentence s, List<PhraseMatcher.Found> found, Map<String, NameEntry> named) {
        List<PhraseMatcher.Found> out = new ArrayList<>(found);
        addUncovered(s, out, named, List.of());
        for (PhraseMatcher.Found f : found) {
            Actor a = f.entry().actor();
            if (f.entry().use() != NameEntry.Use.NAME || a == null || f.end() - f.start() < 3
                    || a.kind() == ActorKind.COUNTRY || a.kind() == ActorKind.PERSON) {
                continue;
            }
            StringBuilder letters = new StringBuilder();
            for (int k = f.start(); k < f.end(); k++) {
                String w = s.token(k).word();
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    letters.append(w.charAt(0));
                }
            }
            if (letters.length() >= 3) {
                named.putIfAbsent(letters.toString(), f.entry());
            }
        }
        return out;
    }

    /** The token of an acronym in brackets right after {@code end}: "( CPC )", or -1. */
    private static int acronymAfter(Sentence s, int end) {
        if (end + 2 >= s.size() || !open(s.token(end).word()) || !close(s.token(end + 2).word())) {
            return -1;
        }
        String w = s.token(end + 1).word();
        return w.matches("[A-Z][A-Z&]{1,7}") ? end + 1 : -1;
    }

    /** Whether a word opens brackets, as the tokenizer writes them. */
    static boolean open(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    /** Whether a word closes brackets, as the tokenizer writes them. */
    static boolean close(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    /**
     * Whether the acronym's letters are initials of the name, in order (small words may be left
     * out): "CPC" for "Communist Party of China", "ICJ" for "International Commission of Jurists".
     */
    private static boolean initialsFit(Sentence s, PhraseMatcher.Found f, String acronym) {
        int a = 0;
        for (int k = f.start(); k < f.end() && a < acronym.length(); k++) {
            String w = s.token(k).word();
            if (!w.isEmpty() && Character.toUpperCase(w.charAt(0)) == acronym.charAt(a)) {
                a++;
            }
        }
        return a == acronym.length();
    }
}
