package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;

/**
 * What a predicate acts on and the phrases around it: its direct and indirect objects (shared
 * with a coordinated verb), its prepositional dependents, its infinitives, the nouns that end an
 * object's phrase, and the words that make a phrase a time rather than a participant.
 */
final class Complements {
    private final SentenceView v;

    Complements(SentenceView v) {
        this.v = v;
    }

    /** Quantities that stand for the noun after "of": "lifted most of the sanctions". */
    private static final Set<String> QUANTIFIERS = Set.of("most", "some", "all", "many", "part", "half", "rest",
            "much", "several", "parts", "bulk", "majority", "remainder", "few");

    /** The noun a quantity stands for ("most of the sanctions": sanctions), or the word itself. */
    private int throughQuantity(int n) {
        if (!QUANTIFIERS.contains(v.word(n).toLowerCase(Locale.ROOT))) {
            return n;
        }
        for (Edge e : v.basic.children(n)) {
            if (Graph.matches(e.relation(), "nmod") && v.prepOf(e.dependent()).equals("of") && e.dependent() > n) {
                return e.dependent();
            }
        }
        return n;
    }

    /** Direct objects: obj, or the subject of a passive; shared with a coordinated verb that has none. */
    List<Integer> objects(int p) {
        List<Integer> out = direct(p);
        out.replaceAll(this::throughQuantity);
        // "vowed to keep the gulf open and warned Tehran": a verb with a clause of its own completing
        // it shares no object with a later conjunct ("encircled and shelled the town" does).
        boolean completed = !v.basic.children(p, "xcomp").isEmpty() || !v.basic.children(p, "ccomp").isEmpty();
        if (out.isEmpty() && !completed) {
            for (int q : conjuncts(p)) {
                Edge qh = v.basic.head(q);
                if (qh != null && qh.governor() == p && !v.basic.children(q, "nsubj").isEmpty()) {
                    // "popularity has dropped …, and analysts said the tax …": a later clause with its own
                    // subject shares nothing with the first.
                    continue;
                }
                if (!v.isPassive(q)) {
                    for (Edge e : v.g.children(q, "obj")) {
                        if (e.dependent() > p) {
                            out.add(e.dependent());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The days of the week in lower case: a weekday is when, not what or whose. */
    static final Set<String> WEEKDAYS = java.util.Arrays.stream(java.time.DayOfWeek.values())
            .map(d -> d.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Nouns that say only that a victim was a person, which a copula after them may say more of. */
    private static final Set<String> GENERIC_VICTIMS = Set.of("person", "man", "woman", "victim", "one", "people",
            "deceased", "dead");

    List<Integer> direct(int p) {
        List<Integer> out = new ArrayList<>(2);
        String rel = v.voice.headlinePassive(p) ? "nsubj" : v.isPassive(p) ? "nsubj:pass" : "obj";
        for (Edge e : v.g.children(p)) {
            if (e.relation().equals(rel) && !v.outOfQuote(p, e.dependent())) {
                out.add(e.dependent());
            }
        }
        Edge up = v.basic.head(p);
        if (out.size() == 1 && rel.equals("nsubj") && up != null && up.relation().equals("csubj")
                && v.basic.hasChild(up.governor(), "cop") && GENERIC_VICTIMS.contains(v.lemma(out.get(0)).toLowerCase(Locale.ROOT))
                && !v.actorsAt(up.governor()).isEmpty()) {
            // "The person killed was a member of the Taliban-run security forces": who the victim was.
            out.set(0, up.governor());
        }
        if (out.isEmpty() && v.voice.completingParticiple(p)) {
            // "Blair stands accused", "went on trial accused of …": the one accused is the subject of
            // the verb the participle completes.
            for (Edge e : v.basic.children(v.basic.head(p).governor(), "nsubj")) {
                out.add(e.dependent());
            }
        }
        if (out.isEmpty() && !v.isPassive(p)) {
            // "sent the patrol ship HMS Trent to …" parsed with the ship as an indirect object and no
            // direct one: the only object there is.
            for (Edge e : v.g.children(p, "iobj")) {
                out.add(e.dependent());
            }
        }
        if (out.isEmpty() && !v.isPassive(p)) {
            // "lifted Friday a day-old blockade": the parser hangs the object on the weekday.
            for (Edge t : v.basic.children(p, "obl:tmod")) {
                if (WEEKDAYS.contains(v.word(t.dependent()))) {
                    for (Edge d : v.basic.children(t.dependent(), "dep")) {
                        if (v.s.token(d.dependent()).isNoun()) {
                            out.add(d.dependent());
                        }
                    }
                }
            }
        }
        if (out.isEmpty() && !v.isPassive(p)) {
            // "prevented the demonstration staged by students": the parser reads the object and its
            // reduced relative as a clause of their own ("the demonstration staged").
            for (Edge d : v.basic.children(p)) {
                int c = d.dependent();
                if ((d.relation().equals("dep") || d.relation().equals("ccomp")) && c > p
                        && v.s.token(c).pos().equals("VBN") && v.basic.children(c, "aux").isEmpty()
                        && v.basic.children(c, "aux:pass").isEmpty() && v.basic.children(c, "obj").isEmpty()) {
                    for (Edge n : v.basic.children(c, "nsubj")) {
                        out.add(n.dependent());
                    }
                }
            }
        }
        return out;
    }

    List<Integer> indirectObjects(int p) {
        List<Integer> out = new ArrayList<>(1);
        for (Edge e : v.g.children(p, "iobj")) {
            out.add(e.dependent());
        }
        return out;
    }

    /** Verbs coordinated with p, in either direction. */
    List<Integer> conjuncts(int p) {
        List<Integer> out = new ArrayList<>(2);
        for (Edge e : v.basic.children(p, "conj")) {
            out.add(e.dependent());
        }
        Edge h = v.basic.head(p);
        if (h != null && Graph.matches(h.relation(), "conj")) {
            out.add(h.governor());
        }
        return out;
    }

    /** Words that make a phrase a time, not a participant: "on Tuesday", "in March", "for two years". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "tomorrow", "week", "weeks",
            "month", "months", "year", "years", "day", "days", "night", "morning", "afternoon", "evening",
            "weekend", "hour", "hours", "time", "occasion", "eve", "anniversary", "sidelines");

    boolean isTime(int node) {
        return TIME_WORDS.contains(v.word(node)) || v.s.token(node).word().matches("(19|20)\\d\\d");
    }

    /** Multi-word prepositions whose last word is no preposition of its own. */
    private static final Set<String> NOT_PREPOSITIONS = Set.of("according_to", "due_to", "thanks_to", "owing_to",
            "prior_to", "next_to", "close_to", "as_to", "in_addition_to", "contrary_to", "in_response_to",
            // "imposed the zone together with London and Paris": those with whom one acts are no target.
            "together_with", "along_with");

    /**
     * The nouns that end an object's phrase after it: its conjuncts and its "of" noun with their
     * conjuncts ("the delivery of grain and flour", "the return of refugees").
     */
    List<Integer> phraseTail(int o) {
        List<Integer> out = new ArrayList<>(3);
        List<Integer> heads = new ArrayList<>(List.of(o));
        for (Edge e : v.basic.children(o)) {
            if (e.relation().startsWith("nmod") && v.prepOf(e.dependent()).equals("of")) {
                heads.add(e.dependent());
            }
        }
        for (int h : heads) {
            if (h != o) {
                out.add(h);
            }
            for (Edge c : v.basic.children(h, "conj")) {
                out.add(c.dependent());
            }
        }
        return out;
    }

    /** Dependents of {@code node} attached with one of these prepositions (obl:on, nmod:on, and iobj for "to"). */
    List<Integer> prepChildren(int node, Set<String> preps) {
        List<Integer> out = new ArrayList<>(2);
        for (Edge e : v.g.children(node)) {
            if (isTime(e.dependent())) {
                continue;
            }
            String base = e.baseRelation();
            if (!base.equals("obl") && !base.equals("nmod") && !base.equals("advcl")) {
                continue;
            }
            String sub = e.subtype();
            if (base.equals("advcl")) {
                continue;
            }
            if (NOT_PREPOSITIONS.contains(sub)) {
                // "according to broadcaster NOS", "due to the weather": not a "to" phrase.
                continue;
            }
            int us = sub.lastIndexOf('_');
            String last = us >= 0 ? sub.substring(us + 1) : sub;
            if (sub.equals("agent") && preps.contains("by")) {
                out.add(e.dependent());
            } else if (preps.contains(sub) || us >= 0 && preps.contains(last)) {
                out.add(e.dependent());
            } else if (sub.isEmpty() || sub.equals("npmod") || sub.equals("tmod")) {
                // Basic-style relation without a subtype: look at the case marker.
                for (Edge c : v.basic.children(e.dependent(), "case")) {
                    if (preps.contains(v.word(c.dependent()))) {
                        out.add(e.dependent());
                    }
                }
            }
        }
        if (preps.contains("to")) {
            out.addAll(indirectObjects(node));
        }
        return out;
    }

    /** Infinitive complements of a verb ("to leave" in "ordered them to leave") and infinitives of purpose after it. */
    List<Integer> infinitives(int verb) {
        List<Integer> out = new ArrayList<>(1);
        for (Edge e : v.basic.children(verb)) {
            // "ordered the Afghans to leave" (xcomp); "left Toulon to support the mission", a purpose (advcl).
            if (!e.relation().equals("xcomp") && !(Graph.matches(e.relation(), "advcl") && e.dependent() > verb)) {
                continue;
            }
            for (Edge m : v.basic.children(e.dependent(), "mark")) {
                if (v.word(m.dependent()).equalsIgnoreCase("to")) {
                    out.add(e.dependent());
                }
            }
        }
        return out;
    }
}
