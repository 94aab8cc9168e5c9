package io.wirewatch.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.Fixtures;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Ids;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Topics;
import io.wirewatch.events.Verdict;

class AlertsTopologyTest {

    private static final Instant T0 = Instant.parse("2024-05-15T08:00:00Z");
    private static final Duration RETENTION = Duration.ofHours(24);
    private static final String PUBLIC_URL = "https://lage.example.org/";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Claim> claims;
    private TestInputTopic<String, Article> articles;
    private TestInputTopic<String, StoryAssignment> assignments;
    private TestOutputTopic<String, Alert> alerts;

    private static final AlertsConfig CONFIG = new AlertsConfig("alerts-test", RETENTION, null, null, null, null, PUBLIC_URL,
            Duration.ZERO, null, null, List.of(
                    new SubscriptionConfig("wirtschaftsdesk", List.of("sanktionen"), List.of(ChannelConfig.console())),
                    new SubscriptionConfig("hafenredaktion", List.of("hafen", "streik"), List.of(ChannelConfig.console())),
                    new SubscriptionConfig("sport", List.of("bundesliga"), List.of(ChannelConfig.console()))));
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration INTERVAL = Duration.ofMinutes(15);

    @BeforeEach
    void startDriver() {
        startDriver(CONFIG);
    }

