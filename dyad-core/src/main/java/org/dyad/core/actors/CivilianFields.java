package org.dyad.core.actors;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * "Officer" is a military rank, but a word before it that names a civilian field makes it a
 * civilian post: "customs officers" are police (COP), "a press officer" speaks for a government
 * body (GOV), "the chief medical officer" is health (HLH), "the chief executive officer" is
 * business (BUS), and "housing officer Clare Curley" or "a probation officer" hold no role that
 * CAMEO codes. Words that are not listed here ("army", "senior", "commanding") leave the rank
 * military.
 */
final class CivilianFields {
    /** The rank words that a field word turns civilian. */
    private static final Set<String> RANKS = Set.of("officer", "officers");
    private static final int REACH = 3;
    private static final String NO_ROLE = "";
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("customs", "COP"), Map.entry("immigration", "COP"), Map.entry("traffic", "COP"),
            Map.entry("prison", "COP"), Map.entry("prisons", "COP"), Map.entry("correctional", "COP"),
            Map.entry("corrections", "COP"), Map.entry("excise", "COP"),
            Map.entry("press", "GOV"), Map.entry("information", "GOV"), Map.entry("election", "GOV"),
            Map.entry("elections", "GOV"), Map.entry("electoral", "GOV"), Map.entry("returning", "GOV"),
            Map.entry("presiding", "GOV"), Map.entry("polling", "GOV"), Map.entry("consular", "GOV"),
            Map.entry("protocol", "GOV"), Map.entry("tax", "GOV"), Map.entry("revenue", "GOV"),
            Map.entry("health", "HLH"), Map.entry("medical", "HLH"),
            Map.entry("education", "EDU"), Map.entry("school", "EDU"), Map.entry("schools", "EDU"),
            Map.entry("executive", "BUS"), Map.entry("financial", "BUS"), Map.entry("operating", "BUS"),
            Map.entry("compliance", "BUS"), Map.entry("marketing", "BUS"), Map.entry("investment", "BUS"),
            Map.entry("loan", "BUS"), Map.entry("technology", "BUS"), Map.entry("commercial", "BUS"),
            Map.entry("housing", NO_ROLE), Map.entry("welfare", NO_ROLE), Map.entry("probation", NO_ROLE),
            Map.entry("parole", NO_ROLE), Map.entry("social", NO_ROLE), Map.entry("safeguarding", NO_ROLE),
            Map.entry("youth", NO_ROLE), Map.entry("project", NO_ROLE), Map.entry("programme", NO_ROLE),
            Map.entry("program", NO_ROLE), Map.entry("research", NO_ROLE), Map.entry("planning", NO_ROLE),
            Map.entry("licensing", NO_ROLE), Map.entry("enforcement", NO_ROLE), Map.entry("benefits", NO_ROLE),
            Map.entry("employment", NO_ROLE), Map.entry("environmental", NO_ROLE), Map.entry("wildlife", NO_ROLE),
            Map.entry("fisheries", NO_ROLE), Map.entry("data", NO_ROLE));

    /** What a civilian field word makes of a rank. */
    record Field(String word, @Nullable String role) {}

    private CivilianFields() {}

    /**
     * The civilian field named by the nouns and adjectives just before a rank word in
     * {@code [start, end)}, nearest first, or null when the phrase is not a rank or no field word
     * comes before it. A field's role is null when the post has no CAMEO role.
     */
    static @Nullable Field before(Sentence s, int start, int end) {
        if (end - start != 1 || !RANKS.contains(s.token(start).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int k = start - 1; k >= 0 && k >= start - REACH; k--) {
            Token t = s.token(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            String role = FIELDS.get(w);
            if (role != null) {
                return new Field(w, role.isEmpty() ? null : role);
            }
            if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("VBG")
                    || t.pos().equals("HYPH"))) {
                return null;
            }
        }
        return null;
    }
}
