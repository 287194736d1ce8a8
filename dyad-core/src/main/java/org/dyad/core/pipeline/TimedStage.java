package org.dyad.core.pipeline;

import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.dyad.core.BadInputException;

/** A stage that measures the time spent in another, for benchmarks. Thread-safe. */
public final class TimedStage implements Stage {
    private final Stage inner;
    private final LongAdder nanos = new LongAdder();

    public TimedStage(Stage inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Set<Facet> requires() {
        return inner.requires();
    }

    @Override
    public Set<Facet> provides() {
        return inner.provides();
    }

    @Override
    public Analysis apply(Analysis in) throws BadInputException {
        long t = System.nanoTime();
        try {
            return inner.apply(in);
        } finally {
            nanos.add(System.nanoTime() - t);
        }
    }

    /** Total time spent in the stage, over all threads. */
    public long nanos() {
        return nanos.sum();
    }

    public void reset() {
        nanos.reset();
    }
}
