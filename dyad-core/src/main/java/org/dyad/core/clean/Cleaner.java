package org.dyad.core.clean;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.BadInputException;
import org.dyad.core.dict.Boilerplate;
import org.dyad.core.model.Document;
import org.dyad.core.model.Span;
import org.dyad.core.pipeline.Analysis;
import org.dyad.core.pipeline.Facet;
import org.dyad.core.pipeline.Note;
import org.dyad.core.pipeline.Stage;

/**
 * Chooses the regions of a document worth parsing. It codes a repeated paragraph once (a
 * pull-quote, or the title repeated as the first paragraph), drops boilerplate such as author
 * notes and credits and wire slugs after a paragraph's last sentence, and refuses documents that are empty, binary or not English.
 */
public final class Cleaner implements Stage {
    private static final int MAX_BOILERPLATE_CHARS = 400;
    private static final int MIN_QUOTE_KEY = 40;
    /**
     * A wire's slug left after a paragraph's last sentence, or standing alone: "… a town in southern
     * Sudan. (Sudan-Attack)". Capitalised words joined by hyphens in brackets, nothing after them.
     */
    private static final Pattern SLUG = Pattern.compile(
            "(?:^|(?<=[.!?\"”’'])\\s+)\\(\\p{Lu}\\p{L}*(?:-\\p{Lu}\\p{L}*)+\\)$");

    private final Boilerplate boilerplate;
    private final EnglishGuard english;

    /**
     * @param boilerplate patterns of paragraphs to drop
     * @param english the language check, or null to skip it
     */
    public Cleaner(Boilerplate boilerplate, EnglishGuard english) {
        this.boilerplate = boilerplate;
        this.english = english;
    }

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public Set<Facet> requires() {
        return EnumSet.of(Facet.TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return EnumSet.of(Facet.CLEAN);
    }

    @Override
    public Analysis apply(Analysis in) throws BadInputException {
        Document d = in.document();
        String text = d.text();
        if (text.isBlank()) {
            throw new BadInputException("empty document: no text to code");
        }
        checkNotBinary(text);
        List<Span> paragraphs = paragraphs(text);
        List<Span> kept = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String titleKey = d.title() == null ? "" : key(d.title());
        List<String> allKeys = new ArrayList<>(paragraphs.size());
        for (Span p : paragraphs) {
            allKeys.add(key(p.of(text)));
        }
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Span p = paragraphs.get(pi);
            String para = p.of(text);
            String k = allKeys.get(pi);
            if (k.isEmpty()) {
                continue;
            }
            if (kept.isEmpty() && k.equals(titleKey)) {
                notes.add(new Note(name(), p.begin(), p.end(), "title repeated as the first paragraph"));
                continue;
            }
            Integer first = seen.get(k);
            if (first != null) {
                notes.add(new Note(name(), p.begin(), p.end(), "repeated paragraph, first at offset " + first));
                continue;
            }
            if (k.length() >= MIN_QUOTE_KEY) {
                // A pull-quote repeats part of a longer paragraph, before or after it.
                int host = containedIn(k, allKeys);
                if (host >= 0) {
                    notes.add(new Note(name(), p.begin(), p.end(),
                            "pull-quote repeating the paragraph at offset " + paragraphs.get(host).begin()));
                    continue;
                }
            }
            if (para.length() <= MAX_BOILERPLATE_CHARS) {
                Boilerplate.Rule r = boilerplate.match(para.strip());
                if (r != null) {
                    notes.add(new Note(name(), p.begin(), p.end(), "boilerplate (" + r.name() + ", " + r.rule() + ")"));
                    continue;
                }
            }
            Matcher slug = SLUG.matcher(para);
            if (slug.find()) {
                notes.add(new Note(name(), p.begin() + slug.start(), p.end(),
                        "wire slug '" + para.substring(slug.start()).strip() + "'"));
                if (slug.start() == 0) {
                    continue;
                }
                p = new Span(p.begin(), p.begin() + slug.start());
            }
            seen.put(k, p.begin());
            kept.add(p);
        }
        if (kept.isEmpty()) {
            throw new BadInputException("no codable text: every paragraph was empty, repeated or boilerplate");
        }
        if (english != null) {
            StringBuilder sample = new StringBuilder();
            for (Span s : kept) {
                sample.append(text, s.begin(), s.end()).append('\n');
                if (sample.length() > 20_000) {
                    break;
                }
            }
            String verdict = english.verdict(sample);
            if (verdict != null) {
                throw new BadInputException("skipped: " + verdict);
            }
        }
        return in.withRegions(kept, notes);
    }

    private static int containedIn(String k, List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            String host = keys.get(i);
            if (host.length() > k.length() && host.contains(k)) {
                return i;
            }
        }
        return -1;
    }

    private static void checkNotBinary(String text) throws BadInputException {
        int control = 0;
        int n = Math.min(text.length(), 100_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new BadInputException("binary content: NUL character at offset " + i);
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 8 && control * 100 > n) {
            throw new BadInputException("binary content: " + control + " control characters in the first " + n);
        }
    }

    /**
     * Paragraphs: blocks separated by blank lines; when a text has no blank line but several
     * lines, each line is a paragraph. Spans exclude surrounding white space.
     */
    static List<Span> paragraphs(String text) {
        boolean blankLines = text.matches("(?s).*\\n[ \\t\\f\\r]*\\n.*");
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int end = i;
            int j = i;
            while (j < n) {
                int nl = text.indexOf('\n', j);
                if (nl < 0) {
                    end = n;
                    j = n;
                    break;
                }
                end = nl;
                if (!blankLines) {
                    j = nl + 1;
                    break;
                }
                int k = nl + 1;
                while (k < n && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k >= n || text.charAt(k) == '\n') {
                    j = k;
                    break;
                }
                j = nl + 1;
            }
            int e = end;
            while (e > i && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > i) {
                out.add(new Span(i, e));
            }
            i = Math.max(j, end);
        }
        return out;
    }

    /** A paragraph's comparison key: lower-case letters and digits, single spaces. */
    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return b.toString();
    }
}
