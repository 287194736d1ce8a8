package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Token;
import org.dyad.core.parse.Graph;

/**
 * Words that look like an act but, read with what hangs on them, tell none: a verb of naming with
 * its object's new name, agreement with a view or a claim, a thing hung rather than a person hanged,
 * a promise that only foretells, help given to no one, and an attack on a value. {@link EventCoder}
 * and {@link Guards} drop what these tests find.
 */
final class Misreadings {
    private Misreadings() {}

    private static final Set<String> NAMING = Set.of("call", "term", "label", "brand", "dub");

    /** "called the election a milestone", "termed the vote a farce": a verb of naming with its object's new name. */
    static boolean naming(SentenceView v, int verb) {
        if (!NAMING.contains(v.lemma(verb).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int objects = 0;
        for (Edge e : v.basic.children(verb)) {
            Token d = v.tok(e.dependent());
            if (e.relation().equals("xcomp") && (d.isNoun() || d.pos().startsWith("JJ"))) {
                return true;
            }
            objects += e.relation().equals("obj") || e.relation().equals("iobj") ? 1 : 0;
            if (e.relation().equals("obj") && !PEJORATIVE.contains(v.lemma(verb).toLowerCase(Locale.ROOT))) {
                for (Edge x : v.basic.children(e.dependent(), "dep")) {
                    // "called his counterpart's statements on the dam an “insult …”", the name parsed as
                    // a loose dependent of the object.
                    boolean named = v.tok(x.dependent()).isNoun() && x.dependent() > e.dependent()
                            && v.basic.children(x.dependent(), "det").stream()
                                    .anyMatch(a -> INDEFINITE.contains(v.word(a.dependent()).toLowerCase(Locale.ROOT)));
                    if (named) {
                        return true;
                    }
                }
            }
        }
        return objects >= 2;
    }

    /**
     * Verbs of naming that accuse, whose name the parser leaves loose as no second object: "branded
     * his Ukrainian counterpart a “dictator”" is a criticism.
     */
    private static final Set<String> PEJORATIVE = Set.of("brand", "label");

    /** Articles of a name given to something: "called it a milestone". */
    private static final Set<String> INDEFINITE = Set.of("a", "an");

    private static final Set<String> ACCORD = Set.of("agree", "concur");

    /**
     * "agreed that it would be good news", "concurred that the plan was flawed": a verb of accord
     * whose "that" clause judges something (a predicate with "be", or a thing as its subject)
     * shares a view; "agreed that talks would resume" and "agreed to meet" are left to the patterns.
     */
    static boolean sharedView(SentenceView v, int verb) {
        if (!ACCORD.contains(v.lemma(verb).toLowerCase(Locale.ROOT)) || v.basic.hasChild(verb, "xcomp")) {
            return false;
        }
        for (Edge e : v.basic.children(verb, "ccomp")) {
            int x = e.dependent();
            if (!v.markedBy(x, "that")) {
                continue;
            }
            if (v.basic.hasChild(x, "cop")) {
                return true;
            }
            for (int sj : v.subjects(x)) {
                String w = v.word(sj).toLowerCase(Locale.ROOT);
                if (w.equals("it") || w.equals("this") || w.equals("there")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a verb in its base form opens the sentence as another verb's subject: a noun the
     * tagger read as an imperative ("Rape laws in Pakistan have seen reforms", parsed as "rape" the
     * laws). An imperative is no one's subject.
     */
    static boolean subjectNoun(SentenceView v, int verb) {
        Edge up = v.basic.head(verb);
        return verb == 0 && v.tok(verb).pos().equals("VB") && up != null && up.relation().startsWith("nsubj");
    }

    /** Things that are hung up: "a picture was hung", "hung banners". */
    private static final Set<String> HUNG_THINGS = Set.of("picture", "portrait", "poster", "banner", "flag", "photo",
            "photograph", "sign", "placard", "painting", "image", "lantern", "decoration", "streamer", "slogan");

    /** Whether what a verb hangs (its object, or its passive subject) is a thing, not a person. */
    static boolean thingHung(SentenceView v, int verb) {
        List<Integer> hung = new ArrayList<>(v.objects(verb));
        for (Edge e : v.basic.children(verb, "nsubj:pass")) {
            hung.add(e.dependent());
        }
        if (hung.isEmpty()) {
            return false;
        }
        for (int n : hung) {
            if (!HUNG_THINGS.contains(v.lemma(n))) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of promise that, with "to be" or "to become", foretell rather than pledge. */
    private static final Set<String> FORETELLING = Set.of("promise", "threaten");

    /** Copulas after which a promise is a forecast: "promises to be the upstart", "threatens to become a crisis". */
    private static final Set<String> COPULAS = Set.of("be", "become", "prove", "remain");

    /** Whether a verb of promise has "to be" or "to become" as its complement: a forecast. */
    static boolean foretells(SentenceView v, int verb) {
        if (!FORETELLING.contains(v.lemma(verb))) {
            return false;
        }
        for (Edge e : v.basic.children(verb, "xcomp")) {
            if (COPULAS.contains(v.lemma(e.dependent()))) {
                return true;
            }
        }
        // "promises to be the upstart": the parser may make the noun the complement, with "be" its copula.
        for (Edge e : v.basic.children(verb)) {
            if (e.relation().equals("xcomp") && v.basic.children(e.dependent(), "cop").stream()
                    .anyMatch(x -> COPULAS.contains(v.lemma(x.dependent())))) {
                return true;
            }
        }
        return false;
    }

    /** Closing quotation marks as the tokenizer writes them. */
    private static final Set<String> QUOTES = Set.of("\"", "''", "'", "\u201d");

    private static final Set<String> POLICY_MODALS = Set.of("should", "must", "will", "would", "shall", "ought",
            "need", "'ll");

    /**
     * Whether "agree" has a "that" clause stating what is so, with no modal of what should be done,
     * stands alone with one party ("MSF's psychologist in Samos agrees") or follows a quotation
     * ("'…,' agreed Cherif"): assent, not intent.
     */
    static boolean assentToClaim(SentenceView v, int agree, int parties) {
        if (agree > 1 && QUOTES.contains(v.word(agree - 1)) && v.word(agree - 2).equals(",")) {
            // "'… turned the page,' agreed Algerian academic Mustapha Cherif": one who agrees with a quotation.
            return true;
        }
        if (parties < 2 && v.basic.children(agree).stream().noneMatch(e -> e.relation().equals("obj")
                || e.relation().startsWith("obl") || e.relation().equals("xcomp") || e.relation().equals("ccomp"))) {
            return true;
        }
        boolean claim = false;
        for (Edge e : v.basic.children(agree, "ccomp")) {
            claim = true;
            for (Edge a : v.basic.children(e.dependent(), "aux")) {
                if (POLICY_MODALS.contains(v.word(a.dependent()))) {
                    return false;
                }
            }
        }
        return claim;
    }

    /**
     * Whether "help" has a verb complement and no one helped: "helped unite the opposition", but not
     * "helped Kenya build a railway" (Kenya, the complement's subject, is helped).
     */
    static boolean helpsNoOne(SentenceView v, int help) {
        if (!v.basic.children(help, "obj").isEmpty() || !v.basic.children(help, "iobj").isEmpty()) {
            return false;
        }
        boolean complement = false;
        for (Edge e : v.basic.children(help)) {
            if (e.relation().equals("xcomp") || e.relation().equals("ccomp")) {
                complement = true;
                for (Edge sj : v.basic.children(e.dependent(), "nsubj")) {
                    if (!v.actorsAt(sj.dependent()).isEmpty()) {
                        return false;
                    }
                }
            }
        }
        return complement;
    }

    /** Values and institutions that an "attack on" can only be a figure of speech against. */
    private static final Set<String> VALUES = Set.of("freedom", "freedoms", "liberty", "liberties", "democracy",
            "rights", "sovereignty", "dignity", "values", "independence", "constitution", "truth", "justice",
            "pluralism", "tolerance", "reason", "science", "journalism");

    /** Whether an event noun's "on" or "against" phrase is a value: "assault on freedom of press". */
    static boolean abstractObject(SentenceView v, int noun) {
        for (Edge e : v.basic.children(noun)) {
            String p = v.prepOf(e.dependent());
            if (Graph.matches(e.relation(), "nmod") && (p.equals("on") || p.equals("against") || p.equals("upon"))
                    && VALUES.contains(v.lemma(e.dependent()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
