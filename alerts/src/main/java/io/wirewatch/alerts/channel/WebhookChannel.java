package io.wirewatch.alerts.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
 *   <li>{@code X-Wirewatch-Delivery: <alert id>} — the same on every retry, so receivers can drop repeats</li>
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
    private final URI url;
    private final HttpClient http;
    private final Clock clock;
    private final String description;

    /**
     * @param config a validated webhook channel
     * @param http   the client to send with; share one across channels
     * @param clock  source of the signature timestamp
     */
    public WebhookChannel(ChannelConfig config, HttpClient http, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.url = URI.create(config.url());
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        // Only scheme, host and port: webhook paths often embed tokens that must not reach logs.
        this.description = "webhook " + url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    @Override
    public void deliver(Alert alert) throws DeliveryException {
        byte[] body = Json.write(alert).getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "wirewatch-alerts")
                .header(EVENT_HEADER, "alert")
                .header(DELIVERY_HEADER, alert.id())
                .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(SIGNATURE_HEADER, WebhookSignature.sign(config.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        config.headers().forEach(request::header);

        HttpResponse<Void> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw failure(alert, DeliveryException.NO_STATUS, "no answer within " + config.timeout(), e);
        } catch (IOException e) {
            throw failure(alert, DeliveryException.NO_STATUS, "unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(alert, DeliveryException.NO_STATUS, "interrupted while sending", e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw failure(alert, status, "answered HTTP " + status, null);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    private DeliveryException failure(Alert alert, int status, String message, Throwable cause) {
        return new DeliveryException(alert.subscriptionId(), description, status,
                "alert " + alert.id() + " " + message, cause);
    }
}
