package io.wirewatch.ingest;

import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Metrics;

import io.wirewatch.ingest.fetch.BlockedAddressException;
import io.wirewatch.ingest.fetch.FetchException;
import io.wirewatch.ingest.fetch.ResponseTooLargeException;
import io.wirewatch.ingest.fetch.TooManyRedirectsException;
import io.wirewatch.ingest.source.SourceException;
import io.wirewatch.ingest.source.SourceLoader;

/**
 * Ingest's counters, on Micrometer's global registry: without a registry added to it (tests, the
 * {@code fetch} command) they cost a map lookup and record nothing; {@code run} adds the Prometheus one.
 */
final class IngestMetrics {

    static final String POLLS = "wirewatch.ingest.polls";
    static final String FETCH_ERRORS = "wirewatch.ingest.fetch.errors";
    static final String PUBLISHED = "wirewatch.ingest.articles.published";
    static final String PROGRESS_MARKS = "wirewatch.ingest.progress.marks";

    private IngestMetrics() {
    }

    static void polled(String source, boolean ok) {
        Metrics.counter(POLLS, "source", source, "outcome", ok ? "ok" : "error").increment();
    }

    /** {@code reason}: an HTTP status ({@code http_503}) or a short failure kind ({@code timeout}, {@code read}, {@code publish}). */
    static void fetchFailed(String source, String reason) {
        Metrics.counter(FETCH_ERRORS, "source", source, "reason", reason).increment();
    }

    /** A few fixed values, so the label stays small: the HTTP status when one came, else the kind of failure. */
    static String reason(SourceException e) {
        return SourceLoader.fetchFailure(e).map(IngestMetrics::reason).orElse("read");
    }

    private static String reason(FetchException e) {
        if (e.status() != FetchException.NO_STATUS) {
            return "http_" + e.status();
        }
        if (e instanceof ResponseTooLargeException) {
            return "too_large";
        }
        if (e instanceof TooManyRedirectsException) {
            return "redirects";
        }
        if (e instanceof BlockedAddressException) {
            return "blocked_address";
        }
        return e.getCause() instanceof HttpTimeoutException || e.getCause() instanceof TimeoutException ? "timeout" : "network";
    }

    static void published(String source, int articles) {
        Metrics.counter(PUBLISHED, "source", source).increment(articles);
    }

    /** A progress mark acknowledged by the broker ({@code sent}) or not ({@code failed}). */
    static void progressMark(boolean sent) {
        Metrics.counter(PROGRESS_MARKS, "outcome", sent ? "sent" : "failed").increment();
    }
}
