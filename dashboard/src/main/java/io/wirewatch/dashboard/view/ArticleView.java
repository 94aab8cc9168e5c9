package io.wirewatch.dashboard.view;

import java.time.Instant;

/**
 * One article of a story as the API shows it.
 *
 * @param id           article id
 * @param version      article version (corrections increment it)
 * @param sourceId     the outlet
 * @param url          link to the article, or null
 * @param title        headline
 * @param language     ISO 639-1 code or "und"
 * @param time         the article's event time (publication, else fetch time)
 * @param copy         true when the processor found it to be a copy of an earlier article
 * @param duplicateOf  the earliest article of its copy group, or null for originals
 * @param delaySeconds seconds after the story's first article
 */
public record ArticleView(String id, int version, String sourceId, String url, String title, String language,
                          Instant time, boolean copy, String duplicateOf, long delaySeconds) {
}
