package org.dyad.core.dict.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.dyad.core.dict.Block;
import org.dyad.core.dict.Line;
import org.dyad.core.dict.Pattern;
import org.dyad.core.dict.Phrase;
import org.dyad.core.dict.Problems;
import org.dyad.core.dict.Slot;
import org.dyad.core.dict.WordSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a PETRARCH verb dictionary and translates it into Dyad verb patterns.
 *
 * <p>The file holds word sets ({@code &NAME} followed by {@code +PHRASE} lines) and verb blocks:
 * a header {@code --- NAME [CODE] ---}, verb lines ({@code VERB {IRREGULAR FORMS} [CODE]}, or
 * {@code +VERB_PARTICLE} for a verb of several words) and pattern lines
 * {@code - WORDS * WORDS [CODE]}. Both pattern styles are read: the linear one of PETRARCH-1,
 * where words, synsets and the markers {@code $} (source), {@code +} (target), {@code %}
 * (compound actor) and {@code ^} (skip) stand before or after the verb {@code *}, and the one
 * of PETRARCH-2, which adds {@code {NOUN PHRASE}} (head last) and {@code (PREPOSITION ...)}.
 *
 * <p>How a pattern maps onto Dyad's model ({@link Pattern}): the verb's lemma is the predicate;
 * a particle right after the verb joins it ({@code *_UP} → {@code round_up}); the words after the
 * verb, up to a preposition, are a {@link Phrase} that must occur in the direct object's noun
 * phrase ({@code object:}), with PETRARCH's {@code _} (at once) and blank (words between) kept;
 * {@code +} or {@code %} there makes the object the target; a preposition with what follows it is
 * a prepositional slot ({@code FROM $} → {@code from SOURCE}, {@code WITH +} → {@code with TARGET},
 * {@code FOR &ECONSANCT} → a {@code for} phrase whose noun phrase has a word of that set, a bare
 * preposition → its phrase is the target). A {@code $} after the verb outside a prepositional
 * phrase is a {@code from} or {@code by} phrase. Words before the verb are a {@code before:}
 * phrase; {@code %} before it is a compound subject acting on itself ({@code MUTUAL}); a code
 * pair {@code [A:B]} keeps both codes. An inflected verb entry ({@code LEFT}) also gives each of
 * its patterns a copy for that word form ({@code form:left}), tried before its lemma's patterns.
 * Each verb without a pattern of its own codes its line's or block's code.
 *
 * <p>What Dyad's model cannot say is left out and counted, never loosened into a different
 * rule: brackets before the verb, null codes {@code [---]}, reverse-only codes {@code [:CODE]},
 * transformations ({@code ~ a (b ...) SAY = ...}), verbs with words before them
 * ({@code WIRE_+TAP}). Inside a parenthesised prepositional phrase Dyad checks the head only;
 * such loosened patterns are tried after the ones Dyad can check in full, and loosened patterns
 * that become indistinguishable but disagree on the code are left out, so that the verb's own
 * code applies. A particle that the parser may read as a preposition ({@code off}, {@code out},
 * {@code down}, {@code up}) gives the pattern a second reading with that preposition.
 */
