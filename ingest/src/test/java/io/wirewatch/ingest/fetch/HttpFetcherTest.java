package io.wirewatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.LocalHttpServer;

class HttpFetcherTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private final LocalHttpServer server = new LocalHttpServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpFetcher fetcher(long maxBytes, int maxRedirects, boolean allowPrivate) {
        return new HttpFetcher(new FetchPolicy("wirewatch-test/1", maxBytes, Duration.ofSeconds(2),
                Duration.ofSeconds(5), maxRedirects, 2, allowPrivate));
    }

    private static HttpFetcher defaults() {
        return new HttpFetcher(IngestConfig.defaults().fetchPolicy());
    }

    @Test
    void sendsUserAgentAndSourceHeadersAndReturnsBodyWithHeaderCharset() throws Exception {
        server.serve("/feed", "application/rss+xml; charset=ISO-8859-1", FEED);

        FetchResult result = defaults().fetch(FetchRequest.configured(server.uri("/feed"), Map.of("X-Api-Key", "geheim")));

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        FetchResult.Fetched fetched = (FetchResult.Fetched) result;
        assertThat(fetched.body()).isEqualTo(FEED);
        assertThat(fetched.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        LocalHttpServer.Request request = server.requests().get(0);
        assertThat(request.headers().getFirst("User-Agent")).isEqualTo(IngestConfig.DEFAULT_USER_AGENT);
        assertThat(request.headers().getFirst("X-Api-Key")).isEqualTo("geheim");
    }

    @Test
    void conditionalGetAnswersNotModifiedOn304() throws Exception {
        server.route("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalHttpServer.respond(exchange, 304, null, new byte[0]);
            } else {
                exchange.getResponseHeaders().set("ETag", "\"v1\"");
                exchange.getResponseHeaders().set("Last-Modified", "Fri, 12 Apr 2024 12:00:00 GMT");
                LocalHttpServer.respond(exchange, 200, "application/rss+xml", FEED);
            }
        });
        HttpFetcher fetcher = defaults();
        FetchRequest request = FetchRequest.configured(server.uri("/feed"), Map.of());

        assertThat(fetcher.fetch(request)).isInstanceOf(FetchResult.Fetched.class);
        assertThat(fetcher.fetch(request)).isInstanceOf(FetchResult.NotModified.class);
        assertThat(server.requests().get(1).headers().getFirst("If-Modified-Since"))
                .isEqualTo("Fri, 12 Apr 2024 12:00:00 GMT");
        // A one-shot read never asks "changed since?", so it always gets the body.
        assertThat(fetcher.fetch(FetchRequest.oneShot(server.uri("/feed"), Map.of()))).isInstanceOf(FetchResult.Fetched.class);
    }

    @Test
    void declaredOversizeResponseIsRejected() {
        server.serve("/big", "text/html", new byte[2048]);

        assertThatThrownBy(() -> fetcher(1024, 5, true).fetch(FetchRequest.configured(server.uri("/big"), Map.of())))
                .isInstanceOf(ResponseTooLargeException.class)
                .hasMessageContaining("/big")
                .hasMessageContaining("1024");
    }

    @Test
    void streamedOversizeResponseWithoutContentLengthIsCutOff() {
        server.route("/endless", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: the size is not announced
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[8192];
                for (int i = 0; i < 64; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientHungUp) {
                // expected once the fetcher stops reading
            }
        });

        assertThatThrownBy(() -> fetcher(100_000, 5, true).fetch(FetchRequest.configured(server.uri("/endless"), Map.of())))
                .isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void gzipBombIsStoppedAtTheDecompressedCap() throws Exception {
        byte[] bomb = gzip(new byte[5 * 1024 * 1024]); // 5 MB of zeros, a few KB on the wire
        assertThat(bomb.length).isLessThan(64 * 1024);
        server.route("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalHttpServer.respond(exchange, 200, "application/rss+xml", bomb);
        });

        assertThatThrownBy(() -> fetcher(1024 * 1024, 5, true).fetch(FetchRequest.configured(server.uri("/bomb"), Map.of())))
                .isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void gzipBodyWithinTheCapIsDecompressed() throws Exception {
        server.route("/gz", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalHttpServer.respond(exchange, 200, "application/rss+xml", gzip(FEED));
        });

        FetchResult.Fetched fetched = (FetchResult.Fetched) defaults().fetch(FetchRequest.configured(server.uri("/gz"), Map.of()));

        assertThat(fetched.body()).isEqualTo(FEED);
        assertThat(server.requests().get(0).headers().getFirst("Accept-Encoding")).contains("gzip");
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() throws Exception {
        for (int i = 0; i < 4; i++) {
            String next = "/hop" + (i + 1);
            server.route("/hop" + i, exchange -> {
                exchange.getResponseHeaders().set("Location", next);
                LocalHttpServer.respond(exchange, 302, null, new byte[0]);
            });
        }
        server.serve("/hop4", "application/rss+xml", FEED);

        FetchResult.Fetched fetched = (FetchResult.Fetched) fetcher(1024, 4, true)
                .fetch(FetchRequest.configured(server.uri("/hop0"), Map.of()));
        assertThat(fetched.finalUri()).isEqualTo(server.uri("/hop4"));

        assertThatThrownBy(() -> fetcher(1024, 3, true).fetch(FetchRequest.configured(server.uri("/hop0"), Map.of())))
                .isInstanceOf(TooManyRedirectsException.class)
                .hasMessageContaining("more than 3 redirects");
    }

    @Test
    void tooManyRequestsSurfacesRetryAfter() {
        server.route("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            LocalHttpServer.respond(exchange, 429, null, new byte[0]);
        });

        assertThatThrownBy(() -> defaults().fetch(FetchRequest.configured(server.uri("/busy"), Map.of())))
                .isInstanceOfSatisfying(RetryLaterException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                });
    }

    @Test
    void httpErrorCarriesUrlAndStatus() {
        server.route("/gone", exchange -> LocalHttpServer.respond(exchange, 404, null, new byte[0]));

        assertThatThrownBy(() -> defaults().fetch(FetchRequest.configured(server.uri("/gone"), Map.of())))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.url()).isEqualTo(server.uri("/gone"));
                });
    }

    @Test
    void discoveredUrlOnLoopbackIsRefusedUnlessPrivateAddressesAreAllowed() throws Exception {
        server.serve("/page", "text/html", "<p>intern</p>".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> fetcher(1024, 5, false).fetch(FetchRequest.discovered(server.uri("/page"), Map.of())))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("127.0.0.1");
        assertThat(server.requestsTo("/page")).isZero();

        assertThat(fetcher(1024, 5, true).fetch(FetchRequest.discovered(server.uri("/page"), Map.of())))
                .isInstanceOf(FetchResult.Fetched.class);
    }

    @Test
    void configuredSourceOnLoopbackIsTrustedButItsRedirectToAnotherHostIsChecked() throws Exception {
        server.serve("/feed", "application/rss+xml", FEED);
        server.route("/away", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://localhost:" + server.uri("/").getPort() + "/feed");
            LocalHttpServer.respond(exchange, 301, null, new byte[0]);
        });
        HttpFetcher guarded = fetcher(1024, 5, false);

        assertThat(guarded.fetch(FetchRequest.configured(server.uri("/feed"), Map.of()))).isInstanceOf(FetchResult.Fetched.class);
        assertThatThrownBy(() -> guarded.fetch(FetchRequest.configured(server.uri("/away"), Map.of())))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("localhost");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
