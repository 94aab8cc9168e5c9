package io.wirewatch.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.Fixtures;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Json;

class WebhookChannelTest {

    private static final Instant NOW = Instant.parse("2024-03-04T06:00:00Z");
    private static final String SECRET = "redaktionsgeheimnis";

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalReceiver receiver;

    @BeforeEach
    void startServer() throws IOException {
        receiver = new LocalReceiver("/hooks/wirewatch", 204);
    }

    @AfterEach
    void stopServer() {
        receiver.close();
    }

    @Test
    void postsAlertJsonWithVerifiableSignature() throws Exception {
        Alert alert = Fixtures.alert("5d1e0c9a7b3f2e10", "verkehrsdesk");

        channel(Map.of("Authorization", "Bearer t0k3n")).deliver(alert);

        LocalReceiver.Received request = receiver.received.poll(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(request.headers().getFirst("X-Wirewatch-Event")).isEqualTo("alert");
        assertThat(request.headers().getFirst("X-Wirewatch-Delivery")).isEqualTo("5d1e0c9a7b3f2e10");
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer t0k3n");
        assertThat(Json.read(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8), Alert.class)).isEqualTo(alert);

        long timestamp = Long.parseLong(request.headers().getFirst("X-Wirewatch-Timestamp"));
        assertThat(timestamp).isEqualTo(NOW.getEpochSecond());
        String signature = request.headers().getFirst("X-Wirewatch-Signature");
        assertThat(signature).startsWith("sha256=");
        assertThat(WebhookSignature.verify(SECRET, timestamp, request.body(), signature)).isTrue();

        byte[] tampered = request.body().clone();
        tampered[tampered.length - 2] ^= 1;
        assertThat(WebhookSignature.verify(SECRET, timestamp, tampered, signature)).isFalse();
    }

    @Test
    void serverErrorIsADeliveryExceptionWithStatus() {
        receiver.status = 500;
        Alert alert = Fixtures.alert("5d1e0c9a7b3f2e10", "verkehrsdesk");

        assertThatThrownBy(() -> channel(Map.of()).deliver(alert))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.subscriptionId()).isEqualTo("verkehrsdesk");
                    assertThat(e.channel()).isEqualTo("webhook http://127.0.0.1:" + receiver.server.getAddress().getPort());
                    assertThat(e.getMessage()).contains("HTTP 500").doesNotContain("/hooks/wirewatch");
                });
    }

    @Test
    void unansweredRequestTimesOut() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        receiver.server.createContext("/hooks/slow", exchange -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        ChannelConfig config = new ChannelConfig(ChannelConfig.WEBHOOK, baseUrl() + "/hooks/slow", SECRET, null,
                Duration.ofMillis(300));
        WebhookChannel channel = new WebhookChannel(config, http, Clock.fixed(NOW, ZoneOffset.UTC));
        try {
            assertThatThrownBy(() -> channel.deliver(Fixtures.alert("5d1e0c9a7b3f2e10", "verkehrsdesk")))
                    .isInstanceOfSatisfying(DeliveryException.class,
                            e -> assertThat(e.status()).isEqualTo(DeliveryException.NO_STATUS));
        } finally {
            release.countDown();
        }
    }

    @Test
    void unreachableEndpointIsADeliveryException() {
        int port = receiver.server.getAddress().getPort();
        receiver.server.stop(0);
        WebhookChannel channel = new WebhookChannel(ChannelConfig.webhook("http://127.0.0.1:" + port + "/hooks/wirewatch", SECRET),
                http, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> channel.deliver(Fixtures.alert("5d1e0c9a7b3f2e10", "verkehrsdesk")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.status()).isEqualTo(DeliveryException.NO_STATUS));
    }

    private WebhookChannel channel(Map<String, String> headers) {
        ChannelConfig config = new ChannelConfig(ChannelConfig.WEBHOOK, baseUrl() + "/hooks/wirewatch", SECRET, headers, null);
        return new WebhookChannel(config, http, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + receiver.server.getAddress().getPort();
    }
}
