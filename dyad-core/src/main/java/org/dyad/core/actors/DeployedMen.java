package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.dict.RoleCodes;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * "Palestinian police deployed large numbers of men around the quarter": the men a security force
 * deploys or sends are its own members, not civilians. Only plain words for people ("men",
 * "personnel"), as the object of a verb of deploying whose subject is an army, police or
 * intelligence service, directly or through a quantity ("hundreds of men", "large numbers of men").
 */
public final class DeployedMen {
    private DeployedMen() {}

    /** How the rule of a mention that {@link #sentBy} gave a country says so. */
    static final String SENT_BY = " + sent by '";

    /**
     * Whether a mention is drones, missiles or rockets that {@link #sentBy} gave the country that
     * launched them: the means of its act, never what it acts on.
     */
    public static boolean isLaunchedWeapon(ActorMention m) {
        String last = m.lastWord();
        return m.rule().contains(SENT_BY) && WEAPONS.stream().anyMatch(last::startsWith);
    }

    private static final Set<String> PEOPLE = Set.of("man", "personnel", "member", "officer", "agent");
    private static final Set<String> DEPLOYING = Set.of("deploy", "dispatch", "send", "station", "post", "position",
            "mobilise", "mobilize", "rush", "move");
    /** "Moscow's army launched a record 267 attack drones at Ukraine": weapons a force fires are its own. */
    private static final Set<String> LAUNCHING = Set.of("launch", "fire");
    private static final Set<String> WEAPONS = Set.of("drone", "missile", "rocket");
    private static final Set<String> QUANTITIES = Set.of("number", "hundred", "thousand", "dozen", "score",
            "contingent", "unit", "team", "force", "group");

    /** Verbs of leading a body of people: "a delegation led by the Belarusian defence minister". */
    private static final Set<String> LEADING = Set.of("lead", "head");

    /**
     * The one who leads a role mention of no country, named in its "led by" phrase with a known
     * actor: "a delegation led by Belarusian Defence Minister Lt-Gen Victor Khrenin" is Belarus's
     * delegation. Null otherwise.
     */
    static @Nullable ActorMention leader(Sentence s, Graph g, ActorMention m, List<ActorMention> own) {
        if (m.form() != Form.ROLE || m.actor() != null || m.role() == null) {
            return null;
        }
        List<Edge> around = new ArrayList<>(g.children(m.head()));
        Edge up = g.head(m.head());
        if (up != null && up.relation().startsWith("nmod")) {
            // "a meeting with a delegation led by …", the participle hung on the meeting.
            g.children(up.governor()).stream().filter(e -> e.dependent() == m.end()).forEach(around::add);
        }
        for (Edge e : around) {
            if (!e.relation().startsWith("acl") || !LEADING.contains(s.token(e.dependent()).lemma().toLowerCase(Locale.ROOT))
                    || !s.token(e.dependent()).pos().equals("VBN")) {
                continue;
            }
            for (Edge by : g.children(e.dependent())) {
                if (!by.relation().startsWith("obl") || !g.markedBy(s, by.dependent(), Set.of("by"))) {
                    continue;
                }
                ActorMention x = Syntax.headedAt(own, by.dependent(), c -> c.actor() != null);
                if (x != null) {
                    return x;
                }
            }
        }
        return null;
    }

    /** The force whose men a role mention is, or null. */
    static @Nullable ActorMention sender(Sentence s, Graph g, ActorMention m, List<ActorMention> resolved) {
        if (m.form() != Form.ROLE || m.actor() != null || m.end() - m.start() != 1
                || !PEOPLE.contains(s.token(m.head()).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int cur = m.head();
        Edge up = g.head(cur);
        for (int hops = 0; up != null && up.relation().startsWith("nmod") && hops < 2; hops++) {
            if (!QUANTITIES.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))
                    || !g.markedBy(s, cur, Set.of("of"))) {
                return null;
            }
            cur = up.governor();
            up = g.head(cur);
        }
        if (up == null || !up.relation().equals("obj")
                || !DEPLOYING.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Edge e : g.children(up.governor(), "nsubj")) {
            for (ActorMention x : resolved) {
                if (x.head() == e.dependent() && x.actor() != null && x.role() != null
                        && RoleCodes.STATE_FORCES.contains(x.role())) {
                    return x;
                }
            }
        }
        return null;
    }

    /**
     * "with Israel conducting a bombing campaign in Lebanon and sending in ground troops": forces of
     * no stated country that a country sends or deploys are its own, not those of the place they go
     * to; so are the drones, missiles and rockets it launches or fires ("Russia launched 200 drones
     * at Ukraine"). The country is the verb's subject among {@code resolved}, or that of the verb it
     * is joined to, when the sentence names another country: before the forces, or for weapons
     * anywhere in it ({@code own}, its mentions in order); null otherwise.
     */
    static @Nullable ActorMention sentBy(Sentence s, Graph g, ActorMention m, List<ActorMention> resolved,
            List<ActorMention> own) {
        if (m.form() != Form.ROLE || m.actor() != null || !RoleCodes.STATE_FORCES.contains(m.role())) {
            return null;
        }
        Edge up = g.head(m.head());
        String verbLemma = up == null ? "" : s.token(up.governor()).lemma().toLowerCase(Locale.ROOT);
        boolean launched = LAUNCHING.contains(verbLemma)
                && WEAPONS.contains(s.token(m.head()).lemma().toLowerCase(Locale.ROOT));
        if (up == null || !up.relation().equals("obj") || !DEPLOYING.contains(verbLemma) && !launched) {
            return null;
        }
        int verb = up.governor();
        // Weapons are fired at a country named after them ("launched 200 drones at Ukraine"); troops
        // keep to the countries named before them ("deployed troops along the border with Guyana"
        // leaves the troops to the place rules, which make Guyana the target).
        List<ActorMention> others = launched ? own : resolved;
        List<Edge> subjects = g.children(verb, "nsubj");
        Edge joined = g.head(verb);
        if (subjects.isEmpty() && joined != null && joined.relation().startsWith("conj")) {
            subjects = g.children(joined.governor(), "nsubj");
        }
        for (Edge e : subjects) {
            for (ActorMention x : resolved) {
                if (x.head() == e.dependent() && x.actor() != null
                        && x.actor().kind() == ActorKind.COUNTRY
                        && (x.role() == null || "GOV".equals(x.role()) || RoleCodes.STATE_FORCES.contains(x.role()))
                        && otherCountry(x, others)) {
                    return x;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code mentions} name a country other than the sender's, as a place ("in Lebanon") or
     * otherwise: "South Korean intelligence agencies reported that Pyongyang sent more than 10,000
     * soldiers" (North Korea's soldiers, not those of whoever reports them). Only then would the
     * other country, not the sender, have given the forces their country.
     */
    private static boolean otherCountry(ActorMention sender, List<ActorMention> mentions) {
        for (ActorMention p : mentions) {
            if (p.actor() != null && p.actor().kind() == ActorKind.COUNTRY && !p.actor().id().equals(sender.actor().id())) {
                return true;
            }
        }
        return false;
    }
}
