package io.wirewatch.app.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import io.wirewatch.events.Article;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.ProcessorTopology;

/**
 * Runs corpus articles through the real processor topology (Kafka Streams' TopologyTestDriver, no broker)
 * and collects the assignment each one received.
 */
public final class CopiesRun {

    private CopiesRun() {
    }

    /** @return file → prediction, in arrival order */
    public static Map<String, CopiesPrediction> run(List<CopiesArrivalOrder.Arrival> arrivals, ProcessorConfig config) {
        Path stateDir = temporaryStateDir();
        Map<String, CopiesPrediction> predictions = new LinkedHashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(ProcessorTopology.build(config), properties(stateDir),
                Instant.EPOCH)) {
            TestInputTopic<String, Article> articles = driver.createInputTopic(Topics.ARTICLES.name(),
                    Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer());
            TestOutputTopic<String, StoryAssignment> assignments = driver.createOutputTopic(Topics.ASSIGNMENTS.name(),
                    Topics.ASSIGNMENTS.keySerde().deserializer(), Topics.ASSIGNMENTS.valueSerde().deserializer());
            Map<String, StoryAssignment> latestByArticle = new LinkedHashMap<>();
            for (CopiesArrivalOrder.Arrival arrival : arrivals) {
                Article article = withFetchTime(arrival.entry().article(), arrival.recordTime());
                articles.pipeInput(new TestRecord<>(article.id(), article, arrival.recordTime()));
                assignments.readValuesToList().forEach(a -> latestByArticle.put(a.articleId(), a));
                // An older version arriving after a newer one gets no verdict of its own: the processor
                // keeps the newer version's, which is then the answer for this file too.
                StoryAssignment last = latestByArticle.get(article.id());
                if (last == null) {
                    throw new IllegalStateException("the processor assigned nothing to " + arrival.entry().file());
                }
                predictions.put(arrival.entry().file(), new CopiesPrediction(arrival.entry().file(), article.id(),
                        last.storyId(), last.duplicateOf(), last.reason()));
            }
        } finally {
            deleteRecursively(stateDir);
        }
        return predictions;
    }

    private static Article withFetchTime(Article a, Instant fetchedAt) {
        return new Article(a.schemaVersion(), a.id(), a.version(), a.sourceId(), a.origin(), a.url(), a.title(), a.text(),
                a.language(), a.authors(), a.publishedAt(), fetchedAt, a.contentHash());
    }

    private static Properties properties(Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "wirewatch-eval-copies");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "eval.invalid:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return props;
    }

    private static Path temporaryStateDir() {
        try {
            return Files.createTempDirectory("wirewatch-eval-copies");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary state directory", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
