package io.wirewatch.ingest.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, authors, time, language and canonical URL from a page's head and markup, read before cleaning. */
final class PageMetadata {

    private PageMetadata() {
    }

    /** og:title, then JSON-LD headline, then the first h1, then the title element. */
    static String title(Document document, Optional<JsonLd> jsonLd) {
        return firstNonBlank(
                meta(document, "meta[property=og:title]"),
                jsonLd.map(JsonLd::headline).orElse(null),
                document.selectFirst("h1") == null ? null : document.selectFirst("h1").text(),
                document.title());
    }

    /**
     * What the page says its article is about, in the order publishers are most careful with: JSON-LD
     * description, og:description, meta description, microdata {@code itemprop=description}; blanks left out.
     */
    static List<String> descriptions(Document document, Optional<JsonLd> jsonLd) {
        List<String> descriptions = new ArrayList<>();
        jsonLd.map(JsonLd::description).ifPresent(descriptions::add);
        descriptions.add(meta(document, "meta[property=og:description]"));
        descriptions.add(meta(document, "meta[name=description]"));
        Element microdata = document.selectFirst("body [itemprop=description]");
        descriptions.add(microdata == null ? null : microdata.text());
        descriptions.removeIf(d -> d == null || d.isBlank());
        return descriptions;
    }

    /** meta author, then JSON-LD author, then a visible byline (rel=author, .byline, .author). */
    static List<String> authors(Document document, Optional<JsonLd> jsonLd) {
        Set<String> names = new LinkedHashSet<>();
        String meta = meta(document, "meta[name=author]");
        if (meta != null) {
            names.add(meta.trim());
        }
        if (names.isEmpty()) {
            jsonLd.ifPresent(ld -> names.addAll(ld.authors()));
        }
        if (names.isEmpty()) {
            for (Element byline : document.select("[rel=author], .byline, .author, [itemprop=author]")) {
                String name = byline.text().replaceFirst("(?i)^\\s*(von|by)\\s+", "").trim();
                if (!name.isEmpty() && name.length() < 80) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** article:published_time, then JSON-LD datePublished, then the first time[datetime]. */
    static Instant publishedAt(Document document, Optional<JsonLd> jsonLd) {
        Instant fromMeta = Timestamps.parse(meta(document, "meta[property=article:published_time]"));
        if (fromMeta != null) {
            return fromMeta;
        }
        Instant fromJsonLd = Timestamps.parse(jsonLd.map(JsonLd::datePublished).orElse(null));
        if (fromJsonLd != null) {
            return fromJsonLd;
        }
        Element time = document.selectFirst("time[datetime]");
        return time == null ? null : Timestamps.parse(time.attr("datetime"));
    }

    /** The html element's lang attribute as declared, or null. */
    static String language(Document document) {
        Element html = document.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").trim();
        return lang.isEmpty() ? null : lang;
    }

    /**
     * rel=canonical, then og:url, made absolute against the page's own URL. Only http(s) results count:
     * a relative canonical in a page read from disk would otherwise become a meaningless file: URL.
     */
    static String canonicalUrl(Document document) {
        Element canonical = document.selectFirst("link[rel=canonical][href]");
        if (canonical != null && isWebUrl(canonical.absUrl("href"))) {
            return canonical.absUrl("href");
        }
        Element ogUrl = document.selectFirst("meta[property=og:url][content]");
        if (ogUrl != null && isWebUrl(ogUrl.absUrl("content"))) {
            return ogUrl.absUrl("content");
        }
        return null;
    }

    private static boolean isWebUrl(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String meta(Document document, String selector) {
        Element element = document.selectFirst(selector);
        if (element == null) {
            return null;
        }
        String content = element.attr("content").trim();
        return content.isEmpty() ? null : content;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
