package io.wirewatch.bench.alerts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Json;

/**
 * The one local HTTP server all the benchmark's webhooks point at ({@code /hook/<n>}): it reads each
 * alert as a receiver would, notes when it arrived ({@link System#nanoTime()}) and answers 204.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One alert received: its id, subscription, triggering claim, whether it was a digest, and when. */
    record Received(String alertId, String subscriptionId, String claimId, boolean digest, long nanos) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();

    private WebhookReceiver(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts on a free loopback port with {@code threads} handler threads. */
    static WebhookReceiver start(int threads) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            WebhookReceiver receiver = new WebhookReceiver(server, pool);
            server.setExecutor(pool);
            server.createContext("/hook/", receiver::handle);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the webhook receiver", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: the webhooks' base URL. */
    String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The alerts received and not yet taken from the queue, in order of arrival. */
    Queue<Received> received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            long now = System.nanoTime();
            Alert alert = Json.read(new String(body.readAllBytes(), StandardCharsets.UTF_8), Alert.class);
            received.add(new Received(alert.id(), alert.subscriptionId(), alert.claimId(), alert.digest() != null, now));
            exchange.sendResponseHeaders(204, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
