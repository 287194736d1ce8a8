package org.dyad.core.actors;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dyad.core.actors.Antecedents.Kind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.jspecify.annotations.Nullable;

/**
 * The look-back that coreference's rules share: the nearest earlier mention that fits what a word
 * may stand for, the subjects first, in the word's own sentence and then the two before it; and
 * the reference mention that ties the word to the mention found.
 */
final class CorefSearch {
    /** How many sentences before its own a word looks back in for what it stands for. */
    static final int WINDOW = 2;

    private CorefSearch() {}

    /**
     * Words [start, end) as a reference to {@code a}: with {@code ownRole} when given, else with a's
     * role (a capital's or a seat's is GOV).
     */
    static ActorMention reference(Sentence s, int start, int end, int head, ActorMention a,
            @Nullable String ownRole) {
        String role = ownRole;
        if (role == null) {
            role = a.form() == Form.CAPITAL || a.form() == Form.SEAT ? "GOV" : a.role();
        }
        return new ActorMention(s.index(), start, end, head, a.actor(), role, Form.REFERENCE, s.words(start, end),
                "coref: '" + a.text() + "' (" + a.rule() + ")");
    }

    /** The nearest earlier mention of a kind a word may stand for, before word {@code at}; else null. */
    static @Nullable ActorMention antecedent(Sentence s, Graph g, int at, Kind want, List<ActorMention> here,
            Analysis in, Map<Integer, List<ActorMention>> bySentence, List<Graph> basics) {
        // "Japan's chief negotiator Akitaka Saiki … its": a title with a person's name is no "it".
        return antecedent(s, g, at, m -> Antecedents.compatible(m, want)
                && !(want == Kind.THING && m.form() == Form.ROLE
                        && Syntax.endsInName(in.sentences().get(m.sentence()), m))
                || want == Kind.THING && Antecedents.singularGroup(m, in.sentences().get(m.sentence())),
                here, in, bySentence, basics);
    }

    /** The nearest earlier mention that {@code fits}, before word {@code at}; else null. */
    static @Nullable ActorMention antecedent(Sentence s, Graph g, int at, Predicate<ActorMention> fits,
            List<ActorMention> here, Analysis in, Map<Integer, List<ActorMention>> bySentence, List<Graph> basics) {
        // The nearest compatible subject before the word, then the nearest compatible mention.
        for (boolean subjectsOnly : new boolean[] {true, false}) {
            ActorMention best = null;
            for (ActorMention m : here) {
                if (m.end() <= at && fits.test(m) && !Dateline.opens(s, m)
                        && (!subjectsOnly || Syntax.isSubject(g, m) || Syntax.ownsSubjectThing(g, m, here))
                        && (best == null || m.start() > best.start())) {
                    best = m;
                }
            }
            if (best != null) {
                return best;
            }
            if (subjectsOnly) {
                ActorMention mate = clauseMate(s, g, at, fits, here);
                if (mate != null) {
                    return mate;
                }
            }
            for (int k = s.index() - 1; k >= Math.max(0, s.index() - WINDOW); k--) {
                List<ActorMention> prev = bySentence.getOrDefault(k, List.of());
                Graph pg = basics.get(k);
                Sentence ps = in.sentences().get(k);
                ActorMention embedded = null;
                for (int i = prev.size() - 1; i >= 0; i--) {
                    ActorMention m = prev.get(i);
                    if (!fits.test(m) || subjectsOnly && !Syntax.isSubject(pg, m) || Dateline.opens(ps, m)) {
                        continue;
                    }
                    // "Slovakia … is the country with which Moscow enjoys the best relations. However,
                    // its readiness …": the subject of a sentence before is its main clause's before
                    // one of a clause inside it.
                    if (!subjectsOnly || Antecedents.mainSubject(pg, m)) {
                        return m;
                    }
                    embedded = embedded == null ? m : embedded;
                }
                if (embedded != null) {
                    return embedded;
                }
            }
        }
        return null;
    }

    /**
     * For a possessive, the nearest earlier fitting mention in its own clause (so in its own noun
     * phrase), before any subject of a sentence before: "an embargo on Western supporters of Israel in its
     * war" is Israel's war, whatever the story's subject was. Not a modifier of a noun, which is
     * the one acting: in "blocking UN inspections of its nuclear sites" the sites are not the UN's.
     * Null when there is none or the word is no possessive.
     */
    private static @Nullable ActorMention clauseMate(Sentence s, Graph g, int at, Predicate<ActorMention> fits,
            List<ActorMention> here) {
        Edge up = g.head(at);
        if (up == null || !up.relation().equals("nmod:poss")) {
            return null;
        }
        int clause = Syntax.clause(s, g, at);
        ActorMention best = null;
        for (ActorMention m : here) {
            Edge mUp = g.head(m.head());
            boolean modifier = mUp != null && (mUp.relation().equals("compound") || mUp.relation().equals("amod"));
            if (m.end() <= at && fits.test(m) && !modifier && !Dateline.opens(s, m)
                    && (best == null || m.start() > best.start())
                    && Syntax.clause(s, g, m.head()) == clause) {
                best = m;
            }
        }
        return best;
    }
}