final class VerbDictionary {
    /** Words that join the verb as a particle when they come first after it. */
    private static final Set<String> PARTICLES = Set.of("up", "down", "off", "out", "back", "away", "aside",
            "apart", "forward", "together");
    private static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against", "along",
            "alongside", "amid", "amidst", "among", "amongst", "around", "as", "at", "before", "behind", "below",
            "beneath", "beside", "besides", "between", "beyond", "by", "despite", "down", "during", "except",
            "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside",
            "over", "past", "per", "since", "through", "throughout", "to", "toward", "towards", "under", "until",
            "unlike", "upon", "via", "with", "within", "without");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "my", "your", "this", "that", "these", "those", "some", "any", "each", "every");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\d{2}[0-9A-Za-z]{0,4}");
    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]");

    /** The translation of one file. */
    record Result(List<Pattern> patterns, List<Block> synsets, Set<String> codes, Map<String, Integer> skipped,
            int verbs, int patternLines) {}

    private enum Kind { WORD, SYNSET, SOURCE, TARGET, COMPOUND, SKIP, VERB, OPEN_PP, CLOSE_PP, OPEN_NP, CLOSE_NP }

    /** A pattern element; {@code joined} when an underscore ties it to the element before it. */
    private record Elem(Kind kind, String text, boolean joined) {
        Elem(Kind kind, String text) {
            this(kind, text, false);
        }
    }

    /** A word set as read: its entries' head words, and the sets it includes. */
    private static final class RawSynset {
        final String name;
        final Line line;
        final Set<String> words = new LinkedHashSet<>();
        /** Entries in full, for matching running words. */
        final Set<List<String>> phrases = new LinkedHashSet<>();
        final List<String> includes = new ArrayList<>();

        RawSynset(String name, Line line) {
            this.name = name;
            this.line = line;
        }
    }

    /**
     * A verb line.
     *
     * @param word the verb as written
     * @param after words of a verb of several words after the verb itself
     * @param code the line's own code, or null
 * @param reverse the line's code for the target's act on the source ({@code [A:B]}), or null
     * @param codeGiven whether the line gives a code (possibly a null one)
     * @param base whether the line lists other forms in braces, so that the word is the base form
     * @param line provenance
     */
    private record Verb(String word, List<Elem> after, @Nullable String code, @Nullable String reverse, boolean codeGiven,
            boolean base, Line line) {}

    private static final class VerbBlock {
        final String name;
        final @Nullable String code;
        final @Nullable String reverse;
        final List<Verb> verbs = new ArrayList<>();
        final List<Line> patterns = new ArrayList<>();

        VerbBlock(String name, @Nullable String code, @Nullable String reverse) {
            this.name = name;
            this.code = code;
            this.reverse = reverse;
        }
    }

    /** A pattern's elements after the verb, translated. */
    private record Shape(@Nullable String particle, @Nullable WordSet object, @Nullable Phrase objectWords,
            boolean objectIsTarget, List<Slot> slots, int loss) {
        /** What Dyad checks of this shape. */
        String key() {
            StringBuilder b = new StringBuilder();
            b.append(particle).append('|').append(object == null ? "" : new java.util.TreeSet<>(object.words()))
                    .append('|').append(objectWords == null ? "" : phraseKey(objectWords))
                    .append('|').append(objectIsTarget);
            for (Slot s : slots) {
                b.append('|').append(new java.util.TreeSet<>(s.preps())).append(s.role())
                        .append(s.words() == null ? "" : new java.util.TreeSet<>(s.words().words()))
                        .append(s.phrase() == null ? "" : phraseKey(s.phrase()));
            }
            return b.toString();
        }
    }

    /** What a phrase checks: its parts' entries and how they are joined. */
    static String phraseKey(Phrase p) {
        StringBuilder b = new StringBuilder();
        for (Phrase.Part part : p.parts()) {
            b.append(part.adjacent() ? '_' : ' ').append(new java.util.TreeSet<>(part.words().phrases().stream()
                    .map(x -> String.join(" ", x)).toList()));
        }
        return b.append(p.endsAdjacent() ? "_" : "").toString();
    }

    private final Problems problems;
    private final Map<String, RawSynset> rawSynsets = new LinkedHashMap<>();
    private final Map<String, WordSet> synsets = new HashMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final Set<String> codes = new LinkedHashSet<>();
    private final Set<String> badCodes = new HashSet<>();

    private VerbDictionary(Problems problems) {
        this.problems = problems;
    }

    static Result read(List<Line> lines, Problems problems) {
        return new VerbDictionary(problems).translate(lines);
    }

    private Result translate(List<Line> lines) {
        List<VerbBlock> blocks = new ArrayList<>();
        RawSynset synset = null;
        VerbBlock block = null;
        int patternLines = 0;
        for (Line l : lines) {
            String t = l.text();
            if (t.startsWith("&")) {
                String name = synsetName(t.substring(1).split("\\s+")[0]);
                if (name.isEmpty()) {
                    problems.warn(l, "a word set needs a name after '&'");
                    continue;
                }
                synset = new RawSynset(name, l);
                rawSynsets.put(name, synset);
                continue;
            }
            if (synset != null && t.startsWith("+")) {
                addSynsetEntry(synset, t.substring(1).strip(), l);
                continue;
            }
            synset = null;
            if (t.startsWith("---")) {
                block = header(t, l);
                blocks.add(block);
                continue;
            }
            if (t.startsWith("~")) {
                count("transformations (~ … = …), which Dyad's frames do instead");
                continue;
            }
            if (t.startsWith("-")) {
                patternLines++;
                if (block == null) {
                    problems.warn(l, "pattern outside any verb block ('--- NAME [CODE] ---')");
                    continue;
                }
                block.patterns.add(l);
                continue;
            }
            Verb v = verb(t, l);
            if (v == null) {
                continue;
            }
            if (block == null) {
                // A verb line with no block header before it opens a block of its own.
                block = new VerbBlock(v.word().toUpperCase(Locale.ROOT), v.code(), v.reverse());
                blocks.add(block);
            }
            block.verbs.add(v);
        }
        resolveSynsets();
        List<Pattern> out = new ArrayList<>();
        int verbs = 0;
        for (VerbBlock b : blocks) {
            List<ParsedPattern> parsed = new ArrayList<>();
            for (Line pl : b.patterns) {
                ParsedPattern p = parsePattern(pl);
                if (p != null) {
                    parsed.add(p);
                }
            }
            for (Verb v : b.verbs) {
                verbs++;
                emit(b, v, parsed, out);
            }
        }
        List<Block> synsetBlocks = new ArrayList<>();
        for (RawSynset s : rawSynsets.values()) {
            WordSet w = synsets.get(s.name);
            if (w != null && !w.words().isEmpty()) {
                synsetBlocks.add(new Block("synset", s.name, s.name, s.line,
                        List.of(new Block.Field("words", String.join(" | ", new java.util.TreeSet<>(w.words())), s.line))));
            }
        }
        return new Result(out, synsetBlocks, codes, skipped, verbs, patternLines);
    }

    private final Set<String> warned = new HashSet<>();
    private final Set<String> countedAmbiguous = new HashSet<>();

    /** Warns once per line and reason: a block's patterns are translated once for each of its verbs. */
    private void warnOnce(Line l, String reason) {
        if (warned.add(l.where() + "|" + reason)) {
            problems.warn(l, reason);
        }
    }

    /** Counts a reason once per line: a block's patterns are translated once for each of its verbs. */
    private void countOnce(Line l, String reason) {
        if (warned.add("count|" + l.where() + "|" + reason)) {
            count(reason);
        }
    }

    private void count(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    private static String synsetName(String raw) {
        String n = raw.strip().toUpperCase(Locale.ROOT);
        while (n.endsWith("_")) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    private void addSynsetEntry(RawSynset s, String entry, Line l) {
        if (entry.isEmpty()) {
            problems.warn(l, "empty word set entry");
            return;
        }
        if (entry.startsWith("&")) {
            s.includes.add(synsetName(entry.substring(1)));
            return;
        }
        boolean noPlural = entry.endsWith("_") || s.line.text().split("\\s+")[0].endsWith("_");
        List<String> words = words(entry);
        if (words.isEmpty()) {
            problems.warn(l, "no words in word set entry '" + entry + "'");
            return;
        }
        String head = words.get(words.size() - 1);
        s.words.add(head);
        s.phrases.add(List.copyOf(words));
        if (!noPlural) {
            for (String plural : VerbForms.plurals(head)) {
                s.words.add(plural);
                List<String> p = new ArrayList<>(words.subList(0, words.size() - 1));
                p.add(plural);
                s.phrases.add(List.copyOf(p));
            }
        }
    }

    /** Expands included sets; a set that includes itself, or an unknown one, is reported. */
    private void resolveSynsets() {
        for (RawSynset s : rawSynsets.values()) {
            Set<String> all = new LinkedHashSet<>();
            Set<List<String>> phrases = new LinkedHashSet<>();
            expand(s, all, phrases, new HashSet<>());
            synsets.put(s.name, new WordSet("&" + s.name, all, phrases));
        }
    }

    private void expand(RawSynset s, Set<String> into, Set<List<String>> phrases, Set<String> visiting) {
        if (!visiting.add(s.name)) {
            problems.warn(s.line, "word set &" + s.name + " includes itself");
            return;
        }
        into.addAll(s.words);
        phrases.addAll(s.phrases);
        for (String inc : s.includes) {
            RawSynset other = rawSynsets.get(inc);
            if (other == null) {
                problems.warn(s.line, "word set &" + s.name + " includes unknown set &" + inc);
            } else {
                expand(other, into, phrases, visiting);
            }
        }
        visiting.remove(s.name);
    }

    /** Lower-case words of a phrase written with blanks or underscores. */
    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.split("[\\s_]+")) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private VerbBlock header(String t, Line l) {
        String inner = t.replaceAll("^-+", "").replaceAll("-+$", "").strip();
        Matcher m = BRACKET.matcher(inner);
        String code = null;
        String reverse = null;
        int nameEnd = inner.length();
        if (m.find()) {
            nameEnd = m.start();
            code = primaryCode(m.group(1), l);
            reverse = code == null ? null : reverseCode(m.group(1), l);
        }
        String name = inner.substring(0, nameEnd).strip();
        return new VerbBlock(name.isEmpty() ? "?" : name, code, reverse);
    }

    /** The code of the target's act on the source in {@code A:B}, or null for none or a null code. */
    private @Nullable String reverseCode(String raw, Line l) {
        int colon = raw.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String b = raw.substring(colon + 1).strip();
        if (b.isEmpty() || b.equals("---")) {
            return null;
        }
        if (!CODE.matcher(b).matches()) {
            if (badCodes.add(l.where())) {
                problems.warn(l, "'" + b + "' is not an event code");
            }
            return null;
        }
        codes.add(b);
        return b;
    }

    /**
     * The code of a source acting on a target in {@code A}, {@code A:B} or {@code :B}, or null for
     * none (a null code, a reverse-only code); a malformed code is reported.
     */
    private @Nullable String primaryCode(String raw, Line l) {
        String s = raw.strip();
        String a = s.contains(":") ? s.substring(0, s.indexOf(':')).strip() : s;
        if (a.isEmpty() && s.contains(":")) {
            count("reverse-only codes [:CODE]");
            return null;
        }
        if (a.equals("---") || a.isEmpty()) {
            return null;
        }
        if (!CODE.matcher(a).matches()) {
            if (badCodes.add(l.where())) {
                problems.warn(l, "'" + a + "' is not an event code");
            }
            return null;
        }
        codes.add(a);
        return a;
    }

    private @Nullable Verb verb(String t, Line l) {
        String spec = t;
        String code = null;
        String reverse = null;
        boolean codeGiven = false;
        Matcher m = BRACKET.matcher(t);
        if (m.find()) {
            codeGiven = true;
            code = primaryCode(m.group(1), l);
            reverse = code == null ? null : reverseCode(m.group(1), l);
            spec = t.substring(0, m.start());
        }
        int brace = spec.indexOf('{');
        boolean base = false;
        if (brace >= 0) {
            int end = spec.indexOf('}', brace);
            if (end < 0) {
                problems.warn(l, "'{' without '}' in a verb line");
                return null;
            }
            base = !spec.substring(brace + 1, end).isBlank();
            spec = spec.substring(0, brace);
        }
        spec = spec.strip();
        if (spec.isEmpty()) {
            problems.warn(l, "a verb line is 'VERB {FORMS} [CODE]'");
            return null;
        }
        List<Elem> elems = elems(spec.replace("+", " + "));
        // The verb is the word after '+', or the first word when there is no '+'.
        int verbAt = -1;
        for (int i = 0; i < elems.size(); i++) {
            if (elems.get(i).kind() == Kind.TARGET) {
                verbAt = i + 1;
                break;
            }
        }
        if (verbAt < 0) {
            verbAt = 0;
        }
        if (verbAt >= elems.size() || elems.get(verbAt).kind() != Kind.WORD) {
            problems.warn(l, "cannot tell the verb in '" + spec + "'");
            return null;
        }
        for (int i = 0; i < verbAt; i++) {
            if (elems.get(i).kind() != Kind.TARGET) {
                count("verbs with words before them (WIRE_+TAP)");
                return null;
            }
        }
        String word = elems.get(verbAt).text();
        if (!word.matches("[a-z][a-z'-]*")) {
            problems.warn(l, "'" + word + "' is not a verb");
            return null;
        }
        return new Verb(word, List.copyOf(elems.subList(verbAt + 1, elems.size())), code, reverse, codeGiven, base, l);
    }

    /** A pattern line split into its parts, before any verb is put in. */
    private record ParsedPattern(Line line, @Nullable String code, @Nullable String reverse, List<Elem> after,
            boolean subjectIsTarget, @Nullable Phrase before, boolean mutual) {}

    private @Nullable ParsedPattern parsePattern(Line l) {
        String t = l.text().substring(1).strip();
        int open = t.lastIndexOf('[');
        int close = t.lastIndexOf(']');
        if (open < 0 || close < open) {
            problems.warn(l, "a pattern ends with its code in brackets: '- WORDS * WORDS [CODE]'");
            return null;
        }
        String code = primaryCode(t.substring(open + 1, close), l);
        if (code == null) {
            if (!t.substring(open + 1, close).strip().startsWith(":")) {
                count("patterns with a null code [---] or no usable code");
            }
            return null;
        }
        String reverse = reverseCode(t.substring(open + 1, close), l);
        List<Elem> elems = elems(t.substring(0, open));
        int star = -1;
        for (int i = 0; i < elems.size(); i++) {
            if (elems.get(i).kind() == Kind.VERB) {
                if (star >= 0) {
                    problems.warn(l, "a pattern has one verb '*'");
                    return null;
                }
                star = i;
            }
        }
        if (star < 0) {
            problems.warn(l, "a pattern needs the verb marker '*'");
            return null;
        }
        boolean subjectIsTarget = false;
        boolean mutual = false;
        List<Phrase.Part> before = new ArrayList<>();
        StringBuilder beforeText = new StringBuilder();
        for (Elem e : elems.subList(0, star)) {
            switch (e.kind()) {
                case SOURCE:
                case SKIP:
                    break;
                case TARGET:
                    subjectIsTarget = true;
                    break;
                case COMPOUND:
                    // A compound subject whose members act on each other: "% * [030:030]".
                    mutual = true;
                    break;
                case WORD:
                case SYNSET: {
                    WordSet w = e.kind() == Kind.WORD ? new WordSet(e.text(), Set.of(e.text())) : synsets.get(e.text());
                    if (w == null) {
                        warnOnce(l, "unknown word set &" + e.text());
                        return null;
                    }
                    boolean adjacent = e.joined() && !before.isEmpty();
                    if (!before.isEmpty()) {
                        beforeText.append(adjacent ? "_" : "..");
                    }
                    beforeText.append(e.kind() == Kind.WORD ? e.text() : "&" + e.text());
                    before.add(new Phrase.Part(w, adjacent));
                    break;
                }
                default:
                    count("patterns with brackets before the verb");
                    return null;
            }
        }
        boolean tied = elems.get(star).joined() && !before.isEmpty();
        Phrase phrase = before.isEmpty() ? null
                : new Phrase(beforeText + (tied ? "_" : ""), before, tied);
        return new ParsedPattern(l, code, reverse, List.copyOf(elems.subList(star + 1, elems.size())), subjectIsTarget,
                phrase, mutual);
    }

    /** Splits pattern text into elements: words joined by '_' are separate words. */
    private static List<Elem> elems(String text) {
        String spaced = text.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ");
        List<Elem> out = new ArrayList<>();
        for (String chunk : spaced.strip().split("\\s+")) {
            int inChunk = 0;
            for (String part : chunk.split("_")) {
                if (part.isEmpty()) {
                    continue;
                }
                int before = out.size();
                switch (part) {
                    case "*":
                    case "**":
                        out.add(new Elem(Kind.VERB, part));
                        break;
                    case "$":
                        out.add(new Elem(Kind.SOURCE, part));
                        break;
                    case "+":
                        out.add(new Elem(Kind.TARGET, part));
                        break;
                    case "%":
                        out.add(new Elem(Kind.COMPOUND, part));
                        break;
                    case "^":
                        out.add(new Elem(Kind.SKIP, part));
                        break;
                    case "(":
                        out.add(new Elem(Kind.OPEN_PP, part));
                        break;
                    case ")":
                        out.add(new Elem(Kind.CLOSE_PP, part));
                        break;
                    case "{":
                        out.add(new Elem(Kind.OPEN_NP, part));
                        break;
                    case "}":
                        out.add(new Elem(Kind.CLOSE_NP, part));
                        break;
                    default:
                        if (part.startsWith("&")) {
                            out.add(new Elem(Kind.SYNSET, synsetName(part.substring(1))));
                        } else {
                            out.add(new Elem(Kind.WORD, part.toLowerCase(Locale.ROOT)));
                        }
                }
                if (inChunk++ > 0 && out.size() > before) {
                    Elem last = out.get(out.size() - 1);
                    out.set(out.size() - 1, new Elem(last.kind(), last.text(), true));
                }
            }
        }
        return out;
    }

    /** A prepositional slot being read. */
    private static final class SlotSpec {
        final Set<String> preps;
        Slot.@Nullable Role role;
        @Nullable WordSet head;
        int words;
        /** {@code ^}: the phrase is there but names no participant and no words; Dyad cannot require it. */
        boolean skipped;

        SlotSpec(Set<String> preps) {
            this.preps = preps;
        }

        /** The words of the phrase one at a time, as written; the phrase is matched in its object's noun phrase. */
        final List<Phrase.Part> parts = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int lastAt = -2;

        void word(WordSet w) {
            head = w;
            words++;
        }

        void word(WordSet w, Elem e, int at) {
            word(w);
            boolean adjacent = e.joined() && lastAt == at - 1 && !parts.isEmpty();
            text.append(parts.isEmpty() ? "" : adjacent ? "_" : "..")
                    .append(e.kind() == Kind.WORD ? e.text() : "&" + e.text());
            parts.add(new Phrase.Part(w, adjacent));
            lastAt = at;
        }

        @Nullable Slot slot() {
            if (role != null || head == null) {
                if (skipped && role == null) {
                    return null;
                }
                return new Slot(preps, role == null ? Slot.Role.TARGET : role, null);
            }
            if (parts.size() == words) {
                return new Slot(preps, null, null, new Phrase(text.toString(), parts, false));
            }
            return new Slot(preps, null, head);
        }

        int loss() {
            if (role == null && head != null && parts.size() == words) {
                return 0;
            }
            return role == null ? Math.max(0, words - 1) : words;
        }
    }

    /**
     * Translates the elements after the verb; null (with the reason counted) when Dyad cannot say
     * it. The shape's loss counts the words Dyad cannot check (modifiers before a head).
     */
    private @Nullable Shape shape(List<Elem> after, boolean subjectIsTarget, Line l) {
        String particle = null;
        int i = 0;
        if (!after.isEmpty() && after.get(0).kind() == Kind.WORD && PARTICLES.contains(after.get(0).text())) {
            particle = after.get(0).text();
            i = 1;
        }
        WordSet object = null;
        int objectWords = 0;
        // The object's words in order, matched in its noun phrase ("* DIPLOMATIC TIES", "* ARTILLERY").
        List<Phrase.Part> objectParts = new ArrayList<>();
        StringBuilder objectText = new StringBuilder();
        int lastObjectPart = -2;
        int loss = 0;
        boolean objectIsTarget = false;
        boolean bareSource = false;
        boolean afterMarker = false;
        boolean skipSeen = false;
        List<SlotSpec> specs = new ArrayList<>();
        SlotSpec open = null;
        while (i < after.size()) {
            Elem e = after.get(i);
            switch (e.kind()) {
                case OPEN_PP: {
                    int end = closing(after, i, Kind.OPEN_PP, Kind.CLOSE_PP);
                    if (end < 0) {
                        warnOnce(l, "'(' without ')'");
                        return null;
                    }
                    open = null;
                    List<Elem> inner = after.subList(i + 1, end);
                    Set<String> preps = inner.isEmpty() ? null : preps(inner.get(0));
                    if (preps != null) {
                        SlotSpec s = new SlotSpec(preps);
                        specs.add(s);
                        headOf(s, inner.subList(1, inner.size()));
                        for (Elem x : inner.subList(1, inner.size())) {
                            fill(s, x);
                        }
                    } else {
                        WordSet h = head(inner);
                        if (h != null && object == null && !afterMarker) {
                            object = h;
                            objectWords += contentWords(inner);
                        }
                    }
                    i = end + 1;
                    continue;
                }
                case OPEN_NP: {
                    int end = closing(after, i, Kind.OPEN_NP, Kind.CLOSE_NP);
                    if (end < 0) {
                        warnOnce(l, "'{' without '}'");
                        return null;
                    }
                    List<Elem> inner = after.subList(i + 1, end);
                    WordSet h = head(inner);
                    if (h != null) {
                        if (open != null) {
                            open.head = h;
                            open.words += contentWords(inner);
                        } else if (!afterMarker) {
                            object = h;
                            objectWords += contentWords(inner);
                            for (Elem x : inner) {
                                if (x.kind() == Kind.SYNSET || x.kind() == Kind.WORD && !DETERMINERS.contains(x.text())
                                        && !PREPOSITIONS.contains(x.text())) {
                                    WordSet xw = x.kind() == Kind.WORD ? new WordSet(x.text(), Set.of(x.text()))
                                            : synsets.get(x.text());
                                    if (xw != null) {
                                        objectText.append(objectParts.isEmpty() ? "" : "..").append(x.text());
                                        objectParts.add(new Phrase.Part(xw, false));
                                    }
                                }
                            }
                        }
                    }
                    i = end + 1;
                    continue;
                }
                case CLOSE_PP:
                case CLOSE_NP:
                    warnOnce(l, "'" + e.text() + "' without its opening bracket");
                    return null;
                case WORD:
                case SYNSET: {
                    Set<String> preps = preps(e);
                    if (preps != null) {
                        open = new SlotSpec(preps);
                        specs.add(open);
                        break;
                    }
                    if (e.kind() == Kind.WORD && DETERMINERS.contains(e.text())) {
                        break;
                    }
                    WordSet w = e.kind() == Kind.WORD ? new WordSet(e.text(), Set.of(e.text())) : synsets.get(e.text());
                    if (w == null) {
                        warnOnce(l, "unknown word set &" + e.text());
                        return null;
                    }
                    if (open != null) {
                        if (!open.skipped) {
                            open.word(w, e, i);
                        }
                    } else if (!afterMarker) {
                        object = w;
                        objectWords++;
                        boolean adjacent = e.joined() && lastObjectPart == i - 1 && !objectParts.isEmpty();
                        objectText.append(objectParts.isEmpty() ? "" : adjacent ? "_" : "..")
                                .append(e.kind() == Kind.WORD ? e.text() : "&" + e.text());
                        objectParts.add(new Phrase.Part(w, adjacent));
                        lastObjectPart = i;
                    }
                    break;
                }
                case TARGET:
                case COMPOUND:
                    if (open != null && !open.skipped) {
                        open.role = Slot.Role.TARGET;
                    } else if (!skipSeen) {
                        objectIsTarget = true;
                    }
                    // After a skipped phrase ("AT ^ +") the marker means the next phrase, wherever it
                    // is; Dyad cannot say that, so the coder finds the participant itself.
                    afterMarker = open == null || open.skipped || afterMarker;
                    if (open != null && open.skipped) {
                        open = null;
                    }
                    break;
                case SOURCE:
                    if (open != null && !open.skipped) {
                        open.role = Slot.Role.SOURCE;
                    } else if (!skipSeen) {
                        bareSource = true;
                    }
                    afterMarker = open == null || open.skipped || afterMarker;
                    if (open != null && open.skipped) {
                        open = null;
                    }
                    break;
                case SKIP:
                    skipSeen = true;
                    if (open != null && open.role == null) {
                        open.skipped = true;
                    }
                    break;
                case VERB:
                    warnOnce(l, "a pattern has one verb '*'");
                    return null;
                default:
                    break;
            }
            i++;
        }
        List<Slot> slots = new ArrayList<>();
        boolean sourceSlot = false;
        boolean dropped = false;
        boolean words = object != null;
        for (SlotSpec s : specs) {
            Slot slot = s.slot();
            loss += s.loss();
            if (slot == null) {
                loss++;
                dropped = true;
                continue;
            }
            slots.add(slot);
            sourceSlot |= slot.role() == Slot.Role.SOURCE;
            words |= slot.words() != null;
        }
        if (dropped && !words && particle == null) {
            // Without the skipped phrase ("AT ^") nothing would set the pattern apart from the bare verb.
            countOnce(l, "patterns whose only words are a skipped phrase (PREP ^)");
            return null;
        }
        if (bareSource && !sourceSlot) {
            slots.add(new Slot(Set.of("from", "by"), Slot.Role.SOURCE, null));
            sourceSlot = true;
        }
        if (subjectIsTarget && !sourceSlot) {
            countOnce(l, "patterns whose subject is the target (+ before the verb) with no source after it");
            return null;
        }
        Phrase phrase = null;
        if (object != null && !objectParts.isEmpty()) {
            // The object's words are checked in its noun phrase, in order; none is lost.
            phrase = new Phrase(objectText.toString(), objectParts, false);
            object = null;
            objectWords = 0;
        }
        loss += Math.max(0, objectWords - 1);
        return new Shape(particle, object, phrase, objectIsTarget, slots, loss);
    }

    /** The prepositions an element stands for: a preposition, or a word set of prepositions ({@code &PREPOSIT1}). */
    private @Nullable Set<String> preps(Elem e) {
        if (e.kind() == Kind.WORD) {
            return PREPOSITIONS.contains(e.text()) ? Set.of(e.text()) : null;
        }
        if (e.kind() == Kind.SYNSET) {
            WordSet w = synsets.get(e.text());
            if (w != null && !w.words().isEmpty() && PREPOSITIONS.containsAll(w.words())) {
                return w.words();
            }
        }
        return null;
    }

    private static int contentWords(List<Elem> group) {
        int n = 0;
        for (Elem e : group) {
            if (e.kind() == Kind.SYNSET || e.kind() == Kind.WORD && !DETERMINERS.contains(e.text())) {
                n++;
            }
        }
        return n;
    }

    private static void fill(SlotSpec s, Elem x) {
        switch (x.kind()) {
            case TARGET:
            case COMPOUND:
                s.role = Slot.Role.TARGET;
                break;
            case SOURCE:
                s.role = Slot.Role.SOURCE;
                break;
            case SKIP:
                if (s.role == null) {
                    s.skipped = true;
                }
                break;
            default:
                break;
        }
    }

    /** Sets a group's head and counts its words. */
    private void headOf(SlotSpec s, List<Elem> group) {
        WordSet h = head(group);
        if (h != null) {
            s.head = h;
            s.words += contentWords(group);
        }
    }

    /** The head of a group: its last word or word set that is not a determiner or preposition. */
    private @Nullable WordSet head(List<Elem> group) {
        for (int k = group.size() - 1; k >= 0; k--) {
            Elem e = group.get(k);
            if (e.kind() == Kind.WORD && !DETERMINERS.contains(e.text()) && !PREPOSITIONS.contains(e.text())) {
                return new WordSet(e.text(), Set.of(e.text()));
            }
            if (e.kind() == Kind.SYNSET) {
                return synsets.get(e.text());
            }
        }
        return null;
    }

    private static int closing(List<Elem> es, int from, Kind open, Kind close) {
        int depth = 0;
        for (int k = from; k < es.size(); k++) {
            if (es.get(k).kind() == open) {
                depth++;
            } else if (es.get(k).kind() == close && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Emits one verb's patterns: its block's patterns first, those Dyad can check in full before
     * those that lost words in translation, then its own code as the fallback.
     */
    private void emit(VerbBlock b, Verb v, List<ParsedPattern> parsed, List<Pattern> out) {
        Set<String> lemmas = v.base() ? Set.of(v.word()) : VerbForms.lemmas(v.word());
        // An inflected entry ("LEFT", "MET") with a block of its own: its patterns come first for that form.
        String form = !v.base() && lemmas.size() > 1 ? v.word() : null;
        Set<String> seen = new HashSet<>();
        List<Shape> shapes = new ArrayList<>();
        List<ParsedPattern> sources = new ArrayList<>();
        for (ParsedPattern p : parsed) {
            List<Elem> after = new ArrayList<>(v.after());
            after.addAll(p.after());
            Shape s = shape(after, p.subjectIsTarget(), p.line());
            if (s != null) {
                shapes.add(s);
                sources.add(p);
            }
        }
        // Patterns that translation made indistinguishable: an exact one goes first and hides the
        // others; loosened ones that disagree on the code are all left out, so that the verb's own
        // code applies rather than an arbitrary one of theirs.
        Map<String, Set<String>> loosenedCodes = new HashMap<>();
        Set<String> exact = new HashSet<>();
        for (int k = 0; k < shapes.size(); k++) {
            String key = key(shapes.get(k), sources.get(k));
            if (shapes.get(k).loss() == 0) {
                exact.add(key);
            } else {
                loosenedCodes.computeIfAbsent(key, x -> new HashSet<>()).add(sources.get(k).code());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < shapes.size(); k++) {
            String key = key(shapes.get(k), sources.get(k));
            if (shapes.get(k).loss() > 0 && !exact.contains(key) && loosenedCodes.get(key).size() > 1) {
                if (countedAmbiguous.add(sources.get(k).line().where())) {
                    count("patterns that differ only in words Dyad cannot check, with different codes");
                }
                continue;
            }
            order.add(k);
        }
        order.sort(java.util.Comparator.comparingInt(k -> shapes.get(k).loss()));
        for (int k : order) {
            ParsedPattern p = sources.get(k);
            add(out, seen, lemmas, shapes.get(k), new Extra(p.code(), p.reverse(), p.before(), p.mutual(), form),
                    v.word().toUpperCase(Locale.ROOT) + " " + p.line().text(), p.line());
        }
        String code = v.codeGiven() ? v.code() : b.code;
        if (code == null) {
            return;
        }
        String reverse = v.codeGiven() ? v.reverse() : b.reverse;
        Shape s = shape(v.after(), false, v.line());
        if (s != null) {
            add(out, seen, lemmas, s, new Extra(code, reverse, null, false, form),
                    v.line().text() + (v.codeGiven() ? "" : " [" + code + (reverse == null ? "" : ":" + reverse) + "]"),
                    v.line());
        }
    }

    /** What tells a translated pattern apart: its shape after the verb, and its words before it. */
    private static String key(Shape s, ParsedPattern p) {
        return s.key() + "|" + (p.before() == null ? "" : phraseKey(p.before())) + "|" + p.mutual();
    }

    /** What a pattern adds to its shape: its codes, its words before the verb, a compound subject. */
    private record Extra(String code, @Nullable String reverse, @Nullable Phrase before, boolean mutual,
            @Nullable String form) {
        String key() {
            return code + ":" + reverse + "|" + (before == null ? "" : phraseKey(before)) + "|" + mutual;
        }
    }

    /** Particles the parser may also read as the preposition of a phrase: "cordoned off the roads". */
    private static final Set<String> PARTICLE_PREPOSITIONS = Set.of("off", "out", "down", "up");

    private static void add(List<Pattern> out, Set<String> seen, Set<String> lemmas, Shape s, Extra x, String text,
            Line line) {
        addShape(out, seen, lemmas, s, x, text, line);
        if (s.particle() != null && PARTICLE_PREPOSITIONS.contains(s.particle()) && !s.objectIsTarget()) {
            // The same pattern with the particle as a phrase's preposition: its object, if any, heads
            // that phrase, and the phrase's actors are the target.
            List<Slot> slots = new ArrayList<>();
            WordSet head = s.object() != null ? s.object()
                    : s.objectWords() != null ? s.objectWords().parts().get(s.objectWords().size() - 1).words() : null;
            slots.add(head == null ? new Slot(Set.of(s.particle()), Slot.Role.TARGET, null)
                    : new Slot(Set.of(s.particle()), null, head));
            slots.addAll(s.slots());
            int lost = s.objectWords() == null ? 0 : s.objectWords().size() - 1;
            addShape(out, seen, lemmas, new Shape(null, null, null, false, slots, s.loss() + lost), x, text, line);
        }
    }

    private static void addShape(List<Pattern> out, Set<String> seen, Set<String> lemmas, Shape s, Extra x,
            String text, Line line) {
        for (String lemma : lemmas) {
            String predicate = s.particle() == null ? lemma : lemma + "_" + s.particle();
            for (String form : x.form() == null ? new String[] {null} : new String[] {x.form(), null}) {
                Pattern p = new Pattern(x.code(), predicate, false, s.object(), s.objectIsTarget(), s.slots(), text,
                        line.where(), x.before(), s.objectWords(), x.reverse(), x.mutual(), form, false, false, false);
                String key = predicate + "|" + x.key() + "|" + s.key() + "|" + form;
                if (seen.add(key)) {
                    out.add(p);
                }
            }
        }
    }
}
