package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.core.dict.Dictionaries;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Event;
import org.dyad.core.model.Mode;
import org.dyad.core.model.Participant;
import org.dyad.core.model.Sentence;
import org.dyad.core.ontology.CameoCode;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * The other side of a document's war as the target of violence the text aims at no one, and as
 * the author of violence the text says no one did. In a
 * report on a war between two states, "Iranian forces mounted fresh attacks on the southern
 * front" are attacks on Iraq when the document's other fighting (CAMEO 19 and 20) sets Iran
 * against Iraq and no one else. A side with two or more enemies in the document, or none, is left
 * alone, and so is fighting within one country. Only told fighting between named sides makes two
 * countries enemies: a denied attack, or one by unknown hands placed in a capital, does not.
 */
final class WarTargets {
    private final Dictionaries dict;

    WarTargets(Dictionaries dict) {
        this.dict = dict;
    }

    /**
     * The events, with a target given to untargeted violence (CAMEO 18 to 20) by a side with one
     * enemy, and a source to violence by no one against such a side (not against its civilians).
     */
    List<Event> fill(List<Event> events, List<ActorMention> mentions, List<Sentence> sentences) {
        // The countries each side fought, a side being a country's state, its irregulars or its people:
        // "U.S. troops battled insurgents" makes Iraq's insurgents enemies of the United States, not Iraq's army.
        Map<String, Set<String>> enemies = new HashMap<>();
        Map<String, Set<String>> strikers = new HashMap<>();
        for (Event e : events) {
            String a = country(e.source());
            String b = country(e.target());
            // Only fighting the text tells, between sides it names: not a denied or supposed attack,
            // nor "unidentified attackers in Doha", who are only the place of the act.
            boolean told = e.mode() == Mode.ASSERTED || e.mode() == Mode.REPORTED;
            if (fighting(e, 19) && told && a != null && b != null && !a.equals(b) && !unknownHands(e.source())
                    && !unknownHands(e.target())) {
                enemies.computeIfAbsent(side(e.source()), k -> new HashSet<>()).add(b);
                enemies.computeIfAbsent(side(e.target()), k -> new HashSet<>()).add(a);
            }
            // The states whose violence the text tells against another country ("a Russian assault hit the
            // centre of Dobropillia, killing 11 people"): who strikes there from the air.
            String role = e.source() == null ? null : role(e.source());
            if (fighting(e, 18) && told && a != null && b != null && !a.equals(b) && !unknownHands(e.source())
                    && !unknownHands(e.target()) && (role == null || STATE.contains(role))) {
                strikers.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }
        }
        if (enemies.isEmpty() && strikers.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e0 : events) {
            Event e = e0;
            Set<String> theirs = foes(e.target(), enemies);
            boolean told = e.mode() == Mode.ASSERTED || e.mode() == Mode.REPORTED;
            Actor author = e.source() == null && told && fighting(e, 18) && theirs != null && theirs.size() == 1
                    && !"CVL".equals(e.target().mention().role())
                    ? dict.actors().country(theirs.iterator().next()).orElse(null) : null;
            Actor defender = e.source() != null && told && fighting(e, 18) && theirs != null && theirs.size() == 1
                    && forceOfNoCountry(e.source().mention())
                    ? dict.actors().country(theirs.iterator().next()).orElse(null) : null;
            Set<String> overhead = theirs != null ? theirs : e.target() == null ? null : strikers.get(country(e.target()));
            Actor flier = e.source() != null && unknownHands(e.source()) && told && fighting(e, 18) && overhead != null
                    && overhead.size() == 1 && country(e.target()) != null
                    && Objects.equals(country(e.source()), country(e.target()))
                    && (fromTheAir(sentences.get(e.evidence().sentenceIndex()))
                        || theStrike(sentences.get(e.evidence().sentenceIndex())))
                    ? dict.actors().country(overhead.iterator().next()).orElse(null) : null;
            if (flier != null && !Objects.equals(flier.country(), country(e.target()))) {
                // "Five people were killed in an air strike on a tent in Gaza City": no unknown hands
                // strike from the air where the victims' side has one enemy in the document, or one state
                // the document tells striking there; its forces did.
                e = EventCoder.withSource(e, otherSide(e, flier, "MIL", "source: the document's war, from the air"));
            }
            if (defender != null) {
                // "Air defence units downed 546 of the drones": forces of no stated country that fight
                // a side with one enemy in the document are that enemy's.
                ActorMention m = e.source().mention().withActor(defender, e.source().mention().role(),
                        ActorMention.Form.ROLE, " + the other side in this document's fighting");
                e = EventCoder.withSource(e, Participant.of(m, e.when().date()));
            }
            if (author != null) {
                // "hundreds of Iranians were killed", "the attack was repelled": fighting no one is said
                // to do, against a side with one enemy in the document, is that enemy's. Not civilians'
                // deaths: who killed them is for the text to say; nor an act denied or only supposed.
                String role = forcesRole(e, author.country(), mentions, sentences);
                if ((role == null || STATE.contains(role)) && hiddenHands(sentences.get(e.evidence().sentenceIndex()))) {
                    // "Tueni was killed in a massive car bomb blast", "14 Iraqis were killed in a string of
                    // bombings": whose bombs or kidnappers they were, a state's war does not tell.
                    out.add(e);
                    continue;
                }
                e = EventCoder.withSource(e, otherSide(e, author, role, "source: the document's war"));
            }
            Set<String> them = foes(e.source(), enemies);
            Actor victims = e.target() != null && told && fighting(e, 18) && them != null && them.size() == 1
                    && !"CVL".equals(e.source().mention().role())
                    && ofNoStatedCountry(e.target().mention(), country(e.source()))
                    ? dict.actors().country(them.iterator().next()).orElse(null) : null;
            if (victims != null) {
                // "Israeli forces killed at least 69 people", "Hamas attacked southern Israel, killing
                // about 1,200 people": civilians of no stated country whom a side's violence strikes
                // are of the one country it fights in the document, not of its own.
                ActorMention m = e.target().mention().withActor(victims, "CVL", ActorMention.Form.ROLE,
                        " + the other side in this document's fighting");
                out.add(EventCoder.withTarget(e, Participant.of(m, e.when().date())));
                continue;
            }
            // Not civilians' violence: "the man exploded himself" at a governor's house is not aimed at the
            // other army of the document's war.
            Actor enemy = e.target() == null && fighting(e, 18) && them != null && them.size() == 1
                    && !"CVL".equals(e.source().mention().role())
                    ? dict.actors().country(them.iterator().next()).orElse(null) : null;
            if (enemy == null) {
                out.add(e);
                continue;
            }
            out.add(EventCoder.withTarget(e, otherSide(e, enemy, null, "target: the document's war")));
        }
        return withoutRepeats(events, out);
    }

