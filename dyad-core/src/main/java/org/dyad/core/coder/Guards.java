package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Document;
import org.dyad.core.model.Edge;
import org.dyad.core.parse.Graph;

/**
 * The guards {@link EventCoder} puts to a candidate whose actors and code are nearly settled: each
 * test drops a candidate that tells no event of its kind (one private person's act, a warning that
 * threatens no one, forces setting out from home, a verb misread, a meeting with no one) and says
 * why in the trace.
 */
final class Guards {
    private final EventPlaces eventPlaces;

    Guards(EventPlaces eventPlaces) {
        this.eventPlaces = eventPlaces;
    }

    /** Notes in the trace that a candidate with this code is dropped and why; always true. */
    static boolean dropped(Trace trace, SentenceView v, Candidate c, String code, String why) {
        trace.note("'" + v.s.token(c.trigger).word() + "' " + code + " dropped: " + why);
        return true;
    }

    /** Whether an act is one private person's, private people's travel, or an attack on a value: no event. */
    static boolean privateOrFigurative(SentenceView v, Candidate c, int root, Trace trace) {
        if (root <= 14 && !c.sources.isEmpty() && c.sources.stream().allMatch(v::lonePerson)
                && c.targets.stream().noneMatch(m -> m.role() != null && RoleCodes.STATE_ORGANS.contains(m.role()))) {
            // "reports of a man threatening people with a gun", "a man smashed the windows": what one
            // private person says, threatens or does in protest is no political event unless it is
            // aimed at a state organ ("a man sued Toronto police").
            return dropped(trace, v, c, c.code, "one private person's act");
        }
        if (root == 4 && !c.sources.isEmpty() && c.sources.stream().allMatch(ActorKinds::privatePeople)) {
            // "Russians travelling to the United Kingdom": people travelling are not a visit by their state.
            return dropped(trace, v, c, c.code, "private people do not consult");
        }
        if (c.code.equals("141") && !c.nominal && CROWDING.contains(v.lemma(c.trigger).toLowerCase(Locale.ROOT))
                && v.s.tokens().stream().anyMatch(t -> GRIEF_OR_JOY.contains(t.lemma().toLowerCase(Locale.ROOT)))) {
            // "cries … from the teeming crowd packing the streets of Kisumu … as his coffin arrived":
            // a crowd that fills the streets to mourn or to celebrate is not demonstrating.
            return dropped(trace, v, c, c.code, "a crowd that mourns or celebrates");
        }
        if (root >= 18 && c.nominal && Misreadings.abstractObject(v, c.trigger)) {
            // "a violent and direct assault on freedom of press", "an attack on democracy": violence
            // said of a value is a figure of speech, not an attack on anyone.
            return dropped(trace, v, c, c.code, "an attack on a value, not on anyone");
        }
        return false;
    }

    /** Verbs of a crowd filling streets, which the protest patterns read as demonstrating. */
    private static final Set<String> CROWDING = Set.of("pour", "spill", "flood", "fill", "throng", "pack", "mass",
            "converge", "come");

    /** Words of mourning or celebration that make a crowd in the streets no protest. */
    private static final Set<String> GRIEF_OR_JOY = Set.of("coffin", "funeral", "mourn", "mourner", "mourning",
            "celebrate", "celebration", "festivity", "jubilant", "revellers", "reveller", "wedding", "victory");

    /**
     * Whether a verbal act has no one who makes it; talks between two sides that a sentence reports
     * or that are the setting of a past act need none.
     */
    static boolean noSpeaker(SentenceView v, Candidate c, int root, Trace trace) {
        if (root <= 13 && c.sources.isEmpty() && !(c.pairwise && Pairs.distinct(c.targets).size() >= 2
                && (Circumstances.subjectNoun(v, c) || Circumstances.heldMeeting(v, c)))) {
            // A statement, appeal, intent, demand, rejection or threat needs someone who makes it.
            return dropped(trace, v, c, c.code, "verbal event without a source");
        }
        return false;
    }

