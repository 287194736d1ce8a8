package org.dyad.core.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Document;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Targets for an act whose pattern named none, tried in turn: whom a measure on its own thing is
 * for, whose demand is refused, an actor in its clause ({@link FallbackTargets}) unless that actor
 * only places the act, witnesses it, is its topic or is one of its own sides, then the other
 * fallbacks by kind of act, the subject a comment is about, and the subject of a threat's condition.
 */
final class ClauseTargets {
    private ClauseTargets() {}

    /** Aims a candidate by these rules, in turn; each that finds a target says how in its steps. */
    static void aim(Document doc, SentenceView v, Candidate c, int root, boolean petrarch) {
        if (!c.targets.isEmpty() && !c.sources.isEmpty()) {
            aimAt(c, FallbackTargets.ownThingFor(v, c, doc.date()), "target: whom a measure on its own thing is for, ");
        }
        if (root == 12 && !c.sources.isEmpty()) {
            // "rejected a call by the ELN to release its jailed commanders": a refused demand is
            // refused to whoever made it, whatever the demand was about.
            aimAt(c, FallbackTargets.demander(v, c), "target: whose demand it refuses, ");
        }
        boolean together = root >= 3 && root <= 6 && Pairs.distinct(c.sources).size() >= 2;
        if (c.targets.isEmpty() && !c.sources.isEmpty() && root != 1 && !c.mutual && !c.targetNoActor) {
            fromClause(doc, v, c, root, petrarch, together);
        }
        if (c.targets.isEmpty() && !c.sources.isEmpty() && COMMENTS.contains(c.code)) {
            ActorMention t = commentTopic(v, c);
            if (t != null) {
                c.targets = new ArrayList<>(List.of(t));
                c.steps.add("a comment on what '" + t.text() + "' will do or did: its target");
            }
        }
        if (root == 13 && c.targets.isEmpty()) {
            // "threatened to stop negotiations if the United States goes ahead": the threat is
            // aimed at whoever the condition is about.
            for (ActorMention t : conditionSubjects(v, c)) {
                c.targets.add(t);
                c.steps.add("threat aimed at the condition's subject: '" + t.text() + "'");
            }
        }
    }

    /** Codes of making and hosting a visit. */
    private static final Set<String> VISITS = Set.of("042", "043");

    /** Codes for settling a dispute, asked for, intended or refused: aimed at its other side. */
    private static final Set<String> SETTLING = Set.of("027", "037", "127");

    /**
     * Aims an act at the host of its own body, the actor of its clause or, for a verb, the words
     * after it; failing those, at the target its kind of act takes from {@link FallbackTargets}.
     */
    private static void fromClause(Document doc, SentenceView v, Candidate c, int root, boolean petrarch,
            boolean together) {
        ActorMention t = clauseTarget(v, c, root, petrarch, together);
        ActorMention host = t == null ? null : FallbackTargets.hostOfOwnBody(v, c, t, doc.date());
        if (host != null) {
            aimAt(c, host, "target: where its own body serves, ");
        } else if (t != null) {
            aimAt(c, t, "target from its clause: ");
        } else if (!c.nominal) {
            aimAt(c, FallbackTargets.following(v, c), "target from the words after the verb: ");
        }
        if (c.targets.isEmpty() && (root == 11 || root == 17)) {
            aimAt(c, FallbackTargets.suspectsOf(v, c), "target: the suspects are who did the crime, ");
        }
        if (c.targets.isEmpty() && SETTLING.contains(c.code)) {
            aimAt(c, FallbackTargets.disputeParty(v, c, doc.date()), "target: the other side of the dispute, ");
        }
        if (c.targets.isEmpty() && (root == 13 || root == 16 || root == 17)) {
            aimAt(c, FallbackTargets.retaliatedAgainst(v, c), "target: the one it retaliates against, ");
        }
        if (c.targets.isEmpty() && (root == 3 || root == 8)) {
            aimAt(c, FallbackTargets.concededTo(v, c, doc.date()), "target: the other side's negotiator, ");
        }
    }

