package io.wirewatch.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.Fixtures;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Json;

class SlackChannelTest {

    private LocalReceiver receiver;

    @BeforeEach
    void startServer() throws IOException {
        receiver = new LocalReceiver("/services/T000/B000/XXXX", 200);
    }

    @AfterEach
    void stopServer() {
        receiver.close();
    }

    @Test
    void postsSlackTextWithCustomHeadersAndTheDeliveryId() throws Exception {
        Alert alert = Fixtures.fullAlert("sport-desk");

        channel().deliver(alert);

        LocalReceiver.Received request = receiver.received.poll(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        JsonNode body = Json.read(new String(request.body(), StandardCharsets.UTF_8), JsonNode.class);
        assertThat(body.path("text").asText()).isEqualTo(new AlertMessage(alert).slackText());
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(request.headers().getFirst("X-Team")).isEqualTo("sport");
        assertThat(request.headers().getFirst("X-Wirewatch-Delivery")).isEqualTo(alert.id());
    }

    @Test
    void refusalIsADeliveryExceptionWithoutThePathToken() {
        receiver.status = 404;
        ChannelConfig config = ChannelConfig.slack(url());

        assertThatThrownBy(() -> new SlackChannel(config, HttpClient.newHttpClient()).deliver(Fixtures.fullAlert("sport-desk")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).doesNotContain("XXXX");
                });
    }

    private SlackChannel channel() {
        ChannelConfig config = new ChannelConfig(ChannelConfig.SLACK, url(), null, Map.of("X-Team", "sport"), null);
        config.validate("subscriptions[0].channels[0]");
        return new SlackChannel(config, HttpClient.newHttpClient());
    }

    private String url() {
        return receiver.base() + "/services/T000/B000/XXXX";
    }
}
