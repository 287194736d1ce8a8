package org.dyad.core.time;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.model.Sentence;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Facet;
import org.dyad.core.pipeline.Stage;

/** Finds and resolves the time expressions of every sentence. */
public final class TimeStage implements Stage {

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Facet> requires() {
        return EnumSet.of(Facet.PARSE);
    }

    @Override
    public Set<Facet> provides() {
        return EnumSet.of(Facet.TIMES);
    }

    @Override
    public Analysis apply(Analysis in) {
        List<TimeExpression> all = new ArrayList<>();
        int datelineEnd = PublicationDateStage.datelineEnd(in);
        for (Sentence s : in.sentences()) {
            for (TimeExpression t : TimeFinder.find(s, in.document().date())) {
                if (s.token(t.start()).begin() >= datelineEnd) {
                    all.add(t);
                }
            }
        }
        return in.withTimes(all);
    }
}
