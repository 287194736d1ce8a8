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
 * Targets that an act with none takes from where it happened: a protest is aimed at what it was
 * held to protest or at the government of its country; coercion, threats, shows of force and
 * attacks at the country where they happen; freedoms eased or curbed at the source's own people.
 */
final class PlaceTargets {
    private final EventPlaces eventPlaces;
    private final OpposedNames opposed;

    PlaceTargets(EventPlaces eventPlaces, OpposedNames opposed) {
        this.eventPlaces = eventPlaces;
        this.opposed = opposed;
    }

    /** Aims a protest with no target, or the calling off of one, at what it protests or at its government. */
    void aimProtest(Document doc, SentenceView v, Candidate c, int root, List<Candidate> cands) {
        boolean dissentEased = c.code.equals("082") || c.code.equals("0352");
        if ((root == 14 || dissentEased) && c.targets.isEmpty() && !c.sources.stream().allMatch(v::lonePerson)) {
            // A protest with no stated target is aimed at the government of its country (not the
            // smashing of a car's windows by one man); so is calling it off ("the opposition agreed
            // to postpone the demonstration").
            List<ActorMention> aims = protestAims(v, c, cands);
            ActorMention anti = aims.isEmpty() && root == 14 ? opposed.against(v, c) : null;
            ActorMention home = aims.isEmpty() && anti == null ? eventPlaces.homeGovernment(v, c.trigger, c.sources) : null;
            if (anti != null) {
                // "anti-US demonstrations in Lahore", "anti-Netanyahu protests": aimed at whom they are against.
                c.targets = new ArrayList<>(List.of(anti));
                c.steps.add("protest aimed at whom it is against: " + anti.codeAt(doc.date()));
            } else if (!aims.isEmpty()) {
                // "demonstrated in front of the US embassy to protest the occupation of Laos by Vietnamese
                // troops": aimed at what it was held to protest, not at the place it was held.
                c.targets = new ArrayList<>(aims);
                c.steps.add("protest aimed at what it protests: " + aims.get(0).codeAt(doc.date()));
            } else if (home != null) {
                c.targets = new ArrayList<>(List.of(home));
                c.steps.add("protest aimed at the government of its country: " + home.codeAt(doc.date()));
            }
        }
    }

    /** Verbs that say what a demonstration is held against, in a clause of purpose after it. */
    private static final Set<String> PROTESTING = Set.of("protest", "denounce", "condemn", "oppose", "decry",
            "criticise", "criticize", "demand", "reject");

    /**
     * The targets of the act a demonstration is held to protest ("demonstrated … to protest the
     * occupation of Laos by Vietnamese troops"), as coded for that clause, or none.
     */
    private static List<ActorMention> protestAims(SentenceView v, Candidate c, List<Candidate> cands) {
        for (Edge e : v.basic.children(c.trigger)) {
            if (!(Graph.matches(e.relation(), "advcl") || e.relation().equals("xcomp"))
                    || !v.markedBy(e.dependent(), "to")
                    || !PROTESTING.contains(v.lemma(e.dependent()).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Candidate x : cands) {
                // A known actor only: "to protest President Assad's failure" with no one known leaves
                // the protest aimed at the government of its country.
                if (x != c && x.trigger == e.dependent() && !x.targets.isEmpty()
                        && x.targets.stream().allMatch(t -> t.actor() != null)) {
                    return x.targets;
                }
            }
        }
        return List.of();
    }

    /**
     * Freedoms, curfews and emergencies eased or imposed (0811, 0813, 0814, 1721, 1723, 1724): with
     * no one named, they are aimed at the people of the place, or of the state that acts.
     */
    private static final Set<String> AT_HOME = Set.of("0811", "0813", "0814", "1721", "1723", "1724");

    /** Codes of seizing property and closing off ground: done to things, not to the place's people. */
    private static final Set<String> SEIZURES = Set.of("171", "1711", "191");

    /** Aims coercion, threats, shows of force and attacks with no target at the place, or at the source's people. */
    void aimAtPlace(Document doc, SentenceView v, Candidate c, int root) {
        boolean atHome = AT_HOME.contains(c.code);
        if ((root >= 17 || root == 13 || root == 15 || atHome) && c.targets.isEmpty() && !c.sources.isEmpty()
                && !(c.mutual && Pairs.twoSides(c.sources, doc.date()))) {
            // Two sides that clash act on each other ("police and demonstrators clashed"), not on the
            // place where they met.
            // Coercion, threats, shows of force and attacks with no target are aimed at the country
            // where they happen: "imposed a curfew in Algiers", "threatened to ban voting in East
            // Jerusalem", "troops remained on alert in the West Bank".
            ActorMention found = eventPlaces.at(v, c.trigger, null, "", "target: place of the attack");
            ActorMention place = found;
            if (found != null && SEIZURES.contains(c.code) && c.sources.stream()
                    .anyMatch(m -> RoleCodes.sameCountry(m.codeAt(doc.date()), found.codeAt(doc.date())))) {
                // "Turkish security forces impounded 80 kg of heroin in eastern Turkey", "the local
                // government in Xinjiang … blockading the epidemic zone": goods a state seizes and
                // ground it closes on its own land are taken from no one the place stands for.
                place = null;
            }
            if (place != null) {
                c.targets = new ArrayList<>(List.of(place));
                c.steps.add("target: the country where it happened, " + place.codeAt(doc.date()));
                if (root == 13 || root == 17) {
                    // "the president threatened to impose a curfew in Algiers": curfews, martial law and
                    // arrests are a state's own; an organ of no stated country is that country's.
                    List<ActorMention> own = new ArrayList<>(c.sources.size());
                    for (ActorMention m : c.sources) {
                        own.add(m.actor() == null && m.form() == ActorMention.Form.ROLE
                                && m.role() != null && RoleCodes.STATE_ORGANS.contains(m.role())
                                ? m.withActor(place.actor(), m.role(), m.form(),
                                        " + domestic: the country where it happened")
                                : m);
                    }
                    c.sources = own;
                }
            }
        }
        if (atHome && c.targets.isEmpty() && !c.sources.isEmpty()) {
            // "Bashir took steps to enhance political freedoms", "lifted the state of emergency":
            // with no place named, a state loosens or tightens its own people's freedoms.
            ActorMention own = eventPlaces.ownPeople(v, c.trigger, c.sources);
            if (own != null) {
                c.targets = new ArrayList<>(List.of(own));
                c.steps.add("target: the source's own people, " + own.codeAt(doc.date()));
            }
        }
    }
}
