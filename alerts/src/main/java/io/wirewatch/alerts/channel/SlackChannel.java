package io.wirewatch.alerts.channel;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Json;

/**
 * Posts an alert to a Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat):
 * {@code {"text": …}} in mrkdwn with the headline as a link to the article, the story's outlets
 * and lineage, and each claim quoted with its matched words in bold ({@link AlertMessage#slackText()}).
 * {@code X-Wirewatch-Delivery} carries the alert id, as for webhooks; the channel's {@code headers}
 * are added.
 */
public final class SlackChannel implements Channel {

    private final ChannelConfig config;
    private final JsonPost post;
    private final String description;

    public SlackChannel(ChannelConfig config, HttpClient http) {
        this.config = Objects.requireNonNull(config, "config");
        URI url = URI.create(config.url());
        this.description = JsonPost.describe("slack", url);
        this.post = new JsonPost(Objects.requireNonNull(http, "http"), url, config.timeout(), description);
    }

    @Override
    public void deliver(Alert alert) throws DeliveryException {
        Map<String, String> payload = Map.of("text", new AlertMessage(alert).slackText());
        Map<String, String> headers = new LinkedHashMap<>(config.headers());
        headers.put(WebhookChannel.DELIVERY_HEADER, alert.deliveryId());
        post.send(alert, Json.write(payload).getBytes(StandardCharsets.UTF_8), headers);
    }

    @Override
    public String describe() {
        return description;
    }
}
