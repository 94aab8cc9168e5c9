package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.testkit.KafkaBrokerExtension;

/** Broken, slow and throttling sources are shown in health and never hold up a good one. */
@ExtendWith(KafkaBrokerExtension.class)
class IngestServiceHealthIT {

    private static final byte[] FEED = ("<rss version=\"2.0\"><channel><title>Auebote</title>"
            + "<link>https://aue.example/</link><description>d</description><item><title>Brücke wird saniert</title>"
            + "<link>https://aue.example/bruecke</link><description>Ab Montag ist die Brücke über die Aue für"
            + " mehrere Wochen gesperrt.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);

    private final LocalHttpServer server = new LocalHttpServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void failingSourceIsPausedAndUnhealthyThrottledAndSlowOnesAreShownWhileTheGoodOneGoesOn(@TempDir Path stateDir)
            throws InterruptedException {
        ArticlesTopic.create();
        server.serve("/gut.rss", "application/rss+xml", FEED);
        server.route("/kaputt.rss", exchange -> LocalHttpServer.respond(exchange, 500, null, new byte[0]));
        server.route("/gedrosselt.rss", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            LocalHttpServer.respond(exchange, 429, null, new byte[0]);
        });
        server.serveSlowly("/langsam.rss", "application/rss+xml", FEED);
        Duration interval = Duration.ofMillis(50);
        List<SourceConfig> sources = List.of(
                new SourceConfig("gut", server.uri("/gut.rss").toString(), interval, null, null, null),
                new SourceConfig("kaputt", server.uri("/kaputt.rss").toString(), interval, null, null, null),
                new SourceConfig("gedrosselt", server.uri("/gedrosselt.rss").toString(), interval, null, null, null),
                new SourceConfig("langsam", server.uri("/langsam.rss").toString(), interval, null, null, null));
        IngestConfig config = new IngestConfig(sources, null, null, null, Duration.ofSeconds(2), null, 4, null);

        try (IngestService service = new IngestService(config,
                Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers()), stateDir)) {
            service.start();

            await().atMost(Duration.ofSeconds(30)).until(() -> service.health().get("kaputt").paused()
                    && service.health().get("gedrosselt").lastStatus() == 429
                    && service.health().get("langsam").lastError() != null);
            Map<String, SourceHealth> health = service.health();

            SourceHealth broken = health.get("kaputt");
            assertThat(broken.healthy()).isFalse();
            assertThat(broken.consecutiveFailures()).isGreaterThanOrEqualTo(Backoff.PAUSE_AFTER_FAILURES);
            assertThat(broken.lastStatus()).isEqualTo(500);

            SourceHealth throttled = health.get("gedrosselt");
            assertThat(throttled.lastStatus()).isEqualTo(429);
            assertThat(throttled.retryAfter()).isEqualTo(Duration.ofHours(1));
            assertThat(throttled.nextPoll()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));

            SourceHealth slow = health.get("langsam");
            assertThat(slow.healthy()).isFalse();
            assertThat(slow.lastError()).contains("timed out");

            // Meanwhile the good source kept its interval: many polls, all successful.
            assertThat(server.requestsTo("/gut.rss")).isGreaterThan(5);
            assertThat(health.get("gut").healthy()).isTrue();
            assertThat(health.get("gut").lastSuccess()).isNotNull();
        }
    }
}
