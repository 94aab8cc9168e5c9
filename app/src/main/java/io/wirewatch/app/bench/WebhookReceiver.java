package io.wirewatch.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.wirewatch.alerts.channel.WebhookChannel;
import io.wirewatch.alerts.channel.WebhookSignature;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Topics;

/**
 * The desks' end: an HTTP server on a free loopback port that takes every webhook post, checks its
 * signature as a desk would, notes when it arrived (first delivery of each alert id) and answers 200
 * (401 for a bad signature, 400 for a body that is no alert).
 */
final class WebhookReceiver implements AutoCloseable {

    /** A received alert: the article that raised it and when it arrived ({@link System#nanoTime()}). */
    record Received(String alertId, String articleId, int sequence, long nanos) {
    }

    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Received> received = new ConcurrentHashMap<>();

    private final String secret = UUID.randomUUID().toString();

    private WebhookReceiver(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** The secret the webhooks sign with. */
    String secret() {
        return secret;
    }

    static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "wirewatch-bench-webhook");
                thread.setDaemon(true);
                return thread;
            });
            WebhookReceiver receiver = new WebhookReceiver(server, executor);
            server.createContext("/hook", receiver::handle);
            server.setExecutor(executor);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new BenchException("cannot start the webhook receiver on a loopback port", e);
        }
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/hook";
    }

    Map<String, Received> received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes(MAX_BODY);
            int status = 200;
            String timestamp = exchange.getRequestHeaders().getFirst(WebhookChannel.TIMESTAMP_HEADER);
            String signature = exchange.getRequestHeaders().getFirst(WebhookChannel.SIGNATURE_HEADER);
            try {
                if (timestamp == null || !WebhookSignature.verify(secret, Long.parseLong(timestamp), bytes, signature)) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                Alert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(Topics.ALERTS.name(), bytes);
                received.putIfAbsent(alert.id(), new Received(alert.id(), alert.articleId(), alert.sequence(), now));
            } catch (RuntimeException notAnAlert) {
                status = 400;
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
