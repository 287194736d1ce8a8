package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * The source and target pairs of a candidate event: one event per actor, pairwise for sides
 * joined by "between" and for mutual acts ("Armenia and Azerbaijan resumed talks" is each with the
 * other), but not for sides that each act on their own ("France and Germany praised the plan"),
 * nor for one state acting on itself; a state's own domestic roles face each other as
 * {@link DomesticRoles} gives them.
 */
final class Pairs {
    private final DomesticRoles domestic;

    Pairs(DomesticRoles domestic) {
        this.domestic = domestic;
    }

    /** Role codes of a state as such: the bare country and its government. */
    private static final Set<String> STATE_ITSELF = Set.of("", "GOV");

    /** Whether two codes are one state as such, the bare country or its government ("NGA", "NGAGOV"). */
    private static boolean selfAsState(String a, String b) {
        return RoleCodes.sameCountry(a, b)
                && STATE_ITSELF.contains(RoleCodes.roleOf(a)) && STATE_ITSELF.contains(RoleCodes.roleOf(b));
    }

    /** Verbs of exchange: "Russia and Ukraine exchanged prisoners" is each side releasing to the other. */
    private static final Set<String> EXCHANGES = Set.of("exchange", "swap", "trade");

    /**
     * Whether subjects are two sides that can act on each other: "Macron and his foreign minister
     * are arranging meetings" is one government acting, not France meeting France.
     */
    static boolean twoSides(List<ActorMention> srcs, java.time.@Nullable LocalDate date) {
        Set<String> codes = new HashSet<>();
        for (ActorMention m : srcs) {
            codes.add(m.codeAt(date));
        }
        return codes.size() >= 2;
    }

    /**
     * Whether the act names a partner in a "with" phrase that is no actor: in "France, Germany and
     * Italy all have annual trade with the colony" they trade with the colony, not with each other.
     */
    private static boolean partnerNamed(SentenceView v, Candidate c) {
        if (withPartner(v, c.trigger) >= 0) {
            return true;
        }
        Edge up = v.basic.head(c.trigger);
        return c.nominal && up != null && up.relation().equals("obj") && withPartner(v, up.governor()) >= 0;
    }

    /**
     * The word of a "with" phrase that may name a partner, or -1: not "with focus on", "with a view to".
     */
    private static int withPartner(SentenceView v, int p) {
        for (Edge e : v.basic.children(p)) {
            if ((e.relation().startsWith("obl") || e.relation().startsWith("nmod")) && v.markedBy(e.dependent(), "with")
                    && !PURPOSES.contains(v.lemma(e.dependent()).toLowerCase(java.util.Locale.ROOT))) {
                return e.dependent();
            }
        }
        return -1;
    }

