package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.testkit.KafkaBrokerExtension;

/**
 * Feed servers that answer with garbage or with a body far over the size cap (declared, and streamed without
 * a length): only that source suffers, its health says why, and a good source next to them keeps its
 * interval. A feed of 10,000 nested elements is read without overflowing the stack.
 */
@ExtendWith(KafkaBrokerExtension.class)
class HostileFeedServersIT {

    private static final byte[] FEED = ("<rss version=\"2.0\"><channel><title>Auebote</title>"
            + "<link>https://aue.example/</link><description>d</description><item><title>Brücke wird saniert</title>"
            + "<link>https://aue.example/bruecke</link><description>Ab Montag ist die Brücke über die Aue für"
            + " mehrere Wochen gesperrt.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
    private static final long MAX_BYTES = 1_000_000;

    private final LocalHttpServer server = new LocalHttpServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void onlyTheHostileSourcesSufferAndTheirHealthSaysWhy(@TempDir Path stateDir) throws Exception {
        ArticlesTopic.create();
        byte[] garbage = new byte[50_000];
        new Random(7).nextBytes(garbage);
        server.serve("/gut.rss", "application/rss+xml", FEED);
        server.serve("/muell.rss", "application/rss+xml", garbage);
        server.serve("/riesig.rss", "application/rss+xml", new byte[(int) MAX_BYTES * 3]);
        server.route("/endlos.rss", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            try (OutputStream out = exchange.getResponseBody()) {
                for (int sent = 0; sent < 4 * MAX_BYTES; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (java.io.IOException clientGaveUp) {
                // the fetcher stops reading at the cap
            }
        });
        server.serve("/tief.rss", "application/rss+xml", ("<rss version=\"2.0\"><channel><title>t</title>"
                + "<div>".repeat(10_000) + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
        Duration interval = Duration.ofMillis(100);
        List<SourceConfig> sources = List.of(
                new SourceConfig("gut", server.uri("/gut.rss").toString(), interval, null, null, null),
                new SourceConfig("muell", server.uri("/muell.rss").toString(), interval, null, null, null),
                new SourceConfig("riesig", server.uri("/riesig.rss").toString(), interval, null, null, null),
                new SourceConfig("endlos", server.uri("/endlos.rss").toString(), interval, null, null, null),
                new SourceConfig("tief", server.uri("/tief.rss").toString(), interval, null, null, null));
        IngestConfig config = new IngestConfig(sources, null, MAX_BYTES, null, Duration.ofSeconds(5), null, 4, null);

        try (IngestService service = new IngestService(config,
                Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers()), stateDir)) {
            service.start();

            await().atMost(Duration.ofSeconds(60)).until(() -> List.of("muell", "riesig", "endlos").stream()
                    .allMatch(id -> service.health().get(id).consecutiveFailures() >= 2)
                    && server.requestsTo("/tief.rss") >= 2);
            Map<String, SourceHealth> health = service.health();

            assertThat(health.get("muell").lastError()).isNotBlank();
            assertThat(health.get("riesig").lastError()).contains(String.valueOf(MAX_BYTES));
            assertThat(health.get("endlos").lastError()).contains(String.valueOf(MAX_BYTES));
            // 10,000 nested elements in a feed are read without overflowing the stack: a feed without items.
            assertThat(health.get("tief").healthy()).as(String.valueOf(health.get("tief").lastError())).isTrue();
            assertThat(health.get("gut").healthy()).isTrue();
            assertThat(server.requestsTo("/gut.rss")).isGreaterThan(3);
            assertThat(service.failure().healthy()).isTrue();
        }
    }
}
