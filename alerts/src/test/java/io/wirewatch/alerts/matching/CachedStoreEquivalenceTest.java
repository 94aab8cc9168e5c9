package io.wirewatch.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.wirewatch.alerts.AlertsConfig;

/**
 * The story and grouping steps keeping recent groups and member lists deserialised ({@link CachedStore})
 * against the simple form that parses them from their stores at every use: the same random streams of
 * articles, claims (repeated and new, one to three rules) and wall-clock steps must give the same
 * notifications at the same steps and leave the same stores, with caches smaller than the number of groups
 * and stories (evictions) and as large as the service's, and a retention short enough that purges delete
 * cached entries.
 */
class CachedStoreEquivalenceTest {

    private static final AlertsConfig CONFIG = new AlertsConfig("cached-store-test", Duration.ofHours(1), null, null, null, null, null,
            Duration.ofSeconds(30), Duration.ofMinutes(5), 2, DueIndexEquivalenceTest.SUBSCRIPTIONS);

    @TempDir
    Path stateDir;

    @ParameterizedTest
    @CsvSource({"1, 8, 3", "2, 8, 3", "3, 20, 5", "4, 4096, 256", "5, 4096, 256"})
    void cachedAndStoreReadingStepsSendTheSameNotificationsAndKeepTheSameStores(long seed, int groupsCached, int storiesCached) {
        try (TopologyRun cached = new TopologyRun(stateDir.resolve("cached"),
                AlertsTopology.build(CONFIG, "", null, true, groupsCached, storiesCached));
             TopologyRun uncached = new TopologyRun(stateDir.resolve("store"), AlertsTopology.build(CONFIG, "", null, true, 0, 0))) {
            int sent = TopologyRun.sameNotifications(seed, 40, 6, cached, uncached);
            assertThat(sent).as("notifications in seed %d", seed).isGreaterThan(5);
            for (String store : List.of(AlertsTopology.GROUPS_STORE, AlertsTopology.MEMBERS_STORE)) {
                assertThat(cached.contents(store)).as("store %s, seed %d", store, seed).isNotEmpty().isEqualTo(uncached.contents(store));
            }
        }
    }
}
