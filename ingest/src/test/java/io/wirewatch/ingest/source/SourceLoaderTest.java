package io.wirewatch.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.LocalHttpServer;
import io.wirewatch.ingest.fetch.HttpFetcher;

/** The loader on its own: URLs against a local server, local files, and what each failure gives. */
class SourceLoaderTest {

    private static final String TEXT = "Hafen meldet Rekordumschlag\n\nDer Hafen hat im ersten Quartal so viel umgeschlagen wie nie zuvor.";

    private final LocalHttpServer server = new LocalHttpServer();
    private final SourceLoader loader = new SourceLoader(
            new HttpFetcher(IngestConfig.defaults().withAllowPrivateAddresses(true).fetchPolicy()),
            new ArticleFactory(Clock.fixed(Instant.parse("2024-04-02T08:00:00Z"), ZoneOffset.UTC)));

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    private static SourceSpec spec(String location, boolean conditional) {
        return new SourceSpec("test", location, null, null, false, conditional);
    }

    @Test
    void aFeedUrlGivesOneArticlePerItem() throws Exception {
        server.serveResource("/feed", "application/rss+xml", "/feeds/rss2.xml");

        SourceBatch batch = loader.load(spec(server.uri("/feed").toString(), false));

        assertThat(batch.notModified()).isFalse();
        assertThat(batch.articles()).isNotEmpty().allSatisfy(article -> assertThat(article.sourceId()).isEqualTo("test"));
    }

    @Test
    void aPlainTextUrlIsOneArticleWithItsFirstLineAsTitle() throws Exception {
        server.serve("/meldung", "text/plain; charset=utf-8", TEXT.getBytes(StandardCharsets.UTF_8));

        SourceBatch batch = loader.load(spec(server.uri("/meldung").toString(), false));

        assertThat(batch.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Hafen meldet Rekordumschlag");
            assertThat(article.text()).startsWith("Der Hafen hat");
        });
    }

    @Test
    void aFailedFetchIsASourceExceptionThatKeepsTheFetchFailure() {
        server.route("/gone", exchange -> LocalHttpServer.respond(exchange, 404, "text/plain", new byte[0]));

        assertThatThrownBy(() -> loader.load(spec(server.uri("/gone").toString(), false)))
                .isInstanceOfSatisfying(SourceException.class, e -> assertThat(SourceLoader.fetchFailure(e)).isPresent())
                .hasMessageContaining("/gone");
    }

    @Test
    void aLocalTextFileAndADirectoryReadLikeUrls() throws Exception {
        Files.writeString(dir.resolve("meldung.txt"), TEXT);
        Files.writeString(dir.resolve("leer.txt"), "nur ein Titel");

        assertThat(loader.load(spec(dir.resolve("meldung.txt").toString(), true)).articles())
                .extracting(Article::title).containsExactly("Hafen meldet Rekordumschlag");
        SourceBatch directory = loader.load(spec(dir.toUri().toString(), true));
        assertThat(directory.articles()).extracting(Article::title).containsExactly("Hafen meldet Rekordumschlag");
        assertThat(directory.errors()).singleElement().asString()
                .contains("leer.txt").contains("needs at least one line of text");
    }

    @Test
    void aMissingLocalSourceIsASourceException() {
        assertThatThrownBy(() -> loader.load(spec(dir.resolve("fehlt.rss").toString(), true)))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("no such file or directory");
    }
}
