package io.wirewatch.alerts.digest;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.Fixtures;
import io.wirewatch.alerts.QuietHoursConfig;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.alerts.matching.AlertsTopology;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Ids;
import io.wirewatch.events.Topics;

/** Digests and quiet hours through the whole alerts topology, with the driver's wall clock moved by hand. */
class DigestTopologyTest {

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Claim> claims;
    private TestOutputTopic<String, Alert> alerts;
    private long wallClock;

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void hourlyDigestListsTheHoursStoriesAtTheFullHourAndNothingWhenNothingCame() {
        start(Instant.parse("2024-05-15T08:10:00Z"),
                subscription("stundenblatt").withDelivery("hourly", null, "Europe/Berlin", null),
                subscription("sofort"));

        claim("c-bahn-1", "story-bahn");
        advanceTo("2024-05-15T08:20:00Z");
        claim("c-kita-1", "story-kita");
        claim("c-bahn-2", "story-bahn");

        assertThat(values()).extracting(Alert::subscriptionId).as("only the immediate subscription, at once")
                .containsExactly("sofort", "sofort");
        advanceTo("2024-05-15T08:59:59Z");
        assertThat(values()).extracting(Alert::subscriptionId).as("the immediate one's update (groupInterval)")
                .containsExactly("sofort");

        advanceTo("2024-05-15T09:00:00Z"); // 11:00 in Berlin: a full hour there too
        List<TestRecord<String, Alert>> out = alerts.readRecordsToList();
        assertThat(out).hasSize(1);
        Alert digest = out.get(0).value();
        long from = Instant.parse("2024-05-15T08:10:00Z").toEpochMilli();
        long to = Instant.parse("2024-05-15T09:00:00Z").toEpochMilli();
        assertThat(out.get(0).key()).isEqualTo(digest.id()).isEqualTo(digest.deliveryId())
                .isEqualTo(Ids.hash("stundenblatt", "digest", Long.toString(from), Long.toString(to)));
        assertThat(digest.digest().mode()).isEqualTo("hourly");
        assertThat(digest.digest().quietHours()).isFalse();
        assertThat(digest.digest().timeZone()).isEqualTo("Europe/Berlin");
        assertThat(digest.digest().from()).isEqualTo(Instant.ofEpochMilli(from));
        assertThat(digest.digest().to()).isEqualTo(Instant.ofEpochMilli(to));
        assertThat(digest.digest().items()).extracting(Alert::storyId).containsExactly("story-bahn", "story-kita");
        assertThat(digest.digest().items().get(0).claims()).extracting(Alert.ClaimRef::id)
                .as("both claims of the story, in one item").containsExactly("c-bahn-1", "c-bahn-2");
        assertThat(digest.digest().items()).allSatisfy(item -> assertThat(item.digest()).isNull());
        assertThat(digest.storyId()).as("top level repeats the first item").isEqualTo("story-bahn");

        advanceTo("2024-05-15T10:00:00Z");
        assertThat(alerts.isEmpty()).as("nothing collected, nothing sent").isTrue();

        advanceTo("2024-05-15T10:05:00Z");
        claim("c-werft-1", "story-werft");
        advanceTo("2024-05-15T11:00:00Z");
        Alert next = values().stream().filter(a -> a.subscriptionId().equals("stundenblatt")).findFirst().orElseThrow();
        assertThat(next.digest().from()).as("since the last digest").isEqualTo(Instant.ofEpochMilli(to));
        assertThat(next.digest().items()).extracting(Alert::storyId).containsExactly("story-werft");
    }

    @Test
    void dailyDigestStaysAtItsLocalTimeAcrossTheChangeToSummerTime() {
        // Europe/Berlin goes from UTC+1 to UTC+2 in the night to 2024-03-31.
        start(Instant.parse("2024-03-29T10:00:00Z"),
                subscription("morgenlage").withDelivery("daily", "07:30", "Europe/Berlin", null));

        claim("c-bahn-1", "story-bahn");
        advanceTo("2024-03-30T06:29:59Z");
        assertThat(alerts.isEmpty()).isTrue();
        advanceTo("2024-03-30T06:30:00Z"); // 07:30 CET
        Alert saturday = values().get(0);
        assertThat(saturday.digest().to()).isEqualTo(Instant.parse("2024-03-30T06:30:00Z"));

        advanceTo("2024-03-30T12:00:00Z");
        claim("c-kita-1", "story-kita");
        advanceTo("2024-03-31T05:29:59Z");
        assertThat(alerts.isEmpty()).isTrue();
        advanceTo("2024-03-31T05:30:00Z"); // 07:30 CEST, not 06:30 UTC as a fixed offset would have it
        Alert sunday = values().get(0);
        assertThat(sunday.digest().mode()).isEqualTo("daily");
        assertThat(sunday.digest().from()).isEqualTo(Instant.parse("2024-03-30T06:30:00Z"));
        assertThat(sunday.digest().to()).isEqualTo(Instant.parse("2024-03-31T05:30:00Z"));
        assertThat(sunday.digest().items()).extracting(Alert::storyId).containsExactly("story-kita");
        assertThat(sunday.id()).isNotEqualTo(saturday.id());
    }

