package io.wirewatch.alerts.channel;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** A local HTTP endpoint that records every request and answers with {@link #status}. */
final class LocalReceiver implements AutoCloseable {

    record Received(String method, Headers headers, byte[] body) {
    }

    final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    final HttpServer server;
    volatile int status;

    LocalReceiver(String path, int status) throws IOException {
        this.status = status;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders(), in.readAllBytes()));
            }
            exchange.sendResponseHeaders(this.status, -1);
            exchange.close();
        });
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
