package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.jspecify.annotations.Nullable;

/**
 * Phrases that refer back to two sides at once: "the two leaders", "the two countries", "both
 * sides", "the two". Each resolves to the two actors the text last joined by "and" ("Olmert and
 * Abbas met … The two leaders discussed …"), in the same sentence or the ones just before; for
 * leaders and states, failing that, to the two countries the story names most. A phrase in advice
 * ("the two sides should talk") is left alone, and so is a side that is the one addressing the
 * phrase ("Rice urged the two sides", when Rice is one of them).
 */
final class PairReferences {
    /** The rule prefix of a mention this class resolved; {@link Pronouns} expands "they" through it. */
    static final String RULE = "pair: ";

    enum Scope { PEOPLE, STATES, ANY }

    private static final Set<String> PEOPLE = Set.of("leader", "minister", "president", "premier", "chancellor",
            "king", "monarch", "counterpart", "head", "statesman", "prime");
    private static final Set<String> STATES = Set.of("country", "nation", "government", "state", "neighbour",
            "neighbor", "capital", "ally");
    private static final Set<String> SIDES = Set.of("side", "party");
    /** Roles of people who hold no office, whom "the two leaders" never stands for. */
    private static final Set<String> NO_OFFICE = Set.of("CVL", "REF", "CRM", "UAF");
    private static final Set<String> ADVICE = Set.of("should", "must", "ought", "need", "shall");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");

    private PairReferences() {}

    /** The scope a phrase head word asks for, or null when it names no pair of sides. */
    static @Nullable Scope scope(Sentence s, int head) {
        String l = s.token(head).lemma().toLowerCase(Locale.ROOT);
        return PEOPLE.contains(l) ? Scope.PEOPLE : STATES.contains(l) ? Scope.STATES
                : SIDES.contains(l) ? Scope.ANY : null;
    }

    /**
     * Where the words that make a plural noun a pair begin ("the" of "the two leaders", "both" of
     * "both sides"), or -1 when they do not.
     */
    static int pairStart(Sentence s, int start, int head) {
        if (!s.token(head).pos().equals("NNS")) {
            return -1;
        }
        int w = start;
        while (w < head && !s.token(w).word().equalsIgnoreCase("two") && !s.token(w).word().equalsIgnoreCase("both")) {
            w++;
        }
        if (w >= head) {
            // The mention may begin after the number: "the two [leaders]".
            w = start - 1;
        }
        if (w < 0) {
            return -1;
        }
        String x = s.token(w).word().toLowerCase(Locale.ROOT);
        if (x.equals("both")) {
            return w;
        }
        return x.equals("two") && w > 0 && s.token(w - 1).word().equalsIgnoreCase("the") ? w - 1 : -1;
    }

    /** Whether a token is a bare "the two" standing for two sides: "the two met in Oslo". */
    static boolean bareTwo(Sentence s, int w) {
        return s.token(w).word().equalsIgnoreCase("two") && w > 0 && s.token(w - 1).word().equalsIgnoreCase("the")
                && (w + 1 >= s.size() || !s.token(w + 1).isNoun() && !s.token(w + 1).pos().startsWith("JJ"));
    }

    /** The two sides a pair phrase ("the two leaders", "both sides", "the two") at {@code head} stands for. */
    static List<ActorMention> pair(Sentence s, Graph g, int start, int end, int head, List<ActorMention> here,
            Analysis in, Map<Integer, List<ActorMention>> bySentence, List<Graph> basics) {
        Scope scope = bareTwo(s, head) ? Scope.ANY : scope(s, head);
        if (scope == null) {
            return List.of();
        }
        String role = s.token(head).lemma().equalsIgnoreCase("government") ? "GOV" : null;
        return resolve(s, g, start, end, head, scope, role, here, bySentence, in.sentences(), basics,
                in.document().date());
    }

