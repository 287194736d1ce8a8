package org.dyad.core.dict.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.core.ConfigException;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.Block;
import org.dyad.core.dict.Boilerplate;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.dict.Discards;
import org.dyad.core.dict.Frames;
import org.dyad.core.dict.Line;
import org.dyad.core.dict.NameEntry;
import org.dyad.core.dict.Pattern;
import org.dyad.core.dict.PatternDictionary;
import org.dyad.core.dict.PhraseTrie;
import org.dyad.core.dict.Problem;
import org.dyad.core.dict.Problems;
import org.dyad.core.dict.Synsets;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.CodeSpan;
import org.dyad.core.ontology.Cameo;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.text.Fold;
import org.dyad.core.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * Loads PETRARCH-2 dictionaries and translates them into Dyad's model, alone or layered over
 * Dyad's own dictionaries.
 *
 * <p>A directory is read by its {@code PETR_config.ini} when it has one (the files named under
 * {@code [Dictionaries]}), otherwise by file names: {@code *verb*} or {@code CAMEO*} for verbs,
 * {@code *actor*}, {@code *agent*}, {@code *discard*}; issue files are not read. Every translated
 * pattern, actor name and role word keeps the {@code file:line} it came from.
 *
 * <p>PETRARCH files are third-party data with known slips, so a bad line is a warning
 * ({@code file:line: reason}) and is skipped; only a file that cannot be read, or is not UTF-8,
 * stops loading.
 */
public final class PetrarchDictionaries {

    /** How codes outside CAMEO are treated. */
    public enum Codes {
        /** Replaced by their nearest CAMEO ancestor ({@code 1213} → {@code 121}); dropped when there is none. */
        CAMEO,
        /** Kept as they are, with the Goldstein value and PLOVER category of their nearest ancestor, if any. */
        KEEP;

        public static Codes parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * What loading gave.
     *
     * @param dictionaries the dictionaries to code with
     * @param cameo the ontology, with the codes kept from outside CAMEO
     * @param summary one line per file: what was read and what was left out
     */
    public record Loaded(Dictionaries dictionaries, Cameo cameo, List<String> summary) {}

    private PetrarchDictionaries() {}

    /**
     * Loads the PETRARCH directories, layered over {@code base} when it is given; throws
     * {@link org.dyad.core.dict.DictionaryException} when a file cannot be read.
     */
    public static Loaded load(List<Path> dirs, @Nullable Dictionaries base, Cameo cameo, Codes codes) {
        Problems problems = new Problems();
        Loaded l = read(dirs, base, cameo, codes, problems);
        problems.throwIfErrors();
        return l;
    }

    /**
     * What checking found.
     *
     * @param problems bad lines and unreadable files
     * @param summary one line per file: what was read and what was left out
     */
    public record Checked(List<Problem> problems, List<String> summary) {}

    /** Every problem found in the PETRARCH directories, without throwing. */
    public static Checked check(List<Path> dirs, Cameo cameo, Codes codes) {
        Problems problems = new Problems();
        Loaded l = read(dirs, null, cameo, codes, problems);
        return new Checked(problems.all(), l.summary());
    }

    /** The files of one directory, by role. */
    record Files4(List<Path> verbs, List<Path> actors, List<Path> agents, List<Path> discards) {}

