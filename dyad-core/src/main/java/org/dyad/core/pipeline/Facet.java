package org.dyad.core.pipeline;

/** What a stage needs from the document in flight, and what it adds. */
public enum Facet {
    /** The raw document text: every document starts with it. */
    TEXT,
    /** Regions of text worth parsing, after boilerplate and repeats are dropped. */
    CLEAN,
    /** Sentences with tokens, lemmas, tags, entities and dependencies. */
    PARSE,
    /** Actor mentions. */
    ACTORS,
    /** Pronouns and descriptions resolved to earlier actors. */
    COREF,
    /** Time expressions with resolved dates. */
    TIMES,
    /** Coded events. */
    EVENTS,
    /** Events dated from the text. */
    DATES,
    /** Events placed. */
    PLACES,
    /** Repeated events within the document merged. */
    DEDUP
}
