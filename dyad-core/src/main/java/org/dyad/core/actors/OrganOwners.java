package org.dyad.core.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.ActorDictionary;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Role words of no country that take one from whose they are, once a sentence's pronouns are
 * resolved: an organ owned by a resolved pronoun or by a person ("its army", "Macron and his
 * foreign minister", "his spokesman"), and armed men on a state's side ("pro-government
 * militias", "gunmen loyal to the government").
 */
final class OrganOwners {
    private final @Nullable ActorDictionary actors;

    /** {@code actors} supplies the country actors. */
    OrganOwners(@Nullable ActorDictionary actors) {
        this.actors = actors;
    }

    /** Words for one's country, owned by a pronoun: "his country's fighter jets". */
    private static final Set<String> HOMELANDS = Set.of("country", "nation", "homeland");

    /**
     * The resolved pronoun that owns the country owning a role word ("his" of "his country's
     * fighter jets"), when it stands for an actor of a country; else null.
     */
    private static @Nullable ActorMention ownersCountry(Sentence s, Graph g, ActorMention m, List<ActorMention> ms) {
        for (Edge e : g.children(m.head(), "nmod:poss")) {
            if (!HOMELANDS.contains(s.token(e.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Edge p : g.children(e.dependent(), "nmod:poss")) {
                for (ActorMention x : ms) {
                    if (x.head() == p.dependent() && x.form() == Form.REFERENCE && x.actor() != null) {
                        return x;
                    }
                }
            }
        }
        return null;
    }

    /** Role words that name the owner's opposite number, never one of his own. */
    private static final Set<String> COUNTERPARTS = Set.of("counterpart", "counterparts");

    /**
     * "Its army", "their police": a role word of no country owned by a resolved pronoun belongs to
     * the pronoun's country or group. A person's office is read on the document's date.
     */
    List<ActorMention> possessedOrgans(Sentence s, Graph g, List<ActorMention> ms, @Nullable LocalDate date) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            ActorMention owner = null;
            Actor country = null;
            boolean homeland = false;
            // "Mwanawasa assured his counterpart": a counterpart is by definition of another state.
            if (m.form() == Form.ROLE && m.actor() == null && !COUNTERPARTS.contains(m.lastWord())) {
                for (Edge e : g.children(m.head(), "nmod:poss")) {
                    for (ActorMention p : ms) {
                        if (p.head() == e.dependent() && p.actor() != null && p.actor().kind() == ActorKind.PERSON
                                && p.actor().country() != null && actors != null && "PTY".equals(m.role())) {
                            // "Mahathir Mohamad's political party": a person's party is of the person's
                            // country, and in opposition when the person is.
                            owner = p;
                            country = actors.country(p.actor().country()).orElse(null);
                            continue;
                        }
                        if (p.form() != Form.REFERENCE || p.head() != e.dependent() || p.actor() == null) {
                            continue;
                        }
                        if (p.actor().kind() == ActorKind.COUNTRY || p.actor().kind() == ActorKind.GROUP) {
                            owner = p;
                            country = p.actor();
                        } else if (p.actor().kind() == ActorKind.PERSON && p.actor().country() != null && actors != null
                                && (stateOfficial(p, date) && RoleCodes.STATE_ORGANS.contains(m.role())
                                    || rebelLeader(p, date) && ARMED.contains(m.role()))) {
                            // "Macron and his foreign minister": a state official's organs are his state's.
                            owner = p;
                            country = actors.country(p.actor().country()).orElse(null);
                        }
                    }
                }
                ActorMention ownCountry = ownersCountry(s, g, m, ms);
                if (ownCountry != null && actors != null && ownCountry.actor().country() != null) {
                    // "Chauhan confirmed that his country's fighter jets were shot down": the country
                    // of the one "his" stands for, before any other owner.
                    owner = ownCountry;
                    country = actors.country(ownCountry.actor().country()).orElse(null);
                    homeland = true;
                }
            }
            if (owner == null || country == null) {
                out.add(m);
            } else {
                // "his chief of staff", "her spokesman": an official's own staff serve in his office.
                // "his forces" of a rebel leader are his rebels.
                // "Platter and his party arrived": the party beside its leader is his entourage.
                String role = homeland ? m.role()
                        : owner.actor().kind() == ActorKind.PERSON && (rebelLeader(owner, date) || STAFF.stream()
                        .anyMatch(w -> m.text().toLowerCase(Locale.ROOT).endsWith(w)) || entourage(g, m, owner, ms))
                        ? RoleCodes.roleOf(owner.codeAt(date))
                        : "PTY".equals(m.role()) && "OPP".equals(RoleCodes.roleOf(owner.codeAt(date))) ? "OPP"
                        // "The Somali rebel leader said his movement had withdrawn its forces": the
                        // forces of rebels are rebels.
                        : ARMED.contains(m.role()) && owner.role() != null && INSURGENT.contains(owner.role())
                                ? owner.role()
                        : m.role();
                out.add(m.withActor(country, role, Form.ROLE,
                        " + owner: '" + owner.text() + "' (" + owner.rule() + ")"));
            }
        }
        return out;
    }

    /** Whether a party is joined to the person who owns it: "Platter and his party", his travelling party. */
    private static boolean entourage(Graph g, ActorMention m, ActorMention owner, List<ActorMention> ms) {
        Edge up = g.head(m.head());
        if (!"PTY".equals(m.role()) || up == null || !up.relation().startsWith("conj")) {
            return false;
        }
        for (ActorMention q : ms) {
            if (q != owner && q.contains(up.governor()) && q.actor() != null && q.actor().equals(owner.actor())) {
                return true;
            }
        }
        return false;
    }

    /** Role words for an official's personal staff. */
    private static final List<String> STAFF = List.of("chief of staff", "spokesman", "spokeswoman", "spokesperson",
            "aide", "aides", "adviser", "advisers", "advisor", "advisors", "deputy");

    private static final Set<String> ARMED = Set.of("MIL", "REB", "INS");

    private static final Set<String> INSURGENT = Set.of("REB", "INS");

    /** A person who leads rebels or insurgents on the date: Hemedti in 2024 (SDNREB), not in 2019. */
    private static boolean rebelLeader(ActorMention p, @Nullable LocalDate date) {
        return RoleCodes.roleIn(p.codeAt(date), INSURGENT);
    }

    /** A person whose code on the date is a state organ's: "KENGOV" for a sitting president. */
    private static boolean stateOfficial(ActorMention p, @Nullable LocalDate date) {
        return RoleCodes.roleIn(p.codeAt(date), RoleCodes.STATE_ORGANS);
    }

    /** Words before armed men that put them on the state's side: "pro-government militias". */
    private static final List<String> LOYAL_MODIFIERS = List.of("pro-government", "government-backed",
            "government-allied", "state-backed", "army-backed", "pro-regime", "regime-backed");

    /** Words for armed men that no state uses of its own: a state's backing makes them proxies, not its forces. */
    private static final Set<String> ACCUSED = Set.of("terrorist", "extremist", "jihadist", "jihadi");

    /**
     * Participles of taking a side: "fighters backing the Somali government", "fighters aligned
     * with Damascus", "militias allied to the government".
     */
    private static final Set<String> SIDING = Set.of("back", "support", "defend", "align", "ally", "affiliate");

    /**
     * Armed men on a state's side are its irregular forces (MIL), as the dictionaries code the
     * Janjaweed and Syria's National Defence Forces: "pro-government militias", "government-backed
     * militiamen", "fighters backing the Somali government", "gunmen loyal to the government". The
     * country is that of the government the text names, or else the one their place gives.
     */
    List<ActorMention> loyalForces(Sentence s, Graph g, List<ActorMention> ms, @Nullable LocalDate date) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            if (m.form() != Form.ROLE || m.actor() != null || m.role() == null
                    || !ActorMention.IRREGULAR_ROLES.contains(m.role())
                    || ACCUSED.contains(s.token(m.head()).lemma().toLowerCase(Locale.ROOT))) {
                // "88 terrorists supported by the Afghan Taliban": what a state's backing of terrorists
                // says is that it sponsors another's insurgents, not that they are its forces.
                out.add(m);
                continue;
            }
            String lead = s.words(Math.max(0, m.start() - 3), m.start()).toLowerCase(Locale.ROOT).replace(" ", "");
            boolean loyal = LOYAL_MODIFIERS.stream().anyMatch(lead::endsWith);
            ActorMention state = null;
            List<Edge> sides = new ArrayList<>(g.children(m.head()));
            Edge up = g.head(m.head());
            if (up != null && up.relation().startsWith("nsubj") && up.governor() > m.head()
                    && SIDING.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))
                    && s.token(up.governor()).pos().equals("VBN")) {
                // "Residents accused fighters aligned with Damascus of killing him", parsed with the
                // fighters as the subject of "aligned": the participle still describes them.
                sides.add(new Edge(m.head(), up.governor(), "acl"));
            }
            for (Edge e : sides) {
                String lemma = s.token(e.dependent()).lemma().toLowerCase(Locale.ROOT);
                boolean siding = e.relation().startsWith("acl") && SIDING.contains(lemma)
                        || e.relation().equals("amod") && lemma.equals("loyal");
                if (!siding) {
                    continue;
                }
                for (ActorMention x : ms) {
                    String code = x.codeAt(date);
                    if (x != m && g.dominates(e.dependent(), x.head()) && x.head() != e.dependent()
                            && RoleCodes.roleIn(code, RoleCodes.STATE_ORGANS)) {
                        loyal = true;
                        state = state == null ? x : state;
                    }
                }
            }
            if (!loyal) {
                out.add(m);
                continue;
            }
            Actor country = state == null || state.actor() == null || state.actor().country() == null || actors == null
                    ? null : actors.country(state.actor().country()).orElse(null);
            out.add(m.withActor(country, "MIL", Form.ROLE, " + on the state's side"
                    + (state == null ? "" : ": '" + state.text() + "'")));
        }
        return out;
    }
}
