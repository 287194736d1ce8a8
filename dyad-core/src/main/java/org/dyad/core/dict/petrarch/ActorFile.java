package org.dyad.core.dict.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.dyad.core.dict.Line;
import org.dyad.core.dict.Problems;
import org.dyad.core.model.CodeSpan;
import org.jspecify.annotations.Nullable;

/**
 * Reads a PETRARCH actor dictionary: a primary phrase with an optional default code
 * ({@code UNITED_STATES [USA]}), synonyms on lines starting with {@code +}, and date
 * restrictions on indented lines: {@code [HOBCIV <20080120]} (until that day),
 * {@code [HOBELI >20130119]} (from that day), {@code [HOBGOV 20121109-20130119]} (between),
 * {@code [AFGELI]} (a default). Bounds include their day. Dates are {@code YYYYMMDD} or
 * {@code YYMMDD}; a two-digit year below 30 is in the 2000s, others in the 1900s. The first
 * restriction that holds on a date wins, in file order; the default applies when none does.
 */
final class ActorFile {
    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]");
    private static final java.util.regex.Pattern ACTOR_CODE = java.util.regex.Pattern.compile("[A-Z0-9]{2,}|---[A-Z0-9]*");

    /** One phrase that names an entry. */
    record Name(List<String> words, Line line) {}

    /** One actor entry: its names and codes, in file order. */
    static final class Entry {
        final Line line;
        final List<Name> names = new ArrayList<>();
        final List<CodeSpan> codes = new ArrayList<>();
        /** True when the entry names something that is not an actor ({@code [---]}). */
        boolean blocked;

        Entry(Line line) {
            this.line = line;
        }

        String display() {
            return names.isEmpty() ? "?" : String.join(" ", names.get(0).words());
        }
    }

    private ActorFile() {}

    static List<Entry> read(List<Line> lines, Problems problems) {
        List<Entry> out = new ArrayList<>();
        Entry cur = null;
        for (Line l : lines) {
            String t = l.text();
            if (t.startsWith("[")) {
                if (cur == null) {
                    problems.warn(l, "a code line belongs under an actor's phrase");
                    continue;
                }
                codes(t, l, cur, problems);
                continue;
            }
            boolean synonym = t.startsWith("+");
            if (synonym && cur == null) {
                problems.warn(l, "a synonym ('+PHRASE') belongs under an actor's phrase");
                continue;
            }
            String phrase = synonym ? t.substring(1) : t;
            int bracket = phrase.indexOf('[');
            String codePart = bracket >= 0 ? phrase.substring(bracket) : "";
            phrase = (bracket >= 0 ? phrase.substring(0, bracket) : phrase).strip();
            if (!synonym) {
                cur = new Entry(l);
                out.add(cur);
            }
            List<String> words = phraseWords(phrase);
            if (words.isEmpty()) {
                problems.warn(l, "no words in actor phrase '" + phrase + "'");
            } else {
                cur.names.add(new Name(words, l));
            }
            if (!codePart.isEmpty()) {
                codes(codePart, l, cur, problems);
            }
        }
        // A phrase with no code directly above another entry is one more name of that entry:
        // "IVO_JOSIPOVIC_" / "PRESIDENT_JOSIPOVIC_" / "JOSIPOVIC_ [HRVGOV ...]".
        for (int i = out.size() - 2; i >= 0; i--) {
            Entry e = out.get(i);
            Entry next = out.get(i + 1);
            if (e.codes.isEmpty() && !e.blocked && !e.names.isEmpty() && !next.codes.isEmpty()
                    && next.names.get(0).line().number() - e.names.get(e.names.size() - 1).line().number() == 1) {
                next.names.addAll(0, e.names);
                out.remove(i);
            }
        }
        return out;
    }

    /** The words of a phrase written with blanks or underscores; a trailing '_' (no stemming) is dropped. */
    static List<String> phraseWords(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.split("[\\s_]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static void codes(String text, Line l, Entry e, Problems problems) {
        Matcher m = BRACKET.matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            CodeSpan c = code(m.group(1), l, problems);
            if (c == null) {
                continue;
            }
            if (c.code().equals("---") && !c.dated()) {
                e.blocked = true;
                continue;
            }
            e.codes.add(c);
        }
        if (!any) {
            problems.warn(l, "expected a code in brackets: '[CODE]' or '[CODE DATE-DATE]'");
        }
    }

    private static @Nullable CodeSpan code(String inside, Line l, Problems problems) {
        String s = inside.strip();
        if (s.isEmpty()) {
            problems.warn(l, "empty code '[]'");
            return null;
        }
        String[] p = s.split("\\s+", 2);
        String code = p[0].toUpperCase(Locale.ROOT);
        if (code.contains("/")) {
            String first = code.substring(0, code.indexOf('/'));
            problems.warn(l, "'" + code + "' names several actors at once; Dyad codes it as the first, " + first);
            code = first;
        }
        if (!ACTOR_CODE.matcher(code).matches()) {
            problems.warn(l, "'" + p[0] + "' is not an actor code");
            return null;
        }
        String restriction = p.length > 1 ? p[1].replaceAll("\\s+", "") : "";
        if (restriction.isEmpty()) {
            return new CodeSpan(code, null, null, "");
        }
        try {
            if (restriction.startsWith("<")) {
                return new CodeSpan(code, null, date(restriction.substring(1)), "");
            }
            if (restriction.startsWith(">")) {
                return new CodeSpan(code, date(restriction.substring(1)), null, "");
            }
            int dash = restriction.indexOf('-');
            if (dash > 0) {
                LocalDate from = date(restriction.substring(0, dash));
                LocalDate to = date(restriction.substring(dash + 1));
                if (to.isBefore(from)) {
                    problems.warn(l, "date range ends before it begins: " + restriction);
                    return null;
                }
                return new CodeSpan(code, from, to, "");
            }
        } catch (IllegalArgumentException e) {
            problems.warn(l, e.getMessage());
            return null;
        }
        problems.warn(l, "a date restriction is '<DATE', '>DATE' or 'DATE-DATE', not '" + p[1].strip() + "'");
        return null;
    }

    /** {@code YYYYMMDD} or {@code YYMMDD}. */
    static LocalDate date(String s) {
        try {
            if (s.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6, 8)));
            }
            if (s.matches("\\d{6}")) {
                int yy = Integer.parseInt(s.substring(0, 2));
                return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)),
                        Integer.parseInt(s.substring(4, 6)));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: '" + s + "'");
        }
        throw new IllegalArgumentException("a date is YYYYMMDD or YYMMDD, not '" + s + "'");
    }
}