    private void startDriver(AlertsConfig config) {
        if (driver != null) {
            driver.close();
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(AlertsTopology.build(config), props);
        claims = driver.createInputTopic(Topics.CLAIMS.name(),
                Topics.CLAIMS.keySerde().serializer(), Topics.CLAIMS.valueSerde().serializer());
        articles = driver.createInputTopic(Topics.ARTICLES.name(),
                Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer());
        assignments = driver.createInputTopic(Topics.ASSIGNMENTS.name(),
                Topics.ASSIGNMENTS.keySerde().serializer(), Topics.ASSIGNMENTS.valueSerde().serializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(),
                Topics.ALERTS.keySerde().deserializer(), Topics.ALERTS.valueSerde().deserializer());
    }

    @Test
    void aTopicPrefixMovesItsInputAndOutput() {
        String described = AlertsTopology.build(AlertsConfig.defaults(), "run1.").describe().toString();

        assertThat(described).contains("run1.news.claims.v2").contains("run1.news.alerts.v1")
                .doesNotContain("[news.claims.v2]").doesNotContain("(topic: news.alerts.v1)");
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void copiesOfOneStoryGiveOneAlertPerSubscription() {
        List<Claim> story = Fixtures.hafenStory();
        pipe(story.get(0), T0);
        pipe(story.get(1), T0.plusSeconds(60));   // same claim, second copy added
        pipe(story.get(2), T0.plusSeconds(120));  // another claim of the story

        List<TestRecord<String, Alert>> out = alerts.readRecordsToList();

        assertThat(out).extracting(r -> r.value().subscriptionId())
                .containsExactlyInAnyOrder("wirtschaftsdesk", "hafenredaktion");
        TestRecord<String, Alert> wirtschaft = out.stream()
                .filter(r -> r.value().subscriptionId().equals("wirtschaftsdesk")).findFirst().orElseThrow();
        Alert alert = wirtschaft.value();
        assertThat(wirtschaft.key()).isEqualTo(alert.id()).isEqualTo(Ids.hash("wirtschaftsdesk", "story-hafen"));
        assertThat(alert.storyId()).isEqualTo("story-hafen");
        assertThat(alert.rules()).containsExactly("sanktionen");
        assertThat(alert.claimId()).isEqualTo("c-hafen-1");
        assertThat(alert.articleId()).isEqualTo("a-dpa-0412");
        assertThat(alert.text()).startsWith("\"Wir haben die Lieferung im Hamburger Hafen");
        assertThat(alert.speaker()).isEqualTo("ein Sprecher des Zolls");
        assertThat(alert.createdAt()).isEqualTo(T0);
    }

    @Test
    void otherSubscriptionOfTheSameStoryGetsItsOwnAlertWithItsOwnRules() {
        pipe(Fixtures.hafenStory().get(0), T0);

        List<Alert> out = alerts.readValuesToList();

        assertThat(out).hasSize(2);
        Alert hafen = out.stream().filter(a -> a.subscriptionId().equals("hafenredaktion")).findFirst().orElseThrow();
        assertThat(hafen.rules()).containsExactly("hafen");
        assertThat(hafen.id()).isEqualTo(Ids.hash("hafenredaktion", "story-hafen"));
    }

    @Test
    void claimWithoutMatchingRulesGivesNoAlert() {
        pipe(Fixtures.claim("c-wetter", "story-wetter", List.of("unwetter")), T0);
        pipe(Fixtures.claim("c-ohne", "story-ohne", List.of()), T0);

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void twoStoriesGiveTwoAlerts() {
        pipe(Fixtures.claim("c-bahn-1", "story-bahn", List.of("streik")), T0);
        pipe(Fixtures.claim("c-kita-1", "story-kita", List.of("streik")), T0.plusSeconds(30));
        pipe(Fixtures.claim("c-bahn-2", "story-bahn", List.of("streik")), T0.plusSeconds(60));

        assertThat(alerts.readValuesToList()).extracting(Alert::storyId).containsExactly("story-bahn", "story-kita");
    }

    @Test
    void storyAlertsAgainOnlyAfterDedupeRetention() {
        Claim claim = Fixtures.claim("c-bahn-1", "story-bahn", List.of("streik"));
        pipe(claim, T0);
        pipe(claim, T0.plus(RETENTION).minusSeconds(1));
        assertThat(alerts.readValuesToList()).hasSize(1);

        pipe(claim, T0.plus(RETENTION).plusSeconds(1));

        List<Alert> again = alerts.readValuesToList();
        assertThat(again).hasSize(1);
        assertThat(again.get(0).createdAt()).isEqualTo(T0.plus(RETENTION).plusSeconds(1));
    }

    @Test
    void expiredEntriesArePurgedFromTheStore() {
        pipe(Fixtures.claim("c-bahn-1", "story-bahn", List.of("streik")), T0);
        assertThat(driver.getTimestampedKeyValueStore(AlertsTopology.GROUPS_STORE).approximateNumEntries()).isEqualTo(1);

        // Stream time moves on with another story; the first entry falls out of the retention.
        pipe(Fixtures.claim("c-kita-1", "story-kita", List.of("streik")), T0.plus(RETENTION).plus(RETENTION));

        assertThat(driver.<String, Group>getTimestampedKeyValueStore(AlertsTopology.GROUPS_STORE)
                .get(Ids.hash("hafenredaktion", "story-bahn"))).isNull();
        assertThat(driver.<String, Group>getTimestampedKeyValueStore(AlertsTopology.GROUPS_STORE)
                .get(Ids.hash("hafenredaktion", "story-kita"))).isNotNull();
    }

    @Test
    void lateClaimOlderThanTheRetentionDoesNotAlertAgain() {
        Claim claim = Fixtures.claim("c-bahn-1", "story-bahn", List.of("streik"));
        pipe(claim, T0);
        pipe(Fixtures.claim("c-kita-1", "story-kita", List.of("streik")), T0.plus(RETENTION).plus(RETENTION));
        alerts.readValuesToList();

        pipe(claim, T0.plusSeconds(5));

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void alertCarriesArticleStoryLineageMarkedClaimAndDashboardLink() {
        Instant dpa = Instant.parse("2024-05-15T10:02:00Z");
        member(article("a-dpa-0412", "dpa", "https://www.dpa-news.de/hafen-0412", dpa), "story-hafen");
        member(article("a-afp-7781", "afp", "https://afp.example.com/de/hafen", dpa.plusSeconds(29 * 60)), "story-hafen");
        member(article("a-portal-1", "portal", "https://portal.example.de/n/1", dpa.plusSeconds(63 * 60)), "story-hafen");
        member(article("a-portal-2", "portal", "https://portal.example.de/n/2", dpa.plusSeconds(64 * 60)), "story-hafen");

        pipe(Fixtures.hafenStory().get(0), dpa.plusSeconds(3600));

        Alert alert = alerts.readValuesToList().stream()
                .filter(a -> a.subscriptionId().equals("hafenredaktion")).findFirst().orElseThrow();
        assertThat(alert.schemaVersion()).isEqualTo(Alert.SCHEMA_VERSION);
        assertThat(alert.article()).isEqualTo(new Alert.ArticleRef("a-dpa-0412", "Zoll stoppt Lieferung a-dpa-0412",
                "https://www.dpa-news.de/hafen-0412", "dpa", "dpa-news.de", "de", dpa));
        Alert.StoryRef story = alert.story();
        assertThat(story.id()).isEqualTo("story-hafen");
        assertThat(story.headline()).isEqualTo("Zoll stoppt Lieferung a-dpa-0412");
        assertThat(story.articles()).isEqualTo(4);
        assertThat(story.independentOutlets()).isEqualTo(3);
        assertThat(story.firstOutlet()).isEqualTo("dpa-news.de");
        assertThat(story.lineage()).extracting(Alert.Copy::delaySeconds).containsExactly(0L, 1740L, 3780L, 3840L);
        assertThat(story.lineageText())
                .isEqualTo("dpa-news.de 10:02 → afp.example.com 10:31 → portal.example.de 11:05 → portal.example.de 11:06");
        assertThat(alert.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.id()).isEqualTo("c-hafen-1");
            assertThat(claim.cue()).isEqualTo("sagte");
            assertThat(claim.speaker()).isEqualTo("ein Sprecher des Zolls");
            assertThat(claim.rules()).containsExactly("hafen");
            assertThat(claim.marked()).contains("im **Hamburger Hafen** vorerst");
        });
        assertThat(alert.storyUrl()).isEqualTo("https://lage.example.org/stories/story-hafen");
    }

    @Test
    void assignmentBeforeItsArticleStillMakesTheArticleAMember() {
        Article article = article("a-dpa-0412", "dpa", null, T0);
        assignments.pipeInput(article.id(), assignment(article.id(), "story-hafen"), T0);
        articles.pipeInput(article.id(), article, T0);

        pipe(Fixtures.hafenStory().get(0), T0.plusSeconds(10));

        Alert alert = alerts.readValuesToList().get(0);
        assertThat(alert.article().outlet()).isEqualTo("dpa");
        assertThat(alert.article().url()).startsWith("file:/").endsWith("/a-dpa-0412.txt");
        assertThat(alert.story().articles()).isEqualTo(1);
    }

    @Test
    void claimBeforeAnyArticleOfItsStoryAlertsWithoutArticle() {
        pipe(Fixtures.hafenStory().get(0), T0);

        Alert alert = alerts.readValuesToList().get(0);
        assertThat(alert.article()).isNull();
        assertThat(alert.story().articles()).isZero();
        assertThat(alert.story().lineageText()).isEmpty();
        assertThat(alert.text()).startsWith("\"Wir haben");
    }

    @Test
    void copiesAndClaimsWithinGroupWaitFoldIntoTheFirstNotification() {
        startDriver(CONFIG.withGrouping(WAIT, INTERVAL, 3));
        List<Claim> story = Fixtures.hafenStory();
        member(article("a-dpa-0412", "dpa", "https://dpa-news.de/1", T0), "story-hafen");
        pipe(story.get(0), T0);
        member(article("a-afp-7781", "afp", "https://afp.example.com/1", T0.plusSeconds(5)), "story-hafen");
        pipe(story.get(1), T0.plusSeconds(5));
        pipe(story.get(2), T0.plusSeconds(10));

        driver.advanceWallClockTime(WAIT.minusSeconds(5));
        assertThat(alerts.isEmpty()).as("still within groupWait").isTrue();
        driver.advanceWallClockTime(Duration.ofSeconds(6));

        Alert first = only("wirtschaftsdesk");
        assertThat(first.sequence()).isZero();
        assertThat(first.changes()).isNull();
        assertThat(first.deliveryId()).isEqualTo(first.id());
        assertThat(first.claims()).extracting(Alert.ClaimRef::id).containsExactly("c-hafen-1", "c-hafen-2");
        assertThat(first.story().articles()).isEqualTo(2);
        assertThat(first.story().independentOutlets()).isEqualTo(2);
    }

    @Test
    void updatesComeOnlyWithNewsAtMostOncePerIntervalAndAtMostMaxUpdates() {
        startDriver(CONFIG.withGrouping(WAIT, INTERVAL, 2));
        member(article("a-dpa-0412", "dpa", "https://dpa-news.de/1", T0), "story-hafen");
        pipe(Fixtures.hafenStory().get(0), T0);
        driver.advanceWallClockTime(WAIT);
        assertThat(only("wirtschaftsdesk").sequence()).isZero();

        driver.advanceWallClockTime(INTERVAL);
        assertThat(alerts.isEmpty()).as("nothing new, no update").isTrue();

        member(article("a-afp-7781", "afp", "https://afp.example.com/1", T0.plusSeconds(60)), "story-hafen");
        member(article("a-dw-1", "dw", "https://dw.com/1", T0.plusSeconds(90)), "story-hafen");
        pipe(Fixtures.hafenStory().get(2), T0.plusSeconds(90));
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        Alert update = only("wirtschaftsdesk");
        assertThat(update.sequence()).isEqualTo(1);
        assertThat(update.changes()).isEqualTo("+2 outlets, +2 articles, 1 new claim");
        assertThat(update.claims()).extracting(Alert.ClaimRef::id).containsExactly("c-hafen-2");
        assertThat(update.deliveryId()).isEqualTo(update.id() + "-1");

        pipe(Fixtures.hafenStory().get(1), T0.plusSeconds(100)); // the first claim again, with a copy: not news
        driver.advanceWallClockTime(INTERVAL);
        assertThat(alerts.isEmpty()).as("the same content is never sent again").isTrue();

        member(article("a-ard-1", "ard", "https://ard.example/1", T0.plusSeconds(120)), "story-hafen");
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        assertThat(only("wirtschaftsdesk").changes()).isEqualTo("+1 outlet, +1 article");

        member(article("a-zdf-1", "zdf", "https://zdf.example/1", T0.plusSeconds(130)), "story-hafen");
        driver.advanceWallClockTime(INTERVAL.multipliedBy(2));
        assertThat(alerts.readValuesToList()).as("maxUpdates 2 used up").isEmpty();
    }

    @Test
    void aRevisedVerdictOfAMemberNeitherAlertsAgainNorCountsAsNews() {
        startDriver(CONFIG.withGrouping(WAIT, INTERVAL, 3));
        List<Claim> story = Fixtures.hafenStory();
        member(article("a-portal-1", "portal", "https://portal.example/1", T0.plusSeconds(1800)), "story-hafen");
        pipe(story.get(0), T0.plusSeconds(1800));
        member(article("a-dpa-0412", "dpa", "https://dpa-news.de/1", T0), "story-hafen");
        driver.advanceWallClockTime(WAIT.plusSeconds(1));
        assertThat(only("wirtschaftsdesk").story().articles()).isEqualTo(2);

        // The agency text arrived after the portal's copy of it: the processor revises the portal copy's verdict.
        assignments.pipeInput("a-portal-1", new StoryAssignment(StoryAssignment.SCHEMA_VERSION, "a-portal-1", 1, "story-hafen",
                "a-dpa-0412", 0.93, Verdict.NEAR_COPY, T0.plusSeconds(1800), 1, "a-dpa-0412"), T0.plusSeconds(1801));
        driver.advanceWallClockTime(INTERVAL.multipliedBy(2));

        assertThat(alerts.readValuesToList()).as("one alert per story: a revision is no news").isEmpty();
    }

    @Test
    void subscriptionFiltersOnLanguageSourcesAndMinOutlets() {
        List<ChannelConfig> console = List.of(ChannelConfig.console());
        startDriver(CONFIG.withSubscriptions(List.of(
                new SubscriptionConfig("nur-englisch", List.of("sanktionen"), console).withFilters(List.of("en"), null, null, null),
                new SubscriptionConfig("nur-afp", List.of("sanktionen"), console).withFilters(null, List.of("afp"), null, null),
                new SubscriptionConfig("ohne-dpa", List.of("sanktionen"), console).withFilters(null, null, List.of("dpa"), null),
                new SubscriptionConfig("zwei-outlets", List.of("sanktionen"), console).withFilters(null, null, null, 2))));
        List<Claim> story = Fixtures.hafenStory();
        member(article("a-dpa-0412", "dpa", "https://dpa-news.de/1", T0), "story-hafen");
        pipe(story.get(0), T0); // German, seen at dpa only
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        assertThat(alerts.isEmpty()).isTrue();

        member(article("a-afp-7781", "afp", "https://afp.example.com/1", T0.plusSeconds(60)), "story-hafen");
        pipe(story.get(1), T0.plusSeconds(60)); // the same claim, now also in the AFP copy
        driver.advanceWallClockTime(Duration.ofSeconds(1));

        assertThat(alerts.readValuesToList()).extracting(Alert::subscriptionId)
                .containsExactlyInAnyOrder("nur-afp", "ohne-dpa", "zwei-outlets");
    }

    /**
     * The claim record comes before its article (claims and articles are on different topics): the claim's
     * own sources decide, so a subscription to AFP and one excluding dpa get nothing for a claim seen at
     * dpa only, although no article of it was known when it was matched.
     */
    @Test
    void sourceFiltersJudgeAClaimThatArrivesBeforeItsArticleByTheSourcesItCarries() {
        startDriver(CONFIG.withSubscriptions(sourceFiltered()));
        Claim first = Fixtures.hafenStory().get(0);
        pipe(withSources(first, List.of("a-dpa-0412"), List.of("dpa")), T0);
        member(article("a-dpa-0412", "dpa", "https://dpa-news.de/1", T0), "story-hafen");
        driver.advanceWallClockTime(Duration.ofSeconds(1));

        assertThat(alerts.readValuesToList()).extracting(Alert::subscriptionId).containsExactly("alle");
    }

    /** The other way round: the copy that makes the claim pass the filters is not known when the claim comes. */
    @Test
    void sourceFiltersCountACopyWhoseArticleHasNotArrivedYet() {
        startDriver(CONFIG.withSubscriptions(sourceFiltered()));
        Claim first = Fixtures.hafenStory().get(0);
        member(article("a-dpa-0412", "dpa", "https://dpa-news.de/1", T0), "story-hafen");
        pipe(withSources(first, List.of("a-dpa-0412", "a-afp-7781"), List.of("dpa", "afp")), T0.plusSeconds(60));
        member(article("a-afp-7781", "afp", "https://afp.example.com/1", T0.plusSeconds(60)), "story-hafen");
        driver.advanceWallClockTime(Duration.ofSeconds(1));

        assertThat(alerts.readValuesToList()).extracting(Alert::subscriptionId)
                .containsExactlyInAnyOrder("alle", "nur-afp", "ohne-dpa");
    }

    /**
     * A claim of an earlier build carries no sources and is judged by the articles known. Beyond the cap it lists
     * only its newest articles: its first one, which the record names, still counts.
     */
    @Test
    void aClaimWithoutSourcesBeyondTheCapIsJudgedByItsFirstArticleToo() {
        startDriver(CONFIG.withSubscriptions(sourceFiltered()));
        Claim first = Fixtures.hafenStory().get(0);
        member(article("a-afp-7781", "afp", "https://afp.example.com/1", T0), "story-hafen");
        List<String> newest = new java.util.ArrayList<>();
        for (int i = 0; i < Claim.MAX_LISTED_ARTICLES; i++) {
            member(article("a-portal-" + i, "portal", "https://portal.example/" + i, T0.plusSeconds(60 + i)), "story-hafen");
            newest.add("a-portal-" + i);
        }
        pipe(new Claim(1, first.id(), "a-afp-7781", newest, Claim.MAX_LISTED_ARTICLES + 1, first.storyId(), first.text(),
                first.speaker(), first.cue(), first.direct(), first.hedged(), first.rules(), first.start(), first.end(),
                first.highlights(), first.language(), null), T0.plusSeconds(600));
        driver.advanceWallClockTime(Duration.ofSeconds(1));

        assertThat(alerts.readValuesToList()).extracting(Alert::subscriptionId)
                .containsExactlyInAnyOrder("alle", "nur-afp", "ohne-dpa");
    }

    private static List<SubscriptionConfig> sourceFiltered() {
        List<ChannelConfig> console = List.of(ChannelConfig.console());
        return List.of(
                new SubscriptionConfig("alle", List.of("sanktionen"), console),
                new SubscriptionConfig("nur-afp", List.of("sanktionen"), console).withFilters(null, List.of("afp"), null, null),
                new SubscriptionConfig("ohne-dpa", List.of("sanktionen"), console).withFilters(null, null, List.of("dpa"), null));
    }

    /** The claim as the processor publishes it now: in these articles, carrying their sources. */
    private static Claim withSources(Claim claim, List<String> articleIds, List<String> sources) {
        return new Claim(Claim.SCHEMA_VERSION, claim.id(), claim.articleId(), articleIds, claim.storyId(), claim.text(),
                claim.speaker(), claim.cue(), claim.direct(), claim.hedged(), claim.rules(), claim.start(), claim.end(),
                claim.highlights(), claim.language(), sources);
    }

    /** The one alert of this subscription among what came out (the others are read and dropped). */
    private Alert only(String subscriptionId) {
        List<Alert> out = alerts.readValuesToList().stream().filter(a -> a.subscriptionId().equals(subscriptionId)).toList();
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private void member(Article article, String storyId) {
        articles.pipeInput(article.id(), article, article.fetchedAt());
        assignments.pipeInput(article.id(), assignment(article.id(), storyId), article.fetchedAt());
    }

    /** An article; without a URL it is a local file named after its id. */
    private static Article article(String id, String sourceId, String url, Instant publishedAt) {
        return new Article(Article.SCHEMA_VERSION, id, 1, sourceId, url == null ? "fixtures/" + id + ".txt" : url, url,
                "Zoll stoppt Lieferung " + id, "Text.", "de", List.of(), publishedAt, publishedAt.plusSeconds(60), "h-" + id);
    }

    private static StoryAssignment assignment(String articleId, String storyId) {
        return new StoryAssignment(StoryAssignment.SCHEMA_VERSION, articleId, 1, storyId, null, 0, Verdict.ORIGINAL, T0);
    }

    private void pipe(Claim claim, Instant time) {
        claims.pipeInput(claim.id(), claim, time);
    }
}