    /** Whether a threat is a warning that threatens no one ({@link Warnings}). */
    static boolean warnsOnly(Document doc, SentenceView v, Candidate c, int root, Trace trace) {
        if (root == 13 && !c.nominal && Warnings.WARNING.contains(v.lemma(c.trigger).toLowerCase(Locale.ROOT))) {
            // "the police chief is warning Britons of more attempts to attack the country": a state
            // warning its own people of a danger threatens no one; "police warned against attacks by
            // Kurdish militants": the attacks are a danger others pose, not what the warner threatens.
            String why = Warnings.warnsOwnPeople(c, doc.date()) ? "a warning to its own people"
                    : Warnings.warnsOwnState(c, doc.date()) ? "a warning about its own state's organs"
                    // "warned on Thursday against any hasty moves to withdraw Dutch troops": advice
                    // against an act that names no one else threatens no one.
                    : c.targets.isEmpty() && !c.nominal && c.code.equals("130") && Warnings.warnsAgainst(v, c.trigger)
                            ? "a warning against an act, aimed at no one"
                    : Warnings.warnsOfOthers(v, c) ? "a warning of what others may do" : null;
            if (why != null) {
                return dropped(trace, v, c, c.code, why);
            }
        }
        return false;
    }

    /** Verbs of leaving a place, which code a retreat when forces leave ground they held. */
    private static final Set<String> LEAVING = Set.of("leave", "quit", "exit", "depart", "vacate");

    /** Whether a retreat (0874) is forces leaving a place of their own country: they set out. */
    boolean setsOut(SentenceView v, Candidate c, Trace trace) {
        if (c.code.equals("0874") && !c.nominal && LEAVING.contains(v.lemma(c.trigger).toLowerCase(Locale.ROOT))
                && leftOwnGround(v, c)) {
            // "120 men of the French contingent left Toulon": forces leaving a place of their own
            // country are setting out, not retreating.
            return dropped(trace, v, c, "0874", "it left a place in its own country");
        }
        return false;
    }

