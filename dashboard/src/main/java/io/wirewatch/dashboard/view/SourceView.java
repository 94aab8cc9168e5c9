package io.wirewatch.dashboard.view;

import java.time.Instant;
import java.util.List;

/**
 * What the topics tell about one source (its poll health lives in the ops endpoints, not on the topics).
 *
 * @param id               source id
 * @param articles         its articles within the horizon
 * @param lastArticleAt    when its newest article was written to the topic
 * @param articlesLastHour its articles written in the last hour
 * @param languages        languages of its articles, sorted
 */
public record SourceView(String id, long articles, Instant lastArticleAt, int articlesLastHour, List<String> languages) {
}
