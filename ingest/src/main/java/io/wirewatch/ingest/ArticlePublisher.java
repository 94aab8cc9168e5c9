package io.wirewatch.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.Article;
import io.wirewatch.events.ProgressMark;
import io.wirewatch.events.Topics;
import io.wirewatch.ingest.seen.SeenStore;

/**
 * Publishes articles that are new or changed according to the {@link SeenStore}, and records them as
 * seen only once the broker acknowledged them: a crash between send and acknowledgement republishes
 * (at-least-once), it never loses an article. Shortly after a publish every partition of the topic gets a
 * {@link io.wirewatch.events.ProgressMark} ({@link ProgressMarks}). Public for {@code wirewatch bench}, which
 * publishes its generated articles through this very code path.
 */
public final class ArticlePublisher implements AutoCloseable {

    /** Why a batch was not fully published. */
    public static final class PublishException extends Exception {
        PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);

    private final Producer<String, Article> producer;
    private final SeenStore seen;
    /**
     * Held around each send. The producer stamps a record with the time when send() is called and appends it
     * to its partition's batch a moment later; sources polled in parallel that sent at once could append in
     * the other order. One send at a time keeps each partition's record times in the order of its records,
     * which lets the processor release an article once every partition has moved past it.
     */
    private final Object sendLock = new Object();
    private final ProgressMarks marks;

    public ArticlePublisher(Map<String, Object> kafkaProperties, SeenStore seen) {
        this.producer = new KafkaProducer<>(producerProperties(kafkaProperties),
                Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer());
        this.seen = seen;
        this.marks = new ProgressMarks(producer, sendLock, Topics.ARTICLES.name(), ProgressMark.DELAY);
    }

    static Map<String, Object> producerProperties(Map<String, Object> kafkaProperties) {
        Map<String, Object> properties = new HashMap<>(kafkaProperties);
        properties.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "wirewatch-ingest");
        // Required, not tunable: a retried send must not duplicate an article, and only a fully
        // replicated write counts as published (it is then marked seen and never sent again).
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        return properties;
    }

    /** Publishes what is new or changed; returns how many were published. */
    public int publish(String sourceId, List<Article> articles) throws PublishException {
        List<Article> sent = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (Article article : articles) {
            Optional<Article> admitted = seen.admit(article);
            if (admitted.isEmpty()) {
                LOG.debug("source {}: article {} unchanged, not republished", sourceId, article.id());
                continue;
            }
            Article toSend = admitted.get();
            try {
                synchronized (sendLock) {
                    acks.add(producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), toSend.id(), toSend)));
                }
                sent.add(toSend);
            } catch (SerializationException | RecordTooLargeException e) {
                // This article can never be sent as it is; the others of the batch still are.
                LOG.warn("source {}: article {} skipped: {}", sourceId, toSend.id(), e.getMessage());
            }
        }
        producer.flush();
        PublishException failure = null;
        int published = 0;
        for (int i = 0; i < sent.size(); i++) {
            try {
                acks.get(i).get();
                seen.record(sent.get(i));
                published++;
                LOG.debug("source {}: published article {} version {}", sourceId, sent.get(i).id(), sent.get(i).version());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RecordTooLargeException || e.getCause() instanceof InvalidRecordException) {
                    // A fault of this article alone, which retrying will not cure: it must not fail its source.
                    LOG.warn("source {}: article {} skipped: {}", sourceId, sent.get(i).id(), e.getCause().getMessage());
                    continue;
                }
                failure = new PublishException("source " + sourceId + ": article " + sent.get(i).id()
                        + " not published: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new PublishException("source " + sourceId + ": interrupted while publishing", e);
                break;
            }
        }
        seen.save();
        if (published > 0) {
            marks.published();
        }
        if (failure != null) {
            throw failure;
        }
        return published;
    }

    /** The producer's own metrics (sends, errors, batch sizes) for a meter registry. */
    KafkaClientMetrics clientMetrics() {
        return new KafkaClientMetrics(producer);
    }

    @Override
    public void close() {
        marks.close();
        producer.close(Duration.ofSeconds(5));
        seen.save();
    }
}
