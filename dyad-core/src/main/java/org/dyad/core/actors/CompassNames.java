// Copyright (C) the Dyad contributors. Licensed GPL-3.0-or-later.
package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dyad.core.dict.NameEntry;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.Sentence;

/**
 * "The North" and "the South" for a divided country the document has named in full: after "North
 * Korea may stage a second test", "The North staged its first nuclear test" is North Korea, and
 * after "South Korea's new defence minister", "the South" is South Korea. Only a capitalised
 * "North" or "South" after "the" that begins no longer name ("the North Atlantic", "the South
 * China Sea") is read so.
 */
final class CompassNames {

    private CompassNames() {
    }

    /**
     * Adds to {@code named} the countries this sentence names whose name begins with "North" or
     * "South", and returns the sentence's phrases with "the North" and "the South" read as the
     * document's countries of that name.
     */
    static List<PhraseMatcher.Found> apply(Sentence s, List<PhraseMatcher.Found> found, Map<String, NameEntry> named) {
        for (PhraseMatcher.Found f : found) {
            String first = s.token(f.start()).word();
            if (f.end() - f.start() >= 2 && (first.equals("North") || first.equals("South"))
                    && f.entry().use() == NameEntry.Use.NAME && f.entry().actor() != null
                    && f.entry().actor().kind() == ActorKind.COUNTRY) {
                named.putIfAbsent(first, f.entry());
            }
        }
        if (named.isEmpty()) {
            return found;
        }
        List<PhraseMatcher.Found> out = null;
        for (int k = 1; k < s.size(); k++) {
            NameEntry e = named.get(s.token(k).word());
            if (e == null || !s.token(k - 1).word().equalsIgnoreCase("the") || PhraseMatcher.covered(found, k)
                    || k + 1 < s.size() && s.token(k + 1).pos().startsWith("NNP")) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.add(new PhraseMatcher.Found(k, k + 1, e, List.of(e)));
        }
        if (out == null) {
            return found;
        }
        out.sort(Comparator.comparingInt(PhraseMatcher.Found::start));
        return out;
    }
}
