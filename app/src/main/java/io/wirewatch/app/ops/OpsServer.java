package io.wirewatch.app.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.wirewatch.events.Json;

/**
 * The process's HTTP server: {@code GET /health/live} (200 while the JVM serves requests),
 * {@code GET /health/ready} (200 or 503, with a JSON body naming each check and what is not ready),
 * {@code GET /metrics} (Prometheus text format) and, where ingest runs, {@code GET /health/sources}
 * (each source's poll health, for a dashboard in another process).
 *
 * <p>The JDK's own server: three read-only endpoints need no framework, and it adds no dependency to
 * the jar. Requests are served on two threads; a scrape or probe is small.
 */
public final class OpsServer implements AutoCloseable {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String JSON = "application/json";
    private static final Response NOT_FOUND = new Response(404, JSON, "{\"error\":\"not found\"}");

    private final HttpServer server;
    private final ExecutorService executor;

    private OpsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving.
     *
     * @throws IllegalStateException when the address cannot be bound (port in use), naming the settings to change
     */
    public static OpsServer start(String bind, int port, Readiness readiness, Supplier<String> metrics,
                                  Supplier<Optional<String>> sources) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 16);
        } catch (BindException e) {
            throw new IllegalStateException("cannot serve health and metrics on " + bind + ":" + port + " (" + e.getMessage()
                    + "): set ops.port / WIREWATCH_OPS_PORT to a free port", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the health and metrics server on " + bind + ":" + port, e);
        }
        serve(server, "/health/live", () -> new Response(200, JSON, "{\"status\":\"live\"}"));
        serve(server, "/health/ready", () -> {
            Readiness.Report report = readiness.evaluate();
            return new Response(report.ready() ? 200 : 503, JSON, body(report));
        });
        serve(server, "/metrics", () -> new Response(200, PROMETHEUS_TEXT, metrics.get()));
        serve(server, "/health/sources", () -> sources.get().map(body -> new Response(200, JSON, body))
                .orElse(new Response(404, JSON, "{\"error\":\"ingest does not run in this process\"}")));
        server.createContext("/", exchange -> {
            try (exchange) {
                send(exchange, NOT_FOUND);
            }
        });
        // Two threads: a readiness check waiting on an unreachable broker does not hold up a scrape.
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "wirewatch-ops-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new OpsServer(server, executor);
    }

    /** The bound port: the configured one, or the one picked for port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    static String body(Readiness.Report report) {
        Map<String, Object> checks = new LinkedHashMap<>();
        report.checks().forEach((name, status) -> checks.put(name, Map.of("ready", status.ready(), "detail", status.detail())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.ready() ? "ready" : "not ready");
        body.put("checks", checks);
        return Json.write(body);
    }

    private record Response(int status, String contentType, String body) {
    }

    /** Serves {@code path} exactly (a context also receives the paths below it): GET and HEAD only. */
    private static void serve(HttpServer server, String path, Supplier<Response> endpoint) {
        server.createContext(path, exchange -> {
            try (exchange) {
                String method = exchange.getRequestMethod();
                if (!exchange.getRequestURI().getPath().equals(path)) {
                    send(exchange, NOT_FOUND);
                } else if (!method.equals("GET") && !method.equals("HEAD")) {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    send(exchange, new Response(405, JSON, "{\"error\":\"method not allowed\"}"));
                } else {
                    send(exchange, endpoint.get());
                }
            }
        });
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
