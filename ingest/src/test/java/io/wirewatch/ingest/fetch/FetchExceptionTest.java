package io.wirewatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class FetchExceptionTest {

    @Test
    void messageHidesUserInfoAndQueryButKeepsTheUrl() {
        URI url = URI.create("https://reader:s3cret@feeds.example.org:8443/news/rss?apikey=k3y&x=1");

        FetchException e = new FetchException(url, 403, "HTTP 403");

        assertThat(e.getMessage()).isEqualTo("https://feeds.example.org:8443/news/rss?…: HTTP 403")
                .doesNotContain("s3cret").doesNotContain("k3y");
        assertThat(e.url()).isEqualTo(url);
    }

    @Test
    void plainUrlIsShownWhole() {
        assertThat(FetchException.shown(URI.create("http://example.org/feed.xml"))).isEqualTo("http://example.org/feed.xml");
    }

    @Test
    void urlWithoutHostShowsOnlyItsScheme() {
        assertThat(FetchException.shown(URI.create("mailto:desk@example.org"))).isEqualTo("mailto:…");
    }
}
