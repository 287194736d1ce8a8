package org.dyad.core.dict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.ontology.Cameo;

/**
 * Reads pattern lines: {@code CODE PREDICATE ELEMENT...}.
 *
 * <ul>
 *   <li>{@code TARGET}: the direct object (the subject of a passive) is the target;
 *   <li>{@code WORD}, {@code {a|b}}, {@code &SYNSET}: the direct object must be one of these;
 *   <li>{@code PREP[|PREP] TARGET|SOURCE|WORDS}: a phrase with one of these prepositions, on the
 *       predicate or on its object, supplies the target or source or must match the words;
 *   <li>{@code object:PHRASE}, also after a preposition: words that must occur in order in the
 *       object's noun phrase, head or modifiers ({@link Phrase});
 *   <li>{@code before:PHRASE}: words that must come before the predicate in its clause or the
 *       clauses above it;
 *   <li>{@code MUTUAL}: the subject names two or more actors, each acting on the others;
 *   <li>{@code form:WORD}: the predicate must have this word form ("left", not "leaves");
 *   <li>{@code CLAUSE}: the predicate's complement is a clause or a gerund, not a noun ("denied that …").
 *   <li>{@code SAYING}: the predicate has a participle of speech ("attacked the ODIHR, saying …").
 * </ul>
 *
 * <p>A code {@code A:B} adds B, the target's act on the source, to each event of code A. The code
 * {@code ---} codes nothing: a reading of the predicate that is no event ("take over the leadership of").
 */
public final class PatternParser {
    /** Prepositions a slot may name. */
    public static final Set<String> PREPOSITIONS = Set.of(
            "on", "against", "with", "to", "into", "from", "in", "at", "for", "between", "by", "of", "over",
            "toward", "towards", "about", "near", "across", "along", "upon", "within", "inside", "onto", "amid",
            "among", "after", "off", "under", "through", "behind", "beyond", "around", "outside", "without",
            "as", "before", "via", "out", "up", "down", "back", "away", "during", "alongside", "beside", "besides",
            "despite", "following", "like", "per", "amongst", "throughout", "opposite",
            // Two-word prepositions the parser joins: "walked away from the talks", "pulled out of the deal".
            "away_from", "out_of");

    private final Cameo cameo;
    private final Synsets synsets;
    private final Problems problems;

    public PatternParser(Cameo cameo, Synsets synsets, Problems problems) {
        this.cameo = cameo;
        this.synsets = synsets;
        this.problems = problems;
    }

