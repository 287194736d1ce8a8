package org.dyad.core.dict.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dict.Line;
import org.dyad.core.dict.Problems;

/**
 * Reads a PETRARCH agent dictionary: role words with the code they add to an actor,
 * {@code PHRASE {PLURALS} [~CODE]}. A {@code ~} before the code appends it to the actor's code
 * ({@code ~GOV}: "Arnor officials" → ARNGOV); after it, the code is a prefix ({@code NGO~}).
 * Regular plurals of the last word are formed unless {@code {…}} gives the plurals, or none
 * with {@code {}}. Substitution sets {@code !NAME! = A, B, C} expand a marker in later phrases
 * into each of their items, without further plurals.
 */
final class AgentFile {

    /** One role phrase (all its forms) and its code. */
    record Agent(List<List<String>> forms, String code, boolean prefix, Line line) {}

    private AgentFile() {}

    static List<Agent> read(List<Line> lines, Problems problems) {
        Map<String, List<String>> substitutions = new HashMap<>();
        List<Agent> out = new ArrayList<>();
        for (Line l : lines) {
            String t = l.text();
            if (t.startsWith("!") && t.contains("=")) {
                String marker = t.substring(0, t.indexOf('=')).strip().toUpperCase(Locale.ROOT);
                List<String> items = new ArrayList<>();
                for (String s : t.substring(t.indexOf('=') + 1).split(",")) {
                    if (!s.isBlank()) {
                        items.add(s.strip());
                    }
                }
                if (!marker.matches("![A-Z0-9_]+!") || items.isEmpty()) {
                    problems.warn(l, "a substitution set is '!NAME! = A, B, C'");
                } else {
                    substitutions.put(marker, items);
                }
                continue;
            }
            int open = t.indexOf('[');
            int close = t.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                problems.warn(l, "an agent is 'PHRASE {PLURALS} [~CODE]'");
                continue;
            }
            String code = t.substring(open + 1, close).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            boolean prefix;
            if (code.startsWith("~")) {
                prefix = false;
                code = code.substring(1);
            } else if (code.endsWith("~")) {
                prefix = true;
                code = code.substring(0, code.length() - 1);
            } else {
                problems.warn(l, "an agent code has '~' before it (suffix) or after it (prefix): '" + code + "'");
                continue;
            }
            if (!code.matches("[A-Z0-9]{2,}")) {
                problems.warn(l, "'" + code + "' is not an agent code");
                continue;
            }
            String head = t.substring(0, open);
            String plurals = null;
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int end = head.indexOf('}', brace);
                if (end < 0) {
                    problems.warn(l, "'{' without '}'");
                    continue;
                }
                plurals = head.substring(brace + 1, end);
                head = head.substring(0, brace);
            }
            head = head.strip();
            if (head.isEmpty()) {
                problems.warn(l, "an agent needs a phrase before its code");
                continue;
            }
            Set<List<String>> forms = new LinkedHashSet<>();
            boolean substituted = head.contains("!");
            for (String phrase : substitute(head, substitutions, l, problems)) {
                List<String> words = words(phrase);
                if (words.isEmpty()) {
                    continue;
                }
                forms.add(words);
                if (plurals == null && !substituted) {
                    String last = words.get(words.size() - 1);
                    for (String p : VerbForms.plurals(last)) {
                        List<String> pl = new ArrayList<>(words.subList(0, words.size() - 1));
                        pl.add(p);
                        forms.add(pl);
                    }
                }
            }
            if (plurals != null) {
                for (String p : plurals.strip().split("\\s+")) {
                    List<String> words = words(p);
                    if (!words.isEmpty()) {
                        forms.add(words);
                    }
                }
            }
            if (forms.isEmpty()) {
                problems.warn(l, "no words in agent phrase '" + head + "'");
                continue;
            }
            out.add(new Agent(List.copyOf(forms), code, prefix, l));
        }
        return out;
    }

    private static List<String> substitute(String phrase, Map<String, List<String>> subs, Line l, Problems problems) {
        int a = phrase.indexOf('!');
        if (a < 0) {
            return List.of(phrase);
        }
        int b = phrase.indexOf('!', a + 1);
        if (b < 0) {
            problems.warn(l, "unclosed substitution marker in '" + phrase + "'");
            return List.of();
        }
        String marker = phrase.substring(a, b + 1).toUpperCase(Locale.ROOT);
        List<String> items = subs.get(marker);
        if (items == null) {
            problems.warn(l, "unknown substitution marker " + marker);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            out.addAll(substitute(phrase.substring(0, a) + item + phrase.substring(b + 1), subs, l, problems));
        }
        return out;
    }

    /** Lower-case words of a phrase; role words match in any case. */
    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : ActorFile.phraseWords(phrase)) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
