package org.dyad.core.actors;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dyad.core.actors.Antecedents.Kind;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.jspecify.annotations.Nullable;

/**
 * Plain nouns after "the" that the actor stage found no actor in, and that stand for one named
 * before: "the group", "the movement" for the group, "the country" for the country itself, "the
 * alliance" for the bloc, and "the move", "the allegations" for whoever made the move or the
 * allegations another side reacts to.
 */
final class DefiniteNouns {
    /** Nouns for a group: "the group", "the movement". */
    static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "outfit", "faction", "network",
            "organisation", "organization", "militia");
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "kingdom", "republic", "nation", "emirate");
    private static final Set<String> BLOC_NOUNS = Set.of("alliance", "bloc", "body", "organisation", "organization");
    /** Nouns that stand for an act or a statement just told: "rejected the move", "denied the allegations". */
    private static final Set<String> ACT_NOUNS = Set.of("move", "call", "proposal", "allegation", "accusation",
            "charge", "claim", "remark", "comment", "statement", "decision", "announcement");

    private DefiniteNouns() {}

    /**
     * Resolves the noun {@code t} after "the" when it stands for a group, a country or a bloc ("the
     * group", "the country", "the alliance"), or for an act or words just told ("rejected the move"):
     * a reference to what it stands for joins {@code resolved}. Nothing happens otherwise.
     */
    static void resolve(Sentence s, Graph g, Token t, List<ActorMention> resolved, Analysis in,
            Map<Integer, List<ActorMention>> bySentence, List<Graph> basics,
            Function<String, @Nullable Actor> countries) {
        String l = t.lemma().toLowerCase(Locale.ROOT);
        Kind want = GROUP_NOUNS.contains(l) ? Kind.GROUP : COUNTRY_NOUNS.contains(l) ? Kind.COUNTRY
                : BLOC_NOUNS.contains(l) ? Kind.BLOC : null;
        if (want == null && ACT_NOUNS.contains(l) && !isModified(g, s, t.index())) {
            ActorMention actor = actor(s, g, t.index(), resolved, bySentence, basics, in.sentences());
            if (actor != null) {
                // "Abbas called for early elections, but Hamas rejected the move": the move is Abbas's.
                resolved.add(CorefSearch.reference(s, t.index() - 1, t.index() + 1, t.index(), actor, null));
            }
            return;
        }
        if (want != null && g.governor(t.index()) >= 0 && !isModified(g, s, t.index())) {
            ActorMention a = want == Kind.COUNTRY ? placeOfVerb(s, g, t.index(), resolved) : null;
            if (a == null && want == Kind.COUNTRY) {
                String home = l.equals("nation") ? speakersCountry(s, g, t.index(), resolved) : null;
                a = home == null ? notTheActorsOwn(s, g, t.index(), resolved)
                        : CorefSearch.antecedent(s, g, t.index() - 1, m -> m.actor() != null
                                && m.actor().kind() == ActorKind.COUNTRY && m.actor().id().equals(home),
                                resolved, in, bySentence, basics);
                Actor nation = a == null && home != null ? countries.apply(home) : null;
                if (nation != null) {
                    // No mention of the speaker's country before: the country itself.
                    resolved.add(new ActorMention(s.index(), t.index() - 1, t.index() + 1, t.index(), nation, null,
                            Form.REFERENCE, s.words(t.index() - 1, t.index() + 1), "coref: the speaker's nation (" + home + ")"));
                    return;
                }
            }
            if (a == null && want == Kind.COUNTRY) {
                // "Pakistani officials visiting the Kingdom": the nearest country of that form of state.
                a = CorefSearch.antecedent(s, g, t.index() - 1, m -> Antecedents.compatible(m, Kind.COUNTRY)
                        && ofForm(l, m.actor().id()), resolved, in, bySentence, basics);
            } else if (a == null) {
                a = CorefSearch.antecedent(s, g, t.index() - 1, want, resolved, in, bySentence, basics);
            }
            if (a != null) {
                ActorMention ref = CorefSearch.reference(s, t.index() - 1, t.index() + 1, t.index(), a, null);
                if (want == Kind.COUNTRY) {
                    // "the country" is the country itself, whatever organ of it came before.
                    ref = new ActorMention(ref.sentence(), ref.start(), ref.end(), ref.head(), ref.actor(),
                            null, Form.REFERENCE, ref.text(), ref.rule());
                }
                resolved.add(ref);
            }
        }
    }

    /**
     * "Hamas … The Palestinian group has ruled out any proposal": "the", a country's adjective and a
     * noun for a group stand for the nearest armed or political group of that country named before.
     * The adjective's mention gives way to a reference over all three words, or to the group's name
     * when it follows ("the Palestinian group Hamas"); true when either was done.
     */
    static boolean nationalGroup(Sentence s, Graph g, Token t, List<ActorMention> resolved, Analysis in,
            Map<Integer, List<ActorMention>> bySentence, List<Graph> basics) {
        int i = t.index();
        if (i < 2 || !GROUP_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
                || !s.token(i - 2).word().equalsIgnoreCase("the") || Syntax.covered(resolved, i)) {
            return false;
        }
        ActorMention adj = null;
        for (ActorMention m : resolved) {
            if (m.start() == i - 1 && m.end() == i && m.form() == Form.ADJECTIVE && m.actor() != null
                    && m.actor().kind() == ActorKind.COUNTRY) {
                adj = m;
            }
        }
        if (adj == null) {
            return false;
        }
        String country = adj.actor().id();
        for (ActorMention m : resolved) {
            if (m.start() == i + 1 && m.actor() != null && m.actor().kind() == ActorKind.GROUP
                    && country.equals(m.actor().country())) {
                // "the Palestinian group Hamas": the adjective is the named group's, no actor of its own.
                resolved.remove(adj);
                return true;
            }
        }
        ActorMention a = CorefSearch.antecedent(s, g, i - 2, m -> m.actor() != null
                && m.actor().kind() == ActorKind.GROUP && country.equals(m.actor().country())
                && m.form() == Form.NAME, resolved, in, bySentence, basics);
        if (a == null) {
            return false;
        }
        resolved.remove(adj);
        resolved.add(CorefSearch.reference(s, i - 2, i + 1, i, a, null));
        return true;
    }

    /** Kingdoms: what "the kingdom" may stand for. */
    private static final Set<String> KINGDOMS = Set.of("SAU", "JOR", "MAR", "BHR", "GBR", "THA", "KHM", "BTN", "ESP",
            "NLD", "BEL", "DNK", "NOR", "SWE", "LSO", "SWZ", "TON");
    /** Emirates, the Taliban's Afghanistan among them: what "the emirate" may stand for. */
    private static final Set<String> EMIRATES = Set.of("ARE", "QAT", "KWT", "AFG");
    /** Monarchies that are no kingdom by name, which "the republic" does not stand for either. */
    private static final Set<String> OTHER_MONARCHIES = Set.of("OMN", "BRN", "MYS", "JPN", "AUS", "CAN", "NZL",
            "LIE", "MCO", "AND", "VAT");

    /** Whether a country has the form of state a noun names: "the kingdom" is no republic. */
    private static boolean ofForm(String noun, String country) {
        return switch (noun) {
            case "kingdom" -> KINGDOMS.contains(country);
            case "emirate" -> EMIRATES.contains(country);
            case "republic" -> !KINGDOMS.contains(country) && !OTHER_MONARCHIES.contains(country)
                    && !EMIRATES.contains(country) || country.equals("AFG");
            default -> true;
        };
    }

    /** "the group of experts", "the Wagner group": not a bare description. */
    private static boolean isModified(Graph g, Sentence s, int noun) {
        for (Edge e : g.children(noun)) {
            String r = e.relation();
            if (r.equals("compound") || r.startsWith("nmod") || r.equals("amod") || r.equals("acl:relcl")
                    || r.equals("flat")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Danish soldiers have served in Iraq since the invasion of the country": a country named in an
     * "in" phrase of the verb whose phrase holds "the country", before it, is that country, not the
     * country of the verb's subject. Null when the verb has no such phrase.
     */
    private static @Nullable ActorMention placeOfVerb(Sentence s, Graph g, int noun, List<ActorMention> here) {
        int verb = verbOf(s, g, noun, false);
        if (verb < 0) {
            return null;
        }
        for (Edge e : g.children(verb)) {
            int place = e.dependent();
            if (!e.relation().startsWith("obl") || place >= noun || !g.markedBy(s, place, Set.of("in", "inside"))) {
                continue;
            }
            for (ActorMention m : here) {
                if (m.head() == place && m.form() == Form.NAME && m.actor() != null
                        && m.actor().kind() == ActorKind.COUNTRY) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The verb a noun's phrase hangs on, at most four steps up through its modifiers and obliques
     * (and objects, when {@code throughObject}); -1 when there is none that near.
     */
    private static int verbOf(Sentence s, Graph g, int noun, boolean throughObject) {
        int cur = noun;
        for (int hops = 0; hops < 4; hops++) {
            Edge up = g.head(cur);
            if (up == null) {
                return -1;
            }
            String r = up.relation();
            if (!(r.startsWith("nmod") || r.startsWith("obl") || throughObject && r.equals("obj"))) {
                return -1;
            }
            cur = up.governor();
            if (cur < 0) {
                return -1;
            }
            if (s.token(cur).isVerb()) {
                return cur;
            }
        }
        return -1;
    }

    /**
     * "Trump imposed duties on products imported from China, over the country's alleged role": "the
     * country" in an object or oblique of a clause whose subject is of one country, and not in words
     * reported from a speaker, is the other country the clause named before it, not the actor's own.
     */
    private static @Nullable ActorMention notTheActorsOwn(Sentence s, Graph g, int noun, List<ActorMention> here) {
        int verb = verbOf(s, g, noun, true);
        if (verb < 0 || reported(s, g, verb)) {
            return null;
        }
        Set<String> own = new java.util.HashSet<>();
        for (Edge e : g.children(verb)) {
            if (e.relation().startsWith("nsubj")) {
                for (ActorMention m : here) {
                    if (m.head() == e.dependent() && m.actor() != null && m.actor().country() != null) {
                        own.add(m.actor().country());
                    }
                }
            }
        }
        if (own.size() != 1) {
            return null;
        }
        ActorMention best = null;
        for (ActorMention m : here) {
            if (m.end() <= noun - 1 && m.actor() != null && m.actor().kind() == ActorKind.COUNTRY
                    && m.form() == Form.NAME && !own.contains(m.actor().id())
                    && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        return best;
    }

    /** Verbs that report words: a country named in them may be the speaker's own. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "state", "stress", "insist", "claim",
            "declare", "warn", "argue", "note", "announce", "believe", "think", "write");

    /** Whether a verb sits in words reported by a verb of saying. */
    private static boolean reported(Sentence s, Graph g, int verb) {
        return reportingVerb(s, g, verb, 4) >= 0;
    }

    /** The verb of saying whose reported words hold the token, within {@code hops} steps up; else -1. */
    private static int reportingVerb(Sentence s, Graph g, int token, int hops) {
        int cur = token;
        for (int k = 0; k < hops; k++) {
            Edge up = g.head(cur);
            if (up == null) {
                return -1;
            }
            cur = up.governor();
            if ((up.relation().equals("ccomp") || up.relation().equals("parataxis"))
                    && REPORTING.contains(s.token(cur).lemma().toLowerCase(Locale.ROOT))) {
                return cur;
            }
        }
        return -1;
    }

    /**
     * "He said that the nation supported the Pakistan Army": "the nation" in a speaker's words is the
     * speaker's own; the country of the sentence's speaker, or null.
     */
    private static @Nullable String speakersCountry(Sentence s, Graph g, int noun, List<ActorMention> here) {
        int said = reportingVerb(s, g, noun, 5);
        if (said < 0) {
            return null;
        }
        for (Edge e : g.children(said, "nsubj")) {
            for (ActorMention m : here) {
                if (m.head() == e.dependent() && m.actor() != null && m.actor().country() != null
                        && m.actor().kind() != ActorKind.IGO) {
                    return m.actor().country();
                }
            }
        }
        return null;
    }

    /** Verbs of reacting to another's act or words. */
    private static final Set<String> REACTIONS = Set.of("reject", "deny", "dismiss", "welcome", "criticise",
            "criticize", "condemn", "denounce", "praise", "hail", "oppose", "slam", "applaud", "refute");

    /**
     * Whose act "the move" or words "the allegations" are, when another side reacts to them: the
     * nearest subject actor before it in the sentence (not the one reacting), else the subject of
     * the sentence before. Null when there is none, or the noun is not the object of a reaction.
     */
    private static @Nullable ActorMention actor(Sentence s, Graph g, int noun, List<ActorMention> resolved,
            Map<Integer, List<ActorMention>> bySentence, List<Graph> basics, List<Sentence> sentences) {
        Edge up = g.head(noun);
        if (up == null || !up.relation().equals("obj")
                || !REACTIONS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Set<String> reacting = new java.util.HashSet<>();
        for (Edge e : g.children(up.governor(), "nsubj")) {
            for (ActorMention m : resolved) {
                if (m.head() == e.dependent() && m.actor() != null) {
                    reacting.add(m.codeAt(null));
                }
            }
        }
        if (reacting.isEmpty()) {
            return null;
        }
        // "the decision" is a decider's: the subject of "decide" ("The Arab League decided … Damascus
        // condemned the decision"), not of whatever verb came last.
        String verb = DECIDING.get(s.token(noun).lemma().toLowerCase(Locale.ROOT));
        ActorMention best = null;
        for (ActorMention m : resolved) {
            Edge mu = g.head(m.head());
            if (m.end() <= noun - 1 && m.actor() != null && Syntax.subjectOf(g, m.head()) && !sameSide(m, reacting)
                    && (verb == null || mu != null && s.token(mu.governor()).lemma().equalsIgnoreCase(verb))
                    && (best == null || m.start() > best.start())) {
                best = m;
            }
        }
        if (best != null || s.index() == 0) {
            return best;
        }
        // The sentence before: the subject of its main verb, who said or did what is reacted to ("She
        // said Iran had provided the group with weapons. Iran's mission rejected the accusation").
        List<ActorMention> prev = bySentence.getOrDefault(s.index() - 1, List.of());
        Graph pg = basics.get(s.index() - 1);
        for (ActorMention m : prev) {
            Edge e = pg.head(m.head());
            if (m.actor() != null && e != null && e.relation().startsWith("nsubj") && pg.head(e.governor()) == null
                    && !sameSide(m, reacting)
                    && (verb == null
                            || sentences.get(s.index() - 1).token(e.governor()).lemma().equalsIgnoreCase(verb))) {
                return m;
            }
        }
        return null;
    }

    /** Nouns of a decision or announcement, and the verb whose subject made it. */
    private static final Map<String, String> DECIDING = Map.of("decision", "decide", "announcement", "announce");

    /**
     * Whether a mention is one of the reacting sides, or its bare country ("Iran" for IRNGOV); rival
     * sides of one country (PSEGOV, PSEINS) are not the same side.
     */
    private static boolean sameSide(ActorMention m, Set<String> reacting) {
        String code = m.codeAt(null);
        for (String r : reacting) {
            if (!r.startsWith("---") && !code.startsWith("---") && (r.startsWith(code) || code.startsWith(r))) {
                return true;
            }
        }
        return false;
    }
}
