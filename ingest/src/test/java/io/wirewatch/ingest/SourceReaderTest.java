package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.ingest.source.SourceBatch;

class SourceReaderTest {

    private final LocalHttpServer server = new LocalHttpServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static Path resourceDir(String name) throws Exception {
        return Path.of(SourceReaderTest.class.getResource(name).toURI());
    }

    @Test
    void readsEveryKnownFileOfADirectoryRecursivelyInPathOrder() throws Exception {
        Path dir = resourceDir("/local");
        try (SourceReader reader = new SourceReader(IngestConfig.defaults())) {
            SourceBatch result = reader.read(dir.toString());

            assertThat(result.errors()).isEmpty();
            // 2024/april/politik.rss (2 entries), 2024/seite.html, a-meldung.txt; notes.md is ignored
            assertThat(result.articles()).extracting(Article::title).containsExactly(
                    "Landtag beschließt neues Schulgesetz nach langer Debatte",
                    "Hafenbetreiber meldet Rekordumschlag im ersten Quartal",
                    "Wasserwerk erhöht Preise zum ersten Mal seit zehn Jahren",
                    "Bahnstrecke nach Sturmschäden wieder frei");
            assertThat(result.articles()).allSatisfy(article -> {
                assertThat(article.sourceId()).isEqualTo("cli");
                assertThat(article.origin()).isEqualTo(dir.toString());
                assertThat(article.version()).isEqualTo(1);
                assertThat(article.id()).isEqualTo(Ids.hash(article.url()));
                assertThat(article.language()).isEqualTo("de");
                assertThat(article.fetchedAt()).isNotNull();
            });

            Article feedItem = result.articles().get(0);
            assertThat(feedItem.url()).isEqualTo("https://www.nordkurier-online.example/politik/schulgesetz-beschlossen-101.html");
            assertThat(feedItem.text()).startsWith("Nach monatelangem Streit hat der Landtag in Schwerin")
                    .contains("\n\nDie Opposition kündigte an");
            assertThat(feedItem.authors()).containsExactly("Katrin Albers");
            assertThat(result.articles().get(1).text()).startsWith("Der Hafen hat im ersten Quartal");

            Article page = result.articles().get(2);
            assertThat(page.url()).isEqualTo("https://mittelland-zeitung.example/lokales/wasserpreise-steigen");
            assertThat(page.authors()).containsExactly("Sabine Roth");

            Article text = result.articles().get(3);
            assertThat(text.url()).isEqualTo(dir.resolve("a-meldung.txt").toUri().toString());
            assertThat(text.text()).isEqualTo("Nach dem Sturm vom Wochenende ist die Bahnstrecke zwischen den beiden"
                    + " Kreisstädten seit Dienstagmorgen wieder befahrbar.\n\nArbeiter hatten zuvor zahlreiche"
                    + " umgestürzte Bäume aus dem Gleisbett entfernt, teilte die Bahn mit.");
        }
    }

    @Test
    void readsAFileUriAndAnHttpFeed() throws Exception {
        server.serveResource("/atom", "application/atom+xml", "/feeds/atom.xml");
        try (SourceReader reader = new SourceReader(IngestConfig.defaults())) {
            SourceBatch file = reader.read(resourceDir("/local").resolve("a-meldung.txt").toUri().toString());
            SourceBatch http = reader.read(server.uri("/atom").toString());

            assertThat(file.articles()).extracting(Article::title).containsExactly("Bahnstrecke nach Sturmschäden wieder frei");
            assertThat(http.errors()).isEmpty();
            assertThat(http.articles()).hasSize(2);
            assertThat(http.articles().get(0).origin()).isEqualTo(server.uri("/atom").toString());
            assertThat(http.articles().get(0).publishedAt()).isNotNull();
        }
    }

