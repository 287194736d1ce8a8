package org.dyad.core.actors;

import java.util.Locale;
import java.util.Map;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.ActorMention.Form;
import org.dyad.core.model.Sentence;
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
    private static final java.util.Set<String> STATE_WORDS = java.util.Set.of("ministry", "department", "directorate",
            "board", "commission", "authority", "council");

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
