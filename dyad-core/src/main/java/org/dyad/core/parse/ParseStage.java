package org.dyad.core.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.model.Sentence;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Facet;
import org.dyad.core.pipeline.Stage;

/** The pipeline stage that parses the cleaned regions of a document, and repairs known misparses ({@link ParseRepairs}). */
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
        List<Sentence> parsed = parser.parse(in.document().text(), in.regions());
        List<Sentence> repaired = new ArrayList<>(parsed.size());
        for (Sentence s : parsed) {
            repaired.add(ParseRepairs.apply(s));
        }
        return in.withSentences(repaired);
    }
}
