package org.dyad.core.time;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.model.Document;
import org.dyad.core.model.Span;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Facet;
import org.dyad.core.pipeline.Note;
import org.dyad.core.pipeline.Stage;

/**
 * Gives a document without a publication date one: from its dateline ("ISLAMABAD, March 18,
 * 2021 —") when it has one, otherwise from the configured default ({@code --date}).
 */
public final class PublicationDateStage implements Stage {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[A-Z][A-Za-z .'’-]{1,40}(?:,\\s*[A-Z][A-Za-z .'’-]{1,30})?,?\\s+"
            + "((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{4})"
            + "\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—:(]");
    /** A dateline with or without its year: "ADDIS ABABA, Feb 14 (Reuters) —". */
    private static final Pattern ANY_DATELINE = Pattern.compile(
            "^\\s*(?:By\\s+)?[A-Z][A-Z .'’-]{1,40}(?:,\\s*[A-Z][A-Za-z .'’-]{1,30})?,?\\s+"
            + "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"
            + "|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?)(?:,?\\s+\\d{4})?"
            + "\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—:]");
    /**
     * A wire dateline without a date, after an optional byline: "By J. Smith, Associated Press
     * WASHINGTON (AP) —", also when the dash is lost ("MEXICO CITY (AP) Mexico's Senate …").
     */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\s*(?:By\\s[^\\n]{0,120}?\\s)?[A-Z][A-Z .'’-]{1,40}(?:,\\s*[A-Z][A-Za-z .'’-]{1,30})?\\s*"
            + "\\((?:AP|Reuters|AFP|UPI|CNN|dpa|DPA|Xinhua|IANS|PTI|ANI|VNA|Anadolu|TASS|IRNA)\\)\\s*(?:[-–—:]|(?=[A-Z]))");
    /** A place alone in brackets: "(NEW YORK) —". */
    private static final Pattern BRACKET_DATELINE = Pattern.compile("^\\s*\\(\\s*[A-Z][A-Z .'’-]{1,40}\\)\\s*[-–—:]");
    private static final java.time.format.DateTimeFormatter[] FORMATS = {
        java.time.format.DateTimeFormatter.ofPattern("MMMM d yyyy", java.util.Locale.ENGLISH),
        java.time.format.DateTimeFormatter.ofPattern("MMM d yyyy", java.util.Locale.ENGLISH),
        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH),
        java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH),
    };

    private final Optional<LocalDate> fallback;

    public PublicationDateStage(Optional<LocalDate> fallback) {
        this.fallback = fallback;
    }

    @Override
    public String name() {
        return "pubdate";
    }

    @Override
    public Set<Facet> requires() {
        return EnumSet.of(Facet.CLEAN);
    }

    @Override
    public Set<Facet> provides() {
        return EnumSet.noneOf(Facet.class);
    }

    @Override
    public Analysis apply(Analysis in) {
        Document d = in.document();
        if (d.date() != null) {
            return in;
        }
        if (!in.regions().isEmpty()) {
            Span first = in.regions().get(0);
            String head = d.text().substring(first.begin(), Math.min(first.end(), first.begin() + 160));
            LocalDate fromLine = dateline(head);
            if (fromLine != null) {
                return in.withDocument(d.withDate(fromLine)).withRegions(in.regions(),
                        List.of(new Note(name(), first.begin(), first.begin(), "publication date " + fromLine
                                + " from the dateline")));
            }
        }
        return fallback.map(x -> in.withDocument(d.withDate(x))).orElse(in);
    }

    /**
     * Where a dateline at the start of a paragraph ends, in characters from the paragraph's start,
     * or -1. The date in a dateline is the report's, not an event's.
     */
    public static int datelineEnd(String paragraph) {
        Matcher m = ANY_DATELINE.matcher(paragraph);
        if (m.find()) {
            return m.end();
        }
        Matcher w = WIRE_DATELINE.matcher(paragraph);
        if (w.find()) {
            return w.end();
        }
        Matcher b = BRACKET_DATELINE.matcher(paragraph);
        return b.find() ? b.end() : -1;
    }

    /**
     * Where the document's dateline ends, as a character offset in its text, or -1 when it has
     * none. A dateline opens the first paragraph, which may follow the title.
     */
    public static int datelineEnd(Analysis in) {
        String text = in.document().text();
        for (int r = 0; r < Math.min(2, in.regions().size()); r++) {
            Span region = in.regions().get(r);
            int end = datelineEnd(text.substring(region.begin(), Math.min(region.end(), region.begin() + 160)));
            if (end >= 0) {
                return region.begin() + end;
            }
        }
        return -1;
    }

    /** The date of a dateline at the start of a paragraph, or null. */
    public static LocalDate dateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String raw = m.group(1).replace(",", " ").replace(".", " ").replaceAll("\\s+", " ").strip();
        raw = raw.replace("Sept ", "Sep ");
        for (java.time.format.DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(raw, f);
            } catch (java.time.format.DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
