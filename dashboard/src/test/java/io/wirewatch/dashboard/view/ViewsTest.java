package io.wirewatch.dashboard.view;

import static io.wirewatch.dashboard.view.Fixtures.T0;
import static io.wirewatch.dashboard.view.Fixtures.alert;
import static io.wirewatch.dashboard.view.Fixtures.article;
import static io.wirewatch.dashboard.view.Fixtures.assignment;
import static io.wirewatch.dashboard.view.Fixtures.claim;
import static io.wirewatch.dashboard.view.Fixtures.digest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.testkit.SettableClock;

class ViewsTest {

    private final SettableClock clock = new SettableClock(T0.plus(Duration.ofHours(1)));
    private final ChangeLog changes = new ChangeLog(100);
    private Views views = new Views(clock, Duration.ofDays(7), 1000, 200, 1000, 1000, changes);

    private static long at(Instant instant) {
        return instant.toEpochMilli();
    }

    @Test
    void joinsArticlesAndAssignmentsInEitherOrderIntoAStoryInTimeOrder() {
        Instant t1 = T0.plusSeconds(600);
        views.onArticle(article("a2", "zweite", "Kopie", t1), at(t1));
        views.onAssignment(assignment("a2", "s1", "a1"), at(t1));
        views.onAssignment(assignment("a1", "s1", null), at(T0));
        views.onArticle(article("a1", "erste", "Nordkorea feuert Raketen", T0), at(T0));
        views.onArticle(article("a3", "erste", "Nachdreh", T0.plusSeconds(900)), at(T0));
        views.onAssignment(assignment("a3", "s1", null), at(T0.plusSeconds(900)));

        StoryDetail detail = views.story("s1").orElseThrow();
        assertThat(detail.articles()).extracting(ArticleView::id).containsExactly("a1", "a2", "a3");
        assertThat(detail.articles()).extracting(ArticleView::copy).containsExactly(false, true, false);
        assertThat(detail.articles()).extracting(ArticleView::delaySeconds).containsExactly(0L, 600L, 900L);
        StorySummary summary = detail.story();
        assertThat(summary.headline()).isEqualTo("Nordkorea feuert Raketen");
        assertThat(summary.firstOutlet()).isEqualTo("erste");
        assertThat(summary.articles()).isEqualTo(3);
        assertThat(summary.outlets()).isEqualTo(2);
        assertThat(summary.originals()).isEqualTo(2);
        assertThat(summary.lastActivity()).isEqualTo(T0.plusSeconds(900));
        assertThat(summary.arrivals()).containsExactly(0L, 600L, 900L);
    }

    @Test
    void aDeliveryReadBeforeItsAlertWaitsForIt() {
        AlertView.Delivery failed = new AlertView.Delivery("webhook", "failed", T0.plusSeconds(1), "HTTP 503");
        AlertView.Delivery delivered = new AlertView.Delivery("webhook", "delivered", T0.plusSeconds(9), "200");
        views.onDelivery("x1", failed);
        views.onDelivery("x1", delivered);
        assertThat(views.alerts(Query.all()).total()).isZero();

        views.onAlert(alert("x1", "lagezentrum", "s1", List.of("nordkorea")), at(T0));
        views.onDelivery("x1", new AlertView.Delivery("email", "delivered", T0.plusSeconds(10), null));

        assertThat(views.alerts(Query.all()).items()).singleElement().satisfies(alert ->
                assertThat(alert.deliveries()).extracting(AlertView.Delivery::outcome).containsExactly("failed", "delivered", "delivered"));
    }

    @Test
    void aCorrectionReplacesTheArticleAndKeepsItsVerdict() {
        views.onArticle(article("a1", "erste", "Alt", T0), at(T0));
        views.onAssignment(assignment("a1", "s1", "a0"), at(T0));
        Article corrected = article("a1", "erste", "Neu", T0);
        views.onArticle(new Article(1, "a1", 2, "erste", corrected.origin(), corrected.url(), "Neu", "x", "de",
                List.of(), T0, T0, "h2"), at(T0.plusSeconds(5)));

        ArticleView only = views.story("s1").orElseThrow().articles().get(0);
        assertThat(only.title()).isEqualTo("Neu");
        assertThat(only.version()).isEqualTo(2);
        assertThat(only.duplicateOf()).isEqualTo("a0");
        assertThat(views.story("s1").orElseThrow().articles()).hasSize(1);
    }

