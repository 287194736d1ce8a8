package org.dyad.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.config.Config;
import org.dyad.core.config.Keys;
import org.dyad.core.model.Document;
import org.dyad.core.pipeline.Item;
import org.dyad.core.pipeline.Pipeline;
import org.dyad.core.pipeline.Runner;
import org.dyad.core.pipeline.Stage;
import org.dyad.core.pipeline.TimedStage;
import org.dyad.formats.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad bench}: throughput of the CoreNLP stage alone and of the whole pipeline, on all
 * cores, with the time each stage takes and the peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure sentences/s for the CoreNLP stage and the whole pipeline, documents/s and peak heap.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--min-chars", defaultValue = "400000",
            description = "Repeat the input until it has at least this many characters (default: ${DEFAULT-VALUE}).")
    int minChars;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Documents to use (default: samples/corpus).")
    List<String> inputs = new ArrayList<>(List.of("samples/corpus"));

    @Override
    public Integer call() throws Exception {
        Config config = common.config().toBuilder().set(Keys.CLEAN_LANGUAGE_CHECK, "true").build();
        Engine engine = Engine.create(config);
        List<Document> docs = load(config);
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no documents to benchmark in " + inputs);
        }
        List<Document> corpus = new ArrayList<>();
        long chars = 0;
        for (int round = 0; chars < minChars || corpus.size() < docs.size(); round++) {
            for (Document d : docs) {
                corpus.add(new Document(d.id() + "#" + round, d.title(), d.text(), d.date(), d.url(), d.source(),
                        d.origin()));
                chars += d.text().length();
            }
        }
        long t0 = System.nanoTime();
        engine.parser();
        double loadSecs = (System.nanoTime() - t0) / 1e9;
        List<TimedStage> timed = new ArrayList<>();
        for (Stage s : engine.stages()) {
            timed.add(new TimedStage(s));
        }
        Pipeline full = Pipeline.of(new ArrayList<Stage>(timed));
        Pipeline nlpOnly = full.upTo("nlp");
        int threads = engine.threads();
        // Warm up the JIT with a fifth of the corpus through the whole pipeline, on all threads.
        run(full, corpus.subList(0, Math.max(1, corpus.size() / 5)), threads);
        resetPeaks();
        Runner.Summary nlp = run(nlpOnly, corpus, threads);
        for (TimedStage s : timed) {
            s.reset();
        }
        Runner.Summary all = run(full, corpus, threads);
        long[] stageNanos = new long[timed.size()];
        for (int i = 0; i < timed.size(); i++) {
            stageNanos[i] = timed.get(i).nanos();
        }
        // The CoreNLP stage once more, so that neither measurement has the advantage of going second.
        Runner.Summary nlp2 = run(nlpOnly, corpus, threads);
        nlp = new Runner.Summary(nlp.documents(), nlp.rejected(), nlp.events(), nlp.sentences(),
                (nlp.nanos() + nlp2.nanos()) / 2);
        long peak = peakHeap();
        double nlpRate = nlp.sentences() / (nlp.nanos() / 1e9);
        double allRate = all.sentences() / (all.nanos() / 1e9);
        double docRate = all.documents() / (all.nanos() / 1e9);
        long stageTotal = 0;
        for (long n : stageNanos) {
            stageTotal += n;
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MiB; threads: %d%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, threads);
        System.out.printf(Locale.ROOT, "corpus: %d documents, %d characters, %d sentences (%d rejected)%n",
                all.documents(), chars, all.sentences(), all.rejected());
        System.out.printf(Locale.ROOT, "model load: %.1f s%n", loadSecs);
        System.out.printf(Locale.ROOT, "CoreNLP stage alone: %.1f sentences/s%n", nlpRate);
        System.out.printf(Locale.ROOT, "whole pipeline:      %.1f sentences/s, %.2f documents/s, %d events%n", allRate,
                docRate, all.events());
        System.out.printf(Locale.ROOT, "pipeline / CoreNLP:  %.1f%%%n", 100 * allRate / nlpRate);
        System.out.printf(Locale.ROOT, "peak heap: %d MiB%n", peak >> 20);
        System.out.println("time by stage (all threads):");
        for (int i = 0; i < timed.size(); i++) {
            System.out.printf(Locale.ROOT, "  %-8s %8.1f ms  %5.1f%%%n", timed.get(i).name(), stageNanos[i] / 1e6,
                    stageTotal == 0 ? 0 : 100.0 * stageNanos[i] / stageTotal);
        }
        return ExitCodes.OK;
    }

    private List<Document> load(Config config) throws java.io.IOException {
        List<Document> docs = new ArrayList<>();
        try (Inputs in = new Inputs(inputs, config.get(Keys.INPUT_MAX_BYTES), System.in)) {
            Item it;
            while ((it = in.read()) != null) {
                if (it.document() != null) {
                    docs.add(it.document());
                }
            }
        }
        return docs;
    }

    private static Runner.Summary run(Pipeline p, List<Document> corpus, int threads) throws java.io.IOException {
        Iterator<Document> it = corpus.iterator();
        return new Runner(p, threads).run(() -> it.hasNext() ? Item.of(it.next()) : null, r -> { });
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            b.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) {
                sum += b.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
