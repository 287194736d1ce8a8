package org.dyad.core.dict;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.ontology.Cameo;

/**
 * The frames of {@code frames.txt}:
 *
 * <pre>
 * frame INTEND
 *     verbs    plan | intend | pledge | promise | offer
 *     nouns    plan | pledge | offer | decision
 *     default  030
 *     map      04=036 | 06=031 | 061=0311 | 07=033
 * </pre>
 */
public final class Frames {
    private final Map<Frame.Kind, Frame> frames;
    private final Map<String, Frame> byVerb;
    private final Map<String, Frame> byNoun;

    private Frames(Map<Frame.Kind, Frame> frames) {
        this.frames = Collections.unmodifiableMap(frames);
        Map<String, Frame> v = new HashMap<>();
        Map<String, Frame> n = new HashMap<>();
        for (Frame f : frames.values()) {
            for (String s : f.verbs()) {
                v.putIfAbsent(s, f);
            }
            for (String s : f.nouns()) {
                n.putIfAbsent(s, f);
            }
        }
        this.byVerb = Collections.unmodifiableMap(v);
        this.byNoun = Collections.unmodifiableMap(n);
    }

    public static Frames empty() {
        return new Frames(new EnumMap<>(Frame.Kind.class));
    }

    public Optional<Frame> verb(String lemma) {
        return Optional.ofNullable(byVerb.get(lemma));
    }

    public Optional<Frame> noun(String lemma) {
        return Optional.ofNullable(byNoun.get(lemma));
    }

    public Optional<Frame> get(Frame.Kind kind) {
        return Optional.ofNullable(frames.get(kind));
    }

    public Map<Frame.Kind, Frame> all() {
        return frames;
    }

    public static Frames from(List<Block> blocks, Cameo cameo, Problems problems) {
        Map<Frame.Kind, Block> byKind = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (!b.kind().equals("frame")) {
                problems.error(b.header(), "expected 'frame KIND', not '" + b.kind() + "'");
                continue;
            }
            try {
                byKind.put(Frame.Kind.valueOf(b.id().toUpperCase(Locale.ROOT)), b);
            } catch (IllegalArgumentException e) {
                problems.error(b.header(), "unknown frame kind '" + b.id() + "'");
            }
        }
        Map<Frame.Kind, Frame> out = new EnumMap<>(Frame.Kind.class);
        Map<String, String> verbOwner = new HashMap<>();
        for (Map.Entry<Frame.Kind, Block> e : byKind.entrySet()) {
            Block b = e.getValue();
            Set<String> verbs = new HashSet<>();
            Set<String> nouns = new HashSet<>();
            Set<String> unreliable = new HashSet<>();
            Map<String, String> map = new HashMap<>();
            String def = null;
            for (Block.Field f : b.fields()) {
                switch (f.name()) {
                    case "verbs":
                        for (String v : f.items()) {
                            String lemma = v.toLowerCase(Locale.ROOT);
                            String prior = verbOwner.putIfAbsent(lemma, b.id());
                            if (prior != null && !prior.equals(b.id())) {
                                problems.error(f.line(), "verb '" + lemma + "' is already in frame " + prior);
                            }
                            verbs.add(lemma);
                        }
                        break;
                    case "nouns":
                        for (String v : f.items()) {
                            nouns.add(v.toLowerCase(Locale.ROOT));
                        }
                        break;
                    case "unreliable":
                        for (String v : f.items()) {
                            unreliable.add(v.toLowerCase(Locale.ROOT));
                        }
                        break;
                    case "default":
                        def = f.value().strip();
                        if (!cameo.contains(def) && !def.equals("hypothetical") && !def.equals("keep") && !def.equals("negate")) {
                            problems.error(f.line(), "unknown CAMEO code '" + def + "'");
                        }
                        break;
                    case "map":
                        for (String item : f.items()) {
                            int eq = item.indexOf('=');
                            if (eq <= 0) {
                                problems.error(f.line(), "a map item is PREFIX=CODE, not '" + item + "'");
                                continue;
                            }
                            String from = item.substring(0, eq).strip();
                            String to = item.substring(eq + 1).strip();
                            if (!from.matches("\\d{2,4}")) {
                                problems.error(f.line(), "'" + from + "' is not a CAMEO code prefix");
                            }
                            if (!to.equals("keep") && !to.equals("negate") && !to.equals("hypothetical") && !cameo.contains(to)) {
                                problems.error(f.line(), "unknown CAMEO code '" + to + "'");
                            }
                            if (map.put(from, to) != null) {
                                problems.error(f.line(), "prefix " + from + " is mapped twice");
                            }
                        }
                        break;
                    default:
                        problems.error(f.line(), "unknown frame field '" + f.name()
                                + "' (verbs, nouns, default, map, unreliable)");
                }
            }
            out.put(e.getKey(), new Frame(e.getKey(), verbs, nouns, def, map, unreliable, b.header().where()));
        }
        return new Frames(out);
    }
}