    @Test
    void aRevisedVerdictMarksTheFormerOriginalAsACopyInPlace() {
        views.onArticle(article("p1", "portal", "Portal", T0.plusSeconds(1800)), at(T0.plusSeconds(1800)));
        views.onAssignment(assignment("p1", "s1", null), at(T0.plusSeconds(1800)));
        views.onArticle(article("a1", "agentur", "Agentur", T0), at(T0.plusSeconds(1900)));
        views.onAssignment(assignment("a1", "s1", null), at(T0.plusSeconds(1900)));

        StoryAssignment first = assignment("p1", "s1", "a1");
        views.onAssignment(new StoryAssignment(first.schemaVersion(), "p1", 1, "s1", "a1", first.similarity(), first.reason(),
                first.assignedAt(), 1, "a1"), at(T0.plusSeconds(1900)));

        List<ArticleView> articles = views.story("s1").orElseThrow().articles();
        assertThat(articles).extracting(ArticleView::id).containsExactly("a1", "p1");
        assertThat(articles).extracting(ArticleView::duplicateOf).containsExactly(null, "a1");
    }

    @Test
    void anAssignmentToAnotherStoryMovesTheArticle() {
        views.onArticle(article("p1", "portal", "Portal", T0), at(T0));
        views.onAssignment(assignment("p1", "s1", null), at(T0));
        views.onArticle(article("a1", "agentur", "Agentur", T0), at(T0));
        views.onAssignment(assignment("a1", "s2", null), at(T0));

        views.onAssignment(assignment("p1", "s2", "a1"), at(T0.plusSeconds(60)));

        assertThat(views.story("s2").orElseThrow().articles()).extracting(ArticleView::id).containsExactlyInAnyOrder("a1", "p1");
        assertThat(views.story("s1").map(StoryDetail::articles).orElse(List.of())).isEmpty();
    }

    @Test
    void claimsAddRulesAndAreFilteredByRuleSpeakerAndSource() {
        views.onArticle(article("a1", "erste", "Titel", T0), at(T0));
        views.onAssignment(assignment("a1", "s1", null), at(T0));
        views.onClaim(claim("c1", "s1", "a1", "Mark Brenner", List.of("nordkorea")), at(T0.plusSeconds(1)));
        views.onClaim(claim("c2", "s2", "zz", "Jana Feldmann", List.of("ukraine")), at(T0.plusSeconds(2)));

        assertThat(views.story("s1").orElseThrow().story().rules()).containsExactly("nordkorea");
        assertThat(views.story("s1").orElseThrow().claims()).extracting(c -> c.claim().id()).containsExactly("c1");
        assertThat(views.claims(Query.all()).items()).extracting(c -> c.claim().id()).containsExactly("c2", "c1");
        assertThat(views.claims(query(null, "nordkorea", null, null, null)).items()).extracting(c -> c.claim().id()).containsExactly("c1");
        assertThat(views.claims(query(null, null, "erste", null, null)).items()).extracting(ClaimView::sourceId).containsExactly("erste");
        assertThat(views.claims(query(null, null, null, "jana feldmann", null)).total()).isEqualTo(1);
        assertThat(views.stories(query(null, "ukraine", null, null, null)).items()).extracting(StorySummary::id).containsExactly("s2");
    }

    @Test
    void aClaimCarryingItsSourcesIsFilteredByThemBeforeItsArticleArrives() {
        Claim plain = claim("c1", "s1", "a1", "Mark Brenner", List.of("nordkorea"));
        Claim carrying = new Claim(Claim.SCHEMA_VERSION, plain.id(), plain.articleId(), List.of("a1", "a2"), plain.storyId(),
                plain.text(), plain.speaker(), plain.cue(), plain.direct(), plain.hedged(), plain.rules(), plain.start(), plain.end(),
                plain.highlights(), plain.language(), List.of("erste", "zweite"));
        views.onClaim(carrying, at(T0));

        assertThat(views.claims(query(null, null, "erste", null, null)).items()).extracting(ClaimView::sourceId).containsExactly("erste");
        assertThat(views.claims(query(null, null, "zweite", null, null)).total())
                .as("the source of the article it was first seen in, as for claims that carry none").isZero();
    }

