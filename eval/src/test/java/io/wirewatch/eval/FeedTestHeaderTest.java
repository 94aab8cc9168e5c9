package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FeedTestHeaderTest {

    private static final String FILE = """
            <?xml version="1.0"?>
            <!--
            Header:      Content-type: application/rss+xml; charset="windows-1252"
            Header:      Content-Location: https://bote.example/feeds/
            Description: Kopfzeilen werden gelesen
            Expect:      not bozo and feed['title'] == u'Bote'
            -->
            <rss version="2.0"><channel><title>Bote</title></channel></rss>
            """;

    @Test
    void readsDescriptionExpectAndHttpHeaders() {
        FeedTestHeader header = FeedTestHeader.of(FILE.getBytes(StandardCharsets.UTF_8));

        assertThat(header.description()).isEqualTo("Kopfzeilen werden gelesen");
        assertThat(header.expect()).isEqualTo("not bozo and feed['title'] == u'Bote'");
        assertThat(header.httpHeader("content-location")).contains("https://bote.example/feeds/");
        assertThat(header.headerCharset().name()).isEqualTo("windows-1252");
    }

    @Test
    void findsTheCommentInUtf16() {
        FeedTestHeader header = FeedTestHeader.of(("\uFEFF" + FILE).getBytes(StandardCharsets.UTF_16LE));

        assertThat(header.expect()).startsWith("not bozo");
    }

    @Test
    void fileWithoutHeaderHasNone() {
        FeedTestHeader header = FeedTestHeader.of("<rss/>".getBytes(StandardCharsets.UTF_8));

        assertThat(header.expect()).isNull();
        assertThat(header.headerCharset()).isNull();
    }
}
