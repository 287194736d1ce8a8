package org.dyad.core.actors;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/** The small questions the actor rules ask of a parse and its mentions, asked in one place. */
final class Syntax {
    private Syntax() {}

    /** Whether a token lies inside one of the mentions. */
    static boolean covered(List<ActorMention> ms, int token) {
        for (ActorMention m : ms) {
            if (m.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** The first of the mentions that a word heads and that passes a test, or null. */
    static @Nullable ActorMention headedAt(List<ActorMention> ms, int head, Predicate<ActorMention> test) {
        for (ActorMention m : ms) {
            if (m.head() == head && test.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** Whether a token is a subject of its head. */
    static boolean subjectOf(Graph g, int token) {
        Edge up = g.head(token);
        return up != null && up.relation().startsWith("nsubj");
    }

    /** Prepositions of where someone is: "officials in Kabul". */
    static final Set<String> LOCATIVE = Set.of("in", "at", "throughout", "across", "inside", "near", "around");

    /** Whether a noun stands in a phrase of where someone is. */
    static boolean locative(Sentence s, Graph g, int head) {
        return g.markedBy(s, head, LOCATIVE);
    }

    /** The verb (or root) heading the clause a token belongs to. */
    static int clause(Sentence s, Graph g, int token) {
        int cur = token;
        for (int guard = 0; guard <= s.size(); guard++) {
            Edge up = g.head(cur);
            if (up == null) {
                return cur;
            }
            cur = up.governor();
            if (s.token(cur).isVerb()) {
                return cur;
            }
        }
        return cur;
    }

    /** The last mention of a country among {@code ms} that a sentence's word heads, or null. */
    static @Nullable ActorMention countryAt(List<ActorMention> ms, int sentence, int head) {
        ActorMention out = null;
        for (ActorMention p : ms) {
            if (p.sentence() == sentence && p.head() == head && p.actor() != null
                    && p.actor().kind() == ActorKind.COUNTRY) {
                out = p;
            }
        }
        return out;
    }

    /** A state's organs named bare: "the army", "the government", "security forces". */
    static final Set<String> NATIONAL_ORGANS = Set.of("army", "military", "navy", "air force", "armed forces",
            "police", "government", "parliament", "cabinet", "security forces", "government forces", "government troops");

    /** Whether a mention of several words ends in a person's name: "Prime Minister Viktor Chernomyrdin". */
    static boolean endsInName(Sentence s, ActorMention m) {
        return m.end() - 1 > m.start() && s.token(m.end() - 1).ner().equals("PERSON");
    }

    /** Verbs whose subject speaks the words in their complement or beside them. */
    static final Set<String> SPEAKING = Set.of("say", "tell", "announce", "state", "add", "declare", "warn",
            "insist", "vow", "pledge", "promise", "stress", "write", "tweet");

    /** Whether a mention is a direct object or a passive subject. */
    static boolean isObject(Graph g, ActorMention m) {
        Edge e = g.head(m.head());
        return e != null && (e.relation().equals("obj") || e.relation().equals("nsubj:pass"));
    }

    /** Whether a mention is the subject of its clause. */
    static boolean isSubject(Graph g, ActorMention m) {
        // "Ban, who is to assume the post …, said that he …": a name that opens the sentence and that
        // the parser leaves as its root (the verb unattached) is its subject.
        if (subjectOf(g, m.head()) || m.start() == 0 && g.head(m.head()) == null) {
            return true;
        }
        // "Elders from Bajaur and Mohmand tribal districts … assured authorities", parsed with
        // "Elders" a compound of the subject "districts": the mention leads the subject's phrase.
        Edge up = g.head(m.head());
        return up != null && up.relation().equals("compound") && up.governor() > m.head() && subjectOf(g, up.governor())
                && g.children(m.head()).stream().anyMatch(e -> e.relation().startsWith("nmod"));
    }

    /**
     * Whether a mention owns a subject that names no actor itself: in "Maduro's approval rating is
     * hovering around 20 percent, … the only way for him to remain", Maduro is what the clause is about.
     */
    static boolean ownsSubjectThing(Graph g, ActorMention m, List<ActorMention> here) {
        Edge up = g.head(m.head());
        if (up == null || !up.relation().equals("nmod:poss") || !subjectOf(g, up.governor())) {
            return false;
        }
        int thing = up.governor();
        return here.stream().noneMatch(o -> o.head() == thing);
    }
}
