package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * A role of no stated country whose noun is modified by a country's organ takes that country:
 * in "five Panamanian army officers" and "28 Chilean government officials" the officers are
 * PANMIL and the officials CHLGOV, not officials of nowhere. The positions, bases and camps of an
 * armed group are the group's: "Palestinian guerrilla positions" are PSEREB, not PSEMIL.
 */
final class OrganCompounds {
    private OrganCompounds() {}

    /** Places an armed force holds, which take the role of the group named before them (lemmas). */
    private static final java.util.Set<String> HOLDINGS = java.util.Set.of("position", "positions", "base", "bases",
            "camp", "camps", "outpost", "outposts", "stronghold", "strongholds", "hideout", "hideouts");
    private static final java.util.Set<String> ARMED_GROUPS = java.util.Set.of("REB", "INS");

    /**
     * The places an armed group holds in the open, in the plural (word forms), whose adjective names
     * the group even when tagged as one: "bombed rebel positions". Hideouts are left out ("could strike
     * militant hideouts if Kabul failed to act" threatens the country they hide in), and so is one
     * place ("a raid on a militant camp to kill the al-Shabaab commander": the camp is the named group's).
     */
    private static final java.util.Set<String> HELD_IN_THE_OPEN = java.util.Set.of("positions", "bases", "camps",
            "outposts", "strongholds");

    /** Whether an armed group's role word before this noun names the group that holds it: "rebel positions". */
    static boolean groupBeforeItsPlaces(@Nullable String role, String noun) {
        return role != null && ARMED_GROUPS.contains(role) && HELD_IN_THE_OPEN.contains(noun.toLowerCase(java.util.Locale.ROOT));
    }

    static List<ActorMention> apply(Sentence s, Graph g, List<ActorMention> mentions, ActorDictionary dictionary) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            ActorMention owned = m;
            if (m.actor() == null && m.form() == Form.ROLE && m.role() != null) {
                boolean holding = HOLDINGS.contains(s.token(m.head()).lemma().toLowerCase(java.util.Locale.ROOT));
                for (Edge e : g.children(m.head())) {
                    boolean amod = e.relation().equals("amod");
                    if (!e.relation().equals("compound") && !(holding && amod)) {
                        continue;
                    }
                    for (ActorMention o : mentions) {
                        Actor led = !amod && owned == m && o.head() == e.dependent() && leaderOf(o, m)
                                ? dictionary.country(o.actor().country()).orElse(null) : null;
                        if (led != null) {
                            // "the Assad regime", "the Maduro government": a government named by its
                            // leader is the leader's country's.
                            owned = m.withActor(led, m.role(), m.form(), " + led by '" + o.text() + "'");
                            continue;
                        }
                        if (o.head() != e.dependent() || o.form() != Form.ROLE || owned != m
                                || amod && !ARMED_GROUPS.contains(o.role())) {
                            continue;
                        }
                        if (holding && ARMED_GROUPS.contains(o.role())) {
                            // "Palestinian guerrilla positions", "rebel camps": the places of an armed group
                            // are the group's, not an army's.
                            owned = m.withActor(o.actor(), o.role(), m.form(), " + held by '" + o.text() + "'");
                        } else if (o.actor() != null && o.actor().kind() == ActorKind.COUNTRY) {
                            owned = m.withActor(o.actor(), m.role(), m.form(), " + compound: '" + o.text() + "'");
                        }
                    }
                }
            }
            out.add(owned);
        }
        return sharedAdjective(s, g, out, dictionary);
    }

    /** Words for a government that a leader's name before them names: "the Assad regime". */
    private static final java.util.Set<String> GOVERNMENTS = java.util.Set.of("regime", "government",
            "administration", "junta", "cabinet");

    /** Whether a person's name before a word for a government names whose it is. */
    private static boolean leaderOf(ActorMention person, ActorMention government) {
        return person.actor() != null && person.actor().kind() == ActorKind.PERSON && person.actor().country() != null
                && person.form() == Form.NAME && "GOV".equals(government.role())
                && GOVERNMENTS.contains(government.text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Roles listed after one that a country's adjective opens share that country: in "train Iraqi
     * security forces, police and soldiers" the police and the soldiers are Iraqi too.
     */
    private static List<ActorMention> sharedAdjective(Sentence s, Graph g, List<ActorMention> mentions,
            ActorDictionary dictionary) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            ActorMention shared = m;
            Edge up = g.head(m.head());
            // "Libyan leader Kadhafi and government officials from Uganda": a role with a phrase of its own
            // says where it is from; a person's nationality is not a list's.
            if (m.actor() == null && m.form() == Form.ROLE && m.role() != null && up != null
                    && up.relation().startsWith("conj") && up.governor() < m.start()
                    && g.children(m.head()).stream().noneMatch(e -> e.relation().startsWith("nmod"))) {
                for (ActorMention f : mentions) {
                    Actor country = f.head() == up.governor() ? adjectiveCountry(s, f, dictionary) : null;
                    if (country != null) {
                        shared = m.withActor(country, m.role(), m.form(), " + listed after '" + f.text() + "'");
                    }
                }
            }
            out.add(shared);
        }
        return out;
    }

    /**
     * The country of a mention that a country's adjective opens ("Iraqi security forces"), a person
     * aside; null for any other mention.
     */
    private static @Nullable Actor adjectiveCountry(Sentence s, ActorMention f, ActorDictionary dictionary) {
        Actor a = f.actor();
        if (a == null || a.kind() == ActorKind.PERSON || f.start() >= f.head()
                || !s.token(f.start()).pos().startsWith("JJ")) {
            return null;
        }
        if (a.kind() == ActorKind.COUNTRY) {
            return a;
        }
        return a.country() == null ? null : dictionary.country(a.country()).orElse(null);
    }
}
