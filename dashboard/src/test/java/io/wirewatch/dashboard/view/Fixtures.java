package io.wirewatch.dashboard.view;

import java.time.Instant;
import java.util.List;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Verdict;

/** Small records in the style of the topics, and a clock the test moves. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-03-12T06:40:00Z");

    private Fixtures() {
    }

    public static Article article(String id, String source, String title, Instant time) {
        return article(id, source, title, time, "de");
    }

    public static Article article(String id, String source, String title, Instant time, String language) {
        return new Article(1, id, 1, source, "https://" + source + ".example/feed.rss", "https://" + source + ".example/" + id,
                title, "Text von " + id, language, List.of(), time, time, "h" + id);
    }

    public static StoryAssignment assignment(String articleId, String storyId, String duplicateOf) {
        return new StoryAssignment(1, articleId, 1, storyId, duplicateOf, duplicateOf == null ? 0 : 0.9,
                duplicateOf == null ? Verdict.ORIGINAL : Verdict.NEAR_COPY, T0);
    }

    public static Claim claim(String id, String storyId, String articleId, String speaker, List<String> rules) {
        return new Claim(1, id, articleId, List.of(articleId), storyId,
                "„Nordkorea hat Raketen abgefeuert“, sagte " + speaker + ".", speaker, "sagte", true, false, rules,
                0, 40, List.of(new Claim.Span(1, 10)), "de");
    }

    public static Alert alert(String id, String subscription, String storyId, List<String> rules) {
        return new Alert(1, id, subscription, storyId, rules, "c1", "a1", "„Nordkorea …“", "Mark Brenner", T0);
    }

    /** An alert of version 2: it names the article its claim was first seen in, with that article's source and language. */
    public static Alert alert(String id, String subscription, String storyId, String claimId, String articleId, String source,
                              String language) {
        return alert(id, subscription, storyId, claimId, articleId, source, language, List.of("r"));
    }

    /** The same, following the given rules. */
    public static Alert alert(String id, String subscription, String storyId, String claimId, String articleId, String source,
                              String language, List<String> rules) {
        Alert.ArticleRef article = new Alert.ArticleRef(articleId, "Titel von " + articleId, "https://" + source + ".example/" + articleId,
                source, source + ".example", language, T0);
        return new Alert(2, id, subscription, storyId, rules, claimId, articleId, "„Nordkorea …“", "Mark Brenner", T0,
                article, null, List.of(), null, 0, null);
    }

    /** A digest (version 3) of the given notifications: its top-level fields repeat the first. */
    public static Alert digest(String id, Alert... items) {
        return items[0].asDigest(id, new Alert.Digest("hourly", false, T0, T0.plusSeconds(3600), "UTC", 0, List.of(items)));
    }
}
