package org.dyad.core.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.BadInputException;
import org.dyad.core.model.Document;

/**
 * Stages in order, checked when built: every stage's needs must be met by the stages before
 * it. Stateless and safe to share between threads when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** Builds a pipeline; throws IllegalArgumentException when a stage's needs are not met. */
    public static Pipeline of(List<Stage> stages) {
        Set<Facet> have = EnumSet.of(Facet.TEXT);
        for (Stage s : stages) {
            for (Facet f : s.requires()) {
                if (!have.contains(f)) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' needs " + f
                            + ", which no stage before it provides (have " + have + ")");
                }
            }
            have.addAll(s.provides());
        }
        return new Pipeline(stages);
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage on a document. */
    public Analysis run(Document d) throws BadInputException {
        return run(Analysis.of(d));
    }

    public Analysis run(Analysis a) throws BadInputException {
        Analysis cur = a;
        for (Stage s : stages) {
            cur = s.apply(cur);
        }
        return cur;
    }

    /** A pipeline of this one's stages up to and including the named one. */
    public Pipeline upTo(String stageName) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(stageName)) {
                return new Pipeline(stages.subList(0, i + 1));
            }
        }
        throw new IllegalArgumentException("no stage named " + stageName);
    }
}
