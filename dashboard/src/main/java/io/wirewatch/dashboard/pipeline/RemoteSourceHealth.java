package io.wirewatch.dashboard.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;

import io.wirewatch.events.Json;

/**
 * The sources' poll health from ingest's {@code /health/sources} when ingest runs in another process
 * (its own container): asked at most once every {@link #FRESH} and within {@link #TIMEOUT}, an answer of
 * at most {@link #MAX_BYTES}. The URL is the operator's ({@code dashboard.sourceHealthUrl}), never
 * taken from data.
 */
public final class RemoteSourceHealth implements Supplier<Map<String, SourcePoll>> {

    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final Duration FRESH = Duration.ofSeconds(5);
    static final int MAX_BYTES = 1 << 20;

    private final URI uri;
    private final Clock clock;
    private final HttpClient http;
    private Map<String, SourcePoll> last;
    private SourceHealthUnavailableException lastFailure;
    private Instant lastAt = Instant.MIN;

    public RemoteSourceHealth(URI uri, Clock clock) {
        this.uri = uri;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * @throws SourceHealthUnavailableException when ingest does not answer, or not as expected
     */
    @Override
    public synchronized Map<String, SourcePoll> get() {
        Instant now = clock.instant();
        if (now.isBefore(lastAt.plus(FRESH))) {
            // A failure is kept as long as an answer: a dead ingest does not cost every page a timeout.
            if (lastFailure != null) {
                throw lastFailure;
            }
            return last;
        }
        lastAt = now;
        try {
            last = fetch();
            lastFailure = null;
            return last;
        } catch (SourceHealthUnavailableException e) {
            last = null;
            lastFailure = e;
            throw e;
        }
    }

    private Map<String, SourcePoll> fetch() {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (response.statusCode() != 200) {
                    throw new SourceHealthUnavailableException(uri + " answered HTTP " + response.statusCode());
                }
                if (bytes.length > MAX_BYTES) {
                    throw new SourceHealthUnavailableException(uri + " answered more than " + MAX_BYTES + " bytes");
                }
                Answer answer = Json.mapper().readValue(bytes, new TypeReference<Answer>() { });
                if (answer.sources() == null) {
                    throw new SourceHealthUnavailableException(uri + " answered without a 'sources' object");
                }
                return Map.copyOf(answer.sources());
            }
        } catch (IOException e) {
            throw new SourceHealthUnavailableException(uri + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceHealthUnavailableException(uri + ": interrupted", e);
        }
    }

    /** The body of {@code /health/sources}. */
    public record Answer(Map<String, SourcePoll> sources) {
    }
}
