package io.wirewatch.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * What a page says about its article; any field but {@code text} may be null or empty when the page is silent.
 *
 * @param title        headline
 * @param text         main text, paragraphs separated by a blank line
 * @param authors      author names
 * @param publishedAt  publication time
 * @param language     the page's declared language (html lang), as declared, or null
 * @param canonicalUrl absolute canonical URL (rel=canonical, og:url), or null
 */
public record ExtractedPage(
        String title,
        String text,
        List<String> authors,
        Instant publishedAt,
        String language,
        String canonicalUrl) {

    public ExtractedPage {
        text = text == null ? "" : text;
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
