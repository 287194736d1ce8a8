package org.dyad.core.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Hospitals, schools and places of worship that no dictionary names, by the kind of institution
 * their name says: "the Peshawar Institute of Cardiology" is health (HLH), "Government College
 * Lahore" education (EDU), "the Jamia Masjid" religion (REL). The sector is read from the words
 * of an organisation's name the tagger found; the country is the caller's to find.
 */
final class InstitutionNames {
    private InstitutionNames() {}

    /** Words of a name that say what kind of institution it is, with its sector. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("hospital", "HLH"), Map.entry("hospitals", "HLH"), Map.entry("clinic", "HLH"),
            Map.entry("cardiology", "HLH"), Map.entry("oncology", "HLH"), Map.entry("paediatrics", "HLH"),
            Map.entry("pediatrics", "HLH"), Map.entry("infirmary", "HLH"), Map.entry("sanatorium", "HLH"),
            Map.entry("university", "EDU"), Map.entry("college", "EDU"), Map.entry("school", "EDU"),
            Map.entry("academy", "EDU"), Map.entry("polytechnic", "EDU"), Map.entry("madrassa", "EDU"),
            Map.entry("madrasa", "EDU"), Map.entry("seminary", "EDU"),
            Map.entry("mosque", "REL"), Map.entry("masjid", "REL"), Map.entry("church", "REL"),
            Map.entry("cathedral", "REL"), Map.entry("temple", "REL"), Map.entry("synagogue", "REL"),
            Map.entry("gurdwara", "REL"), Map.entry("diocese", "REL"));

    /** Words that make the name a state's own body whatever else it holds: "Ministry of Health". */
    private static final Set<String> STATE_WORDS = Set.of("ministry", "department", "directorate",
            "board", "commission", "authority", "council");

    /** Whether a mention is a subject or modifies one: "Punjab University student" of "… student organisations". */
    private static boolean subjectOrItsModifier(Graph g, ActorMention m) {
        if (Syntax.isSubject(g, m)) {
            return true;
        }
        Edge up = g.head(m.head());
        if (up == null || !up.relation().equals("compound")) {
            return false;
        }
        Edge above = g.head(up.governor());
        return above != null && above.relation().startsWith("nsubj");
    }

    /** Words for the body that runs an institution, read as government when alone. */
    private static final Set<String> RUNNERS = Set.of("administration", "management");

    /** Words for the state that say who runs an institution: "government schools", "state hospitals". */
    private static final Set<String> STATE_OWNERS = Set.of("government", "govt", "state", "public");

    /**
     * "Many government schools were bombed by terrorists": a word for the state that only says who
     * runs a school or a hospital is the institution, of its sector (EDU, HLH), not the government.
     */
    static List<ActorMention> stateRun(Sentence s, Graph g, List<ActorMention> ms) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            Edge up = g.head(m.head());
            String runner = s.token(m.head()).word().toLowerCase(Locale.ROOT);
            String kind = null;
            if ("GOV".equals(m.role()) && m.form() == Form.ROLE && m.end() - m.start() == 1 && STATE_OWNERS.contains(runner)
                    && up != null && (up.relation().equals("compound") || up.relation().equals("amod"))
                    && up.governor() == m.end()) {
                String w = s.token(up.governor()).word().toLowerCase(Locale.ROOT);
                kind = KINDS.get(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
                kind = kind == null ? KINDS.get(w) : kind;
            }
            // The mention takes in the institution's noun, which it now names.
            out.add(kind == null || "REL".equals(kind) ? m
                    : new ActorMention(m.sentence(), m.start(), up.governor() + 1, up.governor(), m.actor(), kind,
                            Form.ROLE, s.words(m.start(), up.governor() + 1), m.rule() + " + runs the "
                            + s.token(up.governor()).word()));
        }
        return out;
    }

    /** Members of an institution who may face its administration: "student organisations", "doctors". */
    private static final Set<String> MEMBERS = Set.of("student", "students", "teacher",
            "teachers", "staff", "employees", "faculty", "doctors", "nurses", "organisations", "organizations",
            "union", "unions", "federation", "association");

    /**
     * "The Punjab University student organisations have vowed to resume protests against the
     * administration": a bare administration or management that the members of a university, a
     * school or a hospital, as the subject, act on is that institution's, of its sector, not a
     * government. ("A judge blocked the administration" in a story about Harvard is still the US
     * government's: no members of the university act on it.)
     */
    static List<ActorMention> administrations(Graph g, List<ActorMention> ms) {
        ActorMention institution = null;
        for (ActorMention m : ms) {
            if (m.actor() != null && ("EDU".equals(m.role()) || "HLH".equals(m.role()))
                    && MEMBERS.contains(m.lastWord()) && subjectOrItsModifier(g, m)) {
                institution = m;
                break;
            }
        }
        if (institution == null) {
            return ms;
        }
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            if (m.form() == Form.ROLE && m.actor() == null && "GOV".equals(m.role()) && !Syntax.isSubject(g, m)
                    && RUNNERS.contains(m.lastWord()) && m.text().split(" ").length <= 2) {
                out.add(m.withActor(institution.actor(), institution.role(), Form.ROLE,
                        " + the institution's: '" + institution.text() + "'"));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Whether a person's name at [start, end) lies inside an organisation's name that the tagger
     * marks and that goes on to a word of kind ("Shaheed Benazir Bhutto Women University", "Lady
     * Reading Hospital"): the institution bears the name; the person is no actor there.
     */
    static boolean personInName(Sentence s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!"ORGANIZATION".equals(s.token(k).ner())) {
                return false;
            }
        }
        for (int k = end; k < s.size() && "ORGANIZATION".equals(s.token(k).ner()); k++) {
            String w = s.token(k).word();
            if (KINDS.containsKey(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sector an unknown organisation's name gives it, or null: the last word of kind in the name,
     * unless the name is a ministry's or a board's ("Higher Education Commission", "Punjab Health
     * Department" are government).
     */
    static @Nullable String sectorOf(Sentence s, ActorMention m) {
        if (m.form() != Form.UNKNOWN || m.actor() != null || !m.rule().startsWith("ner:organization")) {
            return null;
        }
        String sector = null;
        for (int k = m.start(); k < m.end(); k++) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            if (STATE_WORDS.contains(w)) {
                return null;
            }
            String kind = KINDS.get(w);
            if (kind != null && Character.isUpperCase(s.token(k).word().charAt(0))) {
                sector = kind;
            }
        }
        return sector;
    }
}
