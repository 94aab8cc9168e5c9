package io.wirewatch.processor.attribution;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.DeadLetter;
import io.wirewatch.events.Topics;

/**
 * Writes rejected rules-topic records to {@link Topics#DEAD_LETTERS}: original key and value bytes, the
 * reason in the {@link DeadLetter} headers (naming the rule id and, for a bad query, Lucene's message),
 * stage {@value #STAGE_NAME}, and the source topic, partition and offset.
 *
 * <p>While the global store is restored at start-up, every record of the topic is read again; a bad one
 * is then only logged, so that each restart does not dead-letter the same record once more. The records
 * are sent without waiting: the global thread must not stall on the dead-letter topic, and a lost dead
 * letter loses nothing of the pipeline (the rule is ignored either way, and logged).
 */
public final class RuleDeadLetters implements RejectedRules, StateRestoreListener, AutoCloseable {

    public static final String STAGE_NAME = "processor-rules";

    private static final Logger LOG = LoggerFactory.getLogger(RuleDeadLetters.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final Producer<byte[], byte[]> producer;
    /** Partitions of the rules topic being restored now (the listener hears of every store; only this one counts). */
    private volatile int restoring;

    RuleDeadLetters(Producer<byte[], byte[]> producer) {
        this.producer = producer;
    }

    /** A producer with the processor's client settings (bootstrap, security), without its transactions. */
    public static RuleDeadLetters connect(StreamsConfig streams) {
        Map<String, Object> props = new HashMap<>(streams.getProducerConfigs("processor-rules-dead-letters"));
        props.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new RuleDeadLetters(new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer()));
    }

    @Override
    public void rejected(RejectedRule record, String reason) {
        if (restoring > 0) {
            return;
        }
        ProducerRecord<byte[], byte[]> letter = DeadLetter.of(STAGE_NAME, reason, record.topic(), record.partition(),
                record.offset(), record.key(), record.value(), Map.of());
        producer.send(letter, (metadata, e) -> {
            if (e != null) {
                LOG.warn("cannot dead-letter rules record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                        e.toString());
            }
        });
    }

    @Override
    public synchronized void onRestoreStart(TopicPartition partition, String storeName, long startingOffset, long endingOffset) {
        if (RuleStoreUpdater.STORE.equals(storeName)) {
            restoring++;
        }
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String storeName, long batchEndOffset, long numRestored) {
        // only the start and end matter
    }

    @Override
    public synchronized void onRestoreEnd(TopicPartition partition, String storeName, long totalRestored) {
        if (RuleStoreUpdater.STORE.equals(storeName)) {
            restoring = Math.max(0, restoring - 1);
        }
    }

    @Override
    public synchronized void onRestoreSuspended(TopicPartition partition, String storeName, long totalRestored) {
        if (RuleStoreUpdater.STORE.equals(storeName)) {
            restoring = Math.max(0, restoring - 1);
        }
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }
}
