package io.wirewatch.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

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
    /** A JSON-LD body much shorter than the page's article text is an abstract. */
    private static final double MIN_JSON_LD_SHARE_OF_DOM = 0.6;
    /** Below this the page's reading probably lost the article to over-eager cleaning. */
    private static final int MIN_DOM_TEXT = 500;
    private static final Pattern TRUNCATED = Pattern.compile("(…|\\.\\.\\.|\\[\\s*…?\\s*])\\s*$");

    /**
     * @param html    the page
     * @param baseUri the page's URL, for resolving a relative canonical link; may be empty
     */
    public ExtractedPage extract(String html, String baseUri) {
        return extract(() -> Jsoup.parse(html, baseUri == null ? "" : baseUri));
    }

    /**
     * Extracts from page bytes whose charset comes from the HTTP header when known, else from the
     * page's BOM or meta charset (Jsoup's detection), else UTF-8.
     *
     * @param headerCharset charset from the Content-Type header, or null
     */
    public ExtractedPage extract(byte[] html, Charset headerCharset, String baseUri) {
        return extract(() -> {
            try {
                return Jsoup.parse(new ByteArrayInputStream(html),
                        headerCharset == null ? null : headerCharset.name(), baseUri == null ? "" : baseUri);
            } catch (IOException e) {
                throw new UncheckedIOException("reading an in-memory page cannot fail", e);
            }
        });
    }

    /** @param parser parses the page; called a second time when the first reading finds too little text */
    private ExtractedPage extract(Supplier<Document> parser) {
        Document document = parser.get();
        Optional<JsonLd> jsonLd = JsonLd.find(document);
        // Metadata first: bylines and time elements live in blocks the cleaning removes.
        String title = PageMetadata.title(document, jsonLd);
        var authors = PageMetadata.authors(document, jsonLd);
        var publishedAt = PageMetadata.publishedAt(document, jsonLd);
        String language = PageMetadata.language(document);
        String canonical = PageMetadata.canonicalUrl(document);

        var descriptions = PageMetadata.descriptions(document, jsonLd);

        String text = domText(document, parser);
        String structured = jsonLd.map(JsonLd::articleBody).map(ArticleExtractor::paragraphsOfPlainText).orElse("");
        if (isGoodArticleBody(structured, text)) {
            text = structured;
        }
        return new ExtractedPage(title, Lead.prepend(text, descriptions, document.body()), authors, publishedAt, language,
                canonical);
    }

    private static String domText(Document document, Supplier<Document> parser) {
        Boilerplate.strip(document.body());
        String text = MainText.of(document.body());
        if (text.length() >= MIN_DOM_TEXT) {
            return text;
        }
        // The article may sit in a wrapper whose name reads like chrome; read the page again keeping those.
        Element body = parser.get().body();
        Boilerplate.strip(body, false);
        String retry = MainText.of(body);
        return retry.length() > text.length() ? retry : text;
    }

    /**
     * The publisher's JSON-LD body beats the heuristics when it is the whole article: long enough not to
     * be a teaser, not cut off with an ellipsis, and not much shorter than what the page shows.
     */
    static boolean isGoodArticleBody(String structured, String domText) {
        String body = structured.strip();
        return body.length() >= MIN_JSON_LD_BODY
                && !TRUNCATED.matcher(body).find()
                && body.length() >= domText.length() * MIN_JSON_LD_SHARE_OF_DOM;
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

    /**
     * articleBody is meant to be plain text whose paragraphs are separated by line breaks, but some
     * publishers put HTML or escaped entities in it.
     */
    static String paragraphsOfPlainText(String body) {
        String plain = body.contains("<") ? Jsoup.parseBodyFragment(body.replaceAll("(?i)<(br|/p|/div|/h\\d|/li)\\b[^>]*>", "$0\n"))
                .wholeText() : body;
        return Arrays.stream(Parser.unescapeEntities(plain, false).split("\\R"))
                .map(line -> line.strip().replaceAll("\\s+", " "))
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
