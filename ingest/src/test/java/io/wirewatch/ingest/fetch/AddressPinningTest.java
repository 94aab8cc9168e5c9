package io.wirewatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.LocalHttpServer;

/**
 * Guarded plain-HTTP fetches connect to the address the guard checked: a name that answers with a public
 * address for the check and with loopback for the connection (DNS rebinding) reaches nothing.
 */
class AddressPinningTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);

    private final LocalHttpServer server = new LocalHttpServer().serve("/feed.rss", "application/rss+xml", FEED);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aGuardedRequestGoesToTheCheckedAddressWithItsOwnHostHeader() throws Exception {
        // "news.example" exists only in this resolver: the fetch can only succeed through the pinned address.
        AddressGuard guard = new AddressGuard(true, host -> new InetAddress[] {InetAddress.getLoopbackAddress()});
        HttpFetcher fetcher = new HttpFetcher(IngestConfig.defaults().fetchPolicy(), guard);
        URI url = URI.create("http://news.example:" + server.uri("/").getPort() + "/feed.rss");

        FetchResult result = fetcher.fetch(FetchRequest.discovered(url, Map.of()));

        assertThat(result).isInstanceOfSatisfying(FetchResult.Fetched.class, fetched -> assertThat(fetched.body()).isEqualTo(FEED));
        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/feed.rss");
            assertThat(request.headers().getFirst("Host")).isEqualTo("news.example:" + url.getPort());
        });
    }

    @Test
    void aSecondAnswerPointingInsideIsRefusedAndNothingIsConnected() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        AddressGuard guard = new AddressGuard(false, host -> new InetAddress[] {lookups.getAndIncrement() == 0
                ? InetAddress.getByName("93.184.216.34") : InetAddress.getLoopbackAddress()});
        HttpFetcher fetcher = new HttpFetcher(IngestConfig.defaults().fetchPolicy(), guard);
        // "localhost" really is loopback: a client that resolved again by itself would reach the local server.
        URI url = URI.create("http://localhost:" + server.uri("/").getPort() + "/feed.rss");

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.discovered(url, Map.of())))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("internal address 127.0.0.1 (loopback)");
        assertThat(lookups.get()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void configuredSourcesAreNotPinnedAndReachLocalServers() throws Exception {
        AddressGuard refusingAll = new AddressGuard(false, host -> {
            throw new java.net.UnknownHostException(host);
        });
        HttpFetcher fetcher = new HttpFetcher(IngestConfig.defaults().fetchPolicy(), refusingAll);

        FetchResult result = fetcher.fetch(FetchRequest.configured(server.uri("/feed.rss"), Map.of()));

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
    }
}