    /**
     * The partners of a meeting that a mutual act is the purpose of: in "US and South Korean envoys
     * met with North Korean officials to discuss the reactor", the two discuss it with the North
     * Koreans, not with each other.
     */
    private static List<ActorMention> purposePartners(SentenceView v, Candidate c) {
        Edge up = v.basic.head(c.trigger);
        if (up == null || !(Graph.matches(up.relation(), "advcl") || up.relation().equals("xcomp"))
                || v.basic.children(c.trigger, "mark").stream().noneMatch(m -> v.word(m.dependent()).equals("to"))) {
            return List.of();
        }
        int with = withPartner(v, up.governor());
        // "held informal contacts with the North Koreans to discuss …": the partner of the held thing.
        for (Edge o : v.basic.children(up.governor(), "obj")) {
            if (with >= 0) {
                break;
            }
            with = withPartner(v, o.dependent());
        }
        if (with < 0) {
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : v.objectActors(with)) {
            if (c.sources.stream().noneMatch(s -> s == m || same(s, m))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Nouns of a "with" phrase that tell a purpose or a focus, not a partner. */
    private static final Set<String> PURPOSES = Set.of("focus", "emphasis", "view", "eye", "aim", "goal", "purpose",
            "intention", "objective", "hope", "regard", "respect", "exception", "stress", "priority");

    /**
     * Codes of acts that sides joined as subjects do each on their own, not on each other: "Australia
     * and Canada are willing to grant asylum" (033), "France and Germany praised the plan" (051).
     */
    private static final List<String> ONE_WAY = List.of("033", "051", "052", "053", "054", "055", "056");

    /** Source and target pairs: one event per actor, pairwise for "between" and for mutual acts. */
    List<ActorMention[]> of(SentenceView v, Candidate c) {
        List<ActorMention> srcs = distinct(c.sources);
        List<ActorMention> tgts = distinct(c.targets);
        if (c.mutual && tgts.isEmpty()) {
            tgts = distinct(purposePartners(v, c));
        }
        List<ActorMention[]> out = new ArrayList<>();
        int root = CameoCode.rootNumber(c.code);
        // Sides that talk, agree or negotiate act on each other; a mediation's parties do not, nor do
        // sides that each offer aid, praise, defend or apologise (ONE_WAY).
        boolean mutual = root >= 3 && root <= 6 && !Mediation.code(c.code)
                && ONE_WAY.stream().noneMatch(c.code::startsWith);
        if (c.pairwise && tgts.size() >= 2 && srcs.isEmpty()) {
            addMutual(tgts, out);
            return out;
        }
        if ((mutual || root == 19) && c.nominal && srcs.size() == 1 && tgts.size() == 1
                && hyphenPair(v, srcs.get(0), tgts.get(0), c.trigger)) {
            // "the U.S.-Soviet talks", "Franco-German talks": the two sides a hyphen joins before the
            // noun act on each other.
            addMutual(List.of(srcs.get(0), tgts.get(0)), out);
            return out;
        }
        boolean exchange = EXCHANGES.contains(v.lemma(c.trigger));
        // "the Russian and Venezuelan delegations attending the meeting of the Joint Commission
        // discussed …": a body no dictionary knows, as the only target, does not stop two sides
        // from acting on each other.
        // "Colombia and Venezuela exchanged ambassadors": for an exchange, envoys of no stated country
        // are what is exchanged, not a third side.
        boolean noKnownTarget = tgts.stream().allMatch(t -> t.actor() == null && (t.role() == null || exchange));
        // Agents of a passive do not act on each other ("was attacked by X and Y"), except the
        // parties that signed an accord: "the accord was signed by Nigeria's minister and French officials".
        boolean signedBy = !c.passive || SIGNING.contains(v.lemma(c.trigger));
        if ((mutual || c.mutual || exchange) && noKnownTarget && srcs.size() >= 2 && signedBy
                && twoSides(srcs, v.date) && !partnerNamed(v, c)) {
            addMutual(srcs, out);
            return out;
        }
        if (srcs.isEmpty() && tgts.isEmpty()) {
            return out;
        }
        List<ActorMention> ss = srcs.isEmpty() ? java.util.Collections.singletonList(null) : srcs;
        List<ActorMention> others = new ArrayList<>(tgts);
        // A target that is one of several sources is still the others' ("Ghana and Britain signed an
        // agreement to reschedule Ghana's debt": Britain acts on Ghana).
        others.removeIf(b -> !srcs.isEmpty() && srcs.stream().allMatch(a -> a == b || same(a, b)));
        boolean visit = c.code.startsWith("042") || c.code.equals("036") && "042".equals(c.patternCode);
        if (others.isEmpty() && !tgts.isEmpty() && (root == 2 || root == 10 || visit)) {
            // "the army is pressing its military operations": an appeal or demand addressed only to
            // oneself is none; so is a visit only to one's own ("the president visited the embassy of
            // Armenia", his own), done or announced ("he is to leave Monday for Lebanon", home).
            return out;
        }
        // "Brazil moved armour to its border": a target that is only the source itself leaves no target.
        List<ActorMention> ts = others.isEmpty() ? java.util.Collections.singletonList(null) : tgts;
        // Where the sentence places what it tells: one country for every pair.
        Actor where = located(v);
        for (ActorMention a : ss) {
            for (ActorMention b : ts) {
                if (a != null && b != null && (a == b || same(a, b))) {
                    continue;
                }
                if (root == 1 && b != null && b.form() == ActorMention.Form.UNKNOWN
                        && b.rule().startsWith("ner:organization")) {
                    // "Ahern told RTE", "speaking to RTE television": a statement to an organisation no
                    // dictionary knows is one to the press far more often than to a party.
                    b = null;
                }
                if (root == 1 && a != null && b != null && !a.codeAt(v.date).startsWith("---")
                        && a.codeAt(v.date).equals(b.codeAt(v.date))) {
                    // "The spokesman's comments echoed an earlier statement by the State Department": a
                    // statement between two voices of one actor is addressed to no one else (praise of
                    // one's own chief of staff, 051, is still an act).
                    b = null;
                }
                if ((root == 6 || root == 7) && a != null && b != null && selfAsState(a.codeAt(v.date), b.codeAt(v.date))) {
                    // "Nigeria and France signed an agreement to reschedule Nigeria's debt": a state
                    // gives itself no aid; only France does.
                    continue;
                }
                if (root == 15 && a != null && b != null && RoleCodes.samePrefix(a.codeAt(v.date), b.codeAt(v.date))) {
                    // "Russia sent its troops": a country's own forces are not the target of its mobilisation.
                    b = null;
                }
                if ((root == 1 || root == 3 || root == 5) && a != null && b != null && b.form() == ActorMention.Form.NAME
                        && b.role() == null && b.actor() != null && b.actor().kind() == ActorKind.COUNTRY
                        && a.codeAt(v.date).startsWith(b.codeAt(v.date))) {
                    // "Velayati told reporters Iran had the means …", "Lyng pledged the U.S. will never
                    // again embargo …": one's own country named in what one says or pledges is not
                    // whom one addresses, nor whose ties one works for ("a doctrine to improve India's
                    // foreign relations"). Nor is a trip home a visit: "he is to leave Monday for Lebanon".
                    if (visit) {
                        continue;
                    }
                    b = null;
                }
                a = domestic.ofSpeaker(v, c.reportedBy, a);
                b = domestic.ofSpeaker(v, c.reportedBy, b);
                if (a != null && b != null && !statedOrigin(v, a) && !statedOrigin(v, b)) {
                    ActorMention[] d = domestic.pair(a, b, root, v.date, where);
                    a = d[0];
                    b = d[1];
                    if (b.form() == ActorMention.Form.CAPITAL && a.codeAt(v.date).equals(b.codeAt(v.date))) {
                        // "the Malian government imposed a curfew in Bamako": the capital is where, not whom.
                        b = b.withActor(b.actor(), null, ActorMention.Form.NAME, " (as a place)");
                    }
                }
                out.add(new ActorMention[] {a, b});
            }
        }
        return out;
    }

    /**
     * Whether a role of no country says where its people come from, so that no side of its event
     * lends it one: "detained the crew and campaigners from 10 countries", "Campaigners from the
     * Freedom Flotilla Coalition … were abducted by Israeli forces".
     */
    private static boolean statedOrigin(SentenceView v, ActorMention m) {
        return m.actor() == null && m.form() == ActorMention.Form.ROLE && m.sentence() == v.s.index()
                && m.head() >= 0 && !v.prepChildren(m.head(), Set.of("from")).isEmpty();
    }

    /**
     * The one country a sentence names (by name or capital) as where something happens: "in Iraq",
     * "west of Baghdad". Null when it names none, or several.
     */
    private static @Nullable Actor located(SentenceView v) {
        Actor found = null;
        for (ActorMention m : v.mentions) {
            if (m.actor() == null || m.actor().kind() != ActorKind.COUNTRY
                    || m.form() != ActorMention.Form.NAME && m.form() != ActorMention.Form.CAPITAL) {
                continue;
            }
            String prep = v.prepOf(m.head());
            int gov = v.basic.governor(m.head());
            boolean place = LOCATIVE.contains(prep)
                    || prep.equals("of") && gov >= 0 && NodeActors.QUARTERS.contains(v.lemma(gov).toLowerCase(Locale.ROOT));
            if (!place) {
                continue;
            }
            if (found != null && !found.equals(m.actor())) {
                return null;
            }
            found = m.actor();
        }
        return found;
    }

    private static final Set<String> LOCATIVE = Set.of("in", "near", "inside", "outside", "around", "across");

    /** Verbs of concluding an accord, whose passive agents are its parties. */
    private static final Set<String> SIGNING = Set.of("sign", "initial", "conclude");

    /**
     * Whether two mentions are joined by a hyphen right before an event noun, in either order:
     * "U.S.-Soviet talks", "Franco-German talks" ("Franco -" is a combining form of France).
     */
    private static boolean hyphenPair(SentenceView v, ActorMention a, ActorMention b, int noun) {
        if (a.sentence() != v.s.index() || b.sentence() != v.s.index() || a.actor() == null || b.actor() == null
                || a.codeAt(v.date).equals(b.codeAt(v.date))) {
            return false;
        }
        ActorMention first = a.start() < b.start() ? a : b;
        ActorMention second = first == a ? b : a;
        if (second.end() > noun || noun - second.end() > 1) {
            return false;
        }
        boolean hyphen = HYPHENS.contains(v.word(first.end() - 1));
        for (int k = first.end(); k < second.start(); k++) {
            if (!HYPHENS.contains(v.word(k))) {
                return false;
            }
            hyphen = true;
        }
        return hyphen;
    }

    private static final Set<String> HYPHENS = Set.of("-", "–", "--");

    private static void addMutual(List<ActorMention> ms, List<ActorMention[]> out) {
        for (ActorMention a : ms) {
            for (ActorMention b : ms) {
                if (a != b && !same(a, b)) {
                    out.add(new ActorMention[] {a, b});
                }
            }
        }
    }

    private static boolean same(ActorMention a, ActorMention b) {
        return a.codeAt(null).equals(b.codeAt(null)) && (a.actorId() != null || b.actorId() != null)
                && java.util.Objects.equals(a.actorId(), b.actorId()) && !a.codeAt(null).startsWith("---");
    }

    static List<ActorMention> distinct(List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ActorMention m : ms) {
            if (seen.add(m.start() + ":" + m.end() + ":" + m.codeAt(null))) {
                out.add(m);
            }
        }
        return out;
    }
}
