package io.wirewatch.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Topics;
import io.wirewatch.events.Verdict;

/**
 * The grouping punctuator with its index by due time against the simple form that reads every group
 * of the store each tick: the same random streams of articles, claims (repeated and new, one to three
 * rules) and wall-clock steps must give the same notifications at the same steps, first ones, updates
 * after news (new claims, new outlets), the maxUpdates limit, minOutlets and purged groups included.
 */
class DueIndexEquivalenceTest {

    private static final Instant T0 = Instant.parse("2024-05-15T08:00:00Z");
    private static final List<String> RULES = List.of("r1", "r2", "r3");
    private static final AlertsConfig CONFIG = new AlertsConfig("due-index-test", Duration.ofHours(2), null, null, null, null, null,
            Duration.ofSeconds(30), Duration.ofMinutes(5), 2, List.of(
                    new SubscriptionConfig("s1", List.of("r1"), List.of(ChannelConfig.console())),
                    new SubscriptionConfig("s2", List.of("r1", "r2"), List.of(ChannelConfig.console()))
                            .withFilters(null, null, null, 2),
                    new SubscriptionConfig("s3", List.of("r3"), List.of(ChannelConfig.console()))
                            .withFilters(List.of("en"), null, null, null),
                    new SubscriptionConfig("s4", List.of("r2", "r3"), List.of(ChannelConfig.console()))
                            .withFilters(null, null, null, 3)));

    @TempDir
    Path stateDir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void indexedAndFullScanGroupingSendTheSameNotificationsAtTheSameSteps(long seed) {
        try (Run indexed = new Run(stateDir.resolve("indexed"), true);
             Run fullScan = new Run(stateDir.resolve("scan"), false)) {
            Random random = new Random(seed);
            Instant eventTime = T0;
            int sent = 0;
            for (int step = 0; step < 300; step++) {
                eventTime = eventTime.plusSeconds(random.nextInt(90));
                int story = random.nextInt(6);
                double what = random.nextDouble();
                if (what < 0.35) {
                    String articleId = "a-" + step;
                    String outlet = "outlet-" + random.nextInt(5);
                    Article article = new Article(Article.SCHEMA_VERSION, articleId, 1, outlet, "https://" + outlet + ".example/",
                            "https://" + outlet + ".example/" + articleId, "Titel " + step, "Text", random.nextBoolean() ? "de" : "en",
                            List.of(), eventTime, eventTime, "h-" + articleId);
                    StoryAssignment assignment = new StoryAssignment(StoryAssignment.SCHEMA_VERSION, articleId, 1, "story-" + story,
                            null, 0, Verdict.ORIGINAL, eventTime);
                    indexed.article(article, assignment, eventTime);
                    fullScan.article(article, assignment, eventTime);
                } else if (what < 0.7) {
                    List<String> rules = new ArrayList<>(RULES.subList(0, 1 + random.nextInt(3)));
                    java.util.Collections.shuffle(rules, random);
                    String claimId = "c-" + story + "-" + random.nextInt(4);
                    Claim claim = new Claim(Claim.SCHEMA_VERSION, claimId, "a-first-" + story, List.of("a-first-" + story),
                            "story-" + story, "Satz " + claimId, "Sprecher", "sagte", true, false, List.copyOf(rules), 0, 10, List.of(),
                            random.nextBoolean() ? "de" : "en");
                    indexed.claim(claim, eventTime);
                    fullScan.claim(claim, eventTime);
                } else {
                    Duration tick = Duration.ofSeconds(random.nextInt(400));
                    indexed.driver.advanceWallClockTime(tick);
                    fullScan.driver.advanceWallClockTime(tick);
                }
                List<Alert> fromIndex = indexed.alerts();
                assertThat(fromIndex).as("seed %d, step %d", seed, step).isEqualTo(fullScan.alerts());
                sent += fromIndex.size();
            }
            assertThat(sent).as("notifications in seed %d", seed).isGreaterThan(5);
        }
    }

    /** One topology under test with its own state directory. */
    private static final class Run implements AutoCloseable {

        private final TopologyTestDriver driver;

        Run(Path stateDir, boolean indexed) {
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "due-index-test");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            driver = new TopologyTestDriver(AlertsTopology.build(CONFIG, "", null, indexed), props, T0);
        }

        void article(Article article, StoryAssignment assignment, Instant time) {
            driver.createInputTopic(Topics.ARTICLES.name(), Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer())
                    .pipeInput(article.id(), article, time);
            driver.createInputTopic(Topics.ASSIGNMENTS.name(), Topics.ASSIGNMENTS.keySerde().serializer(),
                    Topics.ASSIGNMENTS.valueSerde().serializer()).pipeInput(assignment.articleId(), assignment, time);
        }

        void claim(Claim claim, Instant time) {
            driver.createInputTopic(Topics.CLAIMS.name(), Topics.CLAIMS.keySerde().serializer(), Topics.CLAIMS.valueSerde().serializer())
                    .pipeInput(claim.id(), claim, time);
        }

        /** The notifications since the last call, in an order that does not depend on how the punctuator found them. */
        List<Alert> alerts() {
            List<Alert> alerts = new ArrayList<>(driver.createOutputTopic(Topics.ALERTS.name(), Topics.ALERTS.keySerde().deserializer(),
                    Topics.ALERTS.valueSerde().deserializer()).readValuesToList());
            alerts.sort(Comparator.comparing(Alert::id).thenComparing(Alert::sequence));
            return alerts;
        }

        @Override
        public void close() {
            driver.close();
        }
    }
}
