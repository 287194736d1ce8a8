package org.dyad.core.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.model.ActorMention;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.Span;
import org.dyad.core.time.TimeExpression;

/**
 * A document in flight through the pipeline. Immutable: each stage returns a new analysis
 * with what it adds.
 *
 * @param document the document
 * @param facets what has been added so far
 * @param regions text regions to parse, after cleaning
 * @param sentences parsed sentences
 * @param mentions actor mentions of all sentences, in order
 * @param times time expressions of all sentences, in order
 * @param events coded events
 * @param notes decisions the stages want to report
 */
public record Analysis(
        Document document,
        Set<Facet> facets,
        List<Span> regions,
        List<Sentence> sentences,
        List<ActorMention> mentions,
        List<TimeExpression> times,
        List<Event> events,
        List<Note> notes) {

    public Analysis {
        facets = Set.copyOf(facets);
        regions = List.copyOf(regions);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /** A fresh analysis of a document: only its text is known. */
    public static Analysis of(Document d) {
        return new Analysis(d, EnumSet.of(Facet.TEXT), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public boolean has(Facet f) {
        return facets.contains(f);
    }

    private Set<Facet> plus(Facet f) {
        EnumSet<Facet> s = EnumSet.of(f);
        s.addAll(facets);
        return s;
    }

    public Analysis withRegions(List<Span> r, List<Note> more) {
        return new Analysis(document, plus(Facet.CLEAN), r, sentences, mentions, times, events, concat(notes, more));
    }

    public Analysis withSentences(List<Sentence> s) {
        return new Analysis(document, plus(Facet.PARSE), regions, s, mentions, times, events, notes);
    }

    public Analysis withMentions(List<ActorMention> m) {
        return new Analysis(document, plus(Facet.ACTORS), regions, sentences, m, times, events, notes);
    }

    public Analysis withTimes(List<TimeExpression> t) {
        return new Analysis(document, plus(Facet.TIMES), regions, sentences, mentions, t, events, notes);
    }

    public Analysis withEvents(Facet added, List<Event> e, List<Note> more) {
        return new Analysis(document, plus(added), regions, sentences, mentions, times, e, concat(notes, more));
    }

    public Analysis withDocument(Document d) {
        return new Analysis(d, facets, regions, sentences, mentions, times, events, notes);
    }

    private static List<Note> concat(List<Note> a, List<Note> b) {
        if (b.isEmpty()) {
            return a;
        }
        java.util.ArrayList<Note> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