    /** Whether the place an act leaves (its object, or its "from" phrase) lies in its sources' own country. */
    private boolean leftOwnGround(SentenceView v, Candidate c) {
        List<Integer> places = new ArrayList<>(
                v.basic.children(c.trigger, "obj").stream().map(Edge::dependent).toList());
        places.addAll(v.prepChildren(c.trigger, Set.of("from")));
        for (int p : places) {
            // The place itself, or the name in its "of" phrase: "the southern port of Toulon".
            String iso = eventPlaces.countryOfName(v, p);
            for (Edge e : v.basic.children(p)) {
                if (iso != null) {
                    break;
                }
                if (Graph.matches(e.relation(), "nmod") && v.prepOf(e.dependent()).equals("of")) {
                    iso = eventPlaces.countryOfName(v, e.dependent());
                }
            }
            String placeCountry = iso;
            if (placeCountry != null && c.sources.stream()
                    .anyMatch(src -> src.actor() != null && placeCountry.equals(src.actor().country()))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of winning over a side that, against a party, tell an election won. */
    private static final Set<String> OUTVOTING = Set.of("defeat", "rout", "trounce", "beat");

    /** Verbs of an advance that, into a seat of government, are an election won: "swept into Downing Street". */
    private static final Set<String> SWEEPS = Set.of("sweep", "roll", "march");

    /**
     * Whether a verb of force or promise says something else here: a party outvoted, someone pushed
     * into a plight, a thing hung, a forecast, a sweep into office, a state striking a deal.
     */
    static boolean misreadVerb(Document doc, SentenceView v, Candidate c, int root, Trace trace) {
        if (root == 19 && !c.nominal && OUTVOTING.contains(v.lemma(c.trigger)) && !c.targets.isEmpty()
                && c.targets.stream().allMatch(m -> {
                    String r = RoleCodes.roleOf(m.codeAt(doc.date()));
                    return "PTY".equals(r) || "OPP".equals(r);
                })) {
            // "Hamas defeated Arafat's Fatah movement and won the legislative elections": a party is
            // beaten at the polls, not in battle.
            return dropped(trace, v, c, "190", "a party defeated is outvoted");
        }
        if (root == 19 && !c.nominal && v.lemma(c.trigger).equals("push")
                && !v.basic.children(c.trigger, "obj").isEmpty()
                && v.basic.children(c.trigger, "compound:prt").isEmpty()
                && v.basic.children(c.trigger).stream()
                        .anyMatch(e -> Graph.matches(e.relation(), "obl") && v.markedBy(e.dependent(), "into"))) {
            // "pushed the government and the Palestinians into dual plights": pushing someone into
            // something is no advance into it ("pushed the rebels out of two villages" and "pushed
            // back the militants" are).
            return dropped(trace, v, c, "190", "pushing someone into a plight is no advance");
        }
        if (root == 18 && !c.nominal && v.lemma(c.trigger).equals("hang") && Misreadings.thingHung(v, c.trigger)) {
            // "A huge Arafat picture was hung in front of the building": pictures and banners are hung,
            // people are hanged.
            return dropped(trace, v, c, c.code, "a thing was hung");
        }
        if (c.code.startsWith("03") && !c.nominal && Misreadings.foretells(v, c.trigger)) {
            // "At 39, he promises to be the upstart that Blair was": a forecast, no pledge.
            return dropped(trace, v, c, c.code, "'promises to be' foretells, it pledges nothing");
        }
        if (root == 19 && !c.nominal && SWEEPS.contains(v.lemma(c.trigger)) && !c.targets.isEmpty()
                && c.targets.stream().allMatch(m -> m.form() == ActorMention.Form.SEAT)) {
            // "since it swept into Downing Street in 1997": a party sweeps into office, not into battle.
            return dropped(trace, v, c, "190", "into a seat of government is into office");
        }
        if (c.code.equals("143") && !c.nominal && v.lemma(c.trigger).equalsIgnoreCase("strike") && !c.sources.isEmpty()
                && c.sources.stream().allMatch(m -> {
                    String r = m.actor() == null ? null : RoleCodes.roleOf(m.codeAt(doc.date()));
                    return r != null && (r.isEmpty() || r.startsWith("GOV"));
                })) {
            // "Bangladesh already has struck agreements with 23 countries" parsed with no object: a
            // state or a government does not go on strike.
            return dropped(trace, v, c, "143", "a state does not go on strike");
        }
        return false;
    }

    private static final Set<String> HELP = Set.of("help", "assist");
    private static final Set<String> VERBAL_SUPPORT = Set.of("050", "051", "052");

    /**
     * Whether an act has no other party: a meeting or support with no one named, forces joining up,
     * help that helps something happen, agreement that something is so.
     */
    static boolean noParty(SentenceView v, Candidate c, int root, Trace trace) {
        if ((root == 4 && !c.code.startsWith("045")
                || c.code.equals("036") && EventCoder.SITTINGS.contains(v.lemma(c.trigger)))
                && c.targets.isEmpty()
                && Pairs.distinct(c.sources).size() < 2 && !c.pairwise) {
            // "Israel's cabinet met on Sunday": a body meeting by itself consults no one (mediation,
            // 045, names its parties elsewhere as often as not). Nor does one that plans to meet
            // ("legislators said they will meet Friday", 036); a plan to negotiate has a party unnamed.
            return dropped(trace, v, c, c.code, "a meeting with no one named");
        }
        if ((root == 4 || c.code.equals("036")) && EventCoder.SITTINGS.contains(v.lemma(c.trigger))
                && !c.sources.isEmpty()
                && !c.targets.isEmpty() && c.sources.stream().allMatch(m -> ActorKinds.forces(m, v))
                && c.targets.stream().allMatch(m -> ActorKinds.forces(m, v))) {
            // "Italian troops and a Greek force are due to meet up with the soldiers aboard the ships":
            // units that meet join up; they do not consult (their commanders do).
            return dropped(trace, v, c, c.code, "forces joining up, not talks");
        }
        if (c.code.startsWith("07") && HELP.contains(v.lemma(c.trigger)) && c.head == c.trigger
                && Misreadings.helpsNoOne(v, c.trigger)) {
            // "helped unite a fractured opposition", "handouts helped turn the village into …": helping
            // something happen is no aid to anyone ("helped Kenya build a railway" is).
            return dropped(trace, v, c, c.code, "helping something happen");
        }
        if (c.code.equals("030") && v.lemma(c.trigger).equals("agree") && c.head == c.trigger
                && Misreadings.assentToClaim(v, c.trigger, Pairs.distinct(c.sources).size())) {
            // "KLM's president agrees that the train is a good alternative": assent to a claim, not an
            // intent; "agree that disputes should be resolved through arbitration" is an agreement.
            return dropped(trace, v, c, "030", "agreeing that something is so");
        }
        if (VERBAL_SUPPORT.contains(c.code) && c.targets.isEmpty() && Pairs.distinct(c.sources).size() < 2
                && !c.pairwise) {
            // "the week is supported by Dubai Police", "defended the decision": praise, endorsement and
            // verbal support of no one is no relation between actors.
            return dropped(trace, v, c, c.code, "support for no one named");
        }
        return false;
    }
}
