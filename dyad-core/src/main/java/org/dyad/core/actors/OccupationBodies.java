package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.dict.NameEntry;
import org.dyad.core.model.Actor;
import org.dyad.core.model.ActorKind;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.CodeSpan;
import org.dyad.core.model.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Unions and professional bodies that no dictionary names are one actor over their whole name:
 * "the Zambian Union of Mine Workers" is ZMBLAB, "the Malawian Bar Association" MWIJUD, "the
 * General Union of Oil Workers" ---LAB. A name is capitalised words: an optional country (name,
 * adjective or capital) or an international word ("International", "World", "Arab" …), optional
 * words such as "National" or "General", a body word ("Union", "Association", "Syndicate" …) and
 * an occupation, either just before the body word ("Teachers' Union", "Bar Association") or
 * ending its "of" phrase ("Union of Teachers"); an "of" phrase naming a country may follow ("the
 * Doctors' Syndicate of Jordan"). Without an occupation word there is no name: "Union",
 * "the union", the European Union or "Council of Ministers" are not read here.
 *
 * <p>The role: bodies of employers and traders are business (BUS), of farmers agriculture
 * (AGR); a union of any other occupation ("Union", "Syndicate", "Federation", "Congress", "Guild"
 * …) is labour (LAB), as CAMEO codes labour unions; an association, society, order, council or
 * chamber of a profession takes the profession's own sector, as Phoenix codes medical and press
 * associations and lawyers: doctors and nurses HLH, lawyers and the bar JUD, journalists and the
 * press MED, teachers EDU, and workers LAB. An acronym in parentheses just after the name
 * ("(ZUMW)") and its later uses in the document are the same actor. A dictionary name that
 * covers the whole name or reaches beyond it keeps its entry ("Nigeria Labour Congress").
 *
 * <p>A state's own bodies that no dictionary names are read the same way when a possessive or an
 * "of" phrase gives their country: "Liberia's National Elections Commission (NEC)" is LBRGOV, and
 * so is "the NEC" after it; commissions, ministries, agencies, authorities, boards, bureaus, directorates and
 * departments are government (GOV), courts and tribunals JUD, police COP.
 */
final class OccupationBodies {
    /** How every rule of these mentions begins, so that coreference can tell them. */
    static final String RULE = "occupation body";

    /** Bodies of members that act as a union: their members' labour. */
    private static final Set<String> UNIONS = Set.of("union", "syndicate", "federation", "confederation", "congress",
            "guild", "brotherhood");
    /** Bodies of a profession: its own sector. */
    private static final Set<String> ASSOCIATIONS = Set.of("association", "society", "order", "council", "chamber",
            "organisation", "organization");

    /** Occupations, with the sector of their association; a union of any but BUS and AGR is LAB. */
    private static final Map<String, String> OCCUPATIONS = occupations();

    private static Map<String, String> occupations() {
        Map<String, String> m = new HashMap<>();
        put(m, "LAB", "workers", "employees", "labourers", "laborers", "labour", "labor", "unions", "miners",
                "mineworkers", "dockers", "dockworkers", "seafarers", "seamen", "drivers", "pilots", "engineers",
                "technicians", "railwaymen", "metalworkers", "steelworkers", "electricians", "firefighters", "staff",
                "writers", "actors", "musicians", "artists", "clerks");
        put(m, "EDU", "teachers", "lecturers", "academics", "professors", "educators");
        put(m, "HLH", "doctors", "physicians", "surgeons", "nurses", "midwives", "pharmacists", "dentists", "medical",
                "dental", "medics", "paramedics");
        put(m, "JUD", "lawyers", "advocates", "attorneys", "jurists", "judges", "magistrates", "prosecutors", "bar",
                "solicitors", "barristers");
        put(m, "MED", "journalists", "reporters", "editors", "press");
        put(m, "AGR", "farmers", "peasants", "growers", "herders", "pastoralists", "fishermen", "planters");
        put(m, "BUS", "employers", "manufacturers", "industrialists", "traders", "merchants", "businessmen",
                "exporters", "importers", "commerce", "industry", "industries", "bankers", "shipowners",
                // "the Pakistan Goods Transport Association": the owners of trucks and of shops.
                "transport", "transporters", "goods", "shopkeepers", "retailers", "wholesalers", "dealers",
                "contractors", "builders", "millers", "jewellers");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String sector, String... words) {
        for (String w : words) {
            m.put(w, sector);
        }
    }

    /** Words of a name between its country and its body word. */
    private static final Set<String> MODIFIERS = Set.of("national", "general", "federal", "united", "independent",
            "free", "democratic", "autonomous", "central", "professional", "unified", "joint", "progressive",
            "all", "state", "provincial", "regional", "royal");
    /** First words of bodies of many countries: an international non-governmental body (NGO). */
    private static final Set<String> INTERNATIONAL = Set.of("international", "world", "global", "pan-african", "arab",
            "african", "asian", "european", "inter-american", "commonwealth");

    /** The actor of international bodies: CAMEO's NGO, with the body's sector. */
    private static final Actor INTERNATIONAL_BODY = new Actor(ActorKind.NGO, "NGO", "international body",
            List.of(new CodeSpan("NGO", null, null, "")), null, RULE);

    /**
     * A name or acronym found: tokens {@code [start, end)}, its country (or the NGO actor, or
     * null), its role, its rule, and the acronym given to it in parentheses (or null).
     */
    record Name(int start, int end, @Nullable Actor actor, String role, String rule, @Nullable String acronym) {}

    private OccupationBodies() {}

    /** Whether a mention is such a name or its acronym (not a reference to one). */
    static boolean isName(ActorMention m) {
        return m.form() == Form.ROLE && m.rule().startsWith(RULE);
    }

    /**
     * The names of a sentence and the acronyms in parentheses after them, left to right;
     * {@code found} are its dictionary phrases.
     */
    static List<Name> find(Sentence s, List<PhraseMatcher.Found> found) {
        List<Name> out = new ArrayList<>();
        int from = 0;
        for (int b = 0; b < s.size(); b++) {
            Name n = b >= from ? at(s, found, b) : null;
            if (n == null) {
                continue;
            }
            out.add(n);
            from = n.end();
            if (n.acronym() != null) {
                out.add(new Name(n.end() + 1, n.end() + 2, n.actor(), n.role(),
                        n.rule() + " (acronym '" + n.acronym() + "')", null));
                from = n.end() + 3;
            }
            b = from - 1;
        }
        return out;
    }

    /** Later uses of acronyms already defined ({@code acronyms}) outside the names of the sentence. */
    static List<Name> uses(Sentence s, List<PhraseMatcher.Found> found, List<Name> names, Map<String, Name> acronyms) {
        List<Name> out = new ArrayList<>();
        for (int k = 0; k < s.size(); k++) {
            Name n = acronyms.get(s.token(k).word());
            if (n != null && !inside(names, k) && dictionary(found, k) == null) {
                out.add(new Name(k, k + 1, n.actor(), n.role(), n.rule() + " (acronym '" + s.token(k).word() + "')", null));
            }
        }
        return out;
    }

    /** The acronyms that names define, by acronym. */
    static Map<String, Name> acronyms(List<Name> names) {
        Map<String, Name> out = new HashMap<>();
        for (Name n : names) {
            if (n.acronym() != null) {
                out.put(n.acronym(), n);
            }
        }
        return out;
    }

    /** The articles, lower-case. */
    static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Body words of a state's own organs, with their role. */
    private static final Map<String, String> STATE_BODIES = Map.ofEntries(Map.entry("commission", "GOV"),
            Map.entry("ministry", "GOV"), Map.entry("agency", "GOV"), Map.entry("authority", "GOV"),
            Map.entry("board", "GOV"), Map.entry("bureau", "GOV"), Map.entry("directorate", "GOV"),
            Map.entry("department", "GOV"), Map.entry("court", "JUD"), Map.entry("tribunal", "JUD"),
            Map.entry("police", "COP"));

    /**
     * A state body no dictionary names, with its country by possessive or "of" phrase: "Liberia's
     * National Elections Commission", "the Electoral Commission of Zambia", whose body word is token
     * {@code b}; null without a country, which a name alone does not give ("the Electoral
     * Commission" of which state?).
     */
    private static @Nullable Name stateBody(Sentence s, List<PhraseMatcher.Found> found, int b) {
        String role = STATE_BODIES.get(lower(s, b));
        if (role == null || !capitalised(s, b) || dictionary(found, b) != null
                // "the British High Commission" is a mission abroad, like an embassy, not a body at home.
                || b > 0 && lower(s, b - 1).equals("high")) {
            return null;
        }
        int start = b;
        int end = b + 1;
        int k = b - 1;
        for (int words = 0; k >= 0 && words < 4; words++) {
            if (country(found, k + 1, true) != null) {
                // "the Kenya Revenue Authority": a name that opens with its country is left to the
                // toponym it holds (the geoparser reads "Kenya" in it); only "Kenya's …" and "… of
                // Kenya" are read here.
                return null;
            }
            PhraseMatcher.Found d = dictionary(found, k);
            if (!capitalised(s, k) || s.token(k).isPossessiveMark() || "PERSON".equals(s.token(k).ner())
                    // "Pakistan's Punjab Police": a region or town inside the name is a place of its own.
                    || "LOCATION".equals(s.token(k).ner()) || ARTICLES.contains(lower(s, k))
                    || d != null && d.entry().use() != NameEntry.Use.ROLE) {
                break;
            }
            start = k--;
        }
        // "Liberia's National Elections Commission"
        PhraseMatcher.Found country = k >= 1 && s.token(k).isPossessiveMark() ? country(found, k, true) : null;
        if (country != null) {
            start = country.start();
        }
        if (end + 1 < s.size() && lower(s, end).equals("of")) {
            int j = end + 1 + (lower(s, end + 1).equals("the") ? 1 : 0);
            PhraseMatcher.Found c = country(found, j, false);
            if (c != null && country == null) {
                country = c; // "the Electoral Commission of Zambia"
                end = c.end();
            }
        }
        if (country == null || start == b && end == b + 1) {
            return null;
        }
        int[] span = dictionaryAllows(found, start, end);
        if (span == null) {
            return null;
        }
        start = span[0];
        end = span[1];
        String rule = RULE + " '" + s.words(start, end) + "' (a state body) + country '"
                + s.words(country.start(), country.end()) + "' (" + country.entry().rule() + ")";
        return new Name(start, end, country.entry().actor(), role, rule, acronymAfter(s, found, end));
    }

    /** The name whose body word is token {@code b}, or null. */
    private static @Nullable Name at(Sentence s, List<PhraseMatcher.Found> found, int b) {
        String body = lower(s, b);
        if (capitalised(s, b) && STATE_BODIES.containsKey(body)) {
            return stateBody(s, found, b);
        }
        if (!capitalised(s, b) || !UNIONS.contains(body) && !ASSOCIATIONS.contains(body)) {
            return null;
        }
        int start = b;
        int end = b + 1;
        String sector = null;
        PhraseMatcher.Found country = null;
        // Before the body word: "Teachers' Union", "Oil Workers Union", "Trades Union Congress".
        int k = b - 1;
        if (k >= 0 && s.token(k).isPossessiveMark()) {
            k--;
        }
        if (k >= 1 && lower(s, k).equals("union") && lower(s, k - 1).matches("trades?") && capitalised(s, k - 1)) {
            sector = "LAB";
            k -= 2;
        } else if (k >= 0 && capitalised(s, k) && OCCUPATIONS.containsKey(lower(s, k))) {
            sector = OCCUPATIONS.get(lower(s, k));
            k--;
            if (k >= 1 && lower(s, k).equals("and") && capitalised(s, k - 1) && OCCUPATIONS.containsKey(lower(s, k - 1))) {
                k -= 2; // "Medical and Dental Council"
            }
        }
        if (sector != null) {
            start = k + 1;
            for (int q = 0; q < 2 && k >= 0 && qualifier(s, found, k); q++, k--) {
                start = k; // "Mine Workers Union"
            }
        }
        while (k >= 0 && capitalised(s, k) && (MODIFIERS.contains(lower(s, k)) || INTERNATIONAL.contains(lower(s, k)))
                && (dictionary(found, k) == null || dictionary(found, k).entry().use() == NameEntry.Use.ROLE)) {
            start = k--; // "General" is a rank too
        }
        PhraseMatcher.Found left = country(found, k + 1, true);
        if (left == null && k >= 1 && s.token(k).isPossessiveMark()) {
            left = country(found, k, true); // "Egypt's Journalists Syndicate"
        }
        if (left != null) {
            country = left;
            start = left.start();
        }
        for (int q = 0; q < 2 && country == null && k >= 0 && place(s, found, k); q++, k--) {
            start = k; // "the Freedonian Union of Nurses", "the Lagos Chamber of Commerce"
        }
        // After it: "of Teachers", "of Oil Workers", "of Nigerian Teachers", "of Doctors and Pharmacists".
        if (sector == null && end + 1 < s.size() && lower(s, end).equals("of")) {
            int j = end + 1 + (lower(s, end + 1).equals("the") ? 1 : 0);
            int last = -1;
            PhraseMatcher.Found inner = null;
            while (j < s.size()) {
                PhraseMatcher.Found c = country(found, j, false);
                if (c != null) {
                    inner = inner == null ? c : inner;
                    j = c.end();
                } else if (capitalised(s, j) && !s.token(j).isPossessiveMark()) {
                    last = OCCUPATIONS.containsKey(lower(s, j)) ? j : -1;
                    sector = last >= 0 ? OCCUPATIONS.get(lower(s, j)) : sector;
                    j++;
                } else if (lower(s, j).equals("and") && j + 1 < s.size() && capitalised(s, j + 1)) {
                    j++;
                } else {
                    break;
                }
            }
            if (last < 0 || last != j - 1) {
                return null;
            }
            end = j;
            country = country == null ? inner : country;
        }
        if (sector == null) {
            return null;
        }
        // A country after it: "the Doctors' Syndicate of Jordan", "the Bar Association of Freedonia".
        if (end + 1 < s.size() && lower(s, end).equals("of")) {
            int j = end + 1 + (lower(s, end + 1).equals("the") ? 1 : 0);
            PhraseMatcher.Found c = country(found, j, false);
            if (c != null) {
                country = country == null ? c : country;
                end = c.end();
            } else if (j < s.size() && s.token(j).pos().equals("NNP") && !"PERSON".equals(s.token(j).ner())
                    && !"O".equals(s.token(j).ner())) {
                while (j < s.size() && s.token(j).pos().equals("NNP") && capitalised(s, j)) {
                    j++;
                }
                end = j;
            }
        }
        PhraseMatcher.Found trailing = country == null ? country(found, end, false) : null;
        if (trailing != null && (trailing.end() == s.size() || acronymAfter(s, found, trailing.end()) != null
                || !Character.isLetterOrDigit(s.token(trailing.end()).word().charAt(0)))) {
            // "the National Trade Union Federation Pakistan (NTUF)": the country closing the name.
            country = trailing;
            end = trailing.end();
        }
        int[] span = dictionaryAllows(found, start, end);
        if (span == null) {
            return null;
        }
        start = span[0];
        end = span[1];
        String role = "BUS".equals(sector) || "AGR".equals(sector) || "LAB".equals(sector) ? sector
                : UNIONS.contains(body) ? "LAB" : sector;
        Actor actor = country != null ? country.entry().actor() : international(s, start, end) ? INTERNATIONAL_BODY : null;
        String rule = RULE + " '" + s.words(start, end) + "'"
                + (country != null ? " + country '" + s.words(country.start(), country.end()) + "' (" + country.entry().rule() + ")" : "");
        return new Name(start, end, actor, role, rule, acronymAfter(s, found, end));
    }

    /**
     * The acronym in parentheses right after a name that ends at {@code end} ("(ZUMW)"), unless a
     * dictionary reads it; or null.
     */
    private static @Nullable String acronymAfter(Sentence s, List<PhraseMatcher.Found> found, int end) {
        boolean given = end + 2 < s.size() && s.token(end).word().equals("(") && s.token(end + 2).word().equals(")")
                && s.token(end + 1).word().matches("[A-Z][A-Z&]{1,7}");
        return given && dictionary(found, end + 1) == null ? s.token(end + 1).word() : null;
    }

    /**
     * The span, grown over role words that reach beyond it, or null when a dictionary name other
     * than a country or a role word covers the whole span or reaches beyond it.
     */
    private static int @Nullable [] dictionaryAllows(List<PhraseMatcher.Found> found, int start, int end) {
        int a = start;
        int b = end;
        for (PhraseMatcher.Found f : found) {
            if (f.end() <= start || f.start() >= end) {
                continue;
            }
            NameEntry e = f.entry();
            if (e.use() == NameEntry.Use.ROLE || e.use() == NameEntry.Use.MODIFIER) {
                a = Math.min(a, f.start());
                b = Math.max(b, f.end());
            } else if (!isCountry(e) && (f.start() <= start && f.end() >= end || f.start() < start || f.end() > end)
                    || e.use() == NameEntry.Use.BLOCK) {
                return null;
            }
        }
        return new int[] {a, b};
    }

    /** Whether a name with no country has a word of many countries in it: "World", "Arab Lawyers". */
    private static boolean international(Sentence s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (INTERNATIONAL.contains(lower(s, k))) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that NER counts in an organisation's name and no dictionary phrase covers. */
    private static boolean qualifier(Sentence s, List<PhraseMatcher.Found> found, int k) {
        String pos = s.token(k).pos();
        return capitalised(s, k) && "ORGANIZATION".equals(s.token(k).ner()) && (pos.startsWith("NN") || pos.startsWith("JJ"))
                && !MODIFIERS.contains(lower(s, k)) && dictionary(found, k) == null;
    }

    /** A capitalised name of a place or people that no dictionary knows: "Freedonian", "Lagos". */
    private static boolean place(Sentence s, List<PhraseMatcher.Found> found, int k) {
        String pos = s.token(k).pos();
        return capitalised(s, k) && (pos.startsWith("NNP") || pos.equals("JJ")) && PLACE_TAGS.contains(s.token(k).ner())
                && dictionary(found, k) == null;
    }

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "MISC", "ORGANIZATION");

    /** The country phrase that ends at (or starts at) token {@code k}, or null. */
    private static PhraseMatcher.@Nullable Found country(List<PhraseMatcher.Found> found, int k, boolean endsAt) {
        for (PhraseMatcher.Found f : found) {
            if ((endsAt ? f.end() == k : f.start() == k) && isCountry(f.entry()) && f.entry().use() != NameEntry.Use.PEOPLE) {
                return f;
            }
        }
        return null;
    }

    private static boolean isCountry(NameEntry e) {
        return e.actor() != null && e.actor().kind() == ActorKind.COUNTRY && e.use() != NameEntry.Use.BLOCK;
    }

    private static PhraseMatcher.@Nullable Found dictionary(List<PhraseMatcher.Found> found, int k) {
        for (PhraseMatcher.Found f : found) {
            if (f.start() <= k && k < f.end()) {
                return f;
            }
        }
        return null;
    }

    private static boolean inside(List<Name> names, int k) {
        for (Name n : names) {
            if (n.start() <= k && k < n.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(Sentence s, int k) {
        String w = s.token(k).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static String lower(Sentence s, int k) {
        return s.token(k).word().toLowerCase(Locale.ROOT);
    }
}
