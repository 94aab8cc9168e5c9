package io.wirewatch.ingest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.Article;
import io.wirewatch.events.ProgressMark;

/**
 * Sends a {@link ProgressMark} to every partition of the articles topic {@link ProgressMark#DELAY} after
 * articles were published, so that the processor need not wait for each partition's next article before it
 * lets them on. One round of marks serves every publish that ended more than {@link ProgressMark#CLOCK_MARGIN}
 * before it: a publish while a round is due adds nothing, and one that ends too close to a round arms another.
 */
final class ProgressMarks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressMarks.class);

    private final Producer<String, Article> producer;
    private final Object sendLock;
    private final String topic;
    private final Duration delay;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "wirewatch-ingest-progress-marks");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean armed = new AtomicBoolean();
    /** Wall-clock time at which the latest publish ended: the producer stamps records with the wall clock too. */
    private final AtomicLong lastPublishedMs = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong rounds = new AtomicLong();

    /** @param sendLock held around each send, as the publisher does, so that each partition's record times stay in order */
    ProgressMarks(Producer<String, Article> producer, Object sendLock, String topic, Duration delay) {
        this.producer = producer;
        this.sendLock = sendLock;
        this.topic = topic;
        this.delay = delay;
    }

    /** Called after articles were published (acknowledged): a round of marks follows within the delay. */
    void published() {
        lastPublishedMs.accumulateAndGet(System.currentTimeMillis(), Math::max);
        arm();
    }

    /** Rounds sent so far. */
    long rounds() {
        return rounds.get();
    }

    private void arm() {
        if (armed.compareAndSet(false, true)) {
            try {
                timer.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                armed.set(false); // closing
            }
        }
    }

    private void round() {
        long sentFromMs = System.currentTimeMillis();
        try {
            List<PartitionInfo> partitions = producer.partitionsFor(topic);
            synchronized (sendLock) {
                for (PartitionInfo partition : partitions) {
                    producer.send(new ProducerRecord<>(topic, partition.partition(), null, ProgressMark.KEY, null,
                            ProgressMark.mark(new RecordHeaders())), (metadata, error) -> {
                                IngestMetrics.progressMark(error == null);
                                if (error != null) {
                                    // The next round makes up for it; until then the processor waits as it would without marks.
                                    LOG.debug("progress mark to {}-{} not sent: {}", topic, partition.partition(), error.toString());
                                }
                            });
                }
            }
            rounds.incrementAndGet();
        } catch (RuntimeException e) {
            IngestMetrics.progressMark(false);
            LOG.debug("progress marks to {} not sent: {}", topic, e.toString());
        } finally {
            armed.set(false);
            // These marks are stamped from sentFromMs on: a publish that ended within the margin of that needs later ones.
            if (lastPublishedMs.get() + ProgressMark.CLOCK_MARGIN.toMillis() >= sentFromMs) {
                arm();
            }
        }
    }

    /** Stops sending; marks already handed to the producer go out when it closes. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
