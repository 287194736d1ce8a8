package org.dyad.core.parse;

import java.util.EnumSet;
import java.util.Set;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Facet;
import org.dyad.core.pipeline.Stage;

/** The pipeline stage that parses the cleaned regions of a document. */
public final class ParseStage implements Stage {
    private final Parser parser;

    public ParseStage(Parser parser) {
        this.parser = parser;
    }

    @Override
    public String name() {
        return "nlp";
    }

    @Override
    public Set<Facet> requires() {
        return EnumSet.of(Facet.CLEAN);
    }

    @Override
    public Set<Facet> provides() {
        return EnumSet.of(Facet.PARSE);
    }

    @Override
    public Analysis apply(Analysis in) {
        return in.withSentences(parser.parse(in.document().text(), in.regions()));
    }
}
