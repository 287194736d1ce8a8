package org.dyad.core.pipeline;

import java.util.Set;
import org.dyad.core.BadInputException;

/**
 * One step of the pipeline. A stage declares what it needs and what it adds, so a pipeline
 * can be checked when it is built, and has one main method.
 */
public interface Stage {

    /** A short name for reports: "clean", "nlp", "events". */
    String name();

    /** Facets the stage reads. */
    Set<Facet> requires();

    /** Facets the stage adds. */
    Set<Facet> provides();

    /**
     * Processes one document.
     *
     * @throws BadInputException when the document cannot be processed; the run reports it and goes on
     */
    Analysis apply(Analysis in) throws BadInputException;
}
