package org.dyad.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.model.Edge;
import org.dyad.core.model.Event;
import org.dyad.core.model.EventDate;
import org.dyad.core.model.Mode;
import org.dyad.core.model.Sentence;
import org.dyad.core.parse.Graph;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Facet;
import org.dyad.core.pipeline.Stage;

/**
 * Dates each event from the time expression of its own clause: the expression attached to
 * the event's word or to a word above it in the dependency tree, without crossing into
 * another clause (a {@code ccomp} or {@code parataxis} edge). An event with no such expression
 * keeps the publication date. Actor codes are re-resolved for the event's date. An act whose
 * date the text puts, with its year, more than {@code historyDays} before the report is recalled
 * history ({@link EventDate#history()}).
 */
public final class DateStage implements Stage {
    private final int historyDays;

    /** @param historyDays how long before the report a dated act is recalled history; 0 never */
    public DateStage(int historyDays) {
        this.historyDays = historyDays;
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Facet> requires() {
        return EnumSet.of(Facet.EVENTS, Facet.TIMES);
    }

    @Override
    public Set<Facet> provides() {
        return EnumSet.of(Facet.DATES);
    }

    @Override
    public Analysis apply(Analysis in) {
        Map<Integer, List<TimeExpression>> bySentence = new HashMap<>();
        for (TimeExpression t : in.times()) {
            // "agreed to postpone the rally until 9 November": the end of a span is not when the act was.
            if (!UNTIL.contains(wordBefore(in.sentences().get(t.sentence()), t))) {
                bySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
            }
        }
        Map<Integer, Graph> graphs = new HashMap<>();
        List<Event> out = new ArrayList<>(in.events().size());
        for (Event e : in.events()) {
            List<TimeExpression> ts = bySentence.get(e.evidence().sentenceIndex());
            TimeExpression t = null;
            Sentence s = in.sentences().get(e.evidence().sentenceIndex());
            if (ts != null) {
                // A background mention ("the killing of …") is not dated by the report around it.
                boolean reports = !e.evidence().background();
                // "unless Israel rescinded its annexation of the region within 10 days", "threatened today
                // to hold a strike unless …": a background noun is dated only by its own phrase, not by
                // the clause of the verb that mentions it.
                Graph g = graphs.computeIfAbsent(e.evidence().sentenceIndex(), k -> Graph.basic(s));
                boolean ownPhrase = e.evidence().background() && e.evidence().triggerToken() == e.evidence().headToken()
                        && objectNoun(s, g, e.evidence().headToken());
                t = governing(s, g, ts, e.evidence().headToken(), reports, ownPhrase);
                if (t == null && e.evidence().triggerToken() != e.evidence().headToken()) {
                    t = governing(s, g, ts, e.evidence().triggerToken(), reports, false);
                }
            }
            if (t != null && e.evidence().background() && (since(s, t) || runningSpan(t))) {
                // "has maintained an embargo since 1962": a state kept up since a time was not done then;
                // "have been killed in clashes this year": a toll over the span so far dates no act.
                t = null;
            }
            if (t == null) {
                out.add(e.withWhen(EventDate.publication(in.document().date())));
            } else {
                EventDate when = new EventDate(t.date(), EventDate.Source.TEXT, t.precision(), t.text());
                boolean history = history(when, in.document().date()) && yearNamed(t)
                        && !SPAN_WORDS.contains(wordBefore(s, t));
                Event dated = e.withWhen(when.withHistory(history),
                        resolutionDay(t, in.document().date()), in.document().date());
                if (yetToCome(t, in.document().date()) && (e.mode() == Mode.ASSERTED || e.mode() == Mode.REPORTED)
                        && !SPEECH_ROOTS.contains(e.code().code().substring(0, 2))) {
                    // "a Washington visit later this month by Nakasone", "talks next week": an act the
                    // text dates after the report has not happened yet.
                    dated = dated.withMode(Mode.HYPOTHETICAL);
                }
                out.add(dated);
            }
        }
        return in.withEvents(Facet.DATES, out, List.of());
    }

    /**
     * Whether the period a text date names ended more than {@code historyDays} before the report:
     * "in 1951", "on Dec. 14, 1963". The act is real and keeps its date, but the story recalls it
     * rather than reports it.
     */
    private boolean history(EventDate when, @org.jspecify.annotations.Nullable LocalDate published) {
        LocalDate last = when.lastDay();
        return historyDays > 0 && published != null && last != null && last.plusDays(historyDays).isBefore(published);
    }

    /**
     * Whether a time expression names its year ("in 1951", "Dec. 14, 1963", "last year", "two years
     * ago"). A month or day alone ("in late February", "On September 29") may be the one to come or
     * the one past, so it never makes an act history.
     */
    private static boolean yearNamed(TimeExpression t) {
        return t.text() != null && YEAR.matcher(t.text()).find();
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile(
            "\\b(1[5-9]|20)\\d\\d\\b|\\byears?\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether a time is a span running up to the report: "this year", "this month". */
    private static boolean runningSpan(TimeExpression t) {
        return t.text() != null && RUNNING.matcher(t.text().trim()).matches();
    }

    private static final java.util.regex.Pattern RUNNING = java.util.regex.Pattern.compile(
            "(?i)(so far )?this (year|month|decade)");

    /** Words before a time that make it a span's end, which dates no act: "until 9 November". */
    private static final Set<String> UNTIL = Set.of("until", "till", "til");

    /** Words before a time that make it a span's end or start, not when an act happened: "since 1998". */
    private static final Set<String> SPAN_WORDS = Set.of("since", "until", "till", "through", "by", "from");

    /** The lower-case word just before a time expression, or "" at the sentence's start. */
    private static String wordBefore(Sentence s, TimeExpression t) {
        return t.start() > 0 ? s.token(t.start() - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** Speech acts that may well be about what is to come: statements, appeals, intents, demands, rejections, threats. */
    private static final Set<String> SPEECH_ROOTS = Set.of("01", "02", "03", "10", "12", "13");

    /**
     * Whether a time expression points ahead of the report: "next week", "tomorrow", "the coming
     * days", "later this month", "the rest of the year", resolved to no earlier than the publication
     * day; a period named with its year that begins after the report ("by early 2008" in a story of
     * 2006); a day with no year after the report, which TimeFinder reads so only in a future clause.
     * A bare weekday before the report is past, and times told from another event ("two days later",
     * "the next day") never count.
     */
    static boolean yetToCome(TimeExpression t, java.time.@org.jspecify.annotations.Nullable LocalDate published) {
        if (published == null || t.date() == null || t.text() == null) {
            return false;
        }
        String text = t.text().toLowerCase(java.util.Locale.ROOT);
        if (YEAR_DIGITS.matcher(text).find() && firstDay(t).isAfter(published)) {
            // "wrapping up US combat operations by early 2008" in a story of December 2006: a period
            // named with its year that begins after the report has not come yet.
            return true;
        }
        if (t.precision() == org.dyad.core.model.EventDate.Precision.DAY && !yearNamed(t)) {
            // "Nakasone leaves on Wednesday" in a Monday story, "EU foreign ministers meet in Brussels
            // on December 11" in one of December 5: a weekday or a day with no year is read as one to
            // come only in a future clause (TimeFinder), so a day after the report is still ahead; a
            // bare weekday before it is past.
            if (t.date().isAfter(published)) {
                return true;
            }
            if (WEEKDAY.matcher(text).matches()) {
                return false;
            }
        }
        if (!AHEAD.matcher(text).find()) {
            return false;
        }
        return switch (t.precision()) {
            case DAY -> !t.date().isBefore(published);
            case MONTH -> !t.date().withDayOfMonth(1).isBefore(published.withDayOfMonth(1));
            case YEAR -> t.date().getYear() >= published.getYear();
        };
    }

    /** A year written in digits: "2008", "March 2008". */
    private static final java.util.regex.Pattern YEAR_DIGITS = java.util.regex.Pattern.compile("\\b(1[5-9]|20)\\d\\d\\b");

    /** The first day of the period a time expression names. */
    private static LocalDate firstDay(TimeExpression t) {
        return switch (t.precision()) {
            case DAY -> t.date();
            case MONTH -> t.date().withDayOfMonth(1);
            case YEAR -> t.date().withDayOfYear(1);
        };
    }

    /** A bare weekday, "Wednesday" or "this Wednesday". */
    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

    /** Words of a time ahead of the speaker's now; "the next day" and "N days later" look from another event. */
    private static final java.util.regex.Pattern AHEAD = java.util.regex.Pattern.compile(
            "(?<!the )\\bnext\\b|\\b(up)?coming\\b|\\btomorrow\\b|\\btonight\\b|\\blater (this|in|next)\\b|\\brest of\\b");

    /** Prepositions that give what an act is against or about, not when: "protested on Friday against the war". */
    private static final Set<String> AIMS = Set.of("against", "over", "about");

    /**
     * Whether a word is a noun that is the object of a verb, or what it is against or about:
     * "rejected an ultimatum", "lifted its sanctions", "protested on Friday against the war". What
     * another act acts on or answers was done before it; "after mediation by the UAE" is not such a
     * noun and keeps the date of the clause it times.
     */
    private static boolean objectNoun(Sentence s, Graph g, int w) {
        Edge up = g.head(w);
        return s.token(w).isNoun() && up != null && (up.relation().equals("obj") || up.relation().equals("nsubj:pass")
                || up.relation().startsWith("obl") && g.markedBy(s, w, AIMS)) && s.token(up.governor()).isVerb();
    }

    /** Nouns for parts of a day or a period, whose date is that of what they are attached to. */
    private static final Set<String> DAY_PARTS = Set.of("hour", "morning", "evening", "night", "afternoon", "dawn",
            "dusk", "daybreak", "midnight", "noon", "early", "start", "end", "beginning", "middle", "eve");

    /** Verbs that report past acts ("announced that the RSF had committed …"). */
    private static final Set<String> REPORTING = Set.of("say", "announce", "report", "state", "tell", "confirm",
            "claim", "reveal", "disclose", "acknowledge", "admit", "add");

    /** Present-tense tags: a reported present or future is not dated by its report. */
    private static final Set<String> PRESENT = Set.of("VBZ", "VBP", "VB");

    /**
     * The day on which to read the actors' roles for a date of month or year precision: the middle
     * of the period, or the publication day when that comes first. "When Trump visited Riyadh last
     * year" (2017, published in 2018) finds him president, as he was for most of 2017, not a private
     * citizen on 1 January; "killed in September" (2024) finds Nasrallah still Hezbollah's leader.
     * Words that name a shorter span inside the period ("earlier this week") give its middle.
     */
    static java.time.LocalDate resolutionDay(TimeExpression t, java.time.@org.jspecify.annotations.Nullable LocalDate published) {
        if (t.middle() != null) {
            return t.middle();
        }
        java.time.LocalDate mid = switch (t.precision()) {
            case DAY -> t.date();
            case MONTH -> t.date().withDayOfMonth(Math.min(15, t.date().lengthOfMonth()));
            case YEAR -> t.date().withDayOfYear(t.date().lengthOfYear() / 2 + 1);
        };
        return published != null && published.isBefore(mid) && !published.isBefore(t.date()) ? published : mid;
    }

    /** The expression attached to the clause of {@code token}, or null. */
    static TimeExpression governing(Sentence s, List<TimeExpression> ts, int token) {
        return governing(s, Graph.basic(s), ts, token, false, false);
    }

    /**
     * As {@link #governing(Sentence, List, int)}, over the sentence's basic graph {@code g}; with {@code reports}, a reported past act takes its
     * report's date; with {@code ownPhrase}, only expressions inside the noun phrase of the token count.
     */
    static TimeExpression governing(Sentence s, Graph g, List<TimeExpression> ts, int token, boolean reports,
            boolean ownPhrase) {
        Map<Integer, TimeExpression> byGovernor = new HashMap<>();
        for (TimeExpression t : ts) {
            for (int k = t.start(); k < t.end(); k++) {
                int gov = g.governor(k);
                if (gov >= 0 && (gov < t.start() || gov >= t.end())) {
                    byGovernor.putIfAbsent(gov, t);
                }
            }
        }
        // "In the early hours of May 7, missiles struck": a part of a day dates what it is attached to.
        for (Map.Entry<Integer, TimeExpression> e : new ArrayList<>(byGovernor.entrySet())) {
            int part = e.getKey();
            for (int guard = 0; guard < 3 && DAY_PARTS.contains(s.token(part).lemma().toLowerCase(java.util.Locale.ROOT)); guard++) {
                int up = g.governor(part);
                if (up < 0) {
                    break;
                }
                byGovernor.putIfAbsent(up, e.getValue());
                part = up;
            }
        }
        int cur = token;
        List<Integer> path = new ArrayList<>();
        for (int guard = 0; guard <= s.size() && cur >= 0; guard++) {
            path.add(cur);
            TimeExpression t = byGovernor.get(cur);
            if (t != null) {
                return t;
            }
            for (TimeExpression x : ts) {
                if (cur >= x.start() && cur < x.end()) {
                    return x;
                }
            }
            Edge up = g.head(cur);
            if (up == null || ownPhrase && !s.token(up.governor()).isNoun()) {
                break;
            }
            String rel = up.relation();
            if (reports && rel.equals("ccomp") && REPORTING.contains(s.token(up.governor()).lemma().toLowerCase(java.util.Locale.ROOT))
                    && s.token(cur).isVerb() && !PRESENT.contains(s.token(cur).pos())) {
                // "On November 7 the army announced that the RSF had committed massacres": what was
                // reported on a day happened by that day; its report's date is the best the text gives.
                cur = up.governor();
                continue;
            }
            if (rel.equals("ccomp") || rel.startsWith("parataxis") || rel.equals("acl:relcl")) {
                break;
            }
            cur = up.governor();
        }
        if (!ownPhrase) {
            for (int verb : path) {
                TimeExpression when = whenClause(s, g, byGovernor, verb);
                for (Edge x : g.children(verb, "xcomp")) {
                    // "agreed to study … when Clinton visited Tokyo in April 1996": the clause may hang
                    // on the infinitive.
                    if (when == null) {
                        when = whenClause(s, g, byGovernor, x.dependent());
                    }
                }
                if (when != null) {
                    return when;
                }
            }
        }
        return ownPhrase ? null : participle(s, g, byGovernor, token);
    }

    /**
     * "When Clinton visited Tokyo a year ago, the two leaders agreed …": a "when" clause in the past
     * tense with its own time dates the clause it is attached to, when that clause has none.
     */
    private static TimeExpression whenClause(Sentence s, Graph g, Map<Integer, TimeExpression> byGovernor, int verb) {
        for (Edge e : g.children(verb)) {
            if (!e.relation().startsWith("advcl") || !s.token(e.dependent()).pos().equals("VBD")) {
                // Only a past clause: "reports to be submitted when they meet on Nov. 15" looks ahead.
                continue;
            }
            for (Edge m : g.children(e.dependent())) {
                // The parser makes a clause-opening "when" its marker or an adverb.
                if ((m.relation().equals("mark") || m.relation().equals("advmod")) && m.dependent() < e.dependent()
                        && s.token(m.dependent()).word().equalsIgnoreCase("when")) {
                    TimeExpression t = byGovernor.get(e.dependent());
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether an expression gives when a state began ("waging an insurgency since 1984"): it does
     * not date an act told beside it.
     */
    private static boolean since(Sentence s, TimeExpression t) {
        return wordBefore(s, t).equals("since");
    }

    /**
     * "General Munir, speaking in Washington in December 2023, warned …": a subjectless
     * participle set off beside the event's verb or its subject dates the event when the event's
     * own clause has no expression. A participle with a marker ("after meeting …") is another event.
     */
    private static TimeExpression participle(Sentence s, Graph g, Map<Integer, TimeExpression> byGovernor, int verb) {
        List<Integer> anchors = new ArrayList<>();
        anchors.add(verb);
        for (Edge e : g.children(verb)) {
            if (e.relation().startsWith("nsubj")) {
                anchors.add(e.dependent());
            }
        }
        for (int a : anchors) {
            for (Edge e : g.children(a)) {
                String rel = e.relation();
                int p = e.dependent();
                // "Since returning to the presidency in January, Trump has imposed tariffs": a
                // participle the parser gives a preposition ("since", "after") dates the span's
                // start or end, not the act.
                if (!(rel.startsWith("advcl") || rel.equals("acl")) || !s.token(p).pos().equals("VBG")
                        || !g.children(p, "mark").isEmpty() || !g.children(p, "case").isEmpty()
                        || !g.children(p, "nsubj").isEmpty()) {
                    continue;
                }
                TimeExpression t = byGovernor.get(p);
                if (t != null && !since(s, t)) {
                    return t;
                }
                for (Edge c : g.children(p)) {
                    if (c.relation().startsWith("obl") || c.relation().startsWith("nmod")) {
                        t = byGovernor.get(c.dependent());
                        if (t != null && !since(s, t)) {
                            return t;
                        }
                    }
                }
            }
        }
        return null;
    }
}
