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
import org.dyad.core.model.CodeSpan;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Kin;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * The office a title or an apposition gives a person whose own entry gives none on the date, or
 * who is in no dictionary: "Kenzo Oshima, the United Nations Emergency Relief Coordinator" is
 * the UN; "the Federal Minister for Interior Aftab Ahmad Khan Sherpao", when the people file has
 * no office for him on the date, is his country's government. A former office ("former", "ex-",
 * "ousted") never gives a state role.
 */
final class Offices {
    private static final int MAX_TITLE_GAP = 3;
    private final ActorDictionary dictionary;

    Offices(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** An actor and role read from a title. */
    record Office(Actor actor, @Nullable String role, Form form) {}

    /**
     * Whether a mention names a person with no office on the date: a dictionary person none of
     * whose codes covers the date, or a name NER tags as a person that no dictionary knows. A
     * person already marked former ("former president X") is not officeless: he keeps ELI.
     */
    static boolean officeless(ActorMention m, @Nullable LocalDate date) {
        if (m.form() == Form.UNKNOWN) {
            return m.rule().equals("ner:person");
        }
        Actor a = m.actor();
        if (date == null || a == null || a.kind() != ActorKind.PERSON || m.role() != null) {
            return false;
        }
        for (CodeSpan c : a.codes()) {
            if (!c.dated() || c.covers(date)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The office a title gives a person: the title's own actor and role ("the United Nations
     * Emergency Relief Coordinator", "Egyptian foreign minister"), or the person's country with
     * the title's role ("Federal Minister" for a Pakistani); null when the title gives no office
     * or names a former one.
     */
    @Nullable Office of(@Nullable Actor person, ActorMention title) {
        if ("ELI".equals(title.role())) {
            return null;
        }
        Actor owner = title.actor();
        if (owner != null && owner.kind() == ActorKind.PERSON) {
            return null;
        }
        if (owner != null && owner.kind() != ActorKind.COUNTRY) {
            return new Office(owner, title.role(), title.form());
        }
        if (title.role() == null || title.form() != Form.ROLE) {
            return null;
        }
        if (owner == null && person != null && person.country() != null) {
            owner = dictionary.country(person.country()).orElse(null);
        }
        return owner == null ? null : new Office(owner, title.role(), Form.ROLE);
    }

    /**
     * Whether a role mention before a person's name is a title in the same noun phrase, a few
     * words away and joined to the name in the tree: "Minister for Interior Aftab Ahmad Khan
     * Sherpao" (CoreNLP hangs the name on "Minister" through "for").
     */
    static boolean titleInPhrase(Sentence s, Graph g, ActorMention title, int personStart, int personHead) {
        int gap = personStart - title.end();
        if (gap < 0 || gap > MAX_TITLE_GAP) {
            return false;
        }
        for (int k = title.end(); k < personStart; k++) {
            String pos = s.token(k).pos();
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            if (pos.startsWith("VB") || pos.equals("CC") || !Character.isLetterOrDigit(w.charAt(0))) {
                return false;
            }
        }
        return g.governor(personHead) == title.head() || g.governor(title.head()) == personHead;
    }

    /** "the United Nations humanitarian coordinator": an organisation naming the body of the apposition's head. */
    private static boolean organisationOf(Graph g, ActorMention t, int head) {
        Edge up = g.head(t.head());
        if (t.actor() == null || t.actor().kind() == ActorKind.COUNTRY || t.actor().kind() == ActorKind.PERSON
                || up == null || up.governor() != head) {
            return false;
        }
        return up.relation().equals("compound") || up.relation().equals("nmod:poss");
    }

    /** Nouns of those who serve or head a body: "an adviser to the finance minister", "director of the central bank". */
    private static final Set<String> SERVING = Set.of("adviser", "advisor", "aide", "assistant",
            "deputy", "spokesman", "spokeswoman", "spokesperson", "representative", "counsellor", "counselor",
            "director", "head", "chief", "chairman", "chairwoman", "chair", "official", "secretary", "president",
            "vice-president", "manager", "executive");

    /** Nouns of a leader's own men, who act for him: "bin Laden's top deputy". */
    private static final Set<String> LIEUTENANTS = Set.of("deputy", "aide", "adviser",
            "advisor", "lieutenant", "spokesman", "spokeswoman", "spokesperson", "emissary", "envoy");

    /**
     * "Osama bin Laden's top deputy urged …": the deputy, aide or spokesman a named leader or group
     * owns acts for that leader's side. The phrase becomes one mention with the owner's actor, in
     * place of the owner's own mention, so that the owner is not taken for the one who acts.
     */
    static List<ActorMention> lieutenants(Sentence s, Graph g, List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>(ms);
        for (int n = 0; n < s.size(); n++) {
            if (!LIEUTENANTS.contains(s.token(n).word().toLowerCase(Locale.ROOT)) || Syntax.covered(ms, n)) {
                continue;
            }
            for (Edge e : g.children(n, "nmod:poss")) {
                for (ActorMention p : ms) {
                    if (p.head() == e.dependent() && p.actor() != null && p.end() <= n
                            && (p.actor().kind() == ActorKind.PERSON || p.actor().kind() == ActorKind.GROUP)) {
                        out.remove(p);
                        out.add(new ActorMention(p.sentence(), p.start(), n + 1, n, p.actor(), p.role(), Form.REFERENCE,
                                s.words(p.start(), n + 1), p.rule() + " + " + s.token(n).word() + " of '" + p.text() + "'"));
                    }
                }
            }
        }
        return out;
    }

    /** Last words of a company's legal name. */
    private static final Set<String> INCORPORATED = Set.of("co", "co.", "corp", "corp.",
            "corporation", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "ag", "gmbh", "s.a.", "sa", "company");

    /** Nouns of a state's representatives abroad or at an international body. */
    private static final Set<String> REPRESENTATIVES = Set.of("representative", "envoy",
            "delegate", "ambassador", "emissary");

    /** The state whose representative a noun says it is: "China's deputy permanent representative to UNEP". */
    private static @Nullable ActorMention postedBy(Sentence s, Graph g, int noun, List<ActorMention> ms) {
        if (!REPRESENTATIVES.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Edge e : g.children(noun)) {
            if (!e.relation().equals("nmod:poss") && !e.relation().equals("amod")) {
                continue;
            }
            for (ActorMention t : ms) {
                if (t.contains(e.dependent()) && t.actor() != null && t.actor().kind() == ActorKind.COUNTRY
                        && t.role() == null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Prepositions of a unit's place in its body: "the desk at the ministry", "a department of the bank". */
    private static final Set<String> UNIT_IN = Set.of("at", "of", "in");

    /**
     * The body an apposition says a person serves or heads: "Seixas, director of the Brazilian central
     * bank's foreign debt department" (BRAGOV), "Carlos Mendes, an adviser to the Brazilian finance
     * minister" (BRAGOV). Only a body with a role or an organisation, not a bare country.
     */
    private static @Nullable ActorMention servedBody(Sentence s, Graph g, int noun, List<ActorMention> ms) {
        if (!SERVING.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Edge e : g.children(noun)) {
            if (!e.relation().startsWith("nmod")) {
                continue;
            }
            int x = e.dependent();
            // "director of the … bank's foreign debt department": the department's owner is the body;
            // "head of the Gulf desk at the Soviet Foreign Ministry": so is the body the unit sits in.
            List<Integer> heads = new ArrayList<>(List.of(x));
            for (Edge p : g.children(x)) {
                if (p.relation().equals("nmod:poss")
                        || p.relation().equals("nmod") && g.markedBy(s, p.dependent(), UNIT_IN)) {
                    heads.add(p.dependent());
                }
            }
            for (ActorMention t : ms) {
                if (t.actor() == null || t.actor().kind() == ActorKind.PERSON) {
                    continue;
                }
                boolean body = t.role() != null || t.actor().kind() != ActorKind.COUNTRY;
                if (body && heads.stream().anyMatch(t::contains)) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * People without office take the office of their apposition: "Kenzo Oshima, the United
     * Nations Emergency Relief Coordinator, demanded …". The apposition stays a mention of its own.
     */
    List<ActorMention> appositions(Sentence s, Graph g, List<ActorMention> ms, @Nullable LocalDate date) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            ActorMention read = m;
            if (officeless(m, date)) {
                for (Edge e : g.children(m.head(), "appos")) {
                    ActorMention state = postedBy(s, g, e.dependent(), ms);
                    if (state != null && read == m) {
                        // "Zhang Shigang, China's deputy permanent representative to UNEP": the
                        // state's man at the body, not the body's.
                        read = m.withActor(state.actor(), "GOV", Form.ROLE, " + represents '" + state.text() + "' (apposition)");
                    }
                    ActorMention served = servedBody(s, g, e.dependent(), ms);
                    if (served != null && read == m) {
                        read = m.withActor(served.actor(), served.role(), Form.ROLE,
                                " + serves '" + served.text() + "' (apposition)");
                    }
                    for (ActorMention t : ms) {
                        boolean heads = t.contains(e.dependent()) || organisationOf(g, t, e.dependent());
                        Office o = t == m || !heads ? null : of(m.actor(), t);
                        if (o != null && read == m) {
                            read = m.withActor(o.actor(), o.role(), o.form(), " + office of apposition '" + t.text() + "'");
                        }
                    }
                }
            }
            if (read == m && m.form() == Form.ROLE && m.actor() == null && m.role() != null) {
                read = titleOfNamed(g, m, ms, date);
            }
            if (read == m && m.form() == Form.UNKNOWN && m.actor() == null && m.rule().equals("ner:organization")) {
                read = describedOrganisation(g, m, ms);
            }
            if (read == m && m.form() == Form.UNKNOWN && m.actor() == null && m.rule().equals("ner:person")) {
                read = nationalOf(s, g, m, ms);
                read = read == m ? describedRole(g, m, ms) : read;
            }
            if (read == m && m.form() == Form.UNKNOWN && m.actor() == null && m.rule().equals("ner:organization")
                    && m.end() - m.start() >= 2 && INCORPORATED.contains(m.lastWord().toLowerCase(Locale.ROOT))) {
                // "the troubled Nissan Mutual Life Insurance Co.": a company by its legal form, whose
                // country the context may give.
                read = m.withActor(null, "BUS", Form.ROLE, " + company by its name's legal form");
            }
            out.add(read);
        }
        return out;
    }

    /**
     * A title of no country whose apposition is a person the dictionaries know takes that person's
     * country: "The minister of state for crypto and blockchain, Bilal Bin Saqib, met …" is PAKGOV.
     * The title keeps its own role; the name stays a mention of its own.
     */
    private ActorMention titleOfNamed(Graph g, ActorMention m, List<ActorMention> ms, @Nullable LocalDate date) {
        for (Edge e : g.children(m.head(), "appos")) {
            for (ActorMention t : ms) {
                if (t == m || t.head() != e.dependent() || t.actor() == null || t.actor().kind() != ActorKind.PERSON) {
                    continue;
                }
                if (Kin.WORDS.contains(m.lastWord().toLowerCase(Locale.ROOT))) {
                    // "The president's father, former president George Bush", "his daughter, Sheikh
                    // Hasina": kin, private people by sectors.txt, named in apposition are that person,
                    // with the person's roles.
                    return m.withActor(t.actor(), null, Form.REFERENCE, " + the kin named in apposition '" + t.text() + "'");
                }
                String iso = RoleCodes.country(t.codeAt(date));
                Actor country = iso == null ? null : dictionary.country(iso).orElse(null);
                if (country != null) {
                    return m.withActor(country, m.role(), Form.ROLE, " + country of apposition '" + t.text() + "'");
                }
            }
        }
        return m;
    }

    /** What the rule of a person described by an apposition's role word gains. */
    static final String ROLE_OF_APPOSITION = " + role of apposition '";

    /**
     * A person no dictionary knows takes the role of an apposition that is a role word of no
     * country yet: "Ali Khan Mahmudabad, a political science professor at Ashoka University" is
     * education (EDU), of the country the context gives the role.
     */
    private static ActorMention describedRole(Graph g, ActorMention m, List<ActorMention> ms) {
        for (Edge e : g.children(m.head(), "appos")) {
            for (ActorMention t : ms) {
                if (t != m && t.actor() == null && t.form() == Form.ROLE && t.role() != null && t.head() == e.dependent()) {
                    return m.withActor(null, t.role(), Form.ROLE, ROLE_OF_APPOSITION + t.text() + "'");
                }
            }
        }
        return m;
    }

    /** Nouns of a private person that a nationality makes a national: "a Cambodian national". */
    private static final Set<String> NATIONALS = Set.of("national", "citizen", "man", "woman",
            "resident", "native", "passport-holder");

    /**
     * A person no dictionary knows takes the nationality of the apposition: "Kong Hung, a
     * Cambodian, …", "Nguyen, a 25-year-old Australian" and "a Briton" are private people of that country
     * (CVL), as "a Cambodian national" is. An apposition with a role word is an office, read above.
     */
    private static ActorMention nationalOf(Sentence s, Graph g, ActorMention m, List<ActorMention> ms) {
        ActorMention found = null;
        for (Edge e : g.children(m.head(), "appos")) {
            List<Integer> nouns = new ArrayList<>(List.of(e.dependent()));
            for (Edge c : g.children(e.dependent())) {
                if (c.relation().startsWith("conj")) {
                    nouns.add(c.dependent());
                }
            }
            for (int noun : nouns) {
                String lemma = s.token(noun).lemma().toLowerCase(Locale.ROOT);
                boolean person = NATIONALS.contains(lemma);
                for (ActorMention t : ms) {
                    if (t == m || t.form() != Form.ADJECTIVE && t.form() != Form.PEOPLE || t.actor() == null
                            || t.actor().kind() != ActorKind.COUNTRY) {
                        continue;
                    }
                    Edge up = g.head(t.head());
                    boolean demonym = t.head() == noun
                            || person && up != null && up.governor() == noun && up.relation().equals("amod");
                    if (demonym && (found == null || CITIZENS.contains(lemma))) {
                        // "a Russian resident and Lithuanian national": where one lives is no nationality
                        // when the apposition also gives the person's citizenship.
                        found = t;
                    }
                }
            }
        }
        return found == null ? m
                : m.withActor(found.actor(), "CVL", Form.ROLE, ActorMention.NATIONALITY_OF_APPOSITION + found.text() + "'");
    }

    /** Nouns that state a person's citizenship, over where the person lives. */
    private static final Set<String> CITIZENS = Set.of("national", "citizen", "passport-holder");

    /**
     * An organisation no dictionary knows takes the country and sector its apposition gives:
     * "Lukoil, Russia's largest oil company, signed …" is RUSBUS. Only a description with both
     * (a role word and the country that owns it); the apposition stays a mention of its own.
     */
    private static ActorMention describedOrganisation(Graph g, ActorMention m, List<ActorMention> ms) {
        for (Edge e : g.children(m.head(), "appos")) {
            for (ActorMention t : ms) {
                if (t != m && t.head() == e.dependent() && t.form() == Form.ROLE && t.actor() != null
                        && t.actor().kind() == ActorKind.COUNTRY && t.role() != null) {
                    return m.withActor(t.actor(), t.role(), Form.ROLE, " + described by apposition '" + t.text() + "'");
                }
            }
        }
        return m;
    }
}
