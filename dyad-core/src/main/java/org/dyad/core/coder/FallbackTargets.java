package org.dyad.core.coder;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Allies;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Targets a pattern did not name, found elsewhere in the sentence: the nearest actor below the
 * event's word in its clause, the actor a few words after a verb whose object the parse lost,
 * and the one a sanction or threat retaliates against. {@link ClauseTargets} tries them in that order.
 */
final class FallbackTargets {
    private FallbackTargets() {}

    /** Clause relations a target may hang below the event's word by. */
    private static final Set<String> INSIDE = Set.of("obj", "iobj", "obl", "nmod", "compound", "amod", "nmod:poss",
            "appos", "conj", "xcomp", "dep", "flat", "nsubj:pass");

    /** Verbs of setting something up somewhere ("set" only with "up"). */
    private static final Set<String> FOUNDING = Set.of("set", "establish", "open", "build", "construct", "found");

    /**
     * Whether a place is where something is to be set up: "agreed to set up an energy research
     * center in Tokyo", "plans to open an office in Kenya". A pledge to found something in another
     * country is aimed at the country that hosts it.
     */
    private static boolean foundedThere(SentenceView v, int place) {
        Edge up = v.basic.head(place);
        if (up == null || !(up.relation().startsWith("obl") || up.relation().startsWith("nmod"))) {
            return false;
        }
        int verb = up.governor();
        if (up.relation().startsWith("nmod")) {
            Edge obj = v.basic.head(verb);
            if (obj == null || !obj.relation().equals("obj")) {
                return false;
            }
            verb = obj.governor();
        }
        String lemma = v.lemma(verb).toLowerCase(Locale.ROOT);
        if (!FOUNDING.contains(lemma)) {
            return false;
        }
        if (lemma.equals("set")) {
            for (Edge prt : v.basic.children(verb, "compound:prt")) {
                if (v.word(prt.dependent()).equalsIgnoreCase("up")) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** Whether a mention is the object of a verb of telling: "told reporters", "briefed journalists". */
    private static boolean pressAddressee(SentenceView v, ActorMention m) {
        Edge up = v.basic.head(m.head());
        return up != null && (up.relation().equals("obj") || up.relation().equals("iobj"))
                && PRESS_TELLING.contains(v.lemma(up.governor()).toLowerCase(java.util.Locale.ROOT));
    }

    /** Verbs by which a speaker tells the press. */
    private static final java.util.Set<String> PRESS_TELLING = java.util.Set.of("tell", "brief", "inform", "assure");

    /**
     * A target the pattern did not name: the actor nearest below the event's word, within its
     * clause, that is not its source. Places count only for acts that happen somewhere (visits,
     * aid, protest and force), as the country where they happen.
     */
    static @Nullable ActorMention clause(SentenceView v, Candidate c, int root) {
        // A root of -1 (PETRARCH compatibility): a place can be the target of any act.
        boolean placeOk = root == -1 || root == 4 || root == 7 || root >= 14;
        ActorMention best = null;
        int bestDepth = Integer.MAX_VALUE;
        List<Integer> objects = v.objects(c.trigger);
        for (ActorMention m : v.mentions) {
            if (c.sources.contains(m) || m.form() == ActorMention.Form.UNKNOWN && m.actor() == null
                    && m.role() == null) {
                continue;
            }
            if (root < 13 && EventCoder.facility(v, m)) {
                continue;
            }
            if (currency(v, m)) {
                // "confiscating heroin and 8,500 US dollars": a currency's country is no one acted on
                // (the name stays a place for the geoparser).
                continue;
            }
            if (m.end() < v.s.size() && TELLERS_VERBS.contains(v.lemma(m.end()))) {
                // "… cars used by Russian government officials, ITAR-TASS news agency reported", however
                // the parser hangs the teller: whoever reports the act is not acted on by it.
                continue;
            }
            if (m.actor() == null && "MED".equals(m.role()) && pressAddressee(v, m)) {
                // "Khan told reporters he would meet his Egyptian counterpart": the press a speaker
                // tells is not whom the act told of is aimed at.
                continue;
            }
            if (officeHeld(v, m)) {
                // "was forced to step down as the House majority leader": the office held is no one
                // acted on ("states such as Iran" still are).
                continue;
            }
            if (v.prepOf(m.head()).equals("according")) {
                // "… would hold an inquiry, according to the Thai News Agency": the source of the
                // report is not acted on by what it reports.
                continue;
            }
            if (SentenceView.instrument(m)) {
                // "deployed troops", "sent soldiers": a source's own forces are what it moves, not whom it acts on.
                continue;
            }
            Edge up = v.basic.head(m.head());
            if (up != null && up.relation().equals("nmod:poss") && Allies.noun(v.word(up.governor()))) {
                // "the chief of Israel's militia ally": Israel is whom the militia stands with.
                continue;
            }
            String code = m.codeAt(v.date);
            boolean sameAsSource = false;
            for (ActorMention src : c.sources) {
                String sc = src.codeAt(v.date);
                sameAsSource |= sc.equals(code) || src.start() <= m.start() && m.end() <= src.end()
                        || sameState(sc, code)
                        // "the ANC, fighting a guerrilla war": a bare role word the source itself has describes it.
                        || code.startsWith("---") && code.length() > 3 && sc.endsWith(code.substring(3));
            }
            if (sameAsSource) {
                continue;
            }
            if (v.namesAccord(m)) {
                // "to honor the Helsinki agreement": the city an accord is named after is no party to it.
                continue;
            }
            String prep = v.placePrep(m.head());
            int beside = m.head();
            for (int hop = 0; hop < 2 && prep.isEmpty(); hop++) {
                // "said in Moscow, Russia" (and "in Moscow, Russia Thursday", where the parser hangs the
                // country on the weekday set beside the place): the country set beside a place is
                // that place too.
                Edge apposed = v.basic.head(beside);
                if (apposed == null || !(apposed.relation().equals("appos") || apposed.relation().equals("compound"))) {
                    break;
                }
                beside = apposed.governor();
                if (AT_PLACE.contains(v.placePrep(beside))) {
                    prep = v.placePrep(beside);
                }
            }
            // "But in Ramallah, teachers refused …": a seat of government is a place too, for acts that
            // take no place as their target ("blew themselves up in Tel Aviv" still strikes Israel).
            boolean place = (m.form() == ActorMention.Form.CAPITAL || m.form() == ActorMention.Form.NAME
                    || !placeOk && m.form() == ActorMention.Form.SEAT && v.tok(m.head()).ner().equals("LOCATION"))
                    && PLACE_PREPS.contains(prep);
            if (root == 17 && (m.form() == ActorMention.Form.CAPITAL || m.form() == ActorMention.Form.NAME)
                    && origin(v, m.head())) {
                // "arrested three of his customers from Hanoi capital": where people come from is neither
                // whom the act is done to nor where.
                continue;
            }
            if ((place || root >= 1 && root <= 5 && EventCoder.placeAdjective(v, m)) && !placeOk && !(root == 3 && foundedThere(v, m.head()))) {
                continue;
            }
            if (place && c.sources.stream().anyMatch(src -> RoleCodes.sameCountry(src.codeAt(v.date), code))) {
                // "Turkish security forces impounded heroin in eastern Turkey", "the local government
                // in Xinjiang … blockading the epidemic zone" in China: a state's own land, named as
                // where it acts, is not whom it acts on.
                continue;
            }
            if (!c.nominal && EventCoder.SITTINGS.contains(v.lemma(c.trigger)) && (place
                    || up != null && up.relation().equals("amod") && AT_PLACE.contains(v.prepOf(up.governor())))) {
                // "OPEC ministers met in Abuja", "were meeting in the Nigerian capital": where a meeting
                // sits is its venue, not whom it meets.
                continue;
            }
            int depth = depthBelow(v, m.head(), c.head, c.trigger, root);
            if (depth < 0) {
                continue;
            }
            if (place) {
                depth += 10;
            }
            if (!place && up != null && (up.relation().equals("amod") || up.relation().equals("compound")
                    || up.relation().equals("nmod:poss")) && objects.contains(up.governor())) {
                // "to protect Kuwaiti oil tankers with U.S. military escorts": whose the object is, is
                // whom the act is on, before an actor in another phrase of the verb.
                depth -= 1;
            }
            int led = v.ledNoun(m.head());
            if (!place && led >= 0 && v.actorsAt(led).isEmpty()) {
                // "refused any assistance to the US-led war against Iraq": a war, coalition or force
                // one side leads is that side's; whom it is waged against is further off.
                depth -= 2;
            }
            if (depth < bestDepth) {
                // "dispersed a crowd in Nairobi": a capital named as the place is the country, not its government.
                best = place && m.form() == ActorMention.Form.CAPITAL && !TOWARDS.contains(prep)
                        ? m.withActor(m.actor(), null, ActorMention.Form.NAME, " (a place)") : m;
                bestDepth = depth;
            }
        }
        return best;
    }

    /**
     * Whether a mention is the office an "as" phrase names, or a noun joined to it: "quit as Congress
     * president and parliamentary leader" ("states such as Iran" are not).
     */
    private static boolean officeHeld(SentenceView v, ActorMention m) {
        int h = m.head();
        Edge up = v.basic.head(h);
        if (!v.prepOf(h).equals("as") && up != null && up.relation().startsWith("conj")) {
            h = up.governor();
        }
        if (!v.prepOf(h).equals("as")) {
            return false;
        }
        for (Edge e : v.basic.children(h)) {
            if (e.relation().equals("case") && e.dependent() > 0 && v.word(e.dependent() - 1).equalsIgnoreCase("such")) {
                return false;
            }
        }
        return true;
    }

    /** Whether an actor's name only says whose money it is: "US dollars", "a 1.6 billion US dollar industry". */
    private static boolean currency(SentenceView v, ActorMention m) {
        Edge up = v.basic.head(m.head());
        return up != null && (up.relation().equals("compound") || up.relation().equals("amod"))
                && v.currency(up.governor());
    }

    /**
     * "three of his customers from Hanoi capital": a place named (or set beside a place noun) in a
     * "from" phrase of a plural noun is where the people come from ("any attack from Lebanon" is
     * not: only arrests and other coercion of people are asked).
     */
    private static boolean origin(SentenceView v, int word) {
        int h = word;
        Edge up = v.basic.head(h);
        if (up != null && (up.relation().equals("compound") || up.relation().equals("appos"))) {
            h = up.governor();
            up = v.basic.head(h);
        }
        return up != null && Graph.matches(up.relation(), "nmod") && v.prepOf(h).equals("from")
                && v.tok(up.governor()).pos().equals("NNS");
    }

    /** Words for people held to have done a crime, who have no name of their own. */
    private static final Set<String> SUSPECTS = Set.of("suspect", "perpetrator", "culprit", "killer", "attacker",
            "assailant");

    /** Nouns of crimes whose "by" phrase names who did them. */
    private static final Set<String> CRIMES = Set.of("crime", "killing", "attack", "massacre", "murder", "atrocity",
            "abuse", "bombing", "violence", "assault", "shooting", "kidnapping", "abduction");

    /**
     * "is investigating alleged war crimes by Croatian extremists … and will bring suspects to
     * trial": the suspects an act is done to are those the sentence names as doing the crime.
     */
    static @Nullable ActorMention suspectsOf(SentenceView v, Candidate c) {
        boolean suspects = false;
        for (int o : v.objects(c.trigger)) {
            suspects |= SUSPECTS.contains(v.lemma(o).toLowerCase(Locale.ROOT)) && v.actorsAt(o).isEmpty();
        }
        if (!suspects) {
            return null;
        }
        for (int w = 0; w < v.s.size(); w++) {
            if (!CRIMES.contains(v.lemma(w).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Edge e : v.basic.children(w)) {
                if (Graph.matches(e.relation(), "nmod") && v.prepOf(e.dependent()).equals("by")) {
                    for (ActorMention m : v.actorsAt(e.dependent())) {
                        if (!c.sources.contains(m)) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Nouns of a demand that a refusal can turn down. */
    private static final Set<String> DEMANDS = Set.of("demand", "request", "call", "appeal", "plea", "ultimatum");

    /**
     * Whose demand a refusal turns down, when the refused act is what the demand asks for: "would
     * not meet the hostage-takers' demands to release prisoners" refuses the release to the
     * hostage-takers (CAMEO 1243 is aimed at whoever asked). The demand noun is the act's own head
     * ("demands to release") or, as the parser often has it, the object of the verb the act hangs
     * on ("meet" taking both "demands" and "to release"). Null when no actor owns the demand.
     */
    static @Nullable ActorMention demander(SentenceView v, Candidate c) {
        Edge up = v.basic.head(c.trigger);
        if (up == null) {
            return null;
        }
        List<Integer> nouns = new ArrayList<>(2);
        if (Graph.matches(up.relation(), "acl")) {
            nouns.add(up.governor());
        } else if (Graph.matches(up.relation(), "xcomp")) {
            nouns.addAll(v.objects(up.governor()));
        }
        for (int n : nouns) {
            if (DEMANDS.contains(v.lemma(n).toLowerCase(Locale.ROOT))) {
                for (ActorMention m : v.ownersOf(n)) {
                    // "hostage-takers" of no stated country are still who made the demand (---INS).
                    if ((m.actor() != null || m.role() != null) && !c.sources.contains(m)) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** Words for those who negotiate for a side, never for a go-between. */
    private static final Set<String> NEGOTIATORS = Set.of("negotiator", "negotiators", "delegation", "delegate",
            "delegates");

    /**
     * Who a concession is made to when the text names no recipient: "a Russian official offered
     * concessions that U.S. negotiator Paul Nitze believed could lead to an agreement". Concessions
     * are made across the table, so the one negotiator or delegation of another state that the
     * sentence names is the target. Null when there is none, or more than one.
     */
    static @Nullable ActorMention concededTo(SentenceView v, Candidate c, @Nullable LocalDate date) {
        boolean concession = false;
        for (int o : v.objects(c.trigger)) {
            concession |= v.lemma(o).toLowerCase(Locale.ROOT).equals("concession");
        }
        if (!concession || c.sources.isEmpty()) {
            return null;
        }
        ActorMention found = null;
        for (ActorMention m : v.mentions) {
            String code = m.codeAt(date);
            boolean negotiator = false;
            for (int t = m.start(); t < m.end(); t++) {
                negotiator |= NEGOTIATORS.contains(v.word(t).toLowerCase(Locale.ROOT));
            }
            if (!negotiator || c.sources.contains(m)) {
                continue;
            }
            for (ActorMention src : c.sources) {
                if (RoleCodes.sameCountry(src.codeAt(date), code)) {
                    return null;
                }
            }
            if (found != null) {
                return null;
            }
            found = m;
        }
        return found;
    }

    /**
     * Whom a measure on the source's own thing is aimed at: "plans to impose restrictions on its
     * labour market for new EU members", "closed its airspace to Russian airlines". The pattern's
     * target is only the possessive that names the source, so the target is the actor that the
     * "for" or "to" phrase of the thing, or of the verb, names. Null unless every target is such a
     * possessive.
     */
    static @Nullable ActorMention ownThingFor(SentenceView v, Candidate c, @Nullable LocalDate date) {
        ActorMention found = null;
        for (ActorMention t : c.targets) {
            Edge up = v.basic.head(t.head());
            boolean own = up != null && up.relation().equals("nmod:poss")
                    && c.sources.stream().anyMatch(s -> s.codeAt(date).equals(t.codeAt(date)));
            if (!own) {
                return null;
            }
            List<Edge> phrases = new ArrayList<>(v.basic.children(up.governor()));
            phrases.addAll(v.basic.children(c.trigger));
            for (Edge e : phrases) {
                String prep = v.prepOf(e.dependent());
                if (found == null && (Graph.matches(e.relation(), "nmod") || Graph.matches(e.relation(), "obl"))
                        && (prep.equals("for") || prep.equals("to"))) {
                    // "to Belarusian airlines", "for new EU members": the phrase's own actor or its
                    // national modifier; not an owner ("for their own safety" is aimed at no one).
                    List<ActorMention> named = new ArrayList<>(v.mentionsHeadedAt(e.dependent()));
                    for (ActorMention m : v.modifierActors(e.dependent())) {
                        Edge mod = v.basic.head(m.head());
                        if (mod != null && !mod.relation().equals("nmod:poss")) {
                            named.add(m);
                        }
                    }
                    for (ActorMention m : named) {
                        if (m.actor() != null && m.form() != ActorMention.Form.REFERENCE
                                && !RoleCodes.sameCountry(m.codeAt(date), t.codeAt(date))
                                && !m.codeAt(date).equals(t.codeAt(date))) {
                            found = m;
                            break;
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Where an international organisation's own body serves, when that body is all the clause
     * gives as the target: "the Security Council agreed to a six-month extension of the mandate
     * for the peacekeeping force in Lebanon (UNIFIL)" acts on Lebanon, not on the UN's own force.
     * The country is the one the body's "in" phrase names, on the body or on the noun it is set
     * beside. Null when the target is not the source's own body or no country is named.
     */
    static @Nullable ActorMention hostOfOwnBody(SentenceView v, Candidate c, ActorMention target,
            @Nullable LocalDate date) {
        String tc = target.codeAt(date);
        boolean own = false;
        for (ActorMention src : c.sources) {
            String sc = src.codeAt(date);
            own |= sc.startsWith("IGO") && tc.length() > sc.length() && tc.startsWith(sc);
        }
        if (!own) {
            return null;
        }
        List<Integer> nodes = new ArrayList<>(List.of(target.head()));
        Edge up = v.basic.head(target.head());
        if (up != null && (up.relation().equals("dep") || up.relation().equals("appos"))) {
            nodes.add(up.governor());
        }
        for (int n : nodes) {
            for (Edge e : v.basic.children(n)) {
                if (Graph.matches(e.relation(), "nmod") && v.prepOf(e.dependent()).equals("in")) {
                    for (ActorMention m : v.mentionsHeadedAt(e.dependent())) {
                        String code = m.codeAt(date);
                        if (m.form() == ActorMention.Form.NAME && code != null && code.length() == 3
                                && !code.startsWith("IGO") && !code.startsWith("---")) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Verbs of telling that, right after an actor, make it the teller of the sentence. */
    private static final Set<String> TELLERS_VERBS = Set.of("say", "report", "quote", "add", "announce", "claim");

    /** Words for a quarrel whose "with" or "between" phrase names its sides. */
    private static final Set<String> DISPUTES = Set.of("dispute", "conflict", "row", "feud", "quarrel", "standoff",
            "stand-off", "differences", "rift", "spat", "wrangle");

    /**
     * "accepted a formula for ending its fisheries dispute with its common market partners": an
     * act that settles, or refuses to settle, a quarrel named below it is aimed at the quarrel's
     * other side, the one its "with" or "between" phrase names besides the source.
     */
    static @Nullable ActorMention disputeParty(SentenceView v, Candidate c, @Nullable LocalDate date) {
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[] {c.trigger, 0});
        Set<Integer> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            int[] at = todo.poll();
            if (!seen.add(at[0]) || at[1] > 5) {
                continue;
            }
            if (at[0] != c.trigger && DISPUTES.contains(v.lemma(at[0]).toLowerCase(Locale.ROOT))) {
                for (Edge e : v.basic.children(at[0])) {
                    if (!(Graph.matches(e.relation(), "nmod") || Graph.matches(e.relation(), "obl"))
                            || !v.markedBy(e.dependent(), "with", "between")) {
                        continue;
                    }
                    // "its common market partners": the side may be named in the noun's modifiers.
                    List<ActorMention> sides = v.objectActors(e.dependent());
                    for (ActorMention m : sides.isEmpty() ? v.modifierActors(e.dependent()) : sides) {
                        boolean own = false;
                        for (ActorMention src : c.sources) {
                            own |= src.equals(m) || sameState(src.codeAt(date), m.codeAt(date));
                        }
                        if (!own) {
                            return m;
                        }
                    }
                }
            }
            for (Edge e : v.basic.children(at[0])) {
                String r = e.relation();
                // "a formula for ending its dispute with …", where the parser may take "dispute" for a verb.
                if (r.startsWith("obj") || r.startsWith("obl") || r.startsWith("nmod") || r.startsWith("acl")
                        || r.equals("xcomp") || r.equals("ccomp") || r.startsWith("advcl")) {
                    todo.add(new int[] {e.dependent(), at[1] + 1});
                }
            }
        }
        return null;
    }

    /** How many words after a verb its object may start when the parse leaves the object unattached. */
    private static final int FOLLOWING_WINDOW = 5;

    /**
     * "would impose the tariffs to retaliate for Japan's failure to honor the pact": the one a
     * sanction, coercion or threat retaliates against, named in a "to retaliate for/against"
     * clause on its verb, as the object of the phrase or its owner.
     */
    static @Nullable ActorMention retaliatedAgainst(SentenceView v, Candidate c) {
        for (int at : new int[] {c.head, c.trigger}) {
            for (Edge e : v.basic.children(at)) {
                int x = e.dependent();
                if (!(e.relation().equals("xcomp") || Graph.matches(e.relation(), "advcl"))
                        || !v.lemma(x).equals("retaliate")) {
                    continue;
                }
                for (Edge o : v.basic.children(x)) {
                    if (!(Graph.matches(o.relation(), "obl") || Graph.matches(o.relation(), "advcl"))
                            || !v.markedBy(o.dependent(), "for", "against")) {
                        continue;
                    }
                    // "for Japan's failure to honor …": the parser may make the noun a clause's subject.
                    int noun = Graph.matches(o.relation(), "advcl") && !v.subjects(o.dependent()).isEmpty()
                            ? v.subjects(o.dependent()).get(0) : o.dependent();
                    List<ActorMention> named = v.actorsAt(noun);
                    if (named.isEmpty()) {
                        named = v.modifierActors(noun);
                    }
                    for (ActorMention m : named) {
                        if (!c.sources.contains(m)) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * The object a parse lost: when a sentence-final "…, an official said" pulls the object
     * under the wrong verb, the actor a few words after the event's verb ("reject proposed Israeli
     * changes", "rejected North Korea's demand") is still its target. Only noun-phrase words
     * may come between: no verb, punctuation or clause word.
     */
    static @Nullable ActorMention following(SentenceView v, Candidate c) {
        int from = c.trigger + 1;
        for (int i = from; i < v.s.size() && i <= from + FOLLOWING_WINDOW; i++) {
            for (ActorMention m : v.mentions) {
                if (m.start() == i && !c.sources.contains(m) && m.actor() != null && !EventCoder.facility(v, m)
                        && m.form() != ActorMention.Form.CAPITAL && !"in".equals(v.prepOf(m.head()))
                        // "will provide 3 billion U.S. dollars in loans to Africa": whose money it is.
                        && !currency(v, m)) {
                    for (ActorMention src : c.sources) {
                        if (src.codeAt(v.date).equals(m.codeAt(v.date))) {
                            return null;
                        }
                    }
                    return m;
                }
            }
            String tag = v.tok(i).pos();
            boolean nounPhraseWord = tag.startsWith("DT") || tag.startsWith("JJ") || tag.equals("VBN")
                    || tag.equals("CD") || tag.startsWith("PRP$") || tag.equals("NN") || tag.equals("NNS")
                    || tag.equals("POS") || tag.equals("HYPH");
            if (!nounPhraseWord) {
                return null;
            }
        }
        return null;
    }

    /**
     * How many links a token lies below the event's word, through relations inside its phrase
     * and clause; -1 when it is not below it, or lies in a phrase set beside the act, which names
     * no one the act is aimed at: "agreed to extend the force despite Israel's wish", "refused,
     * citing domestic opposition", another clause with its own subject. A refusal is the
     * exception for "despite": "declined to resign despite pressure by the commission" refuses the
     * commission.
     */
    private static int depthBelow(SentenceView v, int token, int head, int trigger, int root) {
        int cur = token;
        for (int depth = 0; depth <= v.s.size() && cur >= 0; depth++) {
            if (cur == head || cur == trigger) {
                return depth;
            }
            Edge up = v.basic.head(cur);
            if (up == null) {
                return -1;
            }
            String r = up.relation();
            String base = r.contains(":") && !r.equals("nmod:poss") && !r.equals("nsubj:pass") ? r.substring(0, r.indexOf(':')) : r;
            boolean owner = r.equals("acl") && OWNING.contains(v.lemma(cur));
            if (!INSIDE.contains(base) && !INSIDE.contains(r) && !owner || aside(v, cur, up, root)) {
                // "seized a craft belonging to the Sierra Leone Navy": whose the thing acted on is, is
                // acted on; no other clause on a noun is.
                return -1;
            }
            if (r.startsWith("obl") && v.prepOf(cur).equals("by") && up.governor() != head && up.governor() != trigger
                    && v.basic.hasChild(up.governor(), "aux:pass")) {
                // "launched war games, expected to be joined later by Italian vessels": the agent of
                // another passive acts there; it is not acted on by this act.
                return -1;
            }
            cur = up.governor();
        }
        return -1;
    }

    /** Participles that give the owner of a thing: "a craft belonging to", "a plane owned by". */
    private static final Set<String> OWNING = Set.of("belong", "own");

    /** Verbs of speech whose coordinated act is an utterance of its own. */
    private static final Set<String> SPEAKING = Set.of("call", "urge", "ask", "appeal", "demand", "say", "tell",
            "criticise", "criticize", "chastise", "condemn", "denounce", "accuse", "blame", "warn", "express",
            "voice", "praise", "welcome", "reject", "deny", "stress", "add", "note", "insist", "argue");

    /** Verbs of asking, two of which in a row make one appeal: "urged restraint and called for avoiding escalation". */
    private static final Set<String> ASKING = Set.of("call", "urge", "ask", "appeal", "demand");

    /**
     * Whether a verb of speech with phrases of its own, coordinated after a verb with its own object,
     * is an utterance apart from it ("welcomed the resumption of the talks and called for progress");
     * two verbs of asking in a row are one appeal.
     */
    private static boolean secondUtterance(SentenceView v, int verb, int first) {
        String lemma = v.lemma(verb).toLowerCase(Locale.ROOT);
        return SPEAKING.contains(lemma)
                && !(ASKING.contains(lemma) && ASKING.contains(v.lemma(first).toLowerCase(Locale.ROOT)))
                && !v.basic.children(first, "obj").isEmpty() && v.basic.children(verb).stream()
                        .anyMatch(e -> e.relation().equals("obj") || e.relation().startsWith("obl"));
    }

    /** Whether the link from {@code cur} up to its head sets {@code cur} beside the act. */
    private static boolean aside(SentenceView v, int cur, Edge up, int root) {
        String r = up.relation();
        if (root != 12 && (r.startsWith("obl") || r.startsWith("nmod")) && ASIDE.contains(v.prepOf(cur))
                || (r.startsWith("advcl") || v.tok(cur).pos().equals("VBG")) && ASIDE_VERBS.contains(v.lemma(cur))) {
            // "…, citing domestic opposition": however the parser attaches the participle.
            return true;
        }
        if (r.startsWith("conj") && v.tok(cur).isVerb() && v.tok(up.governor()).isVerb()
                && (!v.basic.children(cur, "ccomp").isEmpty() || !v.basic.children(cur, "nsubj").isEmpty()
                || !v.basic.children(up.governor(), "xcomp").isEmpty() && !v.basic.children(cur, "obj").isEmpty()
                || root >= 1 && root <= 13 && secondUtterance(v, cur, up.governor()))) {
            // "rejected the threat and said Sudan would not accept …": a coordinated act with a
            // clause or subject of its own names no target of the first; nor does one with its own
            // object after a verb its own clause completes ("vowed to keep the gulf open and warned Tehran"),
            // nor, for a verbal act, a second verb of speech with its own phrases after a verb with its own
            // object ("welcomed the resumption of the talks and called for progress in dismantling North
            // Korean weapons"; "threw a grenade and opened fire at the car of a police officer" keeps it).
            return true;
        }
        if (root >= 10 && root <= 13 && (r.equals("dep") || r.startsWith("advcl")) && v.tok(cur).pos().equals("VBG") && cur > 0
                && v.word(cur - 1).equals(",") && !v.basic.children(cur, "obj").isEmpty()) {
            // "has refused to adhere to it …, exporting it through pipelines to Turkey": a participle
            // clause with its own object tells another act than a demand, reproach, refusal or threat
            // (the victims of "attacked the camp, killing 20" are still the attack's).
            return true;
        }
        // "eased emergency measures in Montenegro as authorities in Croatia cracked down": a
        // clause with its own subject is another act, not the object of this one.
        return r.startsWith("advcl") && !v.basic.children(cur, "nsubj").isEmpty();
    }

    /**
     * Whether a target code is the source's own government: "UKRGOV" (Zelensky) for "UKR" in
     * "Ukraine would negotiate only on the basis of Zelensky's peace formula".
     */
    private static boolean sameState(@Nullable String a, @Nullable String b) {
        if (!RoleCodes.sameCountry(a, b)) {
            return false;
        }
        // A target that is the bare country stays: a government acts on its own country ("promised
        // to democratize Serbia").
        String ra = RoleCodes.roleOf(a);
        return ("".equals(ra) || "GOV".equals(ra)) && "GOV".equals(RoleCodes.roleOf(b));
    }

    /** Prepositions of where something is. */
    static final Set<String> AT_PLACE = Set.of("in", "at", "near", "inside");

    /** Prepositions of where something goes. */
    private static final Set<String> TOWARDS = Set.of("to", "into");

    /** Prepositions that make a named country or capital a place rather than an actor. */
    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "inside", "outside", "across",
            "throughout", "into", "to");

    /** Prepositions of phrases set beside an act, not aimed by it. */
    private static final Set<String> ASIDE = Set.of("despite", "notwithstanding", "amid", "amidst", "unlike",
            "like", "besides", "regardless", "instead", "rather");

    /** Participles of clauses that give a reason or a source, not a target: "citing", "quoting". */
    private static final Set<String> ASIDE_VERBS = Set.of("cite", "quote", "blame");
}
