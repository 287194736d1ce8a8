package org.dyad.core.dict;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The three-letter role codes and international prefixes Dyad accepts in actor codes. */
public final class RoleCodes {
    /** Role codes that follow a country or international prefix. */
    public static final Set<String> ROLES = Set.of(
            "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "ELI", "REB", "INS", "IMG", "UAF",
            "PTY", "CVL", "MED", "BUS", "LAB", "EDU", "HLH", "REL", "REF", "CRM", "HRI", "AGR",
            "ENV", "SPP", "MOD", "RAD", "DEV", "SET", "IGO", "NGO", "MNC");

    /** The organs of a state: government, military, police, intelligence, judiciary, legislature. */
    public static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");

    /** Roles of a state's armed and security forces: its army, its police and its intelligence services. */
    public static final Set<String> STATE_FORCES = Set.of("MIL", "COP", "SPY");

    /** Prefixes of codes for actors that belong to no one country. */
    public static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "---");

    private RoleCodes() {}

    /**
     * The country of an actor code: its first three letters when they name one ("KEN" in
     * "KENGOV"); null for no code, a role of no country ("---GOV") or an international actor
     * ("IGOUNO", "NGOHRW").
     */
    public static @Nullable String country(@Nullable String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String prefix = code.substring(0, 3);
        return INTERNATIONAL.contains(prefix) ? null : prefix;
    }

    /** Whether two actor codes are of one country: both have one ({@link #country}) and it is the same. */
    public static boolean sameCountry(@Nullable String a, @Nullable String b) {
        String x = country(a);
        return x != null && x.equals(country(b));
    }

    /**
     * Whether two actor codes share their first three letters, whatever they are: one country, one
     * international prefix ("IGO"), or both of no country ("---").
     */
    public static boolean samePrefix(@Nullable String a, @Nullable String b) {
        return a != null && b != null && a.length() >= 3 && b.startsWith(a.substring(0, 3));
    }

    /**
     * The role part of an actor code: "GOV" in "KENGOV", "" for a bare three-letter code ("KEN"),
     * null for no code, or a code too short to hold a role.
     */
    public static @Nullable String roleOf(@Nullable String code) {
        if (code == null || code.length() < 3 || code.length() > 3 && code.length() < 6) {
            return null;
        }
        return code.length() == 3 ? "" : code.substring(3, 6);
    }

    /** Whether any role part of an actor code, after its first three letters, is {@code role}: "MED" in "ISRMED", "GOV" in "IGOEUREECGOV". */
    public static boolean hasRole(String code, String role) {
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            if (code.startsWith(role, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an actor code's role part is one of {@code roles}. */
    public static boolean roleIn(@Nullable String code, Set<String> roles) {
        String role = roleOf(code);
        return role != null && roles.contains(role);
    }
}
