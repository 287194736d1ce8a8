package org.dyad.core.dict.petrarch;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lemmas a verb word written in a PETRARCH dictionary may stand for. PETRARCH matches word
 * forms and lists some verbs by an inflected form ({@code SAID}, {@code HELD}, {@code CALLED});
 * Dyad matches the parser's lemma. A base form stands for itself. An inflected form gives its
 * base from a table of English irregular verbs, or candidates by the regular spelling rules
 * ({@code EASED} → ease, eas; {@code REPELLED} → repel). A candidate that is no English verb
 * never matches a lemma, so offering several is harmless.
 */
final class VerbForms {
    /** Base, past, past participle (several spellings separated by '/'). */
    private static final String IRREGULAR = String.join(" ",
            "arise arose arisen", "awake awoke awoken", "be was/were been", "bear bore borne/born",
            "beat beat beaten", "become became become", "begin began begun", "bend bent bent",
            "bet bet bet", "bid bid bid", "bind bound bound", "bite bit bitten", "bleed bled bled",
            "blow blew blown", "break broke broken", "breed bred bred", "bring brought brought",
            "broadcast broadcast broadcast", "build built built", "burn burnt burnt", "burst burst burst",
            "buy bought bought", "cast cast cast", "catch caught caught", "choose chose chosen",
            "cling clung clung", "come came come", "cost cost cost", "creep crept crept", "cut cut cut",
            "deal dealt dealt", "dig dug dug", "do did done", "draw drew drawn", "dream dreamt dreamt",
            "drink drank drunk", "drive drove driven", "eat ate eaten", "fall fell fallen", "feed fed fed",
            "feel felt felt", "fight fought fought", "find found found", "flee fled fled", "fling flung flung",
            "fly flew flown", "forbid forbade forbidden", "forecast forecast forecast", "foresee foresaw foreseen",
            "forget forgot forgotten", "forgive forgave forgiven", "forsake forsook forsaken", "freeze froze frozen",
            "get got gotten", "give gave given", "go went gone", "grind ground ground", "grow grew grown",
            "hang hung hung", "have had had", "hear heard heard", "hide hid hidden", "hit hit hit",
            "hold held held", "hurt hurt hurt", "keep kept kept", "kneel knelt knelt", "know knew known",
            "lay laid laid", "lead led led", "lean leant leant", "leap leapt leapt", "learn learnt learnt",
            "leave left left", "lend lent lent", "let let let", "lie lay lain", "light lit lit",
            "lose lost lost", "make made made", "mean meant meant", "meet met met", "mislead misled misled",
            "overcome overcame overcome", "overrun overran overrun", "oversee oversaw overseen",
            "overthrow overthrew overthrown", "pay paid paid", "put put put", "quit quit quit",
            "read read read", "rebuild rebuilt rebuilt", "rid rid rid", "ride rode ridden", "ring rang rung",
            "rise rose risen", "run ran run", "say said said", "see saw seen", "seek sought sought",
            "sell sold sold", "send sent sent", "set set set", "shake shook shaken", "shed shed shed",
            "shine shone shone", "shoot shot shot", "show showed shown", "shrink shrank shrunk",
            "shut shut shut", "sing sang sung", "sink sank sunk", "sit sat sat", "slay slew slain",
            "sleep slept slept", "slide slid slid", "sling slung slung", "slit slit slit", "speak spoke spoken",
            "speed sped sped", "spend spent spent", "spill spilt spilt", "spin spun spun", "spit spat spat",
            "split split split", "spread spread spread", "spring sprang sprung", "stand stood stood",
            "steal stole stolen", "stick stuck stuck", "sting stung stung", "strike struck struck/stricken",
            "strive strove striven", "swear swore sworn", "sweep swept swept", "swim swam swum",
            "swing swung swung", "take took taken", "teach taught taught", "tear tore torn", "tell told told",
            "think thought thought", "throw threw thrown", "thrust thrust thrust", "tread trod trodden",
            "undergo underwent undergone", "understand understood understood", "undertake undertook undertaken",
            "undo undid undone", "uphold upheld upheld", "upset upset upset", "wake woke woken",
            "wear wore worn", "weep wept wept", "win won won", "wind wound wound", "withdraw withdrew withdrawn",
            "withhold withheld withheld", "withstand withstood withstood", "wring wrung wrung",
            "write wrote written");

    /** Irregular forms that are verbs in their own right: "wound" is to wound, "found" to found. */
    private static final Set<String> ALSO_BASES = Set.of("wound", "found", "lay", "ground", "bound");

    private static final Map<String, Set<String>> BASES = new HashMap<>();

    static {
        String[] w = IRREGULAR.split(" ");
        for (int i = 0; i + 2 < w.length; i += 3) {
            String base = w[i];
            for (String form : (w[i + 1] + "/" + w[i + 2]).split("/")) {
                if (!form.equals(base)) {
                    BASES.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(base);
                }
            }
        }
    }

    private VerbForms() {}

    /** The lemmas a word may stand for, the word itself first. */
    static Set<String> lemmas(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        Set<String> irregular = BASES.get(w);
        if (irregular != null && !ALSO_BASES.contains(w)) {
            out.addAll(irregular);
            return out;
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            out.add(w.substring(0, n - 3) + "y");
        } else if (n > 3 && w.endsWith("es")) {
            out.add(w.substring(0, n - 1));
            out.add(w.substring(0, n - 2));
        } else if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            out.add(w.substring(0, n - 1));
        } else if (n > 4 && w.endsWith("ied")) {
            out.add(w.substring(0, n - 3) + "y");
        } else if (n > 3 && w.endsWith("ed")) {
            String stem = w.substring(0, n - 2);
            out.add(stem);
            out.add(stem + "e");
            undouble(stem, out);
        } else if (n > 5 && w.endsWith("ing")) {
            String stem = w.substring(0, n - 3);
            out.add(stem);
            out.add(stem + "e");
            undouble(stem, out);
        }
        return out;
    }

    /** "repell" → "repel", "stopp" → "stop". */
    private static void undouble(String stem, Set<String> out) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            out.add(stem.substring(0, n - 1));
        }
    }

    /** Regular plurals of a noun, as PETRARCH forms them (it forms them for nouns in word sets and agents). */
    static Set<String> plurals(String noun) {
        String w = noun;
        Set<String> out = new LinkedHashSet<>();
        int n = w.length();
        if (n == 0) {
            return out;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        boolean upper = !w.equals(lower);
        String add;
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            add = lower + "es";
        } else if (lower.endsWith("y") && n > 1 && "aeiou".indexOf(lower.charAt(n - 2)) < 0) {
            add = lower.substring(0, n - 1) + "ies";
        } else {
            add = lower + "s";
        }
        out.add(upper ? add.toUpperCase(Locale.ROOT) : add);
        return out;
    }
}
