package org.dyad.core.dict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.CodeSpan;
import org.dyad.core.text.Words;

/** Builds an {@link ActorDictionary} from actor blocks, later blocks replacing earlier ones with the same kind and id. */
public final class ActorDictionaryLoader {
    private static final Pattern ID = Pattern.compile("[A-Z0-9_]+");
    private static final Pattern CODE = Pattern.compile("(?:[A-Z]{3}|---)(?:[A-Z]{3})*");
    /** A date range closing a list of names: {@code capital Juba 2011-07-09..}. */
    private static final Pattern TRAILING_RANGE = Pattern.compile("^(.*?)\\s+([0-9-]*\\.\\.[0-9-]*)$");
    private static final Map<ActorKind, Set<String>> FIELDS = Map.of(
            ActorKind.COUNTRY, Set.of("name", "adj", "people", "capital", "seat", "local-adj", "local-people", "note",
                    "source"),
            ActorKind.SECTOR, Set.of("name", "note", "source"),
            ActorKind.MODIFIER, Set.of("name", "code", "note", "source"),
            ActorKind.NONACTOR, Set.of("name", "note", "source"),
            ActorKind.PRESS, Set.of("name", "note", "source"),
            ActorKind.IGO, Set.of("name", "adj", "code", "country", "parent", "note", "source"),
            ActorKind.NGO, Set.of("name", "adj", "code", "country", "parent", "note", "source"),
            ActorKind.GROUP, Set.of("name", "local", "adj", "code", "country", "parent", "note", "source"),
            ActorKind.ORG, Set.of("name", "local", "adj", "code", "country", "parent", "note", "source"),
            ActorKind.PERSON, Set.of("name", "local", "code", "country", "note", "source"));

    private final Problems problems;
    private final Map<String, Block> blocks = new LinkedHashMap<>();

    public ActorDictionaryLoader(Problems problems) {
        this.problems = problems;
    }

    /** Adds the blocks of one root; a block with the kind and id of an earlier one replaces it. */
    public void add(List<Block> more) {
        Map<String, Line> seenHere = new HashMap<>();
        for (Block b : more) {
            ActorKind kind;
            try {
                kind = ActorKind.parse(b.kind());
            } catch (IllegalArgumentException e) {
                problems.error(b.header(), "unknown kind '" + b.kind() + "' (expected one of "
                        + "country, sector, modifier, nonactor, press, igo, ngo, group, org, person)");
                continue;
            }
            if (kind == ActorKind.UNKNOWN) {
                problems.error(b.header(), "kind 'unknown' cannot be declared");
                continue;
            }
            String key = kind.name() + ":" + b.id();
            Line before = seenHere.put(key, b.header());
            if (before != null) {
                problems.error(b.header(), "duplicate " + b.kind() + " '" + b.id() + "', first at " + before.where());
                continue;
            }
            blocks.remove(key);
            blocks.put(key, b);
        }
    }

