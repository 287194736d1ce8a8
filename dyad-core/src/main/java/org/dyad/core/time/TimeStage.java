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
        TimeExpression anchor = null;
        for (Sentence s : in.sentences()) {
            List<TimeExpression> found = new ArrayList<>();
            for (TimeExpression t : TimeFinder.find(s, in.document().date())) {
                if (s.token(t.start()).begin() >= datelineEnd) {
                    found.add(t);
                }
            }
            // "Two days later", "the next day": counted from the last day the text named.
            found.addAll(AnchoredTimes.find(s, found, anchor));
            found.sort((a, b) -> Integer.compare(a.start(), b.start()));
            for (TimeExpression t : found) {
                if (t.precision() == org.dyad.core.model.EventDate.Precision.DAY) {
                    anchor = t;
                }
            }
            all.addAll(found);
        }
        return in.withTimes(all);
    }
}