    @Test
    void badSourcesGiveOneClearErrorEachAndNeverThrow() {
        server.route("/missing", exchange -> LocalHttpServer.respond(exchange, 404, null, new byte[0]));
        server.serve("/broken.rss", "application/rss+xml", "<rss><channel><item>".getBytes(StandardCharsets.UTF_8));
        try (SourceReader reader = new SourceReader(IngestConfig.defaults())) {
            for (String source : List.of("/nicht/vorhanden/feed.rss", server.uri("/missing").toString(),
                    server.uri("/broken.rss").toString())) {
                SourceBatch result = reader.read(source);
                assertThat(result.articles()).as(source).isEmpty();
                assertThat(result.errors()).as(source).singleElement().asString().startsWith(source);
            }
        }
    }

    @Test
    void fullPageFetchRefusesItemLinksToLoopbackAndFallsBackToTheFeedText() {
        String page = server.uri("/artikel/1").toString();
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Intern</title><link>" + page + "</link>"
                + "<description>d</description><item><title>Interne Meldung</title><link>" + page + "</link>"
                + "<description>Kurzfassung der Meldung aus dem Feed.</description></item></channel></rss>";
        server.serve("/feed.rss", "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
        server.serve("/artikel/1", "text/html", "<html><body><p>Vertraulicher Volltext aus dem internen Netz.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        String source = server.uri("/feed.rss").toString();
        IngestConfig config = IngestConfig.defaults()
                .withSources(List.of(new SourceConfig("intern", source, null, null, null, true)));

        try (SourceReader reader = new SourceReader(config)) {
            SourceBatch result = reader.read(source);

            assertThat(result.errors()).singleElement().asString()
                    .contains("refused").contains("127.0.0.1").startsWith(source);
            assertThat(result.articles()).singleElement()
                    .satisfies(a -> assertThat(a.text()).isEqualTo("Kurzfassung der Meldung aus dem Feed."));
            assertThat(server.requestsTo("/artikel/1")).isZero();
        }

        try (SourceReader permissive = new SourceReader(config.withAllowPrivateAddresses(true))) {
            SourceBatch result = permissive.read(source);

            assertThat(result.errors()).isEmpty();
            assertThat(result.articles()).singleElement()
                    .satisfies(a -> assertThat(a.text()).isEqualTo("Vertraulicher Volltext aus dem internen Netz."));
        }
    }

    @Test
    void newsSitemapGivesOneArticlePerPageWhenFullPagesAreFetchedAndTitlesOnlyOtherwise() {
        String page = "/politik/landtag.html";
        String sitemap = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + server.uri(page) + "</loc>"
                + "<news:news><news:publication><news:name>Mittelland</news:name><news:language>de</news:language>"
                + "</news:publication><news:publication_date>2024-04-12T10:00:00Z</news:publication_date>"
                + "<news:title>Wasserwerk erhöht Preise</news:title></news:news></url></urlset>";
        server.serve("/sitemap-news.xml", "application/xml", sitemap.getBytes(StandardCharsets.UTF_8));
        server.serveResource(page, "text/html; charset=UTF-8", "/pages/article.html");
        String source = server.uri("/sitemap-news.xml").toString();
        IngestConfig fullPages = IngestConfig.defaults().withAllowPrivateAddresses(true)
                .withSources(List.of(new SourceConfig("mittelland", source, null, null, null, true)));

        try (SourceReader reader = new SourceReader(fullPages)) {
            SourceBatch result = reader.read(source);

            assertThat(result.errors()).isEmpty();
            assertThat(result.articles()).singleElement().satisfies(a -> {
                assertThat(a.title()).isEqualTo("Wasserwerk erhöht Preise");
                assertThat(a.text()).startsWith("Die Stadtwerke erhöhen zum ersten Mal seit zehn Jahren");
                assertThat(a.publishedAt()).hasToString("2024-04-12T10:00:00Z");
            });
            assertThat(server.requestsTo(page)).isEqualTo(1);
        }
        try (SourceReader titlesOnly = new SourceReader(IngestConfig.defaults())) {
            SourceBatch result = titlesOnly.read(source);

            assertThat(result.articles()).singleElement().satisfies(a -> {
                assertThat(a.title()).isEqualTo("Wasserwerk erhöht Preise");
                assertThat(a.url()).isEqualTo(server.uri(page).toString());
            });
            assertThat(server.requestsTo(page)).isEqualTo(1);
        }
    }
}
