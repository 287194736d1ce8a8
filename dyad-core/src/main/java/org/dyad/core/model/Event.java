package org.dyad.core.model;

import org.dyad.core.ontology.CameoCode;
import org.jspecify.annotations.Nullable;

/**
 * One coded event: who did what to whom, with the evidence for it.
 *
 * @param id stable identifier: the same document and sentence give the same id on every run
 * @param evidence the document, sentence and words the event came from
 * @param source who acted, or null when the text does not say
 * @param target who was acted upon, or null
 * @param code the CAMEO event code
 * @param mode whether the text asserts the event
 * @param report for reported events: who said it, with which verb, and whether it is reliable
 * @param confidence 0 to 1; see docs/schema.md for its basis
 * @param when the event's date and where it came from
 * @param where the event's place, when known
 * @param rule {@code file:line} of the dictionary rule that produced the event
 */
public record Event(
        String id,
        Evidence evidence,
        @Nullable Participant source,
        @Nullable Participant target,
        CameoCode code,
        Mode mode,
        @Nullable Report report,
        double confidence,
        EventDate when,
        @Nullable Place where,
        String rule) {

    public Event withWhen(EventDate d) {
        return withWhen(d, d.date());
    }

    /** With this date, and the actors' codes read on {@code resolveOn} (a day within the date's period). */
    public Event withWhen(EventDate d, java.time.@Nullable LocalDate resolveOn) {
        return withWhen(d, resolveOn, null);
    }

    /**
     * With this date, and the actors' codes read on {@code resolveOn} (a day within the date's
     * period) for a report of {@code reported} ({@link Participant#at(java.time.LocalDate, java.time.LocalDate)}).
     */
    public Event withWhen(EventDate d, java.time.@Nullable LocalDate resolveOn, java.time.@Nullable LocalDate reported) {
        Participant s = source == null ? null : source.at(resolveOn, reported);
        Participant t = target == null ? null : target.at(resolveOn, reported);
        return new Event(id, evidence, s, t, code, mode, report, confidence, d, where, rule);
    }

    /** With another target, under a new id (the id names the target). */
    public Event withTarget(Participant t, String newId) {
        return new Event(newId, evidence, source, t, code, mode, report, confidence, when, where, rule);
    }

    /** With another source, under a new id (the id names the source). */
    public Event withSource(Participant s, String newId) {
        return new Event(newId, evidence, s, target, code, mode, report, confidence, when, where, rule);
    }

    /** With another mode (factuality). */
    public Event withMode(Mode m) {
        return new Event(id, evidence, source, target, code, m, report, confidence, when, where, rule);
    }

    public Event withWhere(@Nullable Place p) {
        return new Event(id, evidence, source, target, code, mode, report, confidence, when, p, rule);
    }

    public Event withId(String newId) {
        return new Event(newId, evidence, source, target, code, mode, report, confidence, when, where, rule);
    }

    public @Nullable String sourceCode() {
        return source == null ? null : source.code();
    }

    public @Nullable String targetCode() {
        return target == null ? null : target.code();
    }

    /**
     * What makes two events of one sentence the same act told twice: the same code, the same
     * source and target codes, and the same mode. The coder keeps one event per act and sentence.
     */
    public record Act(String code, @Nullable String source, @Nullable String target, Mode mode) {}

    /** This event's act, for finding the same act told twice in a sentence. */
    public Act act() {
        return new Act(code.code(), sourceCode(), targetCode(), mode);
    }

    /**
     * Asserted events, and reliably reported ones, feed statistics; negated and hypothetical
     * ones never do. An event mentioned in passing counts only when the text dates it, since
     * its date is otherwise unknown and it was most likely reported on its own before. An event
     * whose source the text does not name ("twelve people were killed"), or names with no
     * country or organisation (code {@code ---}, or a role of unknown country such as
     * {@code ---GOV}), stays in the output but does not count: it belongs to no dyad. History that
     * the text dates ("invaded Tibet in 1951") counts on its own date, like any other act.
     */
    public boolean counts() {
        boolean asserted = mode == Mode.ASSERTED || mode == Mode.REPORTED && report != null && report.reliable();
        return asserted && source != null && !source.code().startsWith("---")
                && (!evidence.background() || when.source() == EventDate.Source.TEXT);
    }
}
