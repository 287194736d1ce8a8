package org.dyad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.pipeline.Analysis;

/** Counts named entities that no actor dictionary knows and verbs that no pattern or frame covers. */
final class GapCounter {
    private static final int EXAMPLE = 160;
    private final Dictionaries dict;
    private final Map<String, Gap> entities = new HashMap<>();
    private final Map<String, Gap> verbs = new HashMap<>();

    /** One uncovered item: how often, and one sentence it appeared in. */
    private static final class Gap {
        final String key;
        final String kind;
        int count;
        String example;

        Gap(String key, String kind, String example) {
            this.key = key;
            this.kind = kind;
            this.example = example;
        }
    }

    GapCounter(Dictionaries dict) {
        this.dict = dict;
    }

    synchronized void add(Analysis a) {
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (ActorMention m : a.mentions()) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        for (Sentence s : a.sentences()) {
            String example = s.text().length() > EXAMPLE ? s.text().substring(0, EXAMPLE) + "…" : s.text();
            for (ActorMention m : bySentence.getOrDefault(s.index(), List.of())) {
                // A pronoun that stands for an unknown person ("… released him") is no name to add.
                if (m.form() == ActorMention.Form.UNKNOWN && !s.token(m.head()).isPronoun()) {
                    String kind = s.token(m.head()).ner();
                    count(entities, m.text(), kind, example);
                }
            }
            for (Token t : s.tokens()) {
                if (!t.isVerb()) {
                    continue;
                }
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (isAuxiliary(lemma) || dict.verbs().has(lemma) || dict.frames().verb(lemma).isPresent()) {
                    continue;
                }
                count(verbs, lemma, "verb", example);
            }
        }
    }

    private static boolean isAuxiliary(String lemma) {
        return lemma.equals("be") || lemma.equals("have") || lemma.equals("do") || lemma.equals("will")
                || lemma.equals("would") || lemma.equals("can") || lemma.equals("could") || lemma.equals("may");
    }

    private static void count(Map<String, Gap> m, String key, String kind, String example) {
        m.computeIfAbsent(key, k -> new Gap(k, kind, example)).count++;
    }

    void print(PrintStream out, int top) {
        out.println("Named entities no actor dictionary covers (kind, count, example):");
        list(out, entities, top);
        out.println();
        out.println("Verbs no pattern or frame covers (count, example):");
        list(out, verbs, top);
    }

    private static void list(PrintStream out, Map<String, Gap> m, int top) {
        List<Gap> gaps = new ArrayList<>(m.values());
        gaps.sort((x, y) -> x.count != y.count ? Integer.compare(y.count, x.count) : x.key.compareTo(y.key));
        for (int i = 0; i < Math.min(top, gaps.size()); i++) {
            Gap g = gaps.get(i);
            out.printf(Locale.ROOT, "  %5d  %-30s %-13s %s%n", g.count, g.key, g.kind, g.example);
        }
        if (gaps.isEmpty()) {
            out.println("  (none)");
        }
    }
}