    /**
     * The actor of an act's clause ({@link FallbackTargets#clause}), or null when it is only where
     * two sides met, one side's own country, across a border that places the act, the topic of
     * talks, or a witness.
     */
    private static @Nullable ActorMention clauseTarget(SentenceView v, Candidate c, int root, boolean petrarch,
            boolean together) {
        ActorMention t = FallbackTargets.clause(v, c, petrarch ? -1 : root);
        if (t != null && (together || root == 4 && c.nominal)
                && (FallbackTargets.AT_PLACE.contains(v.prepOf(phraseHead(v, t.head())))
                || together && c.nominal && FrameClimber.isTopicNoun(v.lemma(c.trigger)))) {
            // "Maduro and Ali met in St Vincent": a meeting of the two, not with the place; "Armenia and
            // Azerbaijan resumed talks on a withdrawal of Azerbaijani troops": talks of the two. So is
            // the place of one side's talks: "the WTO talks in Hong Kong".
            t = null;
        } else if (t != null && together && sameCountryAsOne(c.sources, t, v.date)) {
            // "was signed by Nigeria's minister and French officials after talks with the French
            // export credit agency": the country of one of two sides is that side, not a third party.
            t = null;
        }
        if (t != null && placeAdjective(v, t)) {
            // "gunned down … in Chaman, a Pakistani town bordering Afghanistan": the word that places a
            // town is no one acted on.
            t = null;
        }
        Edge compound = t == null || t.actor() == null || t.actor().kind() != org.dyad.core.model.ActorKind.COUNTRY
                || t.role() != null ? null : v.basic.head(t.head());
        if (compound != null && compound.relation().equals("compound")
                && !v.basic.children(compound.governor(), "nmod:poss").isEmpty()) {
            // "imposed sanctions over its Afghanistan work": a country that only says what another's
            // thing is about is no party; the thing's owner is.
            List<ActorMention> owners = v.actorsAt(v.basic.children(compound.governor(), "nmod:poss").get(0).dependent());
            t = owners.isEmpty() ? null : owners.get(0);
        }
        if (t != null && borderSide(v, phraseHead(v, t.head()), root)) {
            // "crossed into the Yema municipality near the border with Angola": the country across a
            // border that places the act is no party to it.
            t = null;
        }
        if (t != null && c.nominal && FrameClimber.isTopicNoun(v.lemma(c.trigger))
                && inTopic(v, c.trigger, t.head())) {
            // "held talks on sanctions against Iran": who the topic is about is no party to the talks.
            t = null;
        }
        if (t != null && VISITS.contains(c.code) && v.prepOf(phraseHead(v, t.head())).equals("from")) {
            // "Blair flew from Baghdad to the southern port city of Basra": where a traveller
            // comes from is not whom he visits.
            t = null;
        }
        if (t != null && companion(v, phraseHead(v, t.head()))) {
            // "Washington, together with London, welcomed the vote against Baghdad": who acts alongside
            // the source is on its side, not the act's target.
            t = null;
        }
        String targetRole = t == null ? null : RoleCodes.roleOf(t.codeAt(v.date));
        if (t != null && root >= 18 && targetRole != null && RoleCodes.STATE_FORCES.contains(targetRole)
                && ownState(c.sources, t, v.date)) {
            // "Israel resumed its bombardment of Gaza … and sent troops back into the enclave": a
            // state's own forces in the clause are not whom its violence is aimed at.
            t = null;
        }
        if (t != null && root < 18 && EventCoder.facility(v, t)
                && PASSED_AT.contains(v.prepOf(phraseHead(v, t.head())))) {
            // "imposed a ban on transport … at Talar checkpoint": short of force, a post where an act
            // applies only places it; its men are not acted on.
            t = null;
        }
        if (t != null && (witness(v, t.head()) || sidelines(v, phraseHead(v, t.head())))) {
            // "reached an agreement in front of U.S. President Bush", "signed in the presence of
            // the two premiers": a witness is not a party.
            t = null;
        }
        return t;
    }

    /** Prepositions that make a post a place an act passes or applies at. */
    private static final Set<String> PASSED_AT = Set.of("at", "near", "through", "via", "beyond");