    /** Words of bombs, abductions and nameless "violence", whose authors hide: no state's war names them. */
    private static final Set<String> HIDDEN = Set.of("blast", "explosion", "bombings", "abduction", "abductions", "violence",
            "kidnapping", "kidnappings", "car-bomb", "roadside");

    /** Whether a sentence tells of bombs or abductions ("a car bomb", "a string of bombings"). */
    private static boolean hiddenHands(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (HIDDEN.contains(w) || w.equals("bomb") && i > 0 && s.token(i - 1).word().equalsIgnoreCase("car")) {
                return true;
            }
        }
        return false;
    }

    /** Words of striking from the air, by themselves ("airstrike") or after "air" or "drone" ("drone attack"). */
    private static final Set<String> AIR_STRIKES = Set.of("airstrike", "airstrikes", "air-strike", "air-strikes");
    private static final Set<String> STRIKES = Set.of("strike", "strikes", "raid", "raids", "attack", "attacks");
    private static final Set<String> AIRBORNE = Set.of("air", "drone");

    /** Whether a sentence tells of a strike from the air: "an air strike", "a drone attack", "airstrikes". */
    private static boolean fromTheAir(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (AIR_STRIKES.contains(w) || STRIKES.contains(w) && i > 0
                    && AIRBORNE.contains(s.token(i - 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Words that point back to a strike told before: "the strike", "this attack", "the latest raid". */
    private static final Set<String> POINTING = Set.of("the", "this", "that", "latest");

    /**
     * Whether a sentence tells of "the strike" (or "this attack", "the latest raid"): the strike the
     * document told before, whose striker it names ("an overnight Israeli strike … The health
     * ministry said one person was killed … in the strike on the Al-Msayleh area").
     */
    private static boolean theStrike(Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (STRIKES.contains(w) && POINTING.contains(s.token(i - 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "It said U.S. forces attacked …, but CBS News said U.S. forces attacked the Iranian oil
     * platforms": an event filled here that now repeats another of its sentence (same code, actors
     * and mode) is that event told twice, and goes.
     */
    static List<Event> withoutRepeats(List<Event> before, List<Event> after) {
        Set<Map.Entry<Integer, Event.Act>> seen = new HashSet<>();
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i) == before.get(i)) {
                seen.add(key(after.get(i)));
            }
        }
        List<Event> out = new ArrayList<>(after.size());
        for (int i = 0; i < after.size(); i++) {
            Event e = after.get(i);
            if (e == before.get(i) || seen.add(key(e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Map.Entry<Integer, Event.Act> key(Event e) {
        return Map.entry(e.evidence().sentenceIndex(), e.act());
    }

    /**
     * The other side of the document's war as a participant of an event, read on the event's date,
     * with the role of its forces when the sentence names them.
     */
    private static Participant otherSide(Event e, Actor country, @Nullable String role, String rule) {
        int trigger = e.evidence().triggerToken();
        String text = country.name() + " (the other side in this document's fighting)";
        ActorMention m = new ActorMention(e.evidence().sentenceIndex(), trigger, trigger + 1, trigger, country, role,
                ActorMention.Form.REFERENCE, role == null ? text : text + ", its " + HANDS.get(role), rule);
        return Participant.of(m, e.when().date());
    }

    private static final Map<String, String> FORCES = Map.of("MIL", "forces", "COP", "police");

    /** How the other side's hands are named in the participant's text, by role. */
    private static final Map<String, String> HANDS = Map.of("MIL", "forces", "COP", "police", "INS", "insurgents");

    /**
     * "Three Palestinians were wounded by rubber bullets fired by soldiers", "two were killed as the
     * troops battled the protestors": the one role of the armed men the sentence names, of no country
     * or of the author's, outside the target; they are the hands of the violence no one is said to
     * do, when they act in it (as an active subject of no verb of saying, or a "by" phrase). Null when the sentence names
     * none, or both soldiers and police. Not the target's own phrase: "Palestinians, including a
     * policeman".
     */
    private static @Nullable String forcesRole(Event e, @Nullable String country, List<ActorMention> mentions,
            List<Sentence> sentences) {
        String role = null;
        int target = e.target() == null ? -1 : e.target().mention().head();
        Sentence s = sentences.get(e.evidence().sentenceIndex());
        Graph g = Graph.basic(s);
        if (suicideAttack(s, g, e.evidence().triggerToken())) {
            return "INS";
        }
        for (ActorMention m : mentions) {
            if (m.sentence() != e.evidence().sentenceIndex() || m.role() == null || !FORCES.containsKey(m.role())
                    || target >= 0 && g.dominates(target, m.head()) || !agent(s, g, m.head())
                    || m.form() != ActorMention.Form.ROLE && m.form() != ActorMention.Form.REFERENCE
                    || m.actor() != null && !java.util.Objects.equals(m.actor().country(), country)) {
                continue;
            }
            if (role != null && !role.equals(m.role())) {
                return null;
            }
            role = m.role();
        }
        return role;
    }

    /** Verbs whose subject tells of the act rather than does it: "…, the Ethiopian army said". */
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "claim", "add", "state",
            "confirm");

    /**
     * Whether a word does a clause's act: an active subject, or the "by" phrase of a passive, itself
     * or the noun it modifies ("Israeli army" in "by Israeli army snipers").
     */
    private static boolean agent(Sentence s, Graph g, int word) {
        int w = word;
        Edge up = g.head(w);
        for (int hops = 0; up != null && (up.relation().equals("compound") || up.relation().equals("amod")) && hops < 2; hops++) {
            w = up.governor();
            up = g.head(w);
        }
        return up != null && (up.relation().equals("nsubj")
                && !REPORTING.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))
                || (up.relation().startsWith("obl") || up.relation().startsWith("nmod")) && g.markedBy(s, w, Set.of("by")));
    }

    private static final Set<String> ATTACKS = Set.of("attack", "bombing", "bomb", "blast", "explosion", "bomber");

    /**
     * "since a suicide bomb attack killed six Israelis": violence done by a suicide attack, which no
     * state's army does; its side's hands are insurgents. The attack is the trigger, its subject, or
     * the subject of an adverbial clause of it.
     */
    private static boolean suicideAttack(Sentence s, Graph g, int trigger) {
        List<Integer> nouns = new ArrayList<>(List.of(trigger));
        List<Integer> clauses = new ArrayList<>(List.of(trigger));
        // "were killed when a suicide bomb attack hit their post": the attack of the clause that tells when.
        g.children(trigger).stream().filter(x -> x.relation().startsWith("advcl")).forEach(x -> clauses.add(x.dependent()));
        for (int c : clauses) {
            g.children(c).stream().filter(x -> x.relation().startsWith("nsubj")).forEach(x -> nouns.add(x.dependent()));
        }
        for (int n : nouns) {
            if (!ATTACKS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Edge x : g.children(n)) {
                if ((x.relation().equals("compound") || x.relation().equals("amod"))
                        && s.token(x.dependent()).word().equalsIgnoreCase("suicide")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Roles of a country's irregular side, which fights its own enemies. */
    private static final Set<String> IRREGULAR = Set.of("INS", "REB", "SPP", "IMG", "RAD", "UAF");

    /** Roles of a country's state. */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "SPY", "LEG", "JUD");

    /**
     * The side of a participant in a document's war: its country, and whether its state (a state
     * organ, or the country named as such: "an Eritrean offensive"), its irregulars, or its people
     * ("five Iraqis", civilians and the rest).
     */
    private static String side(Participant p) {
        String role = role(p);
        String kind = role == null ? (p.mention().form() == ActorMention.Form.PEOPLE ? ":people" : ":state")
                : IRREGULAR.contains(role) ? ":irregular" : STATE.contains(role) ? ":state" : ":people";
        return country(p) + kind;
    }

    /** The first role of a participant's code on the event's date ("INS" of PSEINS), or null for a bare country. */
    private static @Nullable String role(Participant p) {
        String code = p.code();
        return code == null || code.length() < 6 ? null : code.substring(3, 6);
    }

    /**
     * The countries a participant's side fought in the document: those its state fought for a state
     * organ, those its irregulars fought for irregulars, any of them for its people or the country
     * named bare. "U.S. troops
     * killed five Iraqis" and "battled insurgents" make no enemy of Iraq's army. Null when it has no
     * country.
     */
    private static @Nullable Set<String> foes(@Nullable Participant p, Map<String, Set<String>> enemies) {
        String c = country(p);
        if (c == null) {
            return null;
        }
        String role = role(p);
        if (role != null && (STATE.contains(role) || IRREGULAR.contains(role))) {
            return enemies.get(side(p));
        }
        Set<String> all = new HashSet<>();
        for (String kind : new String[] {":state", ":irregular", ":people"}) {
            all.addAll(enemies.getOrDefault(c + kind, Set.of()));
        }
        return all.isEmpty() ? null : all;
    }

    /**
     * Whether a target is civilians the text gives no country: named by a role word alone ("69
     * people"), with no country or only the one its attacker's side lent it (see {@link
     * DomesticRoles#lent}). "Israeli civilians" and "Gazans" state theirs.
     */
    private static boolean ofNoStatedCountry(ActorMention m, @Nullable String attacker) {
        return "CVL".equals(m.role()) && m.form() == ActorMention.Form.ROLE
                && (m.actor() == null || attacker != null && attacker.equals(m.actor().country()) && DomesticRoles.lent(m));
    }

    /** Whether a participant is armed forces named by a role word alone, with no country: "air defence units". */
    private static boolean forceOfNoCountry(ActorMention m) {
        return m.actor() == null && m.form() == ActorMention.Form.ROLE && "MIL".equals(m.role());
    }

    /** Whether an event is violence from the given CAMEO root up to 20. */
    private static boolean fighting(Event e, int fromRoot) {
        int root = CameoCode.rootNumber(e.code().code());
        return root >= fromRoot && root <= 20;
    }

    /** Whether a participant is an armed force of no known side, named for the place of the act (UAF). */
    private static boolean unknownHands(Participant p) {
        return "UAF".equals(p.mention().role());
    }

    /** The country of a participant's actor, or null. */
    private static @Nullable String country(@Nullable Participant p) {
        if (p == null || p.mention().actor() == null) {
            return null;
        }
        return p.mention().actor().country();
    }
}
