package io.wirewatch.dashboard.view;

import java.util.List;

/** One story with its articles in order, its claims and the alerts sent for it. */
public record StoryDetail(StorySummary story, List<ArticleView> articles, List<ClaimView> claims, List<AlertView> alerts) {
}
