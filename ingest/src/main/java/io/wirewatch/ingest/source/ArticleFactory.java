package io.wirewatch.ingest.source;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.ingest.normalise.ContentHash;
import io.wirewatch.ingest.normalise.FieldLimits;
import io.wirewatch.ingest.normalise.LanguageGuesser;
import io.wirewatch.ingest.normalise.UrlCanonicalizer;

/**
 * Builds {@link Article}s in their one normal form: canonical URL, id from it, hash, language, and every
 * free-text field within its {@link FieldLimits} (cut with a marker), so that whatever a source sends, the
 * article fits into one Kafka record.
 */
public final class ArticleFactory {

    private final Clock clock;

    public ArticleFactory(Clock clock) {
        this.clock = clock;
    }

    /**
     * A first version of an article, identified by its canonical URL.
     *
     * @param configuredLanguage the source's configured language (wins), or null
     * @param pageLanguage       what the document declares, or null
     */
    public Article create(SourceSpec spec, String url, String title, String text, String configuredLanguage,
                          String pageLanguage, List<String> authors, Instant publishedAt) {
        String canonical = UrlCanonicalizer.canonicalize(url);
        return build(spec, Ids.hash(canonical), canonical, title, text, configuredLanguage, pageLanguage, authors, publishedAt);
    }

    /**
     * A first version of a feed item that names no page of its own (neither a link nor a URI guid): it has
     * no URL, and its id is the one {@link FeedItemIdentity} derives from the feed and the item.
     */
    public Article createWithoutUrl(SourceSpec spec, String id, String title, String text, String configuredLanguage,
                                    String pageLanguage, List<String> authors, Instant publishedAt) {
        return build(spec, id, null, title, text, configuredLanguage, pageLanguage, authors, publishedAt);
    }

    private Article build(SourceSpec spec, String id, String canonicalUrl, String title, String text,
                          String configuredLanguage, String pageLanguage, List<String> authors, Instant publishedAt) {
        String declared = configuredLanguage != null && !configuredLanguage.isBlank() ? configuredLanguage : pageLanguage;
        String cappedText = FieldLimits.text(text);
        return new Article(
                Article.SCHEMA_VERSION,
                id,
                1,
                spec.sourceId(),
                FieldLimits.url(spec.location()),
                canonicalUrl == null ? null : FieldLimits.url(canonicalUrl),
                title == null ? "" : FieldLimits.title(title.trim()),
                cappedText,
                LanguageGuesser.guess(cappedText, declared),
                FieldLimits.authors(authors),
                publishedAt,
                clock.instant(),
                ContentHash.of(cappedText));
    }
}
