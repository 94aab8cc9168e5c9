package io.wirewatch.eval;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.ingest.normalise.ContentHash;

/**
 * The JSON form of one corpus article: the Article fields a publisher determines. The id is the hash of
 * the URL as ingest computes it, so an update (same URL, new text, higher version) keeps its id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CopiesCorpusFile(String url, String sourceId, String title, String text, String language,
                        Instant publishedAt, Integer version) {

    Article toArticle(String origin) {
        return new Article(Article.SCHEMA_VERSION, Ids.hash(url), version == null ? 1 : version, sourceId, origin, url,
                title, text, language, List.of(), publishedAt, publishedAt, ContentHash.of(text));
    }
}
