package org.dyad.formats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** Stable document ids derived from content. */
public final class Ids {
    private Ids() {}

    /** Hex of the SHA-256 of the text, cut to {@code hexChars}. */
    public static String hash(String text, int hexChars) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; b.length() < hexChars; i++) {
                b.append(String.format("%02x", h[i]));
            }
            return b.substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A readable, stable id: the file name without extension, then a hash of the content. */
    public static String forFile(String fileName, String text) {
        String stem = fileName;
        int dot = stem.lastIndexOf('.');
        if (dot > 0) {
            stem = stem.substring(0, dot);
        }
        stem = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        if (stem.length() > 60) {
            stem = stem.substring(0, 60);
        }
        return stem + "-" + hash(text, 8);
    }

    /** An id for a JSON Lines record without one. */
    public static String forText(String text) {
        return "doc-" + hash(text, 16);
    }
}
