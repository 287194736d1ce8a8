package org.dyad.core.model;

/**
 * Where in a document an event was found.
 *
 * @param doc the document's id
 * @param sentenceIndex the sentence's index in the document
 * @param sentence the sentence's text
 * @param charStart offset of the sentence in the document text
 * @param charEnd offset after the sentence in the document text
 * @param trigger the word or words that express the event
 * @param triggerStart offset of the trigger in the document text
 * @param triggerEnd offset after the trigger in the document text
 * @param triggerToken index in the sentence of the token that expresses the event
 * @param headToken index of the token the event stands at after frames ("agreed" in "agreed to meet")
 * @param background true when the event is mentioned in passing: in a relative clause, in an
 *     "after"/"since"/"when" clause, or as a noun that another act is about ("condemned the attack")
 */
public record Evidence(
        String doc,
        int sentenceIndex,
        String sentence,
        int charStart,
        int charEnd,
        String trigger,
        int triggerStart,
        int triggerEnd,
        int triggerToken,
        int headToken,
        boolean background) {}