    /**
     * Whether a mention is a country's adjective on a place noun set beside a place's name: "in Chaman,
     * a Pakistani town" ("arrived in the Egyptian capital" is whom he visits).
     */
    private static boolean placeAdjective(SentenceView v, ActorMention t) {
        Edge up = v.basic.head(t.head());
        if (t.form() != ActorMention.Form.ADJECTIVE || up == null || !up.relation().equals("amod")
                || !EventPlaces.PLACE_NOUNS.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        Edge noun = v.basic.head(up.governor());
        return noun != null && noun.relation().equals("appos");
    }

    /** Gives a candidate the target one of {@link FallbackTargets} found, if any, with the step that says how. */
    private static void aimAt(Candidate c, @Nullable ActorMention t, String how) {
        if (t != null) {
            c.targets = new ArrayList<>(List.of(t));
            c.steps.add(how + "'" + t.text() + "'");
        }
    }

    /** Pessimistic and optimistic comments: their target is whom they are about. */
    private static final Set<String> COMMENTS = Set.of("012", "013");

    /**
     * The subject of the clause a comment is about: "expressed optimism that the Security Council
     * will impose sanctions" (the Council), "voiced fear that militants would fire rockets" (the
     * militants). The clause hangs on the comment's verb or on its object noun. Null when that
     * subject is no actor or is the commenter.
     */
    private static @Nullable ActorMention commentTopic(SentenceView v, Candidate c) {
        List<Integer> heads = new ArrayList<>(List.of(c.trigger));
        heads.addAll(v.objects(c.trigger));
        for (int h : heads) {
            for (Edge e : v.basic.children(h)) {
                if (!e.relation().equals("ccomp") && !(e.relation().equals("acl") && v.tok(h).isNoun())) {
                    continue;
                }
                for (int sj : v.subjects(e.dependent())) {
                    for (ActorMention m : v.actorsAt(sj)) {
                        if ((m.actor() != null || m.role() != null)
                                && !Sides.sameActors(List.of(m), c.sources, v.date)) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Actors who are the subjects of an "if" or "unless" clause on the event's words. */
    private static List<ActorMention> conditionSubjects(SentenceView v, Candidate c) {
        return conditionSubjects(v, c.trigger, c.head, c.sources);
    }

    /** Actors other than {@code sources} who are the subjects of an "if" or "unless" clause on these two words. */
    static List<ActorMention> conditionSubjects(SentenceView v, int trigger, int head, List<ActorMention> sources) {
        List<ActorMention> out = new ArrayList<>();
        // The condition may hang on the threatened act or on a verb inside it ("to stop talks to reduce arms if …").
        List<Integer> words = new ArrayList<>(List.of(trigger, head));
        for (int k = 0; k < words.size() && words.size() < 8; k++) {
            for (Edge e : v.basic.children(words.get(k), "xcomp")) {
                words.add(e.dependent());
            }
        }
        for (int w : words) {
            for (Edge e : v.basic.children(w)) {
                if (!e.relation().startsWith("advcl")) {
                    continue;
                }
                boolean conditional = false;
                for (Edge m : v.basic.children(e.dependent(), "mark")) {
                    String mw = v.word(m.dependent()).toLowerCase(Locale.ROOT);
                    conditional |= mw.equals("if") || mw.equals("unless");
                }
                if (!conditional) {
                    continue;
                }
                for (int sj : v.subjects(e.dependent())) {
                    for (ActorMention a : v.actorsAt(sj)) {
                        if (!sources.contains(a) && !out.contains(a)) {
                            out.add(a);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The head of the noun phrase a word modifies: "Tunisian" in "in the Tunisian capital Tunis" is
     * read with the preposition of "Tunis".
     */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "compound", "flat", "nmod:poss", "appos");

    private static int phraseHead(SentenceView v, int w) {
        int h = w;
        for (int guard = 0; guard < 4; guard++) {
            Edge up = v.basic.head(h);
            if (up == null || !MODIFIER_RELATIONS.contains(up.relation())) {
                break;
            }
            h = up.governor();
        }
        return h;
    }

    /** Whether a target is of the same country as one of the sources (not unknown, not international). */
    /**
     * Whether one of the sources is the target's own state: its bare country or one of its organs
     * (not its insurgents, who attack its police).
     */
    private static boolean ownState(List<ActorMention> sources, ActorMention t, @Nullable LocalDate date) {
        String tc = t.codeAt(date);
        return sources.stream().anyMatch(m -> {
            String code = m.codeAt(date);
            String role = RoleCodes.roleOf(code);
            return RoleCodes.sameCountry(tc, code) && role != null
                    && (role.isEmpty() || RoleCodes.STATE_ORGANS.contains(role));
        });
    }

    private static boolean sameCountryAsOne(List<ActorMention> sources, ActorMention t, @Nullable LocalDate date) {
        String tc = t.codeAt(date);
        return sources.stream().anyMatch(m -> RoleCodes.sameCountry(tc, m.codeAt(date)));
    }

    /**
     * Whether a word is the object of "on the sidelines of", "on the margins of": the gathering
     * where an act took place, not a party to it ("are to hold a bilateral meeting on the sidelines
     * of the APEC forum").
     */
    private static boolean sidelines(SentenceView v, int w) {
        int of = caseOf(v, w);
        return of >= 1 && SIDELINES.contains(v.lemma(of - 1).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> SIDELINES = Set.of("sideline", "sidelines", "margin", "margins", "fringe",
            "fringes");

    /** The token of the "of" that is a case marker of {@code w}, or -1. */
    private static int caseOf(SentenceView v, int w) {
        for (Edge c : v.basic.children(w, "case")) {
            if (v.word(c.dependent()).equalsIgnoreCase("of")) {
                return c.dependent();
            }
        }
        return -1;
    }

    /** Nouns of a border, whose "with" phrase names the country on its other side. */
    private static final Set<String> BORDERS = Set.of("border", "frontier", "boundary");

    /** Prepositions that make a border where something happens. */
    private static final Set<String> BORDER_PLACES = Set.of("near", "along", "on", "at", "across", "close");

    /**
     * Whether a word is the country of "the border with Angola" where the border only places another
     * place ("the Yema municipality near the border with Angola"); a border the act is at or along
     * ("deployed rockets on its border with Israel", "patrols along the border with Malaysia") faces
     * that country.
     */
    private static boolean borderSide(SentenceView v, int w, int root) {
        if (root != 15 && BORDERS.contains(v.lemma(w).toLowerCase(Locale.ROOT)) && BORDER_PLACES.contains(v.prepOf(w))) {
            // "imposed a curfew in the town near the Iranian border": whose border places the act
            // ("troops deployed along the Chinese border" are still posted against China).
            return true;
        }
        Edge up = v.basic.head(w);
        if (up == null || !v.prepOf(w).equals("with")
                || !BORDERS.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        Edge placed = v.basic.head(up.governor());
        return placed != null && Graph.matches(placed.relation(), "nmod") && v.tok(placed.governor()).isNoun()
                && v.prepOf(up.governor()).equals("near");
    }

    /** Whether a word lies in the "on", "about" or "over" phrase of a noun: "talks on sanctions against Iran". */
    private static boolean inTopic(SentenceView v, int noun, int w) {
        for (Edge e : v.basic.children(noun)) {
            if (Graph.matches(e.relation(), "nmod") && v.markedBy(e.dependent(), "on", "about", "over")
                    && v.basic.dominates(e.dependent(), w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrase is brought in by "together with" or "along with": "with" as its case and
     * "together" or "along" just before it (an advmod of the phrase, or the case with "with" fixed to it).
     */
    static boolean companion(SentenceView v, int head) {
        for (Edge c : v.basic.children(head, "case")) {
            int p = c.dependent();
            String w = v.word(p);
            if (w.equals("with") && p > 0 && (v.word(p - 1).equals("together") || v.word(p - 1).equals("along"))) {
                return true;
            }
            if ((w.equals("together") || w.equals("along")) && p + 1 < v.s.size() && v.word(p + 1).equals("with")) {
                return true;
            }
            if (w.equals("alongside") || w.equals("with") && p > 0 && v.word(p - 1).equalsIgnoreCase("jointly")) {
                return true;
            }
            Edge up = v.basic.head(head);
            if (w.equals("with") && up != null && PARTNERSHIP.contains(v.lemma(up.governor()).toLowerCase(Locale.ROOT))
                    && up.governor() > 0 && v.word(up.governor() - 1).equalsIgnoreCase("in")) {
                // "organised by the victims' association, in collaboration with the trade union federation".
                return true;
            }
        }
        return false;
    }

    /** Nouns of doing something with another: "in collaboration with X" is X acting on the source's side. */
    private static final Set<String> PARTNERSHIP = Set.of("collaboration", "cooperation", "co-operation",
            "partnership", "coordination", "conjunction", "association", "concert", "tandem", "alliance");

    /** Whether a word is the one before whom something is done: "in front of X", "in the presence of X". */
    private static boolean witness(SentenceView v, int w) {
        int of = caseOf(v, w);
        if (of < 2) {
            return false;
        }
        // "in front of", "in the presence of": the words before "of", whatever the parser made of them.
        String before = v.word(of - 1).toLowerCase(Locale.ROOT);
        return before.equals("front") && v.word(of - 2).equalsIgnoreCase("in") || before.equals("presence");
    }
}
