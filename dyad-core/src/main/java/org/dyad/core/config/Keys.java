package org.dyad.core.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dyad.core.ConfigException;

/** Every configuration key Dyad knows. A key not listed here is an error. */
public final class Keys {
    private static final Map<String, Key<?>> ALL = new LinkedHashMap<>();

    public static final Key<Long> INPUT_MAX_BYTES = add("input.max-bytes", "8388608", Keys::positiveLong,
            "Documents larger than this many bytes are refused with a message instead of coded.");
    public static final Key<Optional<LocalDate>> INPUT_DEFAULT_DATE = add("input.default-date", "", Keys::optionalDate,
            "Publication date (YYYY-MM-DD) for documents that have none.");
    public static final Key<Boolean> CLEAN_LANGUAGE_CHECK = add("clean.language-check", "true", Keys::bool,
            "Skip documents that are not English.");
    public static final Key<Double> CLEAN_MIN_ENGLISH = add("clean.min-english-ratio", "0.18", Keys::fraction,
            "Least share of English function words among a document's words for it to count as English.");
    public static final Key<Integer> NLP_THREADS = add("nlp.threads", "0", Keys::nonNegativeInt,
            "Documents processed at once; 0 means one per available core.");
    public static final Key<Integer> NLP_CHUNK_CHARS = add("nlp.chunk-chars", "20000", Keys::positiveInt,
            "Largest piece of text given to the parser at once; bounds memory on long documents.");
    public static final Key<Integer> NLP_MAX_SENTENCE_TOKENS = add("nlp.max-sentence-tokens", "100", Keys::positiveInt,
            "Sentences longer than this are tagged but not parsed for dependencies (tables, lists).");
    public static final Key<String> NLP_NER_MODEL = add("nlp.ner-model",
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", Function.identity(),
            "CoreNLP NER model(s), comma-separated.");
    public static final Key<List<String>> DICT_PATH = add("dict.path", "", Keys::list,
            "User dictionary directories, comma-separated, layered over the built-in ones in order.");
    public static final Key<Boolean> DICT_BUILTIN = add("dict.builtin", "true", Keys::bool,
            "Load the built-in dictionaries.");
    public static final Key<List<String>> DICT_PETRARCH = add("dict.petrarch", "", Keys::list,
            "PETRARCH-2 dictionary directories to load, comma-separated.");
    public static final Key<String> DICT_PETRARCH_CODES = add("dict.petrarch-codes", "cameo", Keys::petrarchCodes,
            "Event codes in PETRARCH dictionaries that are not CAMEO: 'cameo' codes them as their nearest CAMEO "
                    + "ancestor (or leaves the pattern out), 'keep' keeps them as they are (for PETRARCH's unit tests).");
    public static final Key<Double> CODER_MIN_CONFIDENCE = add("coder.min-confidence", "0.0", Keys::fraction,
            "Events with a lower confidence are dropped.");
    public static final Key<Boolean> CODER_STATEMENTS = add("coder.statements", "true", Keys::bool,
            "Code CAMEO 01 public statements that carry a target.");
    public static final Key<Boolean> CODER_PETRARCH_COMPAT = add("coder.petrarch-compat", "false", Keys::bool,
            "Follow PETRARCH where it differs from Dyad by design: places as targets of any code, possessive "
                    + "pronouns not resolved, the first actor of a name phrase (for PETRARCH's unit tests).");
    public static final Key<Integer> DATES_HISTORY_DAYS = add("dates.history-days", "30", Keys::nonNegativeInt,
            "An act the text dates, with its year, to a period that ended more than this many days before "
                    + "publication is recalled history: written out with history=true (0: never).");
    public static final Key<String> STORE_DB = add("store.db", "dyad.duckdb", Function.identity(),
            "DuckDB database file.");
    public static final Key<Integer> DEDUP_WINDOW_DAYS = add("dedup.window-days", "2", Keys::nonNegativeInt,
            "Mentions whose dates differ by at most this many days can be one event.");
    public static final Key<Integer> DEDUP_MAX_KM = add("dedup.max-km", "100", Keys::nonNegativeInt,
            "Mentions placed further apart than this cannot be one event (0: places must be in the same country).");
    public static final Key<String> DEDUP_LEVEL = add("dedup.level", "root", Keys::dedupLevel,
            "What two mentions of one event must share besides their actors: 'root' (CAMEO root) or 'code'.");
    public static final Key<Double> DEDUP_NEAR_DUPLICATE = add("dedup.near-duplicate", "0.8", Keys::fraction,
            "Estimated shingle similarity at which a document is a copy of an earlier one (1 disables the check).");

    private Keys() {}

    private static <T> Key<T> add(String name, String def, Function<String, T> parser, String description) {
        Key<T> k = new Key<>(name, def, parser, description);
        ALL.put(name, k);
        k.parse(def);
        return k;
    }

    public static Optional<Key<?>> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static List<Key<?>> all() {
        return Collections.unmodifiableList(new ArrayList<>(ALL.values()));
    }

    static String petrarchCodes(String s) {
        if (!s.equals("cameo") && !s.equals("keep")) {
            throw new ConfigException("must be 'cameo' or 'keep', not '" + s + "'");
        }
        return s;
    }

    static String dedupLevel(String s) {
        if (!s.equals("root") && !s.equals("code")) {
            throw new ConfigException("must be 'root' or 'code', not '" + s + "'");
        }
        return s;
    }

    static long positiveLong(String s) {
        long v = Long.parseLong(s);
        if (v <= 0) {
            throw new ConfigException("must be positive, not " + s);
        }
        return v;
    }

    static int positiveInt(String s) {
        int v = Integer.parseInt(s);
        if (v <= 0) {
            throw new ConfigException("must be positive, not " + s);
        }
        return v;
    }

    static int nonNegativeInt(String s) {
        int v = Integer.parseInt(s);
        if (v < 0) {
            throw new ConfigException("must not be negative, not " + s);
        }
        return v;
    }

    static double fraction(String s) {
        double v = Double.parseDouble(s);
        if (!(v >= 0 && v <= 1)) {
            throw new ConfigException("must be between 0 and 1, not " + s);
        }
        return v;
    }

    static boolean bool(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
            case "on":
                return true;
            case "false":
            case "no":
            case "off":
                return false;
            default:
                throw new ConfigException("must be true or false, not '" + s + "'");
        }
    }

    static Optional<LocalDate> optionalDate(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            throw new ConfigException("must be a date YYYY-MM-DD, not '" + s + "'");
        }
    }

    static List<String> list(String s) {
        if (s.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : Arrays.asList(s.split(","))) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return List.copyOf(out);
    }
}
