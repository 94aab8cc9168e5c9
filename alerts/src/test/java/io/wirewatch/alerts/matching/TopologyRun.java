package io.wirewatch.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Topics;
import io.wirewatch.events.Verdict;

/**
 * One alert topology in a {@code TopologyTestDriver} with its own state directory, and the random stream
 * that the equivalence tests feed to a fast form and its reference form side by side.
 */
final class TopologyRun implements AutoCloseable {

    static final Instant T0 = Instant.parse("2024-05-15T08:00:00Z");
    private static final List<String> RULES = List.of("r1", "r2", "r3");

    final TopologyTestDriver driver;

    TopologyRun(Path stateDir, Topology topology) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "equivalence-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, T0);
    }

    /**
     * Feeds both runs the same random stream of articles with their assignments, claims (repeated and new,
     * one to three rules) and wall-clock steps over {@code stories} stories with {@code claimsPerStory}
     * distinct claims each, and asserts after every step that both sent the same notifications.
     *
     * @return how many notifications each sent
     */
    static int sameNotifications(long seed, int stories, int claimsPerStory, TopologyRun fast, TopologyRun reference) {
        Random random = new Random(seed);
        Instant eventTime = T0;
        int sent = 0;
        for (int step = 0; step < 300; step++) {
            eventTime = eventTime.plusSeconds(random.nextInt(90));
            int story = random.nextInt(stories);
            double what = random.nextDouble();
            if (what < 0.35) {
                String articleId = "a-" + step;
                String outlet = "outlet-" + random.nextInt(5);
                Article article = new Article(Article.SCHEMA_VERSION, articleId, 1, outlet, "https://" + outlet + ".example/",
                        "https://" + outlet + ".example/" + articleId, "Titel " + step, "Text", random.nextBoolean() ? "de" : "en",
                        List.of(), eventTime, eventTime, "h-" + articleId);
                StoryAssignment assignment = new StoryAssignment(StoryAssignment.SCHEMA_VERSION, articleId, 1, "story-" + story,
                        null, 0, Verdict.ORIGINAL, eventTime);
                fast.article(article, assignment, eventTime);
                reference.article(article, assignment, eventTime);
            } else if (what < 0.7) {
                List<String> rules = new ArrayList<>(RULES.subList(0, 1 + random.nextInt(3)));
                java.util.Collections.shuffle(rules, random);
                String claimId = "c-" + story + "-" + random.nextInt(claimsPerStory);
                Claim claim = new Claim(Claim.SCHEMA_VERSION, claimId, "a-first-" + story, List.of("a-first-" + story),
                        "story-" + story, "Satz " + claimId, "Sprecher", "sagte", true, false, List.copyOf(rules), 0, 10, List.of(),
                        random.nextBoolean() ? "de" : "en");
                fast.claim(claim, eventTime);
                reference.claim(claim, eventTime);
            } else {
                Duration tick = Duration.ofSeconds(random.nextInt(400));
                fast.driver.advanceWallClockTime(tick);
                reference.driver.advanceWallClockTime(tick);
            }
            List<Alert> fromFast = fast.alerts();
            assertThat(fromFast).as("seed %d, step %d", seed, step).isEqualTo(reference.alerts());
            sent += fromFast.size();
        }
        return sent;
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

    /** Every entry of a store, as key → value and timestamp. */
    Map<String, ValueAndTimestamp<Object>> contents(String store) {
        Map<String, ValueAndTimestamp<Object>> contents = new TreeMap<>();
        try (KeyValueIterator<String, ValueAndTimestamp<Object>> all = driver.<String, Object>getTimestampedKeyValueStore(store).all()) {
            all.forEachRemaining(entry -> contents.put(entry.key, entry.value));
        }
        return contents;
    }

    @Override
    public void close() {
        driver.close();
    }
}