    static Files4 files(Path dir) {
        if (Files.isRegularFile(dir) && dir.getFileName().toString().endsWith(".ini")) {
            return fromIni(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("PETRARCH dictionary directory not found: " + dir);
        }
        Path ini = dir.resolve("PETR_config.ini");
        if (Files.isRegularFile(ini)) {
            return fromIni(ini);
        }
        List<Path> verbs = new ArrayList<>();
        List<Path> actors = new ArrayList<>();
        List<Path> agents = new ArrayList<>();
        List<Path> discards = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!n.endsWith(".txt")) {
                    continue;
                }
                if (n.contains("verb") || n.startsWith("cameo")) {
                    verbs.add(f);
                } else if (n.contains("agent")) {
                    agents.add(f);
                } else if (n.contains("actor")) {
                    actors.add(f);
                } else if (n.contains("discard")) {
                    discards.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Files4(verbs, actors, agents, discards);
    }

    /** The files PETRARCH's own configuration names, relative to it or to its dictionaries directory. */
    private static Files4 fromIni(Path ini) {
        Map<String, String> keys = new HashMap<>();
        String section = "";
        try {
            for (String raw : Files.readAllLines(ini, StandardCharsets.UTF_8)) {
                String t = raw.strip();
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1).strip();
                } else if (section.equalsIgnoreCase("Dictionaries") && t.contains("=") && !t.startsWith("#")) {
                    keys.put(t.substring(0, t.indexOf('=')).strip().toLowerCase(Locale.ROOT),
                            t.substring(t.indexOf('=') + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read " + ini + ": " + e.getMessage());
        }
        Path dir = ini.toAbsolutePath().getParent();
        return new Files4(resolve(dir, keys.get("verbfile_name")), resolve(dir, keys.get("actorfile_list")),
                resolve(dir, keys.get("agentfile_name")), resolve(dir, keys.get("discardfile_name")));
    }

    private static List<Path> resolve(Path dir, @Nullable String names) {
        List<Path> out = new ArrayList<>();
        if (names == null || names.isBlank()) {
            return out;
        }
        for (String n : names.split(",")) {
            String name = n.strip();
            if (name.isEmpty()) {
                continue;
            }
            Path found = null;
            for (Path d : List.of(dir, dir.resolve("dictionaries"), dir.resolve("data").resolve("dictionaries"))) {
                if (Files.isRegularFile(d.resolve(name))) {
                    found = d.resolve(name);
                    break;
                }
            }
            if (found == null) {
                throw new ConfigException("PETRARCH dictionary named in the configuration not found: " + name
                        + " (looked in " + dir + ")");
            }
            out.add(found);
        }
        return out;
    }

    private static String label(Path dir, Path file) {
        Path base = Files.isDirectory(dir) ? dir : dir.getParent();
        String rel = base == null ? file.toString() : base.relativize(file).toString();
        return (base == null ? "" : base + "/") + rel.replace('\\', '/');
    }

    private static Loaded read(List<Path> dirs, @Nullable Dictionaries base, Cameo cameo, Codes codeMode,
            Problems problems) {
        List<String> summary = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        List<Block> synsetBlocks = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        List<ActorFile.Entry> entries = new ArrayList<>();
        List<AgentFile.Agent> agents = new ArrayList<>();
        PhraseTrie<Discards.Entry> discards = new PhraseTrie<>();
        if (base != null) {
            for (Discards.Entry e : base.discards().trie().values(x -> true)) {
                discards.put(keys(e.phrase()), e);
            }
        }
        for (Path dir : dirs) {
            Files4 f = files(dir);
            if (f.verbs().isEmpty() && f.actors().isEmpty() && f.agents().isEmpty() && f.discards().isEmpty()) {
                throw new ConfigException("no PETRARCH dictionaries in " + dir
                        + " (expected PETR_config.ini, or files named *verbs*, CAMEO*, *actors*, *agents*, *discards*)");
            }
            for (Path p : f.verbs()) {
                String label = label(dir, p);
                VerbDictionary.Result r = VerbDictionary.read(SourceLines.read(p, label, problems), problems);
                patterns.addAll(r.patterns());
                synsetBlocks.addAll(r.synsets());
                codes.addAll(r.codes());
                StringBuilder b = new StringBuilder(label + ": " + r.verbs() + " verbs and " + r.patternLines()
                        + " pattern lines read as " + r.patterns().size() + " Dyad patterns");
                for (Map.Entry<String, Integer> e : r.skipped().entrySet()) {
                    b.append("; left out: ").append(e.getValue()).append(' ').append(e.getKey());
                }
                summary.add(b.toString());
            }
            for (Path p : f.actors()) {
                String label = label(dir, p);
                List<ActorFile.Entry> read = ActorFile.read(SourceLines.read(p, label, problems), problems);
                entries.addAll(read);
                summary.add(label + ": " + read.size() + " actors");
            }
            for (Path p : f.agents()) {
                String label = label(dir, p);
                List<AgentFile.Agent> read = AgentFile.read(SourceLines.read(p, label, problems), problems);
                agents.addAll(read);
                summary.add(label + ": " + read.size() + " agents");
            }
            for (Path p : f.discards()) {
                String label = label(dir, p);
                int n = 0;
                for (Line l : SourceLines.read(p, label, problems)) {
                    String t = l.text();
                    boolean story = t.startsWith("+");
                    List<String> words = ActorFile.phraseWords(story ? t.substring(1) : t);
                    if (words.isEmpty()) {
                        problems.warn(l, "empty discard phrase");
                        continue;
                    }
                    String phrase = String.join(" ", words).toLowerCase(Locale.ROOT);
                    discards.put(keys(phrase), new Discards.Entry("petrarch", story, phrase, l.where()));
                    n++;
                }
                summary.add(label + ": " + n + " discard phrases");
            }
        }
        Cameo extended = cameo;
        List<CameoCode> extra = new ArrayList<>();
        Map<String, String> replaced = new HashMap<>();
        for (String c : codes) {
            if (cameo.contains(c)) {
                continue;
            }
            CameoCode ancestor = ancestor(cameo, c);
            if (codeMode == Codes.KEEP) {
                extra.add(new CameoCode(c, "outside CAMEO (PETRARCH dictionary code)"
                        + (ancestor == null ? "" : ", under " + ancestor.code() + " " + ancestor.name()),
                        ancestor == null ? 0.0 : ancestor.goldstein(), ancestor == null ? null : ancestor.plover(),
                        null, null));
            } else if (ancestor != null) {
                replaced.put(c, ancestor.code());
            }
        }
        if (!extra.isEmpty()) {
            extended = cameo.withCodes(extra);
            summary.add("codes outside CAMEO kept: " + codes(extra));
        }
        if (codeMode == Codes.CAMEO) {
            List<Pattern> kept = new ArrayList<>(patterns.size());
            Set<String> dropped = new java.util.TreeSet<>();
            for (Pattern p : patterns) {
                String reverse = p.reverseCode() == null || cameo.contains(p.reverseCode()) ? p.reverseCode()
                        : replaced.get(p.reverseCode());
                if (cameo.contains(p.code())) {
                    kept.add(java.util.Objects.equals(reverse, p.reverseCode()) ? p : p.withCode(p.code(), reverse));
                } else if (replaced.containsKey(p.code())) {
                    kept.add(p.withCode(replaced.get(p.code()), reverse));
                } else {
                    dropped.add(p.code());
                }
            }
            patterns = kept;
            if (!replaced.isEmpty()) {
                summary.add("codes outside CAMEO coded as their CAMEO ancestor: " + new java.util.TreeMap<>(replaced));
            }
            if (!dropped.isEmpty()) {
                summary.add("codes outside CAMEO with no CAMEO ancestor, their patterns left out: " + dropped);
            }
        }
        ActorDictionary actors = actors(base, entries, agents, problems);
        List<Pattern> verbs = new ArrayList<>();
        if (base != null) {
            for (String pred : base.verbs().predicates()) {
                verbs.addAll(base.verbs().patterns(pred));
            }
        }
        verbs.addAll(patterns);
        Synsets synsets = base != null ? base.synsets() : Synsets.from(synsetBlocks, problems);
        List<Problem> warnings = new ArrayList<>(base == null ? List.of() : base.warnings());
        for (Problem p : problems.all()) {
            if (p.warning()) {
                warnings.add(p);
            }
        }
        Dictionaries d = new Dictionaries(actors, PatternDictionary.of(verbs),
                base == null ? PatternDictionary.empty() : base.nouns(),
                base == null ? Frames.empty() : base.frames(), synsets, Discards.of(discards),
                base == null ? Boilerplate.empty() : base.boilerplate(), List.copyOf(warnings));
        return new Loaded(d, extended, List.copyOf(summary));
    }

    private static String codes(List<CameoCode> cs) {
        List<String> s = new ArrayList<>();
        for (CameoCode c : cs) {
            s.add(c.code());
        }
        return String.join(" ", s);
    }

    /** The longest CAMEO code that begins the given one, down to its two-digit root. */
    private static @Nullable CameoCode ancestor(Cameo cameo, String code) {
        for (int len = code.length() - 1; len >= 2; len--) {
            var c = cameo.find(code.substring(0, len));
            if (c.isPresent()) {
                return c.get();
            }
        }
        return null;
    }

    private static List<String> keys(String phrase) {
        return Fold.keys(Words.of(phrase));
    }

    /**
     * Actors and role words. An entry whose only code is three letters with no dates is a
     * country-level actor; entries with the same such code are one actor. Other entries are
     * organisations with their codes over time. Words match in any case, except a one-word name
     * of up to three letters ("AU", "U.S."), which is an acronym and matches as written.
     */
    private static ActorDictionary actors(@Nullable Dictionaries base, List<ActorFile.Entry> entries,
            List<AgentFile.Agent> agents, Problems problems) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        PhraseTrie<NameEntry> trie = new PhraseTrie<>();
        Set<String> surfaces = new java.util.HashSet<>();
        if (base != null) {
            for (Actor a : base.actors().actors()) {
                actors.put(a.kind().name() + ":" + a.id(), a);
            }
            for (NameEntry e : base.actors().trie().values(x -> true)) {
                put(trie, surfaces, e);
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        for (ActorFile.Entry e : entries) {
            if (e.names.isEmpty()) {
                continue;
            }
            if (e.codes.isEmpty()) {
                if (e.blocked) {
                    for (ActorFile.Name n : e.names) {
                        put(trie, surfaces, new NameEntry(null, NameEntry.Use.BLOCK, null, words(n.words()), n.line().where()));
                    }
                } else {
                    problems.warn(e.line, "actor '" + e.display() + "' has no usable code");
                }
                continue;
            }
            Actor actor;
            CodeSpan first = e.codes.get(0);
            if (e.codes.size() == 1 && !first.dated() && first.code().matches("[A-Z]{3}")) {
                String key = ActorKind.COUNTRY.name() + ":" + first.code();
                actor = actors.get(key);
                if (actor == null) {
                    actor = new Actor(ActorKind.COUNTRY, first.code(), title(e.display()), List.of(first), first.code(),
                            e.line.where());
                    actors.put(key, actor);
                }
            } else if (datedCountry(e.codes)) {
                // "IRAQ_ [IRQ <20030320] [IRQOCC …] [IRQ >20060520]": a country whose code changes with
                // its status is still that country, for every rule that asks whether an actor is one.
                String iso = first.code().substring(0, 3);
                String key = ActorKind.COUNTRY.name() + ":" + iso;
                actor = new Actor(ActorKind.COUNTRY, iso, title(e.display()), e.codes, iso, e.line.where());
                actors.putIfAbsent(key, actor);
            } else {
                String id = e.display().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
                if (id.isEmpty()) {
                    id = "ACTOR";
                }
                int n = ids.merge(id, 1, Integer::sum);
                String unique = n == 1 && !actors.containsKey(ActorKind.ORG.name() + ":" + id) ? id : id + "_" + n;
                String c = first.code();
                String country = c.length() >= 3 && c.substring(0, 3).matches("[A-Z]{3}") ? c.substring(0, 3) : null;
                actor = new Actor(ActorKind.ORG, unique, title(e.display()), e.codes, country, e.line.where());
                actors.put(ActorKind.ORG.name() + ":" + unique, actor);
            }
            for (ActorFile.Name n : e.names) {
                put(trie, surfaces, new NameEntry(actor, NameEntry.Use.NAME, null, words(n.words()), n.line().where()));
            }
        }
        Map<String, Actor> prefixActors = new HashMap<>();
        for (AgentFile.Agent a : agents) {
            Actor owner = null;
            if (a.prefix()) {
                // A prefix agent ("NGO~") names an actor of that kind; Dyad adds role codes after an
                // actor's code only, so it is kept as an actor of its own.
                owner = prefixActors.computeIfAbsent(a.code(), c -> {
                    ActorKind kind = c.startsWith("IGO") ? ActorKind.IGO : c.startsWith("NGO") ? ActorKind.NGO : ActorKind.ORG;
                    Actor x = new Actor(kind, c + "_AGENT", c + " (PETRARCH agent)", List.of(new CodeSpan(c, null, null, "")),
                            null, a.line().where());
                    actors.put(kind.name() + ":" + x.id(), x);
                    return x;
                });
            }
            for (List<String> form : a.forms()) {
                List<String> w = Words.of(String.join(" ", form));
                if (owner != null) {
                    put(trie, surfaces, new NameEntry(owner, NameEntry.Use.NAME, null, w, a.line().where()));
                } else {
                    put(trie, surfaces, new NameEntry(null, NameEntry.Use.ROLE, a.code(), w, a.line().where()));
                }
            }
        }
        return ActorDictionary.of(actors, trie, base == null ? Set.of() : base.actors().press());
    }

    /** Match words of a PETRARCH phrase: lower case, but a short one-word name keeps its capitals. */
    private static List<String> words(List<String> raw) {
        List<String> ws = new ArrayList<>(raw);
        boolean acronym = ws.size() == 1 && ws.get(0).replace(".", "").length() <= 3;
        if (!acronym) {
            ws.replaceAll(w -> w.toLowerCase(Locale.ROOT));
        }
        return Words.of(String.join(" ", ws));
    }

    /** "SAM GAMGEE" → "Sam Gamgee", for display. */
    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    private static void put(PhraseTrie<NameEntry> trie, Set<String> surfaces, NameEntry e) {
        if (e.words().isEmpty()) {
            return;
        }
        String who = e.actor() == null ? "role:" + e.role() : e.actor().kind() + ":" + e.actor().id();
        for (NameEntry v : e.forms()) {
            if (surfaces.add(String.join(" ", v.words()) + "/" + v.use() + "/" + who)) {
                trie.put(v.keys(), v);
            }
        }
    }

    /**
     * Whether an entry's dated codes are all one country's, at least one of them the bare country
     * ("IRQ"), as Phoenix codes a country whose status changed (occupied, at war).
     */
    private static boolean datedCountry(List<CodeSpan> codes) {
        String iso = codes.get(0).code().length() >= 3 ? codes.get(0).code().substring(0, 3) : "";
        if (codes.size() < 2 || !iso.matches("[A-Z]{3}") || iso.equals("IGO") || iso.equals("NGO")) {
            return false;
        }
        boolean bare = false;
        for (CodeSpan c : codes) {
            if (!c.code().startsWith(iso)) {
                return false;
            }
            bare |= c.code().equals(iso);
        }
        return bare;
    }
}
