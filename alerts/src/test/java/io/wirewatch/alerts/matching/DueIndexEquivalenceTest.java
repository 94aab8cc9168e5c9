package io.wirewatch.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.SubscriptionConfig;

/**
 * The grouping punctuator with its index by due time against the simple form that reads every group
 * of the store each tick: the same random streams of articles, claims (repeated and new, one to three
 * rules) and wall-clock steps must give the same notifications at the same steps, first ones, updates
 * after news (new claims, new outlets), the maxUpdates limit, minOutlets and purged groups included.
 */
class DueIndexEquivalenceTest {

    /** Four subscriptions over three rules: minOutlets 2 and 3, a language filter. */
    static final List<SubscriptionConfig> SUBSCRIPTIONS = List.of(
            new SubscriptionConfig("s1", List.of("r1"), List.of(ChannelConfig.console())),
            new SubscriptionConfig("s2", List.of("r1", "r2"), List.of(ChannelConfig.console()))
                    .withFilters(null, null, null, 2),
            new SubscriptionConfig("s3", List.of("r3"), List.of(ChannelConfig.console()))
                    .withFilters(List.of("en"), null, null, null),
            new SubscriptionConfig("s4", List.of("r2", "r3"), List.of(ChannelConfig.console()))
                    .withFilters(null, null, null, 3));
    private static final AlertsConfig CONFIG = new AlertsConfig("due-index-test", Duration.ofHours(2), null, null, null, null, null,
            Duration.ofSeconds(30), Duration.ofMinutes(5), 2, SUBSCRIPTIONS);

    @TempDir
    Path stateDir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void indexedAndFullScanGroupingSendTheSameNotificationsAtTheSameSteps(long seed) {
        try (TopologyRun indexed = new TopologyRun(stateDir.resolve("indexed"), AlertsTopology.build(CONFIG, "", null, true));
             TopologyRun fullScan = new TopologyRun(stateDir.resolve("scan"), AlertsTopology.build(CONFIG, "", null, false))) {
            int sent = TopologyRun.sameNotifications(seed, 6, 4, indexed, fullScan);
            assertThat(sent).as("notifications in seed %d", seed).isGreaterThan(5);
        }
    }
}
