package org.dyad.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;

/**
 * Misparses that change who did what to whom, corrected before any later stage reads the parse.
 * Each repair is narrow and keeps every other edge as the parser gave it.
 */
final class ParseRepairs {
    private ParseRepairs() {}

    /** Relations by which the parser hangs an adjectival participle on the verb before it. */
    private static final Set<String> CLAUSAL = Set.of("xcomp", "dep", "ccomp", "advcl");

    /** Participles that news puts before a person as adjectives: "met visiting Kenyan President Kibaki". */
    private static final Set<String> ADJECTIVAL = Set.of("visiting");

    static Sentence apply(Sentence s) {
        return dayAsSubject(dayOf(participles(reducedPassives(postings(agentsOfNouns(strandedParticiples(strandedRelatives(
                backedBy(invertedSpeakers(s))))))))));
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** The sentence's weekdays. */
    private static List<Token> weekdays(Sentence s) {
        List<Token> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (WEEKDAYS.contains(t.word().toLowerCase(Locale.ROOT))) {
                out.add(t);
            }
        }
        return out;
    }

    /** Nouns of time an "of" phrase may rightly give a day: "Wednesday of last week". */
    private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "day", "weekend", "season");

    /**
     * "renewed its condemnation on Wednesday of Iranian President Ahmadinejad's attacks", parsed with
     * the "of" phrase on the weekday: an "of" phrase that is no time belongs to the noun the day
     * phrase hangs on.
     */
    private static Sentence dayOf(Sentence s) {
        List<Token> days = weekdays(s);
        Graph g = days.isEmpty() ? null : Graph.basic(s);
        for (Token t : days) {
            Edge up = g.head(t.index());
            if (up == null || !up.relation().startsWith("nmod") || !s.token(up.governor()).isNoun()) {
                continue;
            }
            for (Edge e : g.children(t.index())) {
                int of = e.dependent();
                boolean ofPhrase = Graph.matches(e.relation(), "nmod") && g.children(of, "case").stream()
                        .anyMatch(c -> s.token(c.dependent()).word().equalsIgnoreCase("of"));
                if (ofPhrase && of > t.index() && !TIME_NOUNS.contains(s.token(of).lemma().toLowerCase(Locale.ROOT))) {
                    int day = t.index();
                    int noun = up.governor();
                    return rewired(s, edges -> moved(edges, day, of, noun));
                }
            }
        }
        return s;
    }

    /** Words the parser takes for a clause's mark before a weekday: "on Friday", "last Friday". */
    private static final Set<String> DAY_MARKS = Set.of("on", "last", "this");

    /**
     * "Trump threatened on Friday to impose tariffs on Iran", parsed with "on" marking the infinitive
     * and the weekday as its subject: the day is a phrase of time of the verb before, and the
     * infinitive has no subject of its own.
     */
    private static Sentence dayAsSubject(Sentence s) {
        List<Token> days = weekdays(s);
        Graph g = days.isEmpty() ? null : Graph.basic(s);
        for (Token t : days) {
            int day = t.index();
            Edge up = g.head(day);
            if (up == null || !up.relation().equals("nsubj") || up.governor() < day) {
                continue;
            }
            int clause = up.governor();
            Edge top = g.head(clause);
            int on = -1;
            boolean to = false;
            for (Edge e : g.children(clause, "mark")) {
                String w = s.token(e.dependent()).word().toLowerCase(Locale.ROOT);
                if (e.dependent() < day && DAY_MARKS.contains(w)) {
                    on = e.dependent();
                } else if (w.equals("to") && e.dependent() > day) {
                    to = true;
                }
            }
            if (top == null || top.governor() >= day || !top.relation().equals("advcl") || on < 0 || !to
                    || !s.token(top.governor()).pos().startsWith("VB")) {
                continue;
            }
            int verb = top.governor();
            String ofDay = "obl:" + s.token(on).word().toLowerCase(Locale.ROOT);
            return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(),
                    dayEdges(s.basic(), clause, day, on, verb, "obl"),
                    dayEdges(s.enhanced(), clause, day, on, verb, ofDay));
        }
        return s;
    }

    /** The edges with the day hung on {@code verb} and its "on" made the day's case. */
    private static List<Edge> dayEdges(List<Edge> edges, int clause, int day, int prep, int verb, String rel) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            if (e.governor() == clause && e.dependent() == day && e.relation().startsWith("nsubj")) {
                out.add(new Edge(verb, day, rel));
            } else if (e.governor() == clause && e.dependent() == prep && e.relation().equals("mark")) {
                out.add(new Edge(day, prep, "case"));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** Verbs of saying that wire copy puts before their speaker: "…, said Chinese President Hu Jintao". */
    private static final Set<String> SAYING = Set.of("say", "add", "note", "stress", "state", "insist", "declare",
            "explain", "emphasize", "emphasise", "remark");

    /**
     * "China and Burundi should enhance cooperation, said Chinese President Hu Jintao when meeting
     * with …", parsed with the speaker as the object of "said": a verb of saying whose reported
     * clause comes first and that has no subject of its own takes the name after it as its subject.
     */
    private static Sentence invertedSpeakers(Sentence s) {
        Graph g = null;
        for (Token t : s.tokens()) {
            if (!t.pos().startsWith("VB") || !SAYING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (g == null) {
                g = Graph.basic(s);
            }
            int v = t.index();
            boolean reportedFirst = false;
            boolean subject = false;
            int object = -1;
            for (Edge e : g.children(v)) {
                String r = e.relation();
                if ((r.equals("ccomp") || r.equals("parataxis")) && e.dependent() < v) {
                    reportedFirst = true;
                } else if (r.startsWith("nsubj") || r.startsWith("csubj")) {
                    subject = true;
                } else if (r.equals("obj") && e.dependent() > v && s.token(e.dependent()).pos().startsWith("NNP")) {
                    object = e.dependent();
                }
            }
            if (reportedFirst && !subject && object >= 0) {
                int speaker = object;
                return rewired(s, edges -> edges.stream().map(e -> e.governor() == v && e.dependent() == speaker
                        && e.relation().equals("obj") ? new Edge(v, speaker, "nsubj") : e).toList());
            }
        }
        return s;
    }

    /** The sentence with both its graphs rewritten by {@code rewrite}. */
    private static Sentence rewired(Sentence s, UnaryOperator<List<Edge>> rewrite) {
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), rewrite.apply(s.basic()),
                rewrite.apply(s.enhanced()));
    }

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    /** Participles that describe who a force or a speaker is: "backed by", "armed by", "quoted by". */
    private static final Set<String> BACKERS = Set.of("back", "support", "arm", "train", "fund", "finance", "sponsor",
            "aid", "assist", "help", "escort", "accompany", "flank", "cover", "equip", "lead", "head", "quote", "cite");

    /**
     * "Rebels backed by Rwanda attacked the army", parsed with "backed" as the sentence's verb and
     * "attacked" hung on it (dep), or "Militants supported by Iran fired rockets", parsed with "fired"
     * as an adjective of "rockets": a participle right before "by" after its subject is a reduced
     * relative on that subject, and the other verb is the clause's own.
     */
    private static Sentence backedBy(Sentence s) {
        Graph g = null;
        for (Token t : s.tokens()) {
            int v = t.index();
            if (!(t.pos().equals("VBN") || t.pos().equals("VBD")) || v + 1 >= s.size()
                    || !BACKERS.contains(t.lemma().toLowerCase(Locale.ROOT))
                    || !s.token(v + 1).word().equalsIgnoreCase("by")) {
                continue;
            }
            if (g == null) {
                g = Graph.basic(s);
            }
            // The sentence's verb, or the clause a verb of saying reports: "sources said that the forces
            // backed by tanks had occupied the town".
            boolean root = s.basic().stream().anyMatch(e -> e.dependent() == v
                    && (e.relation().equals("root") || e.relation().equals("ccomp")));
            List<Edge> subjects = g.children(v, "nsubj");
            if (!root || subjects.size() != 1 || subjects.get(0).dependent() > v
                    || !g.children(v, "aux").isEmpty()) {
                continue;
            }
            int subject = subjects.get(0).dependent();
            for (Edge e : g.children(v)) {
                int w = e.dependent();
                // A past form tagged as a participle counts when it has an object, which no passive
                // participle has: "troops backed by police officers detained 12 militants".
                boolean hung = (e.relation().equals("dep") || e.relation().equals("ccomp") || e.relation().equals("parataxis"))
                        && w > v && g.children(w, "nsubj").isEmpty()
                        && (FINITE.contains(s.token(w).pos())
                            || s.token(w).pos().equals("VBN") && g.children(w, "aux").isEmpty()
                               && g.children(w, "aux:pass").isEmpty() && !g.children(w, "obj").isEmpty());
                boolean adjective = e.relation().equals("obj") && w > v + 1 && s.token(w - 1).pos().equals("VBD")
                        && g.head(w - 1) != null && g.head(w - 1).relation().equals("amod") && g.head(w - 1).governor() == w;
                if (hung) {
                    return rewired(s, edges -> relative(edges, v, subject, w, -1));
                }
                if (adjective) {
                    return rewired(s, edges -> relative(edges, v, subject, w - 1, w));
                }
                int verb = e.relation().equals("obj") ? pastRightAfterAgent(s, g, v, w) : -1;
                if (verb >= 0) {
                    return rewired(s, edges -> relative(edges, v, subject, verb, w));
                }
            }
        }
        return s;
    }

    /**
     * "President Chavez, who has survived an ouster, criticised Washington", parsed with the noun as
     * the root, the relative clause on it, and "criticised" hung on the relative's verb (dep): a
     * finite verb with no subject of its own, right after the comma that closes a relative clause on
     * the sentence's root noun, is the sentence's verb, and the noun is its subject.
     */
    private static Sentence strandedRelatives(Sentence s) {
        Graph g = null;
        for (Token t : s.tokens()) {
            int v = t.index();
            if (!FINITE.contains(t.pos()) || v < 2 || !s.token(v - 1).word().equals(",")) {
                continue;
            }
            if (g == null) {
                g = Graph.basic(s);
            }
            Edge up = g.head(v);
            if (up == null || !up.relation().equals("dep") || !g.children(v, "nsubj").isEmpty()
                    || !g.children(v, "nsubj:pass").isEmpty()) {
                continue;
            }
            int relative = up.governor();
            Edge rel = g.head(relative);
            if (rel == null || !rel.relation().equals("acl:relcl") || relative > v) {
                continue;
            }
            int noun = rel.governor();
            boolean root = s.basic().stream().anyMatch(e -> e.relation().equals("root") && e.dependent() == noun);
            if (!root || !s.token(noun).isNoun()) {
                continue;
            }
            int last = s.basic().stream().mapToInt(Edge::dependent).max().orElse(-1);
            return rewired(s, edges -> promoted(edges, noun, relative, v, last));
        }
        return s;
    }

    /**
     * "Israel, still hoping to win the soldier's release, held talks with Egypt", parsed with the
     * participle as the sentence's verb and "held" hung on it (dep) or made an adjective of its
     * object ("held talks" as a kind of talks): a finite verb with no subject, right after the comma
     * that closes a participle clause set off after the subject, is the sentence's verb; the
     * participle becomes its adverbial clause.
     */
    private static Sentence strandedParticiples(Sentence s) {
        Graph g = null;
        for (Token t : s.tokens()) {
            int p = t.index();
            if (!t.pos().equals("VBG") || p < 2 || !s.token(p - 1).word().equals(",") && !s.token(p - 2).word().equals(",")) {
                continue;
            }
            boolean root = s.basic().stream().anyMatch(e -> e.relation().equals("root") && e.dependent() == p);
            if (!root) {
                continue;
            }
            if (g == null) {
                g = Graph.basic(s);
            }
            List<Edge> subjects = g.children(p, "nsubj");
            if (subjects.size() != 1 || subjects.get(0).dependent() > p) {
                continue;
            }
            int subject = subjects.get(0).dependent();
            int comma = -1;
            for (Edge e : g.children(p, "punct")) {
                if (e.dependent() > p && s.token(e.dependent()).word().equals(",")) {
                    comma = e.dependent();
                    break;
                }
            }
            int verb = comma + 1;
            if (comma < 0 || verb >= s.size() || !FINITE.contains(s.token(verb).pos())
                    || !g.children(verb, "nsubj").isEmpty() || !g.children(verb, "nsubj:pass").isEmpty()) {
                continue;
            }
            Edge up = g.head(verb);
            Edge objectUp = up == null ? null : g.head(up.governor());
            int object;
            if (up != null && up.governor() == p && up.relation().equals("dep")) {
                object = -1;
            } else if (up != null && up.relation().equals("amod") && up.governor() > verb && objectUp != null
                    && objectUp.governor() == p && objectUp.relation().equals("obj")) {
                object = up.governor();
            } else {
                continue;
            }
            return rewired(s, edges -> finiteMain(edges, p, subject, verb, object));
        }
        return s;
    }

    /** {@code verb} heads the sentence with {@code subject}; the participle {@code p} is its adverbial clause. */
    private static List<Edge> finiteMain(List<Edge> edges, int p, int subject, int verb, int object) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            int gov = e.governor();
            int dep = e.dependent();
            if (e.relation().equals("root") && dep == p) {
                out.add(new Edge(gov, verb, "root"));
            } else if (dep == verb && (gov == p || gov == object)) {
                out.add(new Edge(verb, p, "advcl"));
            } else if (gov == p && (dep == subject || dep < subject || dep > verb)) {
                // The subject, what opens the sentence, and what follows the verb are the verb's.
                out.add(new Edge(verb, dep, e.relation()));
            } else if (object >= 0 && dep == object && e.relation().startsWith("nsubj")) {
                // "to win the release" is the subject's aim, not the talks'.
                out.add(new Edge(gov, subject, e.relation()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** {@code verb} heads the sentence with {@code noun} as its subject; the relative clause stays on the noun. */
    private static List<Edge> promoted(List<Edge> edges, int noun, int relative, int verb, int last) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            if (e.relation().equals("root") && e.dependent() == noun) {
                out.add(new Edge(e.governor(), verb, "root"));
            } else if (e.governor() == relative && e.dependent() == verb) {
                out.add(new Edge(verb, noun, "nsubj"));
            } else if (e.governor() == noun && e.relation().equals("punct") && e.dependent() == last) {
                out.add(new Edge(verb, last, "punct"));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * "troops backed by police officers detained 12 suspected fighters", parsed with "detained" as an
     * adjective of the object "fighters": a past form hung as an adjective on the participle's
     * object, right after the participle's "by" phrase, is the clause's verb; else -1.
     */
    private static int pastRightAfterAgent(Sentence s, Graph g, int v, int object) {
        for (Edge by : g.children(v)) {
            if (!by.relation().startsWith("obl")) {
                continue;
            }
            int agent = by.dependent();
            boolean marked = g.children(agent, "case").stream().anyMatch(c -> s.token(c.dependent()).word().equalsIgnoreCase("by"));
            if (!marked || agent + 1 >= object) {
                continue;
            }
            Token next = s.token(agent + 1);
            if ((next.pos().equals("VBD") || next.pos().equals("VBN"))
                    && g.children(object, "amod").stream().anyMatch(a -> a.dependent() == agent + 1)) {
                return agent + 1;
            }
        }
        return -1;
    }

    /** The participle {@code v} describes {@code subject}; {@code verb} heads the clause (with {@code object}, or -1). */
    private static List<Edge> relative(List<Edge> edges, int v, int subject, int verb, int object) {
        // The closing punctuation, the last word any edge reaches, goes with the clause's verb.
        int last = edges.stream().mapToInt(Edge::dependent).max().orElse(-1);
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            int gov = e.governor();
            int dep = e.dependent();
            if ((e.relation().equals("root") || e.relation().equals("ccomp")) && dep == v) {
                out.add(new Edge(gov, verb, e.relation()));
            } else if (gov == v && dep == subject) {
                out.add(new Edge(verb, subject, e.relation()));
            } else if (gov == v && dep < subject) {
                // What comes before the subject opens the clause: "On Tuesday, troops backed by … detained".
                out.add(new Edge(verb, dep, e.relation()));
            } else if (gov == v && dep == verb) {
                out.add(new Edge(subject, v, "acl"));
            } else if (object >= 0 && gov == object && dep == verb) {
                out.add(new Edge(subject, v, "acl"));
            } else if (object >= 0 && gov == v && dep == object) {
                out.add(new Edge(verb, object, "obj"));
            } else if (object >= 0 && gov == object && !e.relation().equals("det") && !e.relation().startsWith("amod")
                    && !e.relation().equals("compound") && !e.relation().equals("nummod") && dep > object) {
                // "fired rockets at Israel": a phrase after the object is the verb's.
                out.add(new Edge(verb, dep, e.relation().replace("nmod", "obl")));
            } else if (gov == v && e.relation().equals("punct") && dep == last) {
                out.add(new Edge(verb, dep, e.relation()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * "criticised the training of Iraqi recruits by German experts", parsed with the "by" phrase on
     * "criticised": an active verb has no agent phrase, and an object noun with an "of" phrase before
     * the "by" phrase is a deed the "by" phrase names the doer of ("the arrest of journalists by police").
     */
    private static Sentence agentsOfNouns(Sentence s) {
        Graph g = null;
        for (Token t : s.tokens()) {
            if (!t.word().equalsIgnoreCase("by")) {
                continue;
            }
            if (g == null) {
                g = Graph.basic(s);
            }
            Edge caseUp = g.head(t.index());
            if (caseUp == null || !caseUp.relation().equals("case")) {
                continue;
            }
            int agent = caseUp.governor();
            Edge up = g.head(agent);
            if (up == null || !up.relation().startsWith("obl") || !s.token(agent).isNoun()
                    || !s.token(up.governor()).isVerb() || g.children(up.governor(), "nsubj").isEmpty()) {
                continue;
            }
            int verb = up.governor();
            List<Edge> objects = g.children(verb, "obj");
            if (objects.size() != 1 || !s.token(objects.get(0).dependent()).isNoun()) {
                continue;
            }
            int deed = objects.get(0).dependent();
            boolean ofBefore = false;
            for (Edge e : g.children(deed)) {
                ofBefore |= e.relation().startsWith("nmod") && e.dependent() < agent && e.dependent() > deed
                        && g.children(e.dependent(), "case").stream().anyMatch(c -> s.token(c.dependent()).word().equalsIgnoreCase("of"));
            }
            if (!ofBefore || deed > agent) {
                continue;
            }
            return rewired(s, edges -> moved(edges, verb, agent, deed));
        }
        return s;
    }

    /** Nouns of those posted to a country, whose "to" phrase names where they serve. */
    private static final Set<String> POSTED = Set.of("ambassador", "ambassadors", "envoy", "envoys", "consul",
            "representative", "representatives", "delegate", "delegates", "emissary", "commissioner", "attache");

    /**
     * "expressed his dissatisfaction to the German ambassador to the UAE", parsed with both "to"
     * phrases on "dissatisfaction": a "to" phrase right after a posted person's noun is where that
     * person serves, not a second addressee.
     */
    private static Sentence postings(Sentence s) {
        Graph g = null;
        for (Token t : s.tokens()) {
            if (!POSTED.contains(t.word().toLowerCase(Locale.ROOT)) || t.index() + 2 >= s.size()
                    || !s.token(t.index() + 1).word().equalsIgnoreCase("to")) {
                continue;
            }
            if (g == null) {
                g = Graph.basic(s);
            }
            Edge up = g.head(t.index());
            int to = t.index() + 1;
            Edge caseUp = g.head(to);
            if (up == null || caseUp == null || !caseUp.relation().equals("case")) {
                continue;
            }
            int place = caseUp.governor();
            Edge placeUp = g.head(place);
            if (placeUp == null || placeUp.governor() != up.governor() || placeUp.governor() == t.index()) {
                continue;
            }
            int posted = t.index();
            int old = placeUp.governor();
            return rewired(s, edges -> moved(edges, old, place, posted));
        }
        return s;
    }

    private static List<Edge> moved(List<Edge> edges, int from, int dependent, int to) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            out.add(e.governor() == from && e.dependent() == dependent && !e.relation().startsWith("nsubj")
                    ? new Edge(to, dependent, e.relation().startsWith("obl") ? "nmod" + e.relation().substring(3) : e.relation())
                    : e);
        }
        return out;
    }

    /**
     * "has deported Georgians accused of staying illegally", parsed as xcomp(deported, accused) with
     * nsubj(accused, Georgians): a past participle with a subject and no auxiliary is passive, and its
     * subject is the one acted on, here the object of "deported".
     */
    private static Sentence reducedPassives(Sentence s) {
        Graph g = null;
        List<Integer> passives = new ArrayList<>(1);
        for (Token t : s.tokens()) {
            if (!t.pos().equals("VBN")) {
                continue;
            }
            if (g == null) {
                g = Graph.basic(s);
            }
            Edge up = g.head(t.index());
            List<Edge> subjects = g.children(t.index(), "nsubj");
            // Only a participle right after its subject, completing a verb with no object of its own: a
            // past tense the tagger took for a participle ("rebels surrendered last week, an official
            // said") keeps its subject.
            if (up == null || !up.relation().equals("xcomp") || subjects.size() != 1
                    || subjects.get(0).dependent() != t.index() - 1 || !g.children(up.governor(), "obj").isEmpty()
                    || !g.children(t.index(), "aux").isEmpty() || !g.children(t.index(), "aux:pass").isEmpty()
                    || !g.children(t.index(), "cop").isEmpty()) {
                continue;
            }
            passives.add(t.index());
        }
        if (passives.isEmpty()) {
            return s;
        }
        // The participle's subject is the verb's object, and the participle describes it:
        // obj(deported, Georgians), acl(Georgians, accused).
        Graph tree = g;
        return rewired(s, edges -> passive(edges, tree, passives));
    }

    private static List<Edge> passive(List<Edge> edges, Graph g, List<Integer> participles) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            int p = e.governor();
            if (participles.contains(e.dependent()) && g.head(e.dependent()).governor() == p) {
                out.add(new Edge(g.children(e.dependent(), "nsubj").get(0).dependent(), e.dependent(), "acl"));
            } else if (e.relation().equals("nsubj") && participles.contains(p)) {
                out.add(new Edge(g.head(p).governor(), e.dependent(), "obj"));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static Sentence participles(Sentence s) {
        Graph g = null;
        for (Token t : s.tokens()) {
            if (t.pos().equals("VBG") && t.index() > 0 && s.token(t.index() - 1).word().equals(",")) {
                if (g == null) {
                    g = Graph.basic(s);
                }
                Sentence r = participleClause(s, g, t.index());
                if (r != null) {
                    return r;
                }
                continue;
            }
            if (!ADJECTIVAL.contains(t.word().toLowerCase(Locale.ROOT)) || !t.pos().equals("VBG")) {
                continue;
            }
            // The graph only for the rare sentence that has such a participle: this runs on every sentence.
            if (g == null) {
                g = Graph.basic(s);
            }
            Edge up = g.head(t.index());
            List<Edge> objects = g.children(t.index(), "obj");
            if (up == null || objects.size() != 1) {
                continue;
            }
            int noun = objects.get(0).dependent();
            if (up.relation().startsWith("conj") && s.token(up.governor()).isNoun() && s.token(noun).pos().startsWith("NNP")) {
                // "Aso and visiting Chinese Foreign Minister Li Zhaoxing agreed", parsed as
                // conj(Aso, visiting) and obj(visiting, Zhaoxing): Li Zhaoxing is the conjunct.
                int participle = t.index();
                return rewired(s, edges -> rewireConjunct(edges, participle, noun));
            }
            if (up.governor() != t.index() - 1 || !CLAUSAL.contains(up.relation())
                    || !s.token(up.governor()).isVerb() || !g.children(up.governor(), "obj").isEmpty()) {
                continue;
            }
            // "told visiting Kenyan President Mwai Kibaki", parsed as xcomp(told, visiting) and
            // obj(visiting, Kibaki): "visiting" describes Kibaki, who is what "told" acts on.
            int verb = up.governor();
            int participle = t.index();
            return rewired(s, edges -> rewire(edges, verb, participle, noun));
        }
        return s;
    }

    /**
     * "signed the deal on Monday, drawing criticism from ...", parsed as amod(criticism, drawing) with
     * "criticism" a second object of "signed": a participle after a comma that the parser made an adjective
     * of the noun right after it, where that noun is a verb's second object, is a clause on that verb, and
     * the noun is its object. Null when the sentence has no such misparse at this participle.
     */
    private static Sentence participleClause(Sentence s, Graph g, int participle) {
        Edge up = g.head(participle);
        int noun = participle + 1;
        if (up == null || !up.relation().equals("amod") || up.governor() != noun) {
            return null;
        }
        Edge nounUp = g.head(noun);
        if (nounUp == null || !nounUp.relation().equals("obj") || nounUp.governor() > participle
                || g.children(nounUp.governor(), "obj").size() < 2) {
            return null;
        }
        int verb = nounUp.governor();
        return rewired(s, edges -> asClause(edges, verb, participle, noun));
    }

    private static List<Edge> asClause(List<Edge> edges, int verb, int participle, int noun) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            if (e.governor() == noun && e.dependent() == participle) {
                out.add(new Edge(verb, participle, "advcl"));
            } else if (e.governor() == verb && e.dependent() == noun) {
                out.add(new Edge(participle, noun, e.relation()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** The noun a participle took as its object takes the participle's place; the participle describes it. */
    private static List<Edge> rewireConjunct(List<Edge> edges, int participle, int noun) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            if (e.governor() == participle && e.dependent() == noun) {
                out.add(new Edge(noun, participle, "amod"));
            } else if (e.governor() == participle) {
                out.add(new Edge(noun, e.dependent(), e.relation()));
            } else if (e.dependent() == participle) {
                out.add(new Edge(e.governor(), noun, e.relation()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Edge> rewire(List<Edge> edges, int verb, int participle, int noun) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            if (e.governor() == verb && e.dependent() == participle) {
                out.add(new Edge(noun, participle, "amod"));
            } else if (e.governor() == participle && e.dependent() == noun) {
                out.add(new Edge(verb, noun, "obj"));
            } else if (e.governor() == participle) {
                // The verb's own subject, which the enhanced graph copies onto a controlled
                // complement, is no subject of an adjective; the participle's other phrases
                // ("in Beijing", "on Friday") are the verb's.
                if (!e.relation().startsWith("nsubj")) {
                    out.add(new Edge(verb, e.dependent(), e.relation()));
                }
            } else {
                out.add(e);
            }
        }
        return out;
    }
}
