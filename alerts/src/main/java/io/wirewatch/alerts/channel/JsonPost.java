package io.wirewatch.alerts.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import io.wirewatch.events.Alert;

/**
 * One JSON POST for an alert, as the webhook and Slack channels send it: any 2xx is delivered;
 * another status, a timeout or an I/O error is a {@link DeliveryException}. Redirects are not
 * followed (the client is built so), so a moved endpoint fails visibly.
 */
final class JsonPost {

    private final HttpClient http;
    private final URI url;
    private final Duration timeout;
    private final String description;

    JsonPost(HttpClient http, URI url, Duration timeout, String description) {
        this.http = http;
        this.url = url;
        this.timeout = timeout;
        this.description = description;
    }

    /** A description of an endpoint with scheme, host and port only: paths often embed tokens that must not reach logs. */
    static String describe(String kind, URI url) {
        return kind + " " + url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    void send(Alert alert, byte[] body, Map<String, String> headers) throws DeliveryException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "wirewatch-alerts")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        HttpResponse<Void> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw failure(alert, DeliveryException.NO_STATUS, "no answer within " + timeout, e);
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

    private DeliveryException failure(Alert alert, int status, String message, Throwable cause) {
        return new DeliveryException(alert.subscriptionId(), description, status, "alert " + alert.id() + " " + message, cause);
    }
}
