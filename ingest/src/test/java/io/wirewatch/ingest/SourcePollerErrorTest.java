package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.health.ServiceFailure;
import io.wirewatch.ingest.fetch.HttpFetcher;
import io.wirewatch.ingest.fetch.ValidatorCache;
import io.wirewatch.ingest.seen.SeenStore;
import io.wirewatch.ingest.source.ArticleFactory;
import io.wirewatch.ingest.source.SourceLoader;

/**
 * A poll that throws an {@link Error} is counted and logged like any failed poll and the source is polled
 * again (a scheduled task that throws is otherwise never run again, without a word); an Error other than a
 * stack overflow is also the service's failure.
 */
class SourcePollerErrorTest {

    private static final byte[] FEED = ("<rss version=\"2.0\"><channel><title>Auebote</title>"
            + "<link>https://aue.example/</link><description>d</description><item><title>Brücke wird saniert</title>"
            + "<link>https://aue.example/bruecke</link><description>Ab Montag ist die Brücke gesperrt.</description>"
            + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8);

    private final LocalHttpServer server = new LocalHttpServer().serve("/feed.rss", "application/rss+xml", FEED);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @TempDir
    Path stateDir;

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        server.close();
    }

    @Test
    void aStackOverflowIsAFailureOfTheSourceWhichIsPolledAgain() {
        ServiceFailure failure = new ServiceFailure("ingest");
        try (ArticlePublisher publisher = publisher()) {
            SourcePoller poller = poller(() -> new StackOverflowError(), publisher, failure);
            poller.scheduleFirst();

            await().atMost(Duration.ofSeconds(30)).until(() -> poller.health().consecutiveFailures() >= 3);
            assertThat(poller.health().lastError()).contains("StackOverflowError");
            assertThat(poller.health().nextPoll()).isNotNull();
            assertThat(failure.healthy()).isTrue();
        }
    }

    @Test
    void anyOtherErrorIsCountedAndIsTheServicesFailure() {
        ServiceFailure failure = new ServiceFailure("ingest");
        try (ArticlePublisher publisher = publisher()) {
            SourcePoller poller = poller(() -> new InternalError("broken class path"), publisher, failure);
            poller.scheduleFirst();

            await().atMost(Duration.ofSeconds(30)).until(() -> failure.reason().isPresent());
            assertThat(failure.reason()).hasValueSatisfying(reason ->
                    assertThat(reason).startsWith("ingest: source auebote: poll failed with java.lang.InternalError: broken class path"));
            assertThat(poller.health().consecutiveFailures()).isPositive();
            assertThat(poller.health().lastError()).isEqualTo("InternalError: broken class path");
        }
    }

    private SourcePoller poller(Supplier<Error> error, ArticlePublisher publisher, ServiceFailure failure) {
        HttpFetcher fetcher = new HttpFetcher(IngestConfig.defaults().fetchPolicy(),
                ValidatorCache.inMemory());
        SourceLoader loader = new SourceLoader(fetcher, new ArticleFactory(new FailingClock(error)));
        SourceConfig source = new SourceConfig("auebote", server.uri("/feed.rss").toString(), Duration.ofMillis(10), null, null, null);
        return new SourcePoller(source, loader, publisher, scheduler, Clock.systemUTC(), failure);
    }

    /** Never reached by these polls (they fail before publishing); no broker needed. */
    private ArticlePublisher publisher() {
        return new ArticlePublisher(Map.of("bootstrap.servers", "127.0.0.1:9", "max.block.ms", 100),
                SeenStore.open(stateDir.resolve(IngestService.SEEN_FILE)));
    }

    /** Building an article asks the clock for the fetch time: the injected failure. */
    private static final class FailingClock extends Clock {

        private final Supplier<Error> error;

        FailingClock(Supplier<Error> error) {
            this.error = error;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            throw error.get();
        }
    }
}
