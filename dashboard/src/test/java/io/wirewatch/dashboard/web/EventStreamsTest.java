package io.wirewatch.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.wirewatch.dashboard.DashboardConfig;
import io.wirewatch.dashboard.view.ChangeLog;
import io.wirewatch.dashboard.view.Views;

/** The event stream over real HTTP: every client is served on its own, a stalled one is cut off. */
class EventStreamsTest {

    private static final int CHANGES = 3_000;
    /** Large enough that the stalled client's socket buffers fill long before the last change. */
    private static final String PADDING = "x".repeat(8_000);

    private final ChangeLog changes = new ChangeLog(CHANGES + 10);
    private final Views views = new Views(Clock.systemUTC(), Duration.ofDays(7), 10, 10, 10, 10, changes);
    private final DashboardServer server = new DashboardServer(DashboardConfig.defaults().withAddress("127.0.0.1", 0), views, changes);
    private final List<Long> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private Socket stalled;
    private InputStream readerBody;

    @AfterEach
    void stop() throws Exception {
        if (stalled != null) {
            stalled.close();
        }
        if (readerBody != null) {
            readerBody.close();
        }
        server.close();
    }

    @Test
    void aClientThatNeverReadsDelaysNoOtherAndIsDisconnected() throws Exception {
        stalled = new Socket();
        stalled.setReceiveBufferSize(4_096);
        stalled.connect(new InetSocketAddress("127.0.0.1", server.port()));
        OutputStream request = stalled.getOutputStream();
        request.write(("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        request.flush();
        await().atMost(Duration.ofSeconds(10)).until(() -> server.eventStreams() == 1);

        startReader();
        assertThat(ready.await(10, TimeUnit.SECONDS)).as("the reading client got 'ready'").isTrue();

        // In batches: each must reach the reading client while the stalled one reads nothing.
        for (int sent = 0; sent < CHANGES; sent += 100) {
            for (int i = 0; i < 100; i++) {
                changes.append("story", Map.of("n", sent + i, "padding", PADDING));
            }
            long last = changes.lastId();
            await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty() && received.get(received.size() - 1) == last);
        }
        assertThat(received).hasSize(CHANGES);
        for (int i = 0; i < CHANGES; i++) {
            assertThat(received.get(i)).isEqualTo(i + 1L);
        }

        // The stalled client fell more than a queue behind: its connection was closed.
        await().atMost(Duration.ofSeconds(10)).until(() -> server.eventStreams() == 1);
        assertThat(readToEnd(stalled)).as("bytes the stalled client can still read before the end")
                .isLessThan((long) CHANGES * PADDING.length());
    }

    private void startReader() throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofInputStream());
        readerBody = response.body();
        Thread thread = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(readerBody, StandardCharsets.UTF_8))) {
                String id = null;
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.equals("event: ready") || line.equals("event:ready")) {
                        ready.countDown();
                        id = null;
                    } else if (line.isEmpty() && id != null) {
                        received.add(Long.parseLong(id));
                        id = null;
                    }
                }
            } catch (IOException e) {
                // closed at the end of the test
            }
        }, "test-sse-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Reads until the server closes the connection; the count of bytes read. */
    private static long readToEnd(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
            }
        } catch (SocketException e) {
            // reset by the server: also the end
        }
        return total;
    }
}
