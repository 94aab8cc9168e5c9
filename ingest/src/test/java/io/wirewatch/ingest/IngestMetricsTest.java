package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Test;

import io.wirewatch.ingest.fetch.BlockedAddressException;
import io.wirewatch.ingest.fetch.FetchException;
import io.wirewatch.ingest.fetch.ResponseTooLargeException;
import io.wirewatch.ingest.source.SourceException;

/** The reason label of fetch errors stays a short fixed set, whatever the message says. */
class IngestMetricsTest {

    private static final URI URL = URI.create("https://example.org/feed.rss");

    @Test
    void reasonIsTheStatusOrTheKindOfFailure() {
        assertThat(IngestMetrics.reason(failed(new FetchException(URL, 503, "HTTP 503")))).isEqualTo("http_503");
        assertThat(IngestMetrics.reason(failed(new ResponseTooLargeException(URL, FetchException.NO_STATUS, 10)))).isEqualTo("too_large");
        assertThat(IngestMetrics.reason(failed(new BlockedAddressException(URL, "loopback")))).isEqualTo("blocked_address");
        assertThat(IngestMetrics.reason(failed(new FetchException(URL, FetchException.NO_STATUS, "timed out",
                new HttpTimeoutException("read timed out"))))).isEqualTo("timeout");
        assertThat(IngestMetrics.reason(failed(new FetchException(URL, FetchException.NO_STATUS, "connection refused")))).isEqualTo("network");
        assertThat(IngestMetrics.reason(new SourceException(URL.toString(), "not a feed", new IllegalArgumentException("x")))).isEqualTo("read");
    }

    private static SourceException failed(FetchException cause) {
        return new SourceException(URL.toString(), cause.getMessage(), cause);
    }
}
