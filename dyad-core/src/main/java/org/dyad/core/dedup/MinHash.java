package org.dyad.core.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures of documents over shingles of five words: two signatures agree in a share
 * of positions that estimates the Jaccard similarity of the documents' shingle sets.
 */
public final class MinHash {
    /** Signature length: 32 bands of 4 rows. */
    public static final int SIZE = 128;
    public static final int BANDS = 32;
    public static final int ROWS = SIZE / BANDS;
    private static final int SHINGLE = 5;
    private static final long[] SEEDS = seeds();

    private MinHash() {}

    private static long[] seeds() {
        long[] s = new long[SIZE];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }

    /** SplitMix64's finaliser: a strong 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The signature of a text; texts of fewer than five words use what words they have. */
    public static long[] signature(String text) {
        List<String> words = words(text);
        Set<Long> shingles = new HashSet<>();
        if (words.size() < SHINGLE) {
            shingles.add(hash(String.join(" ", words)));
        } else {
            for (int i = 0; i + SHINGLE <= words.size(); i++) {
                shingles.add(hash(String.join(" ", words.subList(i, i + SHINGLE))));
            }
        }
        long[] sig = new long[SIZE];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < SIZE; i++) {
                long h = mix(sh ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of two signatures. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** The bucket of each band: documents that share a bucket in any band are candidates. */
    public static long[] bands(long[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }

    private static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix(h ^ s.length());
    }

    static String describe(long[] sig) {
        return String.format(Locale.ROOT, "MinHash[%d]", sig.length);
    }
}
