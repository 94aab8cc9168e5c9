package io.wirewatch.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article from an HTML page. Stateless and thread-safe.
 *
 * <p>The text comes from the page's JSON-LD {@code articleBody} when it is at least
 * {@value #MIN_JSON_LD_BODY} characters long — the publisher's own statement of the text beats any
 * heuristic — and otherwise from the densest paragraph block after {@link Boilerplate} removal.
 */
public final class ArticleExtractor {

    /** Shorter JSON-LD bodies are usually teasers, not the article. */
    static final int MIN_JSON_LD_BODY = 200;

    /**
     * @param html    the page
     * @param baseUri the page's URL, for resolving a relative canonical link; may be empty
     */
    public ExtractedPage extract(String html, String baseUri) {
        return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    }

    /**
     * Extracts from page bytes whose charset comes from the HTTP header when known, else from the
     * page's BOM or meta charset (Jsoup's detection), else UTF-8.
     *
     * @param headerCharset charset from the Content-Type header, or null
     */
    public ExtractedPage extract(byte[] html, Charset headerCharset, String baseUri) {
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(html),
                    headerCharset == null ? null : headerCharset.name(), baseUri == null ? "" : baseUri));
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory page cannot fail", e);
        }
    }

    private ExtractedPage extract(Document document) {
        Optional<JsonLd> jsonLd = JsonLd.find(document);
        // Metadata first: bylines and time elements live in blocks the cleaning removes.
        String title = PageMetadata.title(document, jsonLd);
        var authors = PageMetadata.authors(document, jsonLd);
        var publishedAt = PageMetadata.publishedAt(document, jsonLd);
        String language = PageMetadata.language(document);
        String canonical = PageMetadata.canonicalUrl(document);

        String text = jsonLd.map(JsonLd::articleBody)
                .filter(body -> body.trim().length() >= MIN_JSON_LD_BODY)
                .map(ArticleExtractor::paragraphsOfPlainText)
                .orElseGet(() -> {
                    Boilerplate.strip(document.body());
                    return MainText.of(document.body());
                });
        return new ExtractedPage(title, text, authors, publishedAt, language, canonical);
    }

    /**
     * The text of an HTML fragment such as a feed's content:encoded, cleaned like a page body.
     * A fragment without paragraph markup yields its whole text.
     */
    public String textOfFragment(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        Boilerplate.strip(document.body());
        String text = MainText.of(document.body());
        return text.isBlank() ? document.body().text().trim() : text;
    }

    /** articleBody is plain text whose paragraphs are separated by line breaks of any count. */
    static String paragraphsOfPlainText(String body) {
        return Arrays.stream(body.split("\\R"))
                .map(line -> line.strip().replaceAll("\\s+", " "))
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
