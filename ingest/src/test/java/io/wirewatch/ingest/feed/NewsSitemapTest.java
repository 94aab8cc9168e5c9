package io.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.wirewatch.ingest.LocalHttpServer;

class NewsSitemapTest {

    @Test
    void eachUrlBecomesAnEntryWithNewsTitleAndPublicationDate() throws Exception {
        ParsedFeed sitemap = new FeedParser().parse(LocalHttpServer.resource("/feeds/news-sitemap.xml"), null,
                "https://www.rheinblick.example/sitemap-news.xml");

        assertThat(sitemap.language()).isEqualTo("de");
        assertThat(sitemap.repaired()).isFalse();
        assertThat(sitemap.entries()).hasSize(2);
        FeedEntry first = sitemap.entries().get(0);
        assertThat(first.title()).isEqualTo("Landtag ringt um den Doppelhaushalt");
        assertThat(first.link()).isEqualTo("https://www.rheinblick.example/politik/landtag-haushalt-2024.html");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-06-11T07:30:00Z"));
        FeedEntry second = sitemap.entries().get(1);
        assertThat(second.link()).isEqualTo("https://www.rheinblick.example/kultur/museumsnacht.html");
        assertThat(second.publishedAt()).isEqualTo(Instant.parse("2024-06-10T00:00:00Z"));
    }

    @Test
    void plainSitemapWithoutNewsPartsGivesLinksOnly() throws Exception {
        String xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://tal.example/a</loc>"
                + "<lastmod>2024-03-01</lastmod></url><url><lastmod>2024-03-02</lastmod></url></urlset>";

        ParsedFeed sitemap = new FeedParser().parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, "tal.xml");

        assertThat(sitemap.entries()).singleElement().satisfies(e -> {
            assertThat(e.link()).isEqualTo("https://tal.example/a");
            assertThat(e.title()).isNull();
            assertThat(e.updatedAt()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        });
        assertThat(sitemap.repairs()).containsExactly("sitemap <url> without <loc> skipped");
    }
}
