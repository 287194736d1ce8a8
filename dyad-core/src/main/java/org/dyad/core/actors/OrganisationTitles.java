package org.dyad.core.actors;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * A title that companies share with states ("president", "chairman", "spokesman"; not
 * "minister" or "ambassador") of a company or other organisation that
 * no dictionary knows is that organisation's, never a government's: "KLM president Pieter
 * Elbers", "Coincheck's president", "the president of Cadillac". The organisation is a name the
 * named-entity tagger marks as one, modifying the title or in its "of" phrase. A company (any
 * name without the words below) makes the title business (BUS); a party, union, university,
 * club or the like makes it no actor; a state body ("the Justice Ministry spokesman") leaves the
 * title as it is.
 */
final class OrganisationTitles {
    /** Words of names of state bodies: the title stays a state one. */
    private static final Set<String> STATE = Set.of("ministry", "agency", "department", "office", "authority",
            "board", "commission", "council", "court", "assembly", "parliament", "police", "army", "forces", "force",
            "government", "bureau", "directorate", "senate", "congress", "administration", "service", "navy",
            "state", "republic", "kingdom", "municipality", "province", "city", "county", "treasury", "exchequer",
            "presidency", "embassy", "consulate", "customs", "secretariat", "chancellery",
            // Local governments: "Chanesar Town Chairman", "the Karachi Metropolitan Corporation's mayor".
            "town", "tehsil", "district", "metropolitan", "cantonment");
    /** Words of names of bodies that are neither state nor business: the title is no actor. */
    private static final Set<String> OTHER = Set.of("party", "union", "university", "college", "school",
            "federation", "association", "league", "church", "foundation", "institute", "club", "movement", "front",
            "committee", "society", "academy", "museum", "festival", "team", "fc", "olympic", "institution");

    /** Titles that companies and other bodies have too; "minister" or "ambassador" is always a state's. */
    private static final Set<String> SHARED_TITLES = Set.of("president", "chairman", "chairwoman", "chair", "chief",
            "head", "director", "spokesman", "spokeswoman", "spokesperson", "leader", "leaders", "official",
            "officials", "secretary-general", "director-general", "general", "founder", "executive", "boss");

    /** The organisation a title belongs to, tokens {@code [start, end)}, and the role it gives (null: none). */
    record Owner(int start, int end, @Nullable String role) {}

    private OrganisationTitles() {}

    /**
     * The organisation owning the title at {@code [start, end)} with head {@code head}, or null
     * when none or when it is a state body. {@code known} tells tokens that a dictionary phrase
     * covers: those organisations are the dictionary's business.
     */
    static @Nullable Owner of(Sentence s, Graph g, int start, int end, int head, IntPredicate known) {
        if (!SHARED_TITLES.contains(s.token(head).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int org = -1;
        for (Edge e : g.children(head)) {
            String rel = e.relation();
            int d = e.dependent();
            boolean of = rel.startsWith("nmod") && !rel.equals("nmod:poss") && d > head && g.markedBy(s, d, Set.of("of"));
            if ((rel.equals("compound") || rel.equals("nmod:poss") || of) && isOrg(s, d)) {
                org = d;
            }
        }
        int before = start - 1;
        if (before >= 0 && s.token(before).word().matches("'s|'|’s") && before > 0) {
            before--;
        }
        if (org < 0 && before >= 0 && isOrg(s, before)) {
            org = before;
        }
        if (org < 0 || known.test(org)) {
            return null;
        }
        int a = org;
        int b = org + 1;
        while (a > 0 && isOrg(s, a - 1)) {
            a--;
        }
        while (b < s.size() && isOrg(s, b)) {
            b++;
        }
        for (int k = a; k < b; k++) {
            if (known.test(k)) {
                return null;
            }
        }
        boolean other = false;
        for (int k = a; k < b; k++) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            if (STATE.contains(w)) {
                return null;
            }
            other |= OTHER.contains(w);
        }
        return new Owner(a, b, other ? null : "BUS");
    }

    private static boolean isOrg(Sentence s, int k) {
        return "ORGANIZATION".equals(s.token(k).ner());
    }
}
