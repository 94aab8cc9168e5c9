package io.wirewatch.bench.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.wirewatch.dashboard.DashboardConfig;
import io.wirewatch.dashboard.view.ChangeLog;
import io.wirewatch.dashboard.view.Views;
import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Verdict;

/**
 * Fills a view with generated stories in the shape of the topics: headlines of about 70 characters,
 * URLs of about 60, 40 outlets, two languages, one story in ten with a claim matching one of 20 rules.
 * All records fall inside the horizon (one second apart, the newest now).
 */
final class ViewFiller {

    static final int OUTLETS = 40;
    static final int RULES = 20;

    private ViewFiller() {
    }

    static Views empty(Clock clock, int maxStories) {
        DashboardConfig d = DashboardConfig.defaults();
        return new Views(clock, d.horizon(), maxStories, d.maxArticlesPerStory(), maxStories, d.maxAlerts(), new ChangeLog(16));
    }

    static void fill(Views views, Clock clock, int stories, int articlesPerStory, boolean claims) {
        Instant now = clock.instant();
        for (int i = 0; i < stories; i++) {
            Instant at = now.minus(Duration.ofSeconds(stories - i));
            String storyId = String.format("s%015x", i);
            String first = null;
            for (int j = 0; j < articlesPerStory; j++) {
                String id = String.format("%015x%01x", i, j);
                String source = "outlet-" + ((i * 7 + j) % OUTLETS);
                Article article = new Article(1, id, 1, source, "https://" + source + ".example/feed.rss",
                        "https://www." + source + ".example/politik/meldung-" + id + ".html",
                        "Regierung kündigt neue Maßnahmen an – Meldung " + i + " aus Berlin und Brüssel, Teil " + j,
                        "", i % 3 == 0 ? "en" : "de", List.of(), at, at, "h" + id);
                views.onArticle(article, at.toEpochMilli());
                views.onAssignment(new StoryAssignment(1, id, 1, storyId, first, first == null ? 0 : 0.9,
                        first == null ? Verdict.ORIGINAL : Verdict.NEAR_COPY, at), at.toEpochMilli());
                if (first == null) {
                    first = id;
                }
            }
            if (claims && i % 10 == 0) {
                views.onClaim(new Claim(1, "c" + storyId, first, List.of(first), storyId,
                        "„Wir werden die Lieferungen fortsetzen“, sagte Regierungssprecher Mark Brenner am Dienstag.",
                        "Mark Brenner", "sagte", true, false, List.of("rule-" + (i / 10) % RULES), 0, 90,
                        List.of(new Claim.Span(1, 4)), "de"), at.toEpochMilli());
            }
        }
    }
}
