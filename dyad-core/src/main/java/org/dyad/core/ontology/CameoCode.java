package org.dyad.core.ontology;

import org.jspecify.annotations.Nullable;

/**
 * One CAMEO event code with what Dyad knows of it.
 *
 * @param code the code, two to four digits: {@code "163"}
 * @param name what the code means, in Dyad's words
 * @param goldstein the Goldstein value, -10 (most hostile) to +10 (most cooperative)
 * @param plover the PLOVER 2021 category, or null where PLOVER has none (01x statements)
 * @param ploverMode the PLOVER mode for the code ("visit", "arrest"), or null
 * @param ploverContext the PLOVER contexts for the code, separated by ";", or null
 */
public record CameoCode(String code, String name, double goldstein, @Nullable String plover, @Nullable String ploverMode,
        @Nullable String ploverContext) {

    /**
     * The root of a code as a number, {@code 16} for {@code "163"}; 0 where the text does not begin
     * with two digits (an empty code, a placeholder such as {@code "---"}).
     */
    public static int rootNumber(String code) {
        if (code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return 0;
        }
        return (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
    }

    /** The two-digit root: {@code "16"}. */
    public String root() {
        return code.substring(0, 2);
    }

    /** GDELT's quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public int quadClass() {
        return QuadClass.of(root());
    }

    public boolean isRoot() {
        return code.length() == 2;
    }
}