    @Test
    void alertsAreFilteredBySourceAndLanguageOfTheirClaimAsClaimsAre() {
        views.onArticle(article("a1", "erste", "Titel", T0), at(T0));
        views.onAssignment(assignment("a1", "s1", null), at(T0));
        views.onClaim(claim("c1", "s1", "a1", "Mark Brenner", List.of("nordkorea")), at(T0));
        views.onAlert(alert("x1", "lagezentrum", "s1", List.of("nordkorea")), at(T0.plusSeconds(1)));
        views.onAlert(alert("x2", "auslandsdesk", "s2", "c9", "a9", "zweite", "en"), at(T0.plusSeconds(2)));
        views.onAlert(digest("x3", alert("x3a", "lagezentrum", "s3", "c8", "a8", "dritte", "de"),
                alert("x3b", "lagezentrum", "s2", "c9", "a9", "zweite", "en")), at(T0.plusSeconds(3)));

        assertThat(views.alerts(Query.all()).items()).extracting(AlertView::sourceId).containsExactly("dritte", "zweite", "erste");
        assertThat(views.alerts(Query.all()).items()).extracting(AlertView::language).containsExactly("de", "en", "de");
        assertThat(alertIds(filter("erste", null, null))).as("a version 1 alert: its claim's article and language in the view")
                .containsExactly("x1");
        assertThat(views.claims(filter("erste", null, null)).items()).as("the same meaning as for claims")
                .extracting(c -> c.claim().id()).containsExactly("c1");
        assertThat(alertIds(filter("zweite", null, null))).as("a digest through any of its stories").containsExactly("x3", "x2");
        assertThat(alertIds(filter(null, "en", null))).containsExactly("x3", "x2");
        assertThat(alertIds(filter(null, "en", "lagezentrum"))).containsExactly("x3");
        assertThat(alertIds(filter("dritte", "de", null))).containsExactly("x3");
        assertThat(alertIds(filter("zweite", "de", null))).as("source and language hold for one and the same story").isEmpty();
        assertThat(alertIds(filter("erste", "en", null))).isEmpty();
        assertThat(alertIds(filter("nirgendwo", null, null))).isEmpty();
    }

    @Test
    void aDigestMatchesARuleThatOneOfItsStoriesFollowsWithThatStorysSource() {
        views.onAlert(digest("d1", alert("d1a", "lagezentrum", "s1", "c1", "a1", "erste", "de", List.of("ukraine")),
                alert("d1b", "lagezentrum", "s2", "c2", "a2", "zweite", "en", List.of("nordkorea"))), at(T0));

        assertThat(alertIds(new Query(null, null, "nordkorea", null, null, null, null, 0, 50))).containsExactly("d1");
        assertThat(alertIds(new Query(null, null, "nordkorea", "zweite", null, null, null, 0, 50))).containsExactly("d1");
        assertThat(alertIds(new Query(null, null, "nordkorea", "erste", null, null, null, 0, 50)))
                .as("rule and source hold for one and the same story").isEmpty();
        assertThat(alertIds(new Query(null, null, "iran", null, null, null, null, 0, 50))).isEmpty();
    }

    @Test
    void aSliceIsOnePageOfTheWholeList() {
        List<String> five = List.of("a", "b", "c", "d", "e");
        assertThat(Query.page(0, 3).slice(five)).isEqualTo(new Page<>(List.of("a", "b", "c"), 0, 3, 5));
        assertThat(Query.page(3, 3).slice(five)).isEqualTo(new Page<>(List.of("d", "e"), 3, 3, 5));
        assertThat(Query.page(5, 3).slice(five)).isEqualTo(new Page<>(List.of(), 5, 3, 5));
        assertThat(Query.page(Integer.MAX_VALUE, Query.MAX_LIMIT).slice(five).items()).isEmpty();
    }

    @Test
    void storiesComeNewestActivityFirstFilteredAndPaged() {
        for (int i = 0; i < 5; i++) {
            Instant t = T0.plusSeconds(i * 60L);
            views.onArticle(article("a" + i, i % 2 == 0 ? "gerade" : "ungerade", "T" + i, t, i == 4 ? "en" : "de"), at(t));
            views.onAssignment(assignment("a" + i, "s" + i, null), at(t));
        }
        Page<StorySummary> page = views.stories(new Query(null, null, null, null, null, null, null, 1, 2));
        assertThat(page.items()).extracting(StorySummary::id).containsExactly("s3", "s2");
        assertThat(page.total()).isEqualTo(5);
        assertThat(views.stories(query(null, null, "gerade", null, null)).items()).extracting(StorySummary::id).containsExactly("s4", "s2", "s0");
        assertThat(views.stories(query(null, null, null, null, "en")).items()).extracting(StorySummary::id).containsExactly("s4");
        assertThat(views.stories(query(T0.plusSeconds(120), null, null, null, null)).total()).isEqualTo(3);
        assertThat(views.stories(new Query(null, T0.plusSeconds(120), null, null, null, null, null, 0, 50)).total()).isEqualTo(2);
    }

