package org.dyad.core.ontology;

/** GDELT's quad classes over CAMEO roots: 01–05, 06–09, 10–14, 15–20. */
public final class QuadClass {
    public static final int VERBAL_COOPERATION = 1;
    public static final int MATERIAL_COOPERATION = 2;
    public static final int VERBAL_CONFLICT = 3;
    public static final int MATERIAL_CONFLICT = 4;

    private QuadClass() {}

    public static int of(String root) {
        int r = Integer.parseInt(root.substring(0, 2));
        if (r < 1 || r > 20) {
            throw new IllegalArgumentException("not a CAMEO root: " + root);
        }
        if (r <= 5) {
            return VERBAL_COOPERATION;
        }
        if (r <= 9) {
            return MATERIAL_COOPERATION;
        }
        if (r <= 14) {
            return VERBAL_CONFLICT;
        }
        return MATERIAL_CONFLICT;
    }

    public static String name(int quad) {
        switch (quad) {
            case 1: return "verbal cooperation";
            case 2: return "material cooperation";
            case 3: return "verbal conflict";
            case 4: return "material conflict";
            default: throw new IllegalArgumentException("quad class " + quad);
        }
    }
}
