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
import org.jspecify.annotations.Nullable;

/**
 * A document in flight through the pipeline. Immutable: each stage returns a new analysis
 * with what it adds.
 *
 * @param document the document
 * @param facets what has been added so far
 * @param regions text regions to parse, after cleaning
 * @param sentences parsed sentences
 * @param mentions actor mentions of all sentences, in order
 * @param dateline the place of the document's dateline ("ISLAMABAD, March 18 —"), with the
 *     country it stands for: where the report was filed, no actor of the story; null when the
 *     document has none or the actor stage has not run
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
        @Nullable ActorMention dateline,
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
        return new Analysis(d, EnumSet.of(Facet.TEXT), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                List.of());
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
        return new Analysis(document, plus(Facet.CLEAN), r, sentences, mentions, dateline, times, events,
                concat(notes, more));
    }

    public Analysis withSentences(List<Sentence> s) {
        return new Analysis(document, plus(Facet.PARSE), regions, s, mentions, dateline, times, events, notes);
    }

    /** The mentions revised; the dateline as it was. */
    public Analysis withMentions(List<ActorMention> m) {
        return new Analysis(document, plus(Facet.ACTORS), regions, sentences, m, dateline, times, events, notes);
    }

    /** The mentions and the dateline's place, as the actor stage finds them. */
    public Analysis withMentions(List<ActorMention> m, @Nullable ActorMention place) {
        return new Analysis(document, plus(Facet.ACTORS), regions, sentences, m, place, times, events, notes);
    }

    /** The country the document was filed from, by its dateline; null when unknown. */
    public @Nullable String filedFrom() {
        return dateline == null || dateline.actor() == null ? null : dateline.actor().country();
    }

    public Analysis withTimes(List<TimeExpression> t) {
        return new Analysis(document, plus(Facet.TIMES), regions, sentences, mentions, dateline, t, events, notes);
    }

    public Analysis withEvents(Facet added, List<Event> e, List<Note> more) {
        return new Analysis(document, plus(added), regions, sentences, mentions, dateline, times, e,
                concat(notes, more));
    }

    public Analysis withDocument(Document d) {
        return new Analysis(d, facets, regions, sentences, mentions, dateline, times, events, notes);
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
