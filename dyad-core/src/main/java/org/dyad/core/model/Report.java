package org.dyad.core.model;

/**
 * Attribution of a reported event.
 *
 * @param reporter who said it: an actor code, or the words when no actor was recognised
 * @param verb the lemma of the reporting verb ("say", "claim")
 * @param reliable true for neutral attribution (say, announce, confirm, report), false for
 *     contested attribution (claim, allege) and for rumour
 */
public record Report(String reporter, String verb, boolean reliable) {}