    @Test
    void dropsWhatFallsOutOfTheHorizon() {
        views.onArticle(article("a1", "erste", "Alt", T0), at(T0));
        views.onAssignment(assignment("a1", "s1", null), at(T0));
        views.onAlert(alert("x1", "lagezentrum", "s1", List.of("r")), at(T0));
        views.onClaim(claim("c1", "s1", "a1", "Mark Brenner", List.of("r")), at(T0));
        assertThat(views.storyCount()).isEqualTo(1);

        clock.set(T0.plus(Duration.ofDays(7)).plusSeconds(1));
        views.evictExpired();

        assertThat(views.storyCount()).isZero();
        assertThat(views.claims(Query.all()).total()).isZero();
        assertThat(views.alerts(Query.all()).total()).isZero();
        assertThat(views.horizonStart()).isEqualTo(T0.plusSeconds(1));
        assertThat(views.sources()).as("source counts are kept per hour").hasSize(1);
        clock.set(T0.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)));
        views.evictExpired();
        assertThat(views.sources()).isEmpty();
    }

    @Test
    void capsKeepTheMostRecentlyActive() {
        views = new Views(clock, Duration.ofDays(7), 3, 2, 2, 2, changes);
        for (int i = 0; i < 5; i++) {
            Instant t = T0.plusSeconds(i);
            views.onArticle(article("a" + i, "q", "T" + i, t), at(t));
            views.onAssignment(assignment("a" + i, "s" + i, null), at(t));
            views.onClaim(claim("c" + i, "s" + i, "a" + i, "X", List.of("r")), at(t));
            views.onAlert(alert("x" + i, "sub", "s" + i, List.of("r")), at(t));
        }
        assertThat(views.stories(Query.all()).items()).extracting(StorySummary::id).containsExactly("s4", "s3", "s2");
        assertThat(views.claims(Query.all()).items()).extracting(c -> c.claim().id()).containsExactly("c4", "c3");
        assertThat(views.alerts(Query.all()).items()).extracting(a -> a.alert().id()).containsExactly("x4", "x3");

        for (int i = 0; i < 4; i++) {
            views.onArticle(article("b" + i, "q", "B" + i, T0.plusSeconds(10 + i)), at(T0.plusSeconds(10)));
            views.onAssignment(assignment("b" + i, "s4", null), at(T0.plusSeconds(10)));
        }
        assertThat(views.story("s4").orElseThrow().articles()).extracting(ArticleView::id).containsExactly("a4", "b0");
    }

    @Test
    void articlesWaitingForTheirVerdictAreBounded() {
        for (int i = 0; i < Views.MAX_PENDING + 5; i++) {
            views.onArticle(article("p" + i, "q", "T", T0), at(T0));
        }
        views.onAssignment(assignment("p0", "s0", null), at(T0));
        views.onAssignment(assignment("p" + (Views.MAX_PENDING + 4), "s1", null), at(T0));

        assertThat(views.story("s0")).isEmpty();
        assertThat(views.story("s1").orElseThrow().articles()).hasSize(1);
    }

    @Test
    void sourcesCountWhatTheTopicsTell() {
        views.onArticle(article("a1", "erste", "T", T0, "de"), at(T0.plusSeconds(30 * 60)));
        views.onArticle(article("a2", "erste", "T", T0, "en"), at(T0.minusSeconds(3600)));
        SourceView source = views.sources().get(0);
        assertThat(source.id()).isEqualTo("erste");
        assertThat(source.articles()).isEqualTo(2);
        assertThat(source.articlesLastHour()).isEqualTo(1);
        assertThat(source.languages()).containsExactly("de", "en");
        assertThat(source.lastArticleAt()).isEqualTo(T0.plusSeconds(30 * 60));
    }

    @Test
    void everyChangeIsLoggedForLiveClients() {
        views.onArticle(article("a1", "erste", "T", T0), at(T0));
        views.onAssignment(assignment("a1", "s1", null), at(T0));
        views.onAlert(alert("x1", "sub", "s1", List.of("r")), at(T0));
        assertThat(changes.after(0).orElseThrow()).extracting(ChangeLog.Change::type).containsExactly("story", "alert");
        assertThat(((StorySummary) changes.after(0).orElseThrow().get(0).data()).id()).isEqualTo("s1");
    }

    @Test
    void aQueryRejectsPagesOutOfRange() {
        assertThatThrownBy(() -> new Query(null, null, null, null, null, null, null, 0, 501)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new Query(null, null, null, null, null, null, null, -1, 5)).hasMessageContaining("offset");
    }

    private List<String> alertIds(Query query) {
        return views.alerts(query).items().stream().map(a -> a.alert().id()).toList();
    }

    private static Query filter(String source, String language, String subscription) {
        return new Query(null, null, null, source, language, null, subscription, 0, 50);
    }

    private static Query query(Instant since, String rule, String source, String speaker, String language) {
        return new Query(since, null, rule, source, language, speaker, null, 0, 50);
    }
}