    /** Parses one line; returns null and records a problem when the line is bad. */
    public Pattern parse(Line line, boolean noun) {
        String[] t = line.text().split("\\s+");
        if (t.length < 2) {
            problems.error(line, "a pattern is 'CODE PREDICATE [ELEMENTS]'");
            return null;
        }
        String code = t[0];
        String reverse = null;
        int colon = code.indexOf(':');
        if (colon >= 0) {
            reverse = code.substring(colon + 1);
            code = code.substring(0, colon);
            if (!cameo.contains(reverse)) {
                problems.error(line, "unknown CAMEO code '" + reverse + "' (after ':', the target's act on the source)");
                return null;
            }
        }
        if (code.equals(Pattern.NO_EVENT) && reverse != null) {
            problems.error(line, "'" + Pattern.NO_EVENT + "' codes nothing and takes no second code");
            return null;
        }
        if (!code.equals(Pattern.NO_EVENT) && !cameo.contains(code)) {
            problems.error(line, "unknown CAMEO code '" + code + "'");
            return null;
        }
        String pred = t[1].toLowerCase(Locale.ROOT);
        if (!pred.matches("[a-z][a-z'-]*(_[a-z]+)*")) {
            problems.error(line, "a predicate is a lemma with optional _particle, not '" + t[1] + "'");
            return null;
        }
        WordSet object = null;
        boolean objectIsTarget = false;
        boolean mutual = false;
        boolean clause = false;
        boolean saying = false;
        boolean alone = false;
        Phrase before = null;
        Phrase objectWords = null;
        String form = null;
        List<Slot> slots = new ArrayList<>();
        for (int i = 2; i < t.length; i++) {
            String e = t[i];
            if (e.startsWith("form:")) {
                form = e.substring(5).toLowerCase(Locale.ROOT);
                if (!form.matches("[a-z][a-z'-]*")) {
                    problems.error(line, "'form:' takes one word form, not '" + e.substring(5) + "'");
                    return null;
                }
                continue;
            }
            if (e.equals("MUTUAL")) {
                mutual = true;
                continue;
            }
            if (e.equals("CLAUSE")) {
                clause = true;
                continue;
            }
            if (e.equals("SAYING")) {
                saying = true;
                continue;
            }
            if (e.equals("ALONE")) {
                alone = true;
                continue;
            }
            if (e.startsWith("before:") || e.startsWith("object:")) {
                boolean isBefore = e.startsWith("before:");
                if (isBefore ? before != null : objectWords != null) {
                    problems.error(line, "'" + e.substring(0, e.indexOf(':') + 1) + "' given twice");
                    return null;
                }
                Phrase ph = phrase(e, line);
                if (ph == null) {
                    return null;
                }
                if (isBefore) {
                    before = ph;
                } else {
                    objectWords = ph;
                }
                continue;
            }
            if (e.equals("TARGET")) {
                if (objectIsTarget) {
                    problems.error(line, "TARGET given twice for the object");
                    return null;
                }
                objectIsTarget = true;
                continue;
            }
            if (e.equals("SOURCE")) {
                problems.error(line, "SOURCE must follow a preposition ('from SOURCE'); the subject is the source by default");
                return null;
            }
            if (isPrepositions(e)) {
                if (i + 1 >= t.length) {
                    problems.error(line, "preposition '" + e + "' needs TARGET, SOURCE or words after it");
                    return null;
                }
                Set<String> preps = new HashSet<>(List.of(e.split("\\|")));
                String what = t[++i];
                if (what.startsWith("object:")) {
                    Phrase ph = phrase(what, line);
                    if (ph == null) {
                        return null;
                    }
                    slots.add(new Slot(preps, null, null, ph));
                } else if (what.equals("TARGET")) {
                    slots.add(new Slot(preps, Slot.Role.TARGET, null));
                } else if (what.equals("SOURCE")) {
                    slots.add(new Slot(preps, Slot.Role.SOURCE, null));
                } else {
                    WordSet w = words(what, line);
                    if (w == null) {
                        return null;
                    }
                    slots.add(new Slot(preps, null, w));
                }
                continue;
            }
            WordSet w = words(e, line);
            if (w == null) {
                return null;
            }
            if (object != null) {
                problems.error(line, "only one object constraint is allowed; '" + e + "' is a second");
                return null;
            }
            object = w;
        }
        if (noun && objectIsTarget) {
            problems.error(line, "a noun pattern names its target with a preposition ('on TARGET'), not a bare TARGET");
            return null;
        }
        if (noun && (before != null || mutual || clause || saying || alone)) {
            problems.error(line, "'before:', MUTUAL, CLAUSE, SAYING and ALONE are for verb patterns");
            return null;
        }
        return new Pattern(code, pred, noun, object, objectIsTarget, slots, line.text(), line.where(), before,
                objectWords, reverse, mutual, form, clause, saying, alone);
    }

    /** Reads {@code before:PHRASE} or {@code object:PHRASE}; null, with the problem recorded, when it is bad. */
    private Phrase phrase(String e, Line line) {
        String body = e.substring(e.indexOf(':') + 1);
        boolean[] bad = {false};
        Phrase ph = body.isEmpty() ? null : Phrase.parse(body, u -> {
            WordSet w = words(u.replace('_', ' '), line);
            bad[0] |= w == null;
            return w;
        });
        if (ph == null && !bad[0]) {
            problems.error(line, "expected words after '" + e.substring(0, e.indexOf(':') + 1) + "', such as "
                    + "'before:&NEGATORS..ever' or 'object:diplomatic_ties'");
        }
        return ph;
    }

    private static boolean isPrepositions(String e) {
        for (String p : e.split("\\|")) {
            if (!PREPOSITIONS.contains(p)) {
                return false;
            }
        }
        return true;
    }

    private WordSet words(String e, Line line) {
        if (e.startsWith("&")) {
            return synsets.find(e.substring(1)).orElseGet(() -> {
                problems.error(line, "unknown synset " + e);
                return null;
            });
        }
        if (e.startsWith("{") && e.endsWith("}")) {
            Set<String> w = new HashSet<>();
            for (String s : e.substring(1, e.length() - 1).split("\\|")) {
                if (!s.isBlank()) {
                    w.add(s.strip().replace('_', ' ').toLowerCase(Locale.ROOT));
                }
            }
            if (w.isEmpty()) {
                problems.error(line, "empty word set " + e);
                return null;
            }
            return new WordSet(e, w);
        }
        if (!e.matches("[a-z][a-z'-]*( [a-z][a-z'-]*)*")) {
            problems.error(line, "expected TARGET, a preposition, a lower-case word, {a|b} or &SYNSET, not '" + e + "'");
            return null;
        }
        return new WordSet(e, Set.of(e));
    }
}
