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
import io.wirewatch.events.Claim;
import io.wirewatch.events.Ids;
import io.wirewatch.events.Topics;

class AlertsTopologyTest {

    private static final Instant T0 = Instant.parse("2024-05-15T08:00:00Z");
    private static final Duration RETENTION = Duration.ofHours(24);

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Claim> claims;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void startDriver() {
        AlertsConfig config = new AlertsConfig("alerts-test", RETENTION, null, null, List.of(
                new SubscriptionConfig("wirtschaftsdesk", List.of("sanktionen"), List.of(ChannelConfig.console())),
                new SubscriptionConfig("hafenredaktion", List.of("hafen", "streik"), List.of(ChannelConfig.console())),
                new SubscriptionConfig("sport", List.of("bundesliga"), List.of(ChannelConfig.console()))));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(AlertsTopology.build(config), props);
        claims = driver.createInputTopic(Topics.CLAIMS.name(),
                Topics.CLAIMS.keySerde().serializer(), Topics.CLAIMS.valueSerde().serializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(),
                Topics.ALERTS.keySerde().deserializer(), Topics.ALERTS.valueSerde().deserializer());
    }

    @Test
    void aTopicPrefixMovesItsInputAndOutput() {
        String described = AlertsTopology.build(AlertsConfig.defaults(), "run1.").describe().toString();

        assertThat(described).contains("run1.news.claims.v1").contains("run1.news.alerts.v1")
                .doesNotContain("[news.claims.v1]").doesNotContain("(topic: news.alerts.v1)");
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
        assertThat(driver.getTimestampedKeyValueStore(AlertsTopology.SENT_STORE).approximateNumEntries()).isEqualTo(1);

        // Stream time moves on with another story; the first entry falls out of the retention.
        pipe(Fixtures.claim("c-kita-1", "story-kita", List.of("streik")), T0.plus(RETENTION).plus(RETENTION));

        assertThat(driver.<String, String>getTimestampedKeyValueStore(AlertsTopology.SENT_STORE)
                .get(Ids.hash("hafenredaktion", "story-bahn"))).isNull();
        assertThat(driver.<String, String>getTimestampedKeyValueStore(AlertsTopology.SENT_STORE)
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

    private void pipe(Claim claim, Instant time) {
        claims.pipeInput(claim.id(), claim, time);
    }
}
