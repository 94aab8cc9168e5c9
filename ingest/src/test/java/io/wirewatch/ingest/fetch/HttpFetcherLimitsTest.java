package io.wirewatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.ingest.LocalHttpServer;

/** Timeouts, the per-host limit and validators that outlive the fetcher, against a real local server. */
class HttpFetcherLimitsTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>Deichbote</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private final LocalHttpServer server = new LocalHttpServer();
    /** Holds the requests of the per-host test on the server until the test lets them go. */
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    private static FetchPolicy policy(Duration readTimeout, int perHost) {
        return new FetchPolicy("wirewatch-test/1", 1_000_000, Duration.ofSeconds(2), readTimeout, 3, perHost, true);
    }

    @Test
    void slowResponseTimesOutWhileOtherRequestsGoOn() throws Exception {
        server.serveSlowly("/langsam", "application/rss+xml", FEED);
        server.serve("/schnell", "application/rss+xml", FEED);
        HttpFetcher fetcher = new HttpFetcher(policy(Duration.ofMillis(400), 4));

        CompletableFuture<FetchResult> slow = CompletableFuture.supplyAsync(() -> fetchQuietly(fetcher, "/langsam"));
        await().atMost(Duration.ofSeconds(5)).until(() -> server.requestsTo("/langsam") == 1);
        FetchResult fast = fetcher.fetch(FetchRequest.oneShot(server.uri("/schnell"), Map.of()));

        assertThat(fast).isInstanceOf(FetchResult.Fetched.class);
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.oneShot(server.uri("/langsam"), Map.of())))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("timed out")
                .hasMessageContaining("/langsam");
        assertThat(slow.get(5, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void perHostConcurrencyLimitIsHonoured() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        server.route("/feed", exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            waitFor(release);
            inFlight.decrementAndGet();
            LocalHttpServer.respond(exchange, 200, "application/rss+xml", FEED);
        });
        HttpFetcher fetcher = new HttpFetcher(policy(Duration.ofSeconds(20), 2));

        List<CompletableFuture<FetchResult>> fetches = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fetches.add(CompletableFuture.supplyAsync(() -> fetchQuietly(fetcher, "/feed")));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> inFlight.get() == 2);
        // Three more fetches are waiting; for a while none of them may reach the server.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> server.requestsTo("/feed") == 2);
        release.countDown();

        for (CompletableFuture<FetchResult> fetch : fetches) {
            assertThat(fetch.get(10, TimeUnit.SECONDS)).isInstanceOf(FetchResult.Fetched.class);
        }
        assertThat(server.requestsTo("/feed")).isEqualTo(5);
        assertThat(mostInFlight.get()).isEqualTo(2);
    }

    @Test
    void validatorsPersistedInTheStateDirectoryOutliveTheFetcher(@TempDir Path stateDir) throws Exception {
        server.route("/feed", exchange -> {
            if ("\"deich-7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalHttpServer.respond(exchange, 304, null, new byte[0]);
            } else {
                exchange.getResponseHeaders().set("ETag", "\"deich-7\"");
                exchange.getResponseHeaders().set("Last-Modified", "Tue, 14 May 2024 06:00:00 GMT");
                LocalHttpServer.respond(exchange, 200, "application/rss+xml", FEED);
            }
        });
        Path file = stateDir.resolve("validators.json");
        FetchRequest request = FetchRequest.configured(server.uri("/feed"), Map.of());

        FetchResult first = new HttpFetcher(policy(Duration.ofSeconds(5), 2), ValidatorCache.persistentIn(file)).fetch(request);
        // A new fetcher, as after a restart, reads the same file.
        HttpFetcher restarted = new HttpFetcher(policy(Duration.ofSeconds(5), 2), ValidatorCache.persistentIn(file));
        FetchResult second = restarted.fetch(request);

        assertThat(first).isInstanceOf(FetchResult.Fetched.class);
        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
        assertThat(server.requests().get(1).headers().getFirst("If-Modified-Since")).isEqualTo("Tue, 14 May 2024 06:00:00 GMT");

        // A caller that could not use the body forgets the validators: the next fetch gets it whole.
        restarted.forget(request.uri());
        assertThat(new HttpFetcher(policy(Duration.ofSeconds(5), 2), ValidatorCache.persistentIn(file)).fetch(request))
                .isInstanceOf(FetchResult.Fetched.class);
    }

    private FetchResult fetchQuietly(HttpFetcher fetcher, String path) {
        try {
            return fetcher.fetch(FetchRequest.oneShot(server.uri(path), Map.of()));
        } catch (FetchException e) {
            return null;
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
