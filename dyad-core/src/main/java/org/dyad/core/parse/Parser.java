package org.dyad.core.parse;

import java.util.List;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Span;

/**
 * Turns text into Dyad's sentence model. The CoreNLP implementation lives in the nlp module;
 * tests use stored parses. Implementations must be safe to call from several threads at once.
 */
public interface Parser {

    /**
     * Parses regions of a text.
     *
     * @param text the whole document text
     * @param regions the regions to parse, in order and not overlapping; sentences never cross a region's edge
     * @return sentences in order, indexed from 0, with offsets into {@code text}
     */
    List<Sentence> parse(String text, List<Span> regions);
}
