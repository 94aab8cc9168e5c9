package io.wirewatch.alerts.payload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleRefsTest {

    @Test
    void outletIsTheHostWithoutWww() {
        assertThat(ArticleRefs.outlet("https://www.DW.com/de/a-1", "dw")).isEqualTo("dw.com");
        assertThat(ArticleRefs.outlet("http://portal.example.de:8080/x", "p")).isEqualTo("portal.example.de");
    }

    @Test
    void outletFallsBackToTheSourceId() {
        assertThat(ArticleRefs.outlet(null, "dts")).isEqualTo("dts");
        assertThat(ArticleRefs.outlet("file:/tmp/a.txt", "cli")).isEqualTo("cli");
        assertThat(ArticleRefs.outlet("http://[::1", "cli")).isEqualTo("cli");
        assertThat(ArticleRefs.outlet(null, null)).isEqualTo("unknown");
    }

    @Test
    void localOriginBecomesAFileUri() {
        assertThat(ArticleRefs.fileUri("corpus/a b.txt")).startsWith("file:/").endsWith("/corpus/a%20b.txt");
        assertThat(ArticleRefs.fileUri("https://example.org/feed")).isNull();
        assertThat(ArticleRefs.fileUri(null)).isNull();
    }
}