    public ActorDictionary build() {
        Set<String> countries = new HashSet<>();
        for (Block b : blocks.values()) {
            if (b.kind().equals("country")) {
                countries.add(b.id());
            }
        }
        Map<String, Actor> actors = new LinkedHashMap<>();
        PhraseTrie<NameEntry> trie = new PhraseTrie<>();
        Map<String, NameEntry> surfaces = new HashMap<>();
        Set<String> press = new HashSet<>();
        for (Block b : blocks.values()) {
            ActorKind kind = ActorKind.parse(b.kind());
            checkId(b, kind);
            Set<String> allowed = FIELDS.get(kind);
            String country = null;
            List<CodeSpan> codes = new ArrayList<>();
            for (Block.Field f : b.fields()) {
                if (!allowed.contains(f.name())) {
                    problems.error(f.line(), "field '" + f.name() + "' is not allowed in a " + b.kind()
                            + " block (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
                    continue;
                }
                if (f.name().equals("country")) {
                    country = f.value().strip();
                    if (!countries.contains(country)) {
                        problems.error(f.line(), "unknown country '" + country + "'");
                    }
                } else if (f.name().equals("code")) {
                    CodeSpan c = parseCode(f, kind, countries);
                    if (c != null) {
                        codes.add(c);
                    }
                }
            }
            checkOverlaps(b, codes);
            if (kind == ActorKind.PRESS) {
                for (Block.Field f : b.fields()) {
                    if (f.name().equals("name")) {
                        for (String item : f.items()) {
                            press.add(ActorDictionary.pressKey(item));
                        }
                    }
                }
                continue;
            }
            if (kind == ActorKind.COUNTRY) {
                country = b.id();
                codes = List.of(new CodeSpan(b.id(), null, null, ""));
            }
            Actor actor = null;
            if (kind != ActorKind.SECTOR && kind != ActorKind.MODIFIER && kind != ActorKind.NONACTOR) {
                if (country == null && !codes.isEmpty()) {
                    String first = codes.get(0).code().substring(0, 3);
                    if (countries.contains(first)) {
                        country = first;
                    }
                }
                if (codes.isEmpty()) {
                    problems.error(b.header(), b.kind() + " '" + b.id() + "' has no code line");
                    continue;
                }
                actor = new Actor(kind, b.id(), b.display(), codes, country, b.header().where());
                actors.put(kind.name() + ":" + b.id(), actor);
            }
            String role = null;
            if (kind == ActorKind.SECTOR) {
                role = b.id();
                if (!RoleCodes.ROLES.contains(role)) {
                    problems.error(b.header(), "unknown role code '" + role + "'");
                }
            } else if (kind == ActorKind.MODIFIER) {
                role = codes.isEmpty() ? null : codes.get(0).code();
            }
            for (Block.Field f : b.fields()) {
                NameEntry.Use use = useOf(f.name(), kind);
                if (use == null) {
                    continue;
                }
                Block.Field names = f;
                NameEntry.Scope scope = NameEntry.Scope.ALWAYS;
                java.util.regex.Matcher bounded = TRAILING_RANGE.matcher(f.value().strip());
                if (bounded.matches()) {
                    try {
                        LocalDate[] r = Dates.range(bounded.group(2));
                        scope = new NameEntry.Scope(r[0], r[1], false);
                    } catch (IllegalArgumentException e) {
                        problems.error(f.line(), e.getMessage());
                        continue;
                    }
                    names = new Block.Field(f.name(), bounded.group(1), f.line());
                }
                if (f.name().startsWith("local")) {
                    if (country == null) {
                        problems.error(f.line(), "a local name needs the actor's country (a 'country' line)");
                        continue;
                    }
                    scope = new NameEntry.Scope(scope.from(), scope.to(), true);
                }
                for (String item : names.items()) {
                    addName(trie, surfaces, new NameEntry(actor, use, role, Words.of(item), f.line().where(), scope), f.line());
                }
            }
        }
        return new ActorDictionary(actors, trie, press);
    }

    private static NameEntry.Use useOf(String field, ActorKind kind) {
        switch (field) {
            case "local":
                return NameEntry.Use.NAME;
            case "local-adj":
                return NameEntry.Use.ADJECTIVE;
            case "local-people":
                return NameEntry.Use.PEOPLE;
            case "name":
                if (kind == ActorKind.SECTOR) {
                    return NameEntry.Use.ROLE;
                }
                if (kind == ActorKind.NONACTOR) {
                    return NameEntry.Use.BLOCK;
                }
                return kind == ActorKind.MODIFIER ? NameEntry.Use.MODIFIER : NameEntry.Use.NAME;
            case "adj":
                return NameEntry.Use.ADJECTIVE;
            case "people":
                return NameEntry.Use.PEOPLE;
            case "capital":
                return NameEntry.Use.CAPITAL;
            case "seat":
                return NameEntry.Use.SEAT;
            default:
                return null;
        }
    }

    private void addName(PhraseTrie<NameEntry> trie, Map<String, NameEntry> surfaces, NameEntry e, Line at) {
        if (e.words().isEmpty()) {
            problems.error(at, "empty name");
            return;
        }
        for (NameEntry v : e.forms()) {
            String surface = String.join(" ", v.words()) + "/" + v.use();
            NameEntry prior = surfaces.get(surface);
            boolean apart = prior != null && (prior.scope().local() || v.scope().local()
                    || !prior.scope().overlaps(v.scope()));
            if (prior != null && apart) {
                // "Juba" for Sudan until 2011 and for South Sudan after; "Congress" in Lima: never the same text.
                trie.put(v.keys(), v);
                continue;
            }
            if (prior != null && !sameActor(prior, v)) {
                problems.warn(at, "'" + String.join(" ", v.words()) + "' also names "
                        + describe(prior) + " (" + prior.rule() + ")");
            } else if (prior != null) {
                continue;
            }
            surfaces.putIfAbsent(surface, v);
            trie.put(v.keys(), v);
        }
    }

    private static boolean sameActor(NameEntry a, NameEntry b) {
        if (a.actor() == null || b.actor() == null) {
            return a.actor() == b.actor() && java.util.Objects.equals(a.role(), b.role());
        }
        return a.actor().kind() == b.actor().kind() && a.actor().id().equals(b.actor().id());
    }

    private static String describe(NameEntry e) {
        if (e.actor() == null) {
            return "role " + e.role();
        }
        return e.actor().kind().name().toLowerCase(Locale.ROOT) + " " + e.actor().id();
    }

    private void checkId(Block b, ActorKind kind) {
        if (!ID.matcher(b.id()).matches()) {
            problems.error(b.header(), "an id is upper-case letters, digits and '_', not '" + b.id() + "'");
        }
        if (kind == ActorKind.COUNTRY && !b.id().matches("[A-Z]{3}")) {
            problems.error(b.header(), "a country's id is its ISO 3166 alpha-3 code, not '" + b.id() + "'");
        }
    }

    private CodeSpan parseCode(Block.Field f, ActorKind kind, Set<String> countries) {
        String[] p = f.value().strip().split("\\s+");
        if (p.length == 0 || p[0].isEmpty()) {
            problems.error(f.line(), "a code line needs a code");
            return null;
        }
        String code = p[0];
        if (kind == ActorKind.MODIFIER) {
            if (!RoleCodes.ROLES.contains(code)) {
                problems.error(f.line(), "a modifier's code is a role code, not '" + code + "'");
                return null;
            }
            return new CodeSpan(code, null, null, "");
        }
        if (!CODE.matcher(code).matches()) {
            problems.error(f.line(), "an actor code is a run of three-letter upper-case segments, not '" + code + "'");
            return null;
        }
        String head = code.substring(0, 3);
        if (!countries.contains(head) && !RoleCodes.INTERNATIONAL.contains(head)) {
            problems.error(f.line(), "code '" + code + "' begins with '" + head
                    + "', which is neither a country nor IGO, NGO, IMG, MNC");
            return null;
        }
        if (countries.contains(head) && code.length() >= 6 && !RoleCodes.ROLES.contains(code.substring(3, 6))) {
            problems.error(f.line(), "unknown role code '" + code.substring(3, 6) + "' in '" + code + "'");
            return null;
        }
        LocalDate from = null;
        LocalDate to = null;
        int titleStart = 1;
        if (p.length > 1 && p[1].contains("..")) {
            try {
                LocalDate[] r = Dates.range(p[1]);
                from = r[0];
                to = r[1];
            } catch (IllegalArgumentException e) {
                problems.error(f.line(), e.getMessage());
                return null;
            }
            titleStart = 2;
        }
        StringBuilder title = new StringBuilder();
        for (int i = titleStart; i < p.length; i++) {
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(p[i]);
        }
        return new CodeSpan(code, from, to, title.toString());
    }

    private void checkOverlaps(Block b, List<CodeSpan> codes) {
        int undated = 0;
        for (CodeSpan c : codes) {
            if (!c.dated()) {
                undated++;
            }
        }
        if (undated > 1) {
            problems.error(b.header(), b.kind() + " '" + b.id() + "' has " + undated + " undated codes; give dates");
        }
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                CodeSpan x = codes.get(i);
                CodeSpan y = codes.get(j);
                if (x.dated() && y.dated() && x.overlaps(y)) {
                    problems.error(b.header(), b.kind() + " '" + b.id() + "': date ranges overlap: "
                            + x.code() + " " + range(x) + " and " + y.code() + " " + range(y));
                }
            }
        }
    }

    private static String range(CodeSpan c) {
        return (c.from() == null ? "" : c.from().toString()) + ".." + (c.to() == null ? "" : c.to().toString());
    }
}
