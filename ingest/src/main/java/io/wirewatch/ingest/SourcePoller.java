package io.wirewatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import io.wirewatch.events.health.ServiceFailure;
import io.wirewatch.ingest.fetch.FetchException;
import io.wirewatch.ingest.fetch.RetryLaterException;
import io.wirewatch.ingest.source.SourceBatch;
import io.wirewatch.ingest.source.SourceException;
import io.wirewatch.ingest.source.SourceLoader;
import io.wirewatch.ingest.source.SourceSpec;

/**
 * Polls one source on its own schedule: each poll schedules the next one, after the interval when it
 * succeeded and after a growing back-off when it failed. Whatever a poll throws, {@link Error}s included,
 * is caught, logged and counted as a failure of the source here, so one broken source can neither stop the
 * others nor the scheduler (a scheduled task that throws is silently never run again).
 *
 * <p>A {@link StackOverflowError} is a failure of the input (a document nested too deeply) and the source
 * goes on like after any failed poll. Any other {@link Error} (out of memory, a broken class path) leaves
 * the process in a state that cannot be trusted: it is also reported as the service's {@link ServiceFailure},
 * on which the runner stops the process.
 */
final class SourcePoller {

    private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);

    private final SourceConfig source;
    private final SourceSpec spec;
    private final SourceLoader loader;
    private final ArticlePublisher publisher;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final ServiceFailure serviceFailure;

    private Instant lastSuccess;
    private Instant lastAttempt;
    private int consecutiveFailures;
    private String lastError;
    private int lastStatus;
    private Duration retryAfter;
    private Instant nextPoll;

    SourcePoller(SourceConfig source, SourceLoader loader, ArticlePublisher publisher,
                 ScheduledExecutorService scheduler, Clock clock, ServiceFailure serviceFailure) {
        this.source = source;
        this.spec = new SourceSpec(source.id(), source.url(), source.headers(), source.language(),
                source.fetchFullPage(), true);
        this.loader = loader;
        this.publisher = publisher;
        this.scheduler = scheduler;
        this.clock = clock;
        this.serviceFailure = serviceFailure;
    }

    void scheduleFirst() {
        schedule(Duration.ZERO);
    }

    synchronized SourceHealth health() {
        return new SourceHealth(lastSuccess, lastAttempt, consecutiveFailures, Backoff.paused(consecutiveFailures),
                lastError, lastStatus, retryAfter, nextPoll);
    }

    private void poll() {
        Duration askedToWait = null;
        MDC.put("service", "ingest");
        MDC.put("source", source.id());
        try {
            SourceBatch batch = loader.load(spec);
            batch.errors().forEach(error -> LOG.warn("source {}: {}", source.id(), error));
            int published = publisher.publish(source.id(), batch.articles());
            succeeded();
            IngestMetrics.polled(source.id(), true);
            IngestMetrics.published(source.id(), published);
            if (published > 0) {
                LOG.info("source {}: {} articles read, {} new or changed published", source.id(),
                        batch.articles().size(), published);
            } else {
                LOG.debug("source {}: nothing new ({})", source.id(),
                        batch.notModified() ? "not modified" : batch.articles().size() + " articles unchanged");
            }
        } catch (SourceException e) {
            askedToWait = SourceLoader.fetchFailure(e)
                    .filter(RetryLaterException.class::isInstance)
                    .flatMap(f -> ((RetryLaterException) f).retryAfter())
                    .orElse(null);
            failed(e.getMessage(), SourceLoader.fetchFailure(e).map(FetchException::status).orElse(0), askedToWait);
            IngestMetrics.polled(source.id(), false);
            IngestMetrics.fetchFailed(source.id(), IngestMetrics.reason(e));
        } catch (ArticlePublisher.PublishException e) {
            loader.forgetValidators(spec);
            failed(e.getMessage(), 0, null);
            IngestMetrics.polled(source.id(), false);
            IngestMetrics.fetchFailed(source.id(), "publish");
        } catch (StackOverflowError e) {
            // Not logged with its stack: thousands of identical frames say nothing more than this line.
            LOG.error("source {}: poll failed with StackOverflowError (input nested too deeply?)", source.id());
            failed("StackOverflowError: input nested too deeply", 0, null);
            IngestMetrics.polled(source.id(), false);
            IngestMetrics.fetchFailed(source.id(), "stack-overflow");
        } catch (RuntimeException | Error e) {
            if (e instanceof RuntimeException && Thread.currentThread().isInterrupted()) {
                // The service is closing (shutdownNow interrupts polls in flight): not a failure of the source.
                LOG.debug("source {}: poll interrupted by shutdown", source.id());
                return;
            }
            LOG.error("source {}: unexpected failure", source.id(), e);
            failed(e.getClass().getSimpleName() + ": " + e.getMessage(), 0, null);
            IngestMetrics.polled(source.id(), false);
            IngestMetrics.fetchFailed(source.id(), "unexpected");
            if (e instanceof Error) {
                serviceFailure.fail("source " + source.id() + ": poll failed with " + e);
            }
        } finally {
            if (!Thread.currentThread().isInterrupted()) {
                schedule(nextDelay(askedToWait));
            }
            MDC.remove("source");
        }
    }

    private synchronized void succeeded() {
        lastSuccess = clock.instant();
        lastAttempt = lastSuccess;
        consecutiveFailures = 0;
        lastError = null;
        lastStatus = 0;
        retryAfter = null;
    }

    private synchronized void failed(String message, int status, Duration askedToWait) {
        lastAttempt = clock.instant();
        consecutiveFailures++;
        lastError = message;
        lastStatus = status;
        retryAfter = askedToWait;
        if (Backoff.paused(consecutiveFailures)) {
            LOG.warn("source {}: failed {} times in a row (status {}), paused to the longest back-off: {}",
                    source.id(), consecutiveFailures, status, message);
        } else {
            LOG.warn("source {}: poll failed ({} in a row): {}", source.id(), consecutiveFailures, message);
        }
    }

    private synchronized Duration nextDelay(Duration retryAfter) {
        return Backoff.delay(source.interval(), consecutiveFailures, retryAfter);
    }

    private void schedule(Duration delay) {
        synchronized (this) {
            nextPoll = clock.instant().plus(delay);
        }
        try {
            scheduler.schedule(this::poll, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            synchronized (this) {
                nextPoll = null;
            }
        }
    }
}
