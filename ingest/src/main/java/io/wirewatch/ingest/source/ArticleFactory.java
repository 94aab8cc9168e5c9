package io.wirewatch.ingest.source;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.ingest.normalize.ContentHash;
import io.wirewatch.ingest.normalize.FieldLimits;
import io.wirewatch.ingest.normalize.LanguageGuesser;
import io.wirewatch.ingest.normalize.UrlCanonicalizer;

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
     * A first version of an article.
     *
     * @param configuredLanguage the source's configured language (wins), or null
     * @param pageLanguage       what the document declares, or null
     */
    public Article create(SourceSpec spec, String url, String title, String text, String configuredLanguage,
                          String pageLanguage, List<String> authors, Instant publishedAt) {
        String canonical = UrlCanonicalizer.canonicalize(url);
        String declared = configuredLanguage != null && !configuredLanguage.isBlank() ? configuredLanguage : pageLanguage;
        String cappedText = FieldLimits.text(text);
        return new Article(
                Article.SCHEMA_VERSION,
                // The id is of the whole URL, so two long URLs that share their first 8 KB stay two articles.
                Ids.hash(canonical),
                1,
                spec.sourceId(),
                FieldLimits.url(spec.location()),
                FieldLimits.url(canonical),
                title == null ? "" : FieldLimits.title(title.trim()),
                cappedText,
                LanguageGuesser.guess(cappedText, declared),
                FieldLimits.authors(authors),
                publishedAt,
                clock.instant(),
                ContentHash.of(cappedText));
    }
}
