package io.wirewatch.ingest.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.wirewatch.events.Article;
import io.wirewatch.ingest.extract.ArticleExtractor;
import io.wirewatch.ingest.extract.ExtractedPage;
import io.wirewatch.ingest.feed.FeedEntry;
import io.wirewatch.ingest.feed.FeedParseException;
import io.wirewatch.ingest.feed.FeedParser;
import io.wirewatch.ingest.feed.ParsedFeed;
import io.wirewatch.ingest.fetch.FetchException;
import io.wirewatch.ingest.fetch.FetchRequest;
import io.wirewatch.ingest.fetch.FetchResult;
import io.wirewatch.ingest.fetch.HttpFetcher;
import io.wirewatch.ingest.text.PastedText;

/**
 * Reads a source into articles: fetches a URL or reads local files ({@link LocalFiles}), recognises the
 * document (feed, page, plain text) and turns it into articles. A source that cannot be read at all throws {@link SourceException};
 * a single bad item (one file of a directory, one feed item's page) becomes an error message in the
 * {@link SourceBatch} and the rest is still read. Thread-safe.
 */
public final class SourceLoader {

    private final HttpFetcher fetcher;
    private final FeedParser feedParser = new FeedParser();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ArticleFactory factory;

    public SourceLoader(HttpFetcher fetcher, ArticleFactory factory) {
        this.fetcher = fetcher;
        this.factory = factory;
    }