    @Test
    void quietHoursAcrossMidnightHoldNotificationsAndSendThemAsOneDigestWhenTheyEnd() {
        start(Instant.parse("2024-05-15T19:00:00Z"), // 21:00 in Berlin
                subscription("nachtruhe").withDelivery(null, null, "Europe/Berlin", new QuietHoursConfig("22:00", "06:30")));

        claim("c-bahn-1", "story-bahn");
        Alert before = values().get(0);
        assertThat(before.digest()).as("before the quiet hours: at once, as usual").isNull();
        assertThat(before.id()).isEqualTo(Ids.hash("nachtruhe", "story-bahn"));

        advanceTo("2024-05-15T20:30:00Z"); // 22:30
        claim("c-kita-1", "story-kita");
        advanceTo("2024-05-15T22:15:00Z"); // 00:15, after midnight
        claim("c-werft-1", "story-werft");
        advanceTo("2024-05-16T04:29:59Z"); // 06:29:59
        assertThat(alerts.isEmpty()).isTrue();

        advanceTo("2024-05-16T04:30:00Z"); // 06:30
        List<Alert> out = values();
        assertThat(out).hasSize(1);
        Alert.Digest digest = out.get(0).digest();
        assertThat(digest.quietHours()).isTrue();
        assertThat(digest.mode()).isEqualTo("immediate");
        assertThat(digest.to()).isEqualTo(Instant.parse("2024-05-16T04:30:00Z"));
        assertThat(digest.items()).extracting(Alert::storyId).containsExactly("story-kita", "story-werft");

        advanceTo("2024-05-16T05:00:00Z");
        claim("c-hafen-1", "story-hafen");
        assertThat(values()).singleElement().satisfies(alert -> assertThat(alert.digest()).isNull());
    }

    @Test
    void hourlyDigestDueInsideQuietHoursWaitsForTheirEnd() {
        start(Instant.parse("2024-05-15T21:30:00Z"),
                subscription("stundenblatt").withDelivery("hourly", null, "UTC", new QuietHoursConfig("22:00", "06:00")));

        claim("c-bahn-1", "story-bahn");
        advanceTo("2024-05-15T22:00:00Z");
        assertThat(alerts.isEmpty()).isTrue();
        advanceTo("2024-05-16T06:00:00Z");

        Alert.Digest digest = values().get(0).digest();
        assertThat(digest.mode()).isEqualTo("hourly");
        assertThat(digest.quietHours()).isTrue();
        assertThat(digest.to()).isEqualTo(Instant.parse("2024-05-16T06:00:00Z"));
    }

    private void start(Instant wallClock, SubscriptionConfig... subscriptions) {
        AlertsConfig config = new AlertsConfig("digest-test", Duration.ofDays(30), null, null, null, null, null,
                Duration.ZERO, null, null, List.of(subscriptions));
        config.validate(java.util.Set.of("streik"));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "digest-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(AlertsTopology.build(config), props, wallClock);
        this.wallClock = wallClock.toEpochMilli();
        claims = driver.createInputTopic(Topics.CLAIMS.name(),
                Topics.CLAIMS.keySerde().serializer(), Topics.CLAIMS.valueSerde().serializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(),
                Topics.ALERTS.keySerde().deserializer(), Topics.ALERTS.valueSerde().deserializer());
    }

    private static SubscriptionConfig subscription(String id) {
        return new SubscriptionConfig(id, List.of("streik"), List.of(ChannelConfig.console()));
    }

    /** A claim of the story, read at the current wall-clock time. */
    private void claim(String id, String storyId) {
        claims.pipeInput(id, Fixtures.claim(id, storyId, List.of("streik")), Instant.ofEpochMilli(wallClock));
    }

    private void advanceTo(String instant) {
        long target = Instant.parse(instant).toEpochMilli();
        driver.advanceWallClockTime(Duration.ofMillis(target - wallClock));
        wallClock = target;
    }

    private List<Alert> values() {
        return alerts.readValuesToList();
    }
}
