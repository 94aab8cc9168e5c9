package io.wirewatch.alerts.channel;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Json;

/**
 * Delivers an alert as a signed HTTP POST.
 *
 * <p>The request body is the alert as JSON ({@code Content-Type: application/json}), exactly as on
 * the alerts topic. Headers:
 * <ul>
 *   <li>{@code X-Wirewatch-Event: alert}</li>
 *   <li>{@code X-Wirewatch-Delivery: <alert id>} (an update: {@code <alert id>-<sequence>}) — the same on every retry, so receivers can drop repeats</li>
 *   <li>{@code X-Wirewatch-Timestamp: <epoch seconds>} — when this attempt was signed</li>
 *   <li>{@code X-Wirewatch-Signature: sha256=<hex>} — HMAC-SHA256 with the channel's secret over
 *       {@code <timestamp>.<body>} (the Stripe/GitHub scheme); see {@link WebhookSignature}</li>
 *   <li>plus the channel's configured {@code headers}</li>
 * </ul>
 * Any 2xx response means delivered. Any other status, a timeout or an I/O error is a
 * {@link DeliveryException}; redirects are not followed, so a moved endpoint fails visibly.
 */
public final class WebhookChannel implements Channel {

    public static final String EVENT_HEADER = "X-Wirewatch-Event";
    public static final String DELIVERY_HEADER = "X-Wirewatch-Delivery";
    public static final String TIMESTAMP_HEADER = "X-Wirewatch-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Wirewatch-Signature";

    private final ChannelConfig config;
    private final Clock clock;
    private final JsonPost post;
    private final String description;

    /**
     * @param config a validated webhook channel
     * @param http   the client to send with; share one across channels
     * @param clock  source of the signature timestamp
     */
    public WebhookChannel(ChannelConfig config, HttpClient http, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        URI url = URI.create(config.url());
        this.description = JsonPost.describe("webhook", url);
        this.post = new JsonPost(Objects.requireNonNull(http, "http"), url, config.timeout(), description);
    }

    @Override
    public void deliver(Alert alert) throws DeliveryException {
        byte[] body = Json.write(alert).getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>(config.headers());
        headers.put(EVENT_HEADER, "alert");
        headers.put(DELIVERY_HEADER, alert.deliveryId());
        headers.put(TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(SIGNATURE_HEADER, WebhookSignature.sign(config.secret(), timestamp, body));
        post.send(alert, body, headers);
    }

    @Override
    public String describe() {
        return description;
    }
}
