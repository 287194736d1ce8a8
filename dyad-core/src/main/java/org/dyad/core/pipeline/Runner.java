package org.dyad.core.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.core.BadInputException;
import org.dyad.core.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * Runs a pipeline over a stream of documents on several threads and hands the results to a
 * sink on the calling thread, in input order. A document that fails is turned into a
 * rejection with its id and reason; the run goes on. At most a few documents per thread are
 * in flight, so memory stays bounded on any corpus.
 */
public final class Runner {
    private final Pipeline pipeline;
    private final int threads;

    /** Where documents come from: the formats module's readers. */
    @FunctionalInterface
    public interface Source {
        /** The next item, or null at the end. */
        @Nullable Item read() throws IOException;
    }

    /**
     * What the run produced for one input: an analysis, a rejection, or a near-duplicate document
     * with the id of the document it repeats.
     */
    public record Result(@Nullable Analysis analysis, @Nullable Rejection rejection, @Nullable Document duplicate,
            @Nullable String duplicateOf) {

        Result(@Nullable Analysis analysis, @Nullable Rejection rejection) {
            this(analysis, rejection, null, null);
        }
    }

    /** Receives results in input order. */
    @FunctionalInterface
    public interface Sink {
        void accept(Result r) throws IOException;
    }

    /** Counts for one run. */
    public record Summary(int documents, int rejected, int events, int sentences, long nanos, int duplicates) {

        public Summary(int documents, int rejected, int events, int sentences, long nanos) {
            this(documents, rejected, events, sentences, nanos, 0);
        }
    }

    /**
     * @param pipeline the stages
     * @param threads documents processed at once; 0 means one per available core
     */
    public Runner(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public int threads() {
        return threads;
    }

    public Summary run(Source source, Sink sink) throws IOException {
        long t0 = System.nanoTime();
        int docs = 0;
        int rejected = 0;
        int events = 0;
        int sentences = 0;
        int duplicates = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Future<Result>> window = new ArrayDeque<>();
        int maxInFlight = threads * 3;
        try {
            boolean more = true;
            while (more || !window.isEmpty()) {
                while (more && window.size() < maxInFlight) {
                    Item it = source.read();
                    if (it == null) {
                        more = false;
                        break;
                    }
                    if (it.rejection() != null) {
                        window.add(java.util.concurrent.CompletableFuture.completedFuture(
                                new Result(null, it.rejection())));
                    } else if (it.duplicateOf() != null) {
                        window.add(java.util.concurrent.CompletableFuture.completedFuture(
                                new Result(null, null, it.document(), it.duplicateOf())));
                    } else {
                        Document d = it.document();
                        window.add(pool.submit(() -> process(d)));
                    }
                }
                if (window.isEmpty()) {
                    break;
                }
                Result r = take(window.pollFirst());
                if (r.analysis() != null) {
                    docs++;
                    events += r.analysis().events().size();
                    sentences += r.analysis().sentences().size();
                } else if (r.duplicate() != null) {
                    duplicates++;
                } else {
                    rejected++;
                }
                sink.accept(r);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(docs, rejected, events, sentences, System.nanoTime() - t0, duplicates);
    }

    private Result process(Document d) {
        try {
            return new Result(pipeline.run(d), null);
        } catch (BadInputException e) {
            return new Result(null, new Rejection(label(d), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(null, new Rejection(label(d), "internal error: " + e + where(e)));
        }
    }

    /**
     * Where an internal error arose, for a bug report: the first frame of Dyad's own code
     * (" at org.dyad.….method(File.java:12)"), or nothing.
     */
    private static String where(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.dyad.")) {
                return " at " + f;
            }
        }
        return "";
    }

    private static String label(Document d) {
        return d.origin().equals(d.id()) ? d.id() : d.origin() + " (" + d.id() + ")";
    }

    private static Result take(Future<Result> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dyad-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
