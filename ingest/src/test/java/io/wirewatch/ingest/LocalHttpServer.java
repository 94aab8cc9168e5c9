package io.wirewatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on 127.0.0.1 and a free port, for tests; records every request it got. */
public final class LocalHttpServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Request(String path, Headers headers) {
    }

    private final HttpServer server;
    private static final long SLOW_RESPONSE_LIMIT_SECONDS = 30;

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "local-http-server");
        thread.setDaemon(true);
        return thread;
    });

    public LocalHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Many threads, so that tests of concurrency limits and slow responses see requests side by side.
        server.setExecutor(executor);
        server.start();
    }

    /** Serves the handler at the path (and below it). */
    public LocalHttpServer route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            // Origin form of the target: a pinned client sends the absolute form (http://host/path) to the origin.
            java.net.URI target = exchange.getRequestURI();
            requests.add(new Request(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()),
                    exchange.getRequestHeaders()));
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    /** Serves fixed bytes with a content type. */
    public LocalHttpServer serve(String path, String contentType, byte[] body) {
        return route(path, exchange -> respond(exchange, 200, contentType, body));
    }

    /**
     * Serves the bytes only once {@link #close()} is called: a response slower than any timeout a test sets.
     * Handlers block on a latch, never on a sleep.
     */
    public LocalHttpServer serveSlowly(String path, String contentType, byte[] body) {
        return route(path, exchange -> {
            try {
                closing.await(SLOW_RESPONSE_LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, contentType, body);
        });
    }

    /** Serves a classpath resource. */
    public LocalHttpServer serveResource(String path, String contentType, String resource) {
        return serve(path, contentType, resource(resource));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long requestsTo(String path) {
        return requests.stream().filter(r -> r.path().startsWith(path)).count();
    }

    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public static byte[] resource(String name) {
        try (InputStream in = LocalHttpServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
