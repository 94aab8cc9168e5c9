package io.wirewatch.ingest.feed;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Google News sitemaps ({@code <urlset>} with the {@code news:} namespace): each {@code <url>} is an entry
 * whose link is {@code <loc>}, with {@code news:title}, {@code news:publication_date} and the publication's
 * {@code news:language} when given. A sitemap has no article text; the source fetches the pages when
 * configured to. Jsoup's XML parser reads it: it never loads a DTD or resolves an external entity.
 */
final class NewsSitemap {

    private NewsSitemap() {
    }

    /** True when the document's root element is a sitemap {@code urlset}. */
    static boolean isSitemap(String xml) {
        return XmlProlog.rootElement(xml).equals("urlset");
    }

    static ParsedFeed read(String xml, URI base, List<String> repairs) {
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        List<FeedEntry> entries = new ArrayList<>();
        String language = null;
        for (Element url : document.getElementsByTag("url")) {
            String loc = childText(url, "loc");
            if (loc == null) {
                repairs.add("sitemap <url> without <loc> skipped");
                continue;
            }
            language = language != null ? language : childText(url, "news:language");
            entries.add(new FeedEntry(childText(url, "news:title"), resolve(base, loc), loc,
                    instant(childText(url, "news:publication_date"), repairs), instant(childText(url, "lastmod"), repairs),
                    List.of(), null, null));
        }
        return new ParsedFeed(null, language, entries, repairs);
    }

    private static String childText(Element parent, String tag) {
        Element child = parent.getElementsByTag(tag).first();
        if (child == null || child.text().isBlank()) {
            return null;
        }
        return child.text().strip();
    }

    private static String resolve(URI base, String loc) {
        try {
            return base == null ? loc : base.resolve(loc).toString();
        } catch (IllegalArgumentException e) {
            return loc;
        }
    }

    /** W3C datetime: a full timestamp with offset, or a bare date taken as midnight UTC. */
    private static Instant instant(String value, List<String> repairs) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notFull) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                repairs.add("unreadable sitemap date '" + value + "' ignored");
                return null;
            }
        }
    }
}
