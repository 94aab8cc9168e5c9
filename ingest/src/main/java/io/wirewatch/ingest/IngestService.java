package io.wirewatch.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.health.ServiceFailure;
import io.wirewatch.ingest.fetch.HttpFetcher;
import io.wirewatch.ingest.fetch.ValidatorCache;
import io.wirewatch.ingest.seen.SeenStore;
import io.wirewatch.ingest.source.ArticleFactory;
import io.wirewatch.ingest.source.SourceLoader;

/**
 * Polls every configured source on its interval and publishes new and changed articles to
 * {@code Topics.ARTICLES}. What was published is remembered in {@value #SEEN_FILE} in the state
 * directory, so a restart does not publish unchanged articles again, and each feed's ETag/Last-Modified in
 * {@value #VALIDATORS_FILE}, so a restart still sends conditional GETs.
 */
public final class IngestService implements AutoCloseable {

    /** File name of the de-duplication state inside the state directory. */
    public static final String SEEN_FILE = "ingest-seen.json";

    /** File name of the ETag/Last-Modified state inside the state directory: restarts still poll conditionally. */
    public static final String VALIDATORS_FILE = "ingest-validators.json";

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final int MAX_POLL_THREADS = 4;
    private static final long FINISH_POLLS_SECONDS = 3;
    private static final long SHUTDOWN_WAIT_SECONDS = 2;

    private final IngestConfig config;
    private final ScheduledExecutorService scheduler;
    private final ArticlePublisher publisher;
    private final Map<String, SourcePoller> pollers = new LinkedHashMap<>();
    private final ServiceFailure failure = new ServiceFailure("ingest");
    private boolean started;

    /**
     * @param config          validated here
     * @param kafkaProperties producer settings (at least bootstrap.servers); idempotence and acks=all are added
     * @param stateDir        directory for the de-duplication state; created when missing
     */
    public IngestService(IngestConfig config, Map<String, Object> kafkaProperties, Path stateDir) {
        this.config = config.validate();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(
                Math.max(1, Math.min(MAX_POLL_THREADS, config.sources().size())), pollThreads());
        // On close, the next polls are dropped at once; only polls already running are waited for.
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.scheduler = pool;
        this.publisher = new ArticlePublisher(kafkaProperties, SeenStore.open(stateDir.resolve(SEEN_FILE)));
        HttpFetcher fetcher = new HttpFetcher(config.fetchPolicy(),
                ValidatorCache.persistentIn(stateDir.resolve(VALIDATORS_FILE)));
        SourceLoader loader = new SourceLoader(fetcher, new ArticleFactory(Clock.systemUTC()));
        for (SourceConfig source : config.sources()) {
            pollers.put(source.id(), new SourcePoller(source, loader, publisher, scheduler, Clock.systemUTC(), failure));
        }
    }

    /** Starts polling every source now and then on its interval. Calling it twice has no further effect. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        LOG.info("ingest: polling {} sources", pollers.size());
        pollers.values().forEach(SourcePoller::scheduleFirst);
    }

    /**
     * Whether ingest as a whole can be trusted to go on: set when a poll threw an {@link Error} other than
     * a stack overflow. A failing source is not a failure of the service; see {@link #health()}.
     */
    public ServiceFailure failure() {
        return failure;
    }

    /** Per source id, in configuration order. */
    public Map<String, SourceHealth> health() {
        Map<String, SourceHealth> health = new LinkedHashMap<>();
        pollers.forEach((id, poller) -> health.put(id, poller.health()));
        return health;
    }

    /** The Kafka producer's metrics for a meter registry, which closes the binder when it closes. */
    public KafkaClientMetrics kafkaClientMetrics() {
        return publisher.clientMetrics();
    }

    /**
     * Stops polling: no new poll starts, polls in flight get {@value #FINISH_POLLS_SECONDS} s to publish
     * what they read and are then interrupted (an article not acknowledged is published again after the
     * restart, never lost); then the producer is flushed and closed.
     */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(FINISH_POLLS_SECONDS, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
                if (!scheduler.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warn("ingest: polls still running {}s after the interrupt, closing anyway", SHUTDOWN_WAIT_SECONDS);
                }
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
        publisher.close();
        LOG.info("ingest: stopped");
    }

    private static ThreadFactory pollThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "wirewatch-ingest-poll-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
