package io.wirewatch.bench.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.common.serialization.Serde;

import io.wirewatch.events.Article;
import io.wirewatch.processor.copies.FingerprintedArticle;

/**
 * The copy-detection stage split as the topology splits it: fingerprints are computed and serialised
 * (as the input tasks do before they write the ordered partition) by {@value #FINGERPRINT_THREADS}
 * worker threads, and the calling thread deserialises them and runs the ordered part (as the single
 * copy-detection task does), in input order. On the 2-core machine the three threads share two cores,
 * like the processor's stream threads.
 */
final class PipelinedCopyDetection implements ArticleSink {

    static final int FINGERPRINT_THREADS = 2;
    /** How far fingerprinting may run ahead of the ordered part, in articles. */
    private static final int AHEAD = 256;
    private static final String TOPIC = "bench-articles-in-order";

    private final CopyDetectionStage stage;
    private final Serde<FingerprintedArticle> serde;
    private final ExecutorService fingerprinting = Executors.newFixedThreadPool(FINGERPRINT_THREADS);
    private final Deque<Future<byte[]>> inFlight = new ArrayDeque<>();

    PipelinedCopyDetection(boolean inMemory) {
        this(new CopyDetectionStage(inMemory));
    }

    PipelinedCopyDetection(CopyDetectionStage stage) {
        this.stage = stage;
        serde = FingerprintedArticle.serde(stage.fingerprinter());
    }

    @Override
    public void process(Article article) {
        inFlight.add(fingerprinting.submit(() ->
                serde.serializer().serialize(TOPIC, new FingerprintedArticle(article, stage.fingerprinter().fingerprint(article)))));
        if (inFlight.size() > AHEAD) {
            detectNext();
        }
    }

    @Override
    public void flush() {
        while (!inFlight.isEmpty()) {
            detectNext();
        }
    }

    private void detectNext() {
        try {
            stage.process(serde.deserializer().deserialize(TOPIC, inFlight.remove().get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a fingerprint", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("fingerprinting failed", e.getCause());
        }
    }

    @Override
    public void close() {
        fingerprinting.shutdownNow();
        stage.close();
    }
}