    /**
     * The two actors a pair phrase at {@code head} refers to, as references spanning
     * [start, end), or an empty list.
     */
    static List<ActorMention> resolve(Sentence s, Graph g, int start, int end, int head, Scope scope,
            @Nullable String role, List<ActorMention> here, Map<Integer, List<ActorMention>> bySentence,
            List<Sentence> sentences, List<Graph> basics, @Nullable LocalDate date) {
        if (clauseHas(s, g, head, ADVICE)) {
            return List.of();
        }
        // "The EU and the United States urged both sides": those who address the phrase are not the pair.
        Set<Integer> addressers = addressers(s, g, head);
        List<ActorMention> candidates = new ArrayList<>(here);
        candidates.removeIf(m -> addressers.contains(m.head()));
        ActorMention[] pair = joined(s, g, start, candidates, scope, date);
        int back = scope == Scope.ANY ? 1 : 2;
        for (int k = s.index() - 1; pair == null && k >= Math.max(0, s.index() - back); k--) {
            pair = joined(sentences.get(k), basics.get(k), Integer.MAX_VALUE, bySentence.getOrDefault(k, List.of()),
                    scope, date);
        }
        if (pair == null && scope == Scope.PEOPLE) {
            pair = lastMeeting(s.index(), here, start, bySentence, date);
        }
        if (pair == null && scope != Scope.ANY) {
            pair = mostNamed(s.index(), here, start, bySentence, scope, date);
        }
        if (pair == null) {
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>(2);
        for (ActorMention a : withoutAddresser(pair, addressers, here, date)) {
            String r = role != null ? role : a.form() == Form.CAPITAL || a.form() == Form.SEAT ? "GOV" : a.role();
            out.add(new ActorMention(s.index(), start, end, head, a.actor(), r, Form.REFERENCE, s.words(start, end),
                    RULE + "'" + a.text() + "' (" + a.rule() + ")"));
        }
        return out;
    }

    /** The last two actors of a sentence before {@code before} joined by "and", or null. */
    private static ActorMention @Nullable [] joined(Sentence s, Graph g, int before, List<ActorMention> ms, Scope scope,
            @Nullable LocalDate date) {
        ActorMention[] best = null;
        for (ActorMention a : ms) {
            if (a.end() > before || !fitsJoined(a, scope, date)) {
                continue;
            }
            List<Edge> conj = g.children(a.head(), "conj");
            if (conj.size() != 1 || clauseHas(s, g, a.head(), CONDITIONS)) {
                continue;
            }
            for (ActorMention b : ms) {
                if (b.head() == conj.get(0).dependent() && b.end() <= before && fitsJoined(b, scope, date)
                        && !country(a, date).isEmpty() && !country(b, date).isEmpty()
                        && !country(a, date).equals(country(b, date))
                        && (best == null || b.start() > best[1].start())) {
                    best = new ActorMention[] {a, b};
                }
            }
        }
        return best;
    }

    /**
     * "Dar held a telephone conversation with his Saudi counterpart … Both ministers reaffirmed":
     * the last sentence, this one or one of the three before it, that names people of office of
     * exactly two countries, the last named of each; null when the nearest such sentence names
     * people of office of one country only or of three or more.
     */
    private static ActorMention @Nullable [] lastMeeting(int sentence, List<ActorMention> here, int before,
            Map<Integer, List<ActorMention>> bySentence, @Nullable LocalDate date) {
        for (int k = sentence; k >= Math.max(0, sentence - 3); k--) {
            List<ActorMention> ms = k == sentence ? here : bySentence.getOrDefault(k, List.of());
            Map<String, ActorMention> last = new LinkedHashMap<>();
            for (ActorMention m : ms) {
                String c = country(m, date);
                if (!c.isEmpty() && fits(m, Scope.PEOPLE) && !(k == sentence && m.end() > before)
                        && !m.rule().startsWith(RULE)) {
                    last.put(c, m);
                }
            }
            if (last.size() == 2) {
                return last.values().toArray(new ActorMention[0]);
            }
            if (last.size() > 2) {
                return null;
            }
        }
        return null;
    }

    /** The two countries named most in the story so far, when no third is named as often as the second. */
    private static ActorMention @Nullable [] mostNamed(int sentence, List<ActorMention> here, int before,
            Map<Integer, List<ActorMention>> bySentence, Scope scope, @Nullable LocalDate date) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, ActorMention> last = new HashMap<>();
        for (int k = 0; k <= sentence; k++) {
            List<ActorMention> ms = k == sentence ? here : bySentence.getOrDefault(k, List.of());
            for (ActorMention m : ms) {
                String c = country(m, date);
                if (c.isEmpty() || k == sentence && m.end() > before || m.rule().startsWith(RULE)) {
                    continue;
                }
                counts.merge(c, 1, Integer::sum);
                if (fits(m, scope)) {
                    last.put(c, m);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
        if (ranked.size() < 2 || ranked.size() > 2 && ranked.get(2).getValue().equals(ranked.get(1).getValue())) {
            return null;
        }
        ActorMention a = last.get(ranked.get(0).getKey());
        ActorMention b = last.get(ranked.get(1).getKey());
        return a == null || b == null ? null : new ActorMention[] {a, b};
    }

    /** Whether a mention can be one side of a pair of this scope. */
    private static boolean fits(ActorMention m, Scope scope) {
        if (m.actor() == null || m.form() == Form.UNKNOWN || m.form() == Form.ADJECTIVE) {
            return false;
        }
        return switch (scope) {
            // "Both ministers reaffirmed …": leaders and ministers are no civilians ("the Palestinian people").
            case PEOPLE -> m.actor().kind() == ActorKind.PERSON
                    || m.form() == Form.ROLE && m.role() != null && !NO_OFFICE.contains(m.role())
                    || m.form() == Form.REFERENCE && m.actor().kind() == ActorKind.PERSON;
            case STATES -> m.actor().kind() == ActorKind.COUNTRY && (m.role() == null || "GOV".equals(m.role()))
                    && m.form() != Form.PEOPLE || m.form() == Form.CAPITAL || m.form() == Form.SEAT;
            case ANY -> true;
        };
    }

    /**
     * Whether a mention joined to another by "and" can be one of a pair: as {@link #fits}, and for
     * states their heads too ("met President Xi and President Putin … thanked both countries").
     */
    private static boolean fitsJoined(ActorMention m, Scope scope, @Nullable LocalDate date) {
        return fits(m, scope) || scope == Scope.STATES && m.actor() != null && m.actor().kind() == ActorKind.PERSON
                && "GOV".equals(org.dyad.core.dict.RoleCodes.roleOf(m.codeAt(date)));
    }

    /** A mention's country, the first three letters of its code, or "" when it has none. */
    private static String country(ActorMention m, @Nullable LocalDate date) {
        String c = org.dyad.core.dict.RoleCodes.country(m.codeAt(date));
        return c == null ? "" : c;
    }

    /** The subjects (and their conjuncts) of the verb a phrase hangs from, when the phrase is not its subject. */
    private static Set<Integer> addressers(Sentence s, Graph g, int head) {
        Edge up = g.head(head);
        Set<Integer> out = new java.util.HashSet<>();
        if (up == null || up.relation().startsWith("nsubj")) {
            return out;
        }
        int verb = Syntax.clause(s, g, head);
        for (Edge e : g.children(verb)) {
            if (e.relation().equals("nsubj")) {
                out.add(e.dependent());
                for (Edge c : g.children(e.dependent(), "conj")) {
                    out.add(c.dependent());
                }
            }
        }
        return out;
    }

    /**
     * The pair without the side that addresses the phrase: in "Olmert urged the two leaders", the
     * other side is the one urged. Empty when both sides address it.
     */
    private static List<ActorMention> withoutAddresser(ActorMention[] pair, Set<Integer> addressers,
            List<ActorMention> here, @Nullable LocalDate date) {
        List<ActorMention> out = new ArrayList<>(List.of(pair));
        for (ActorMention m : here) {
            if (addressers.contains(m.head()) && !country(m, date).isEmpty()) {
                out.removeIf(p -> country(p, date).equals(country(m, date)));
            }
        }
        return out;
    }

    /** Whether a word's clause, or a clause above it, has one of these words as its modal or marker. */
    private static boolean clauseHas(Sentence s, Graph g, int w, Set<String> words) {
        int cur = w;
        for (int guard = 0; guard <= s.size(); guard++) {
            Edge up = g.head(cur);
            if (up == null) {
                return false;
            }
            cur = up.governor();
            for (Edge e : g.children(cur)) {
                if ((e.relation().equals("aux") || e.relation().equals("mark"))
                        && words.contains(s.token(e.dependent()).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
