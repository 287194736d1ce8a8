package org.dyad.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.BadInputException;
import org.dyad.core.json.Json;
import org.dyad.core.json.JsonException;
import org.dyad.core.model.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * An HTML news page: title, article body and publication date. The body is the page's
 * {@code <article>} (or main content) without navigation, asides, footers, scripts and forms;
 * its paragraphs and headings become paragraphs of text. The date comes from the usual meta
 * tags, {@code <time datetime>}, or JSON-LD {@code datePublished}.
 */
public final class HtmlReader {
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[property=og:published_time]",
        "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=DC.date.issued]",
        "meta[name=dc.date]", "meta[name=sailthru.date]", "meta[name=parsely-pub-date]",
        "meta[property=article:modified_time]",
    };
    private static final String NOISE = "nav, aside, footer, header, script, style, noscript, form, iframe, svg, "
            + "figure figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".advert, .ad, .ads, .share, .social, .related, .newsletter, .cookie, .comments";

    private HtmlReader() {}

    public static Document read(String name, String origin, byte[] bytes) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                throw new BadInputException("binary content (a NUL byte at offset " + i + "), not HTML");
            }
        }
        org.jsoup.nodes.Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new BadInputException("unreadable HTML: " + e.getMessage());
        }
        LocalDate date = date(page);
        String title = title(page);
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main, [role=main], #content, .article-body, .story-body");
        }
        if (root == null) {
            root = page.body();
        }
        if (root == null) {
            throw new BadInputException("HTML without a body");
        }
        root = root.clone();
        root.select(NOISE).remove();
        StringBuilder text = new StringBuilder();
        Elements blocks = root.select("p, h2, h3, h4, blockquote, li");
        if (blocks.isEmpty()) {
            String t = root.text().strip();
            if (!t.isEmpty()) {
                text.append(t);
            }
        }
        for (Element e : blocks) {
            if (e.tagName().equals("li") && e.closest("article") == null && root.tagName().equals("body")) {
                continue;
            }
            if (!e.select("p").isEmpty() && !e.tagName().equals("p")) {
                continue;
            }
            String t = e.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(t);
        }
        if (text.length() == 0) {
            throw new BadInputException("HTML without a body: no paragraphs of text found");
        }
        String body = text.toString();
        return new Document(Ids.forFile(name, body), title, body, date, canonical(page), site(page), origin);
    }

    private static @Nullable String title(org.jsoup.nodes.Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = page.selectFirst("article h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = page.title();
        return t.isBlank() ? null : t.strip();
    }

    private static @Nullable String canonical(org.jsoup.nodes.Document page) {
        Element c = page.selectFirst("link[rel=canonical]");
        if (c != null && !c.attr("href").isBlank()) {
            return c.attr("href");
        }
        Element og = page.selectFirst("meta[property=og:url]");
        return og == null || og.attr("content").isBlank() ? null : og.attr("content");
    }

    private static @Nullable String site(org.jsoup.nodes.Document page) {
        Element og = page.selectFirst("meta[property=og:site_name]");
        return og == null || og.attr("content").isBlank() ? null : og.attr("content");
    }

    static @Nullable LocalDate date(org.jsoup.nodes.Document page) {
        for (String sel : DATE_META) {
            Element m = page.selectFirst(sel);
            if (m != null) {
                LocalDate d = Dates.parse(m.attr("content"));
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element s : page.select("script[type=application/ld+json]")) {
            LocalDate d = jsonLdDate(s.data());
            if (d != null) {
                return d;
            }
        }
        for (Element t : page.select("time[datetime]")) {
            LocalDate d = Dates.parse(t.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static @Nullable LocalDate jsonLdDate(String data) {
        try {
            return find(Json.parse(data.strip()));
        } catch (JsonException e) {
            return null;
        }
    }

    private static @Nullable LocalDate find(@Nullable Object v) {
        if (v instanceof java.util.Map) {
            java.util.Map<?, ?> m = (java.util.Map<?, ?>) v;
            Object d = m.get("datePublished");
            if (d != null) {
                LocalDate x = Dates.parse(d.toString());
                if (x != null) {
                    return x;
                }
            }
            for (Object o : m.values()) {
                LocalDate x = find(o);
                if (x != null) {
                    return x;
                }
            }
        } else if (v instanceof List) {
            for (Object o : (List<?>) v) {
                LocalDate x = find(o);
                if (x != null) {
                    return x;
                }
            }
        }
        return null;
    }
}
