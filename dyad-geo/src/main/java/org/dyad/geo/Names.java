package org.dyad.geo;

import java.util.Locale;
import org.dyad.core.text.Fold;

/** The key a place name is indexed and looked up by: folded, lower case, punctuation as spaces. */
public final class Names {
    private Names() {}

    /**
     * Keys of seas and oceans, which lie in no country: "shipping in the Gulf" is not in Gulf
     * Province, Papua New Guinea. Neither a place the finder keeps nor a name the gazetteer places.
     */
    static final java.util.Set<String> SEAS = java.util.Set.of("gulf", "persian gulf", "mediterranean", "caribbean",
            "baltic", "atlantic", "pacific", "arctic", "red sea", "black sea", "caspian sea", "arabian sea",
            "south china sea", "indian ocean");

    /** The union of name-key sets. */
    @SafeVarargs
    static java.util.Set<String> union(java.util.Set<String>... sets) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (java.util.Set<String> x : sets) {
            out.addAll(x);
        }
        return java.util.Set.copyOf(out);
    }

    public static String key(String name) {
        String f = Fold.plain(name).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '\'') {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        String k = b.toString();
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        // Abbreviations written both ways: "St. Petersburg" and "Saint Petersburg", "Ft." and "Fort".
        StringBuilder out = new StringBuilder(k.length() + 8);
        for (String w : k.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w.equals("st") ? "saint" : w.equals("ste") ? "sainte" : w.equals("ft") ? "fort"
                    : w.equals("mt") ? "mount" : w);
        }
        return out.toString();
    }
}