    public SourceBatch load(SourceSpec spec) throws SourceException {
        String location = spec.location().trim();
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return loadUrl(spec, location);
        }
        return loadLocal(spec, LocalFiles.toPath(location));
    }

    /**
     * Makes the next poll of a URL source download it whole: for a poll that fetched the feed but could not
     * publish its articles, so that a "304 Not Modified" does not hide them for good.
     */
    public void forgetValidators(SourceSpec spec) {
        try {
            fetcher.forget(URI.create(spec.location().trim()));
        } catch (IllegalArgumentException notAUrl) {
            // local sources have no validators
        }
    }

    /** The exception of a failed fetch, for callers that treat "retry later" differently; else empty. */
    public static Optional<FetchException> fetchFailure(SourceException e) {
        return e.getCause() instanceof FetchException fetch ? Optional.of(fetch) : Optional.empty();
    }

    private SourceBatch loadUrl(SourceSpec spec, String location) throws SourceException {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            throw new SourceException(location, "not a valid URL: " + e.getMessage(), e);
        }
        FetchRequest request = spec.conditional()
                ? FetchRequest.configured(uri, spec.headers())
                : FetchRequest.oneShot(uri, spec.headers());
        FetchResult result;
        try {
            result = fetcher.fetch(request);
        } catch (FetchException e) {
            throw new SourceException(location, e.getMessage(), e);
        }
        if (result instanceof FetchResult.NotModified) {
            return SourceBatch.unchanged();
        }
        FetchResult.Fetched fetched = (FetchResult.Fetched) result;
        String base = fetched.finalUri().toString();
        List<String> errors = new ArrayList<>();
        switch (DocumentKind.ofResponse(fetched.contentType(), fetched.body())) {
            case FEED -> {
                ParsedFeed feed = parseFeed(fetched, location);
                return new SourceBatch(articlesOf(spec, feed, location, errors), errors, false);
            }
            case TEXT -> {
                return new SourceBatch(List.of(plainText(spec, base, new String(fetched.body(),
                        fetched.charset() == null ? StandardCharsets.UTF_8 : fetched.charset()), location)), errors, false);
            }
            default -> {
                ExtractedPage page = extractor.extract(fetched.body(), fetched.charset(), base);
                return new SourceBatch(List.of(pageArticle(spec, page, base, location)), errors, false);
            }
        }
    }

    private ParsedFeed parseFeed(FetchResult.Fetched fetched, String location) throws SourceException {
        try {
            return feedParser.parse(fetched.body(), fetched.charset(), location);
        } catch (FeedParseException e) {
            throw new SourceException(location, e.getMessage(), e);
        }
    }

    /** The articles ingest makes of a feed parsed elsewhere (an item's page is fetched only when the spec asks). */
    public SourceBatch articlesOf(SourceSpec spec, ParsedFeed feed) {
        List<String> errors = new ArrayList<>();
        return new SourceBatch(articlesOf(spec, feed, spec.location(), errors), errors, false);
    }

    private List<Article> articlesOf(SourceSpec spec, ParsedFeed feed, String location, List<String> errors) {
        List<Article> articles = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            String url = entry.link() != null ? entry.link() : absoluteGuid(entry.guid());
            Optional<ExtractedPage> page = spec.fetchFullPage() && url != null ? fullPage(spec, url, errors) : Optional.empty();
            String text = page.map(ExtractedPage::text).filter(t -> !t.isBlank()).orElseGet(() -> feedText(entry));
            List<String> authors = !entry.authors().isEmpty() ? entry.authors()
                    : page.map(ExtractedPage::authors).orElse(List.of());
            var publishedAt = entry.publishedAt() != null ? entry.publishedAt()
                    : entry.updatedAt() != null ? entry.updatedAt()
                    : page.map(ExtractedPage::publishedAt).orElse(null);
            if (url == null && text.isBlank() && (entry.title() == null || entry.title().isBlank())) {
                errors.add(location + ": entry without link, title or text, skipped");
                continue;
            }
            String pageLanguage = page.map(ExtractedPage::language).orElse(feed.language());
            // Sitemap entries may have no title of their own: the page's is the next best.
            String title = entry.title() != null ? entry.title() : page.map(ExtractedPage::title).orElse(null);
            articles.add(url != null
                    ? factory.create(spec, url, title, text, spec.language(), pageLanguage, authors, publishedAt)
                    // Nothing names the item's page: it is known by the feed and its own content instead.
                    : factory.createWithoutUrl(spec, FeedItemIdentity.of(spec.location(), entry, text), title, text,
                            spec.language(), pageLanguage, authors, publishedAt));
        }
        return articles;
    }

    /** content:encoded / atom:content when the feed has it, else the summary; both are HTML. */
    private String feedText(FeedEntry entry) {
        String content = extractor.textOfFragment(entry.content());
        return content.isBlank() ? extractor.textOfFragment(entry.summary()) : content;
    }

    /** The item's page; a failure (refused address, HTTP error) is recorded and the feed's text used instead. */
    private Optional<ExtractedPage> fullPage(SourceSpec spec, String url, List<String> errors) {
        try {
            FetchResult result = fetcher.fetch(FetchRequest.discovered(URI.create(url), spec.headers()));
            if (result instanceof FetchResult.Fetched fetched) {
                return Optional.of(extractor.extract(fetched.body(), fetched.charset(), fetched.finalUri().toString()));
            }
            return Optional.empty();
        } catch (FetchException e) {
            errors.add(spec.location() + ": full page not fetched, feed text used: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            errors.add(spec.location() + ": item link '" + url + "' is not a valid URL, feed text used");
        }
        return Optional.empty();
    }

    private Article pageArticle(SourceSpec spec, ExtractedPage page, String url, String location) throws SourceException {
        if (page.text().isBlank()) {
            throw new SourceException(location, "no article text found in the page", null);
        }
        String articleUrl = page.canonicalUrl() != null ? page.canonicalUrl() : url;
        return factory.create(spec, articleUrl, page.title(), page.text(), spec.language(), page.language(),
                page.authors(), page.publishedAt());
    }

    /** Pasted text: the title when the text has one (see {@link PastedText}), and the body without page furniture. */
    private Article plainText(SourceSpec spec, String url, String content, String location) throws SourceException {
        PastedText pasted = PastedText.read(content);
        if (pasted.paragraphs().isEmpty()) {
            throw new SourceException(location, "a text article needs at least one line of text besides its title", null);
        }
        return factory.create(spec, url, pasted.title(), pasted.text(), spec.language(), null, List.of(), null);
    }

    private SourceBatch loadLocal(SourceSpec spec, Path path) throws SourceException {
        LocalFiles files = new LocalFiles(fetcher.policy().maxBytes());
        List<String> errors = new ArrayList<>();
        if (!Files.isDirectory(path)) {
            DocumentKind kind = LocalFiles.kindOf(spec.location(), path);
            return new SourceBatch(loadFile(spec, files.read(path, kind), errors), errors, false);
        }
        List<Article> articles = new ArrayList<>();
        for (Path file : LocalFiles.filesUnder(spec.location(), path)) {
            try {
                DocumentKind kind = DocumentKind.ofFileName(file.getFileName().toString()).orElseThrow();
                articles.addAll(loadFile(spec, files.read(file, kind), errors));
            } catch (SourceException e) {
                errors.add(e.getMessage());
            }
        }
        return new SourceBatch(articles, errors, false);
    }

    private List<Article> loadFile(SourceSpec spec, LocalFiles.LocalFile file, List<String> errors) throws SourceException {
        String name = file.name();
        switch (file.kind()) {
            case FEED -> {
                ParsedFeed feed;
                try {
                    feed = feedParser.parse(file.bytes(), null, name);
                } catch (FeedParseException e) {
                    throw new SourceException(name, e.getMessage(), e);
                }
                return articlesOf(spec, feed, name, errors);
            }
            case PAGE -> {
                return List.of(pageArticle(spec, extractor.extract(file.bytes(), null, file.url()), file.url(), name));
            }
            default -> {
                return List.of(plainText(spec, file.url(), new String(file.bytes(), StandardCharsets.UTF_8), name));
            }
        }
    }

    private static String absoluteGuid(String guid) {
        if (guid == null) {
            return null;
        }
        try {
            URI uri = URI.create(guid);
            return uri.isAbsolute() ? guid : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
