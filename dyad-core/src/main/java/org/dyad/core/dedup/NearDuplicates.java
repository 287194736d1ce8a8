package org.dyad.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An index of documents seen so far that recognises near-duplicates: candidates share an LSH
 * bucket in at least one band, and a candidate is a duplicate when the estimated similarity of
 * their shingles reaches the threshold. Cost per document is constant in the size of the index.
 * Not thread-safe: feed it documents in input order from one thread.
 */
public final class NearDuplicates {
    private final double threshold;
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<long[]> signatures = new ArrayList<>();
    private final Store store;

    /** Where signatures of earlier runs live; the DuckDB store implements it. */
    public interface Store {
        /** Ids of documents stored earlier that share a bucket with these bands. */
        List<String> candidates(long[] bands);

        /** The stored signature of a document, if any. */
        Optional<long[]> signature(String doc);

        Store NONE = new Store() {
            @Override
            public List<String> candidates(long[] bands) {
                return List.of();
            }

            @Override
            public Optional<long[]> signature(String doc) {
                return Optional.empty();
            }
        };
    }

    public NearDuplicates(double threshold, Store store) {
        this.threshold = threshold;
        this.store = store;
    }

    /** The id of an earlier document this one nearly repeats, or empty; either way the document is remembered. */
    public Optional<String> check(String id, String text) {
        long[] sig = MinHash.signature(text);
        long[] bands = MinHash.bands(sig);
        String best = null;
        double bestSim = threshold;
        for (int b = 0; b < bands.length; b++) {
            for (int idx : buckets.getOrDefault(key(b, bands[b]), List.of())) {
                String other = ids.get(idx);
                if (other.equals(id)) {
                    continue;
                }
                double sim = MinHash.similarity(sig, signatures.get(idx));
                if (sim >= bestSim && (best == null || sim > bestSim)) {
                    best = other;
                    bestSim = sim;
                }
            }
        }
        if (best == null) {
            for (String other : store.candidates(bands)) {
                if (other.equals(id)) {
                    continue;
                }
                Optional<long[]> s = store.signature(other);
                if (s.isPresent()) {
                    double sim = MinHash.similarity(sig, s.get());
                    if (sim >= bestSim && (best == null || sim > bestSim)) {
                        best = other;
                        bestSim = sim;
                    }
                }
            }
        }
        if (best == null) {
            int idx = ids.size();
            ids.add(id);
            signatures.add(sig);
            for (int b = 0; b < bands.length; b++) {
                buckets.computeIfAbsent(key(b, bands[b]), k -> new ArrayList<>(1)).add(idx);
            }
        }
        return Optional.ofNullable(best);
    }

    private static long key(int band, long bucket) {
        return MinHash.mix(bucket * 131 + band);
    }
}
