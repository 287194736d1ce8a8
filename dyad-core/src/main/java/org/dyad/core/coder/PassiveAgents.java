package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * The doer of a passive act that names none: those demobilized or disarmed stand down themselves;
 * an army, police or intelligence service that tells of a capture made it; and arrests, charges,
 * investigations, deportations and releases from prison are the acts of the state where they
 * happened.
 */
final class PassiveAgents {
    private final EventPlaces eventPlaces;

    PassiveAgents(EventPlaces eventPlaces) {
        this.eventPlaces = eventPlaces;
    }

    /** Verbs of standing down whose passive, with no agent, is done by those it names. */
    private static final Set<String> SELF_DISARM = Set.of("demobilize", "demobilise", "disarm");

    /** Gives a passive act with no source the one who did it, if the act and its telling say who. */
    void assign(Document doc, SentenceView v, Candidate c) {
        if (c.passive && c.sources.isEmpty() && !c.targets.isEmpty() && c.code.startsWith("087")
                && SELF_DISARM.contains(v.lemma(c.trigger))) {
            // "a third of the guerrillas have been demobilized": with no one named who did it,
            // those demobilized or disarmed are the ones who stand down.
            c.sources = c.targets;
            c.targets = new ArrayList<>();
            c.steps.add("demobilized with no agent: the demobilized stand down");
        }
        String authority = c.passive && c.sources.isEmpty() && !c.targets.isEmpty() ? stateActRole(v, c) : null;
        ActorMention teller = authority == null ? null : captor(c);
        if (teller != null) {
            // "The military said the Sudanese prisoners were captured … in northern Uganda": an army,
            // police or intelligence service telling of captures with no agent tells of its own.
            if (teller.actor() == null) {
                ActorMention place = eventPlaces.at(v, c.trigger, teller.role(), "", "captor's country");
                teller = place == null ? teller : teller.withActor(place.actor(), teller.role(), teller.form(),
                        " + place of the capture: '" + place.text() + "'");
            }
            c.sources = new ArrayList<>(List.of(teller));
            c.steps.add("captured by the organ that tells of it: '" + teller.text() + "'");
            authority = null;
        }
        if (authority != null) {
            // "A US national has been put under investigation in Italy", "a missionary was arrested
            // in Lebanon": only a state investigates, arrests, charges or deports; with no agent named,
            // it is the state where it happened.
            ActorMention auth = eventPlaces.at(v, c.trigger, authority, "authorities in ", "unnamed authorities");
            if (auth != null) {
                c.sources = new ArrayList<>(List.of(auth));
                c.steps.add("acted by the authorities where it happened: " + auth.codeAt(doc.date()));
            }
        }
    }

    /**
     * The army, police or intelligence service that reports an arrest or capture it names no agent
     * for ("The military said the prisoners were captured"), or null; only for arrests and detentions.
     */
    private static @Nullable ActorMention captor(Candidate c) {
        if (!c.code.startsWith("173") || c.reportedBy.size() != 1) {
            // Two tellers are more often a misread report ("Five Taliban fighters and an Afghan soldier
            // died …, a police official said, adding that …") than an army and its police speaking at once.
            return null;
        }
        for (ActorMention m : c.reportedBy) {
            if (m.role() != null && RoleCodes.STATE_FORCES.contains(m.role()) && m.form() == ActorMention.Form.ROLE) {
                return m;
            }
        }
        return null;
    }

    /** Places of the state's detention that a release is "from". */
    private static final Set<String> PRISONS = Set.of("prison", "jail", "gaol", "custody", "detention");

    /** Verbs of holding someone in prison, which the state does rather than its police. */
    private static final Set<String> JAILING = Set.of("imprison", "jail", "incarcerate");

    /**
     * The role of the state organ that alone does an act, for a passive with no agent: arrests and
     * detentions are the police's (173) and imprisonment the government's, charges and lawsuits the
     * courts' and prosecutors' (115, 1151), investigations (09) and deportations (174) the
     * government's, and so is a release "from prison" (084); null for other acts.
     */
    private static @Nullable String stateActRole(SentenceView v, Candidate c) {
        String code = c.code;
        if (code.startsWith("173")) {
            // "journalists are imprisoned in Azerbaijan": the state holds them; the police arrest.
            return JAILING.contains(v.lemma(c.trigger).toLowerCase(Locale.ROOT)) ? "GOV" : "COP";
        }
        if (code.startsWith("115")) {
            return "JUD";
        }
        if (code.startsWith("09") || code.startsWith("174")) {
            return "GOV";
        }
        if (code.startsWith("084")
                && v.prepChildren(c.trigger, Set.of("from")).stream().anyMatch(n -> PRISONS.contains(v.lemma(n)))) {
            // "Jailed journalist Aziz Orujov released from prison": only the state lets people out of its
            // prisons ("hostages were released" by their kidnappers is left with no source).
            return "GOV";
        }
        return null;
    }
}
