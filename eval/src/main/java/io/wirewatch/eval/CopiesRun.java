package io.wirewatch.eval;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;

import io.wirewatch.app.replay.OfflineTopology;
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

    /**
     * @return file → prediction, in arrival order: each article's verdict as it stands after the last arrival, as a
     *         reader of the compacted assignments topic sees it (a later original may have revised it)
     */
    public static Map<String, CopiesPrediction> run(List<CopiesArrivalOrder.Arrival> arrivals, ProcessorConfig config) {
        Map<String, String> articleOfFile = new LinkedHashMap<>();
        Map<String, StoryAssignment> latestByArticle = new LinkedHashMap<>();
        try (OfflineTopology processor = new OfflineTopology(ProcessorTopology.build(config), "eval-copies")) {
            TestInputTopic<String, Article> articles = processor.input(Topics.ARTICLES);
            TestOutputTopic<String, StoryAssignment> assignments = processor.output(Topics.ASSIGNMENTS);
            for (CopiesArrivalOrder.Arrival arrival : arrivals) {
                Article article = withFetchTime(arrival.entry().article(), arrival.recordTime());
                articles.pipeInput(new TestRecord<>(article.id(), article, arrival.recordTime()));
                assignments.readValuesToList().forEach(a -> latestByArticle.put(a.articleId(), a));
                // An older version arriving after a newer one gets no verdict of its own: the processor
                // keeps the newer version's, which is then the answer for this file too.
                if (!latestByArticle.containsKey(article.id())) {
                    throw new IllegalStateException("the processor assigned nothing to " + arrival.entry().file());
                }
                articleOfFile.put(arrival.entry().file(), article.id());
            }
        }
        Map<String, CopiesPrediction> predictions = new LinkedHashMap<>();
        articleOfFile.forEach((file, articleId) -> {
            StoryAssignment last = latestByArticle.get(articleId);
            predictions.put(file, new CopiesPrediction(file, articleId, last.storyId(), last.duplicateOf(), last.reason().wire()));
        });
        return predictions;
    }

    private static Article withFetchTime(Article a, Instant fetchedAt) {
        return new Article(a.schemaVersion(), a.id(), a.version(), a.sourceId(), a.origin(), a.url(), a.title(), a.text(),
                a.language(), a.authors(), a.publishedAt(), fetchedAt, a.contentHash());
    }
}
