package io.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.ingest.LocalHttpServer;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    private ParsedFeed parseResource(String name) throws FeedParseException {
        return parser.parse(LocalHttpServer.resource(name), null, "https://feeds.example" + name);
    }

    @Test
    void readsRss2WithContentEncodedAndCreator() throws Exception {
        ParsedFeed feed = parseResource("/feeds/rss2.xml");

        assertThat(feed.language()).isEqualTo("de-DE");
        assertThat(feed.entries()).hasSize(2);
        FeedEntry first = feed.entries().get(0);
        assertThat(first.title()).isEqualTo("Landtag beschließt neues Schulgesetz nach langer Debatte");
        assertThat(first.link()).startsWith("https://www.nordkurier-online.example/politik/schulgesetz-beschlossen-101.html");
        assertThat(first.guid()).isEqualTo("nk-2024-0412-schulgesetz");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-04-12T12:30:00Z"));
        assertThat(first.authors()).containsExactly("Katrin Albers");
        assertThat(first.summary()).contains("monatelangem Streit");
        assertThat(first.content()).contains("<p>Die Opposition kündigte an");
        assertThat(feed.entries().get(1).content()).isNull();
    }

    @Test
    void readsAtomWithSeveralAuthorsAndResolvesRelativeLinks() throws Exception {
        ParsedFeed feed = parseResource("/feeds/atom.xml");

        assertThat(feed.entries()).hasSize(2);
        FeedEntry first = feed.entries().get(0);
        assertThat(first.title()).isEqualTo("Forschende entdecken neue Käferart im Schwarzwald");
        assertThat(first.authors()).containsExactly("Jonas Brenner", "Lea Vogt");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-05-02T05:30:00Z"));
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2024-05-02T05:45:00Z"));
        assertThat(first.content()).contains("alten Buchenwäldern");
        assertThat(feed.entries().get(1).link()).isEqualTo("https://feeds.example/wissenschaft/lange-nacht-planeten");
        assertThat(feed.entries().get(1).updatedAt()).isEqualTo(Instant.parse("2024-05-01T18:00:00Z"));
    }

    @Test
    void readsRdfRss10() throws Exception {
        ParsedFeed feed = parseResource("/feeds/rdf.rdf");

        assertThat(feed.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Elbfähre stellt Betrieb wegen Niedrigwasser ein");
            assertThat(entry.link()).isEqualTo("https://elbkurier.example/region/faehre-eingestellt");
            assertThat(entry.summary()).contains("niedrigen Pegels");
            assertThat(entry.authors()).containsExactly("Redaktion Elbkurier");
            assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2024-08-14T04:15:00Z"));
        });
    }

    @Test
    void recoversUndeclaredHtmlEntitiesAndStrayAmpersands() throws Exception {
        ParsedFeed feed = parseResource("/feeds/undeclared-entities.rss");

        assertThat(feed.title()).isEqualTo("Tagesbote – Regionales");
        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.title()).isEqualTo("Stadtrat stärkt Radwege & Fußgänger");
        assertThat(entry.summary()).startsWith("Mehr Platz für Rad & Fuß:");
    }

    @Test
    void honoursIso88591DeclaredInTheXmlDeclaration() throws Exception {
        ParsedFeed feed = parseResource("/feeds/latin1.xml");

        FeedEntry entry = feed.entries().get(0);
        assertThat(entry.title()).isEqualTo("Bergbahnen öffnen früher: Gäste freuen sich über Schnee");
        assertThat(entry.summary()).contains("großem Andrang");
    }

    @Test
    void httpHeaderCharsetWinsOverTheXmlDeclaration() throws Exception {
        // The declaration claims UTF-8 but the server says (correctly) ISO-8859-1.
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Süd</title>"
                + "<link>https://sued.example/</link><description>d</description>"
                + "<item><title>Grüße aus München</title><link>https://sued.example/a</link></item></channel></rss>";
        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, "https://sued.example/feed");

        assertThat(feed.entries().get(0).title()).isEqualTo("Grüße aus München");
    }

    @Test
    void externalEntityIsNotResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "GEHEIMES-PASSWORT-4711");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><link>https://evil.example/</link>"
                + "<description>&xxe;</description><item><title>&xxe;</title><link>https://evil.example/1</link>"
                + "</item></channel></rss>";

        // Rome refuses any DOCTYPE by default, so the entity is never declared, let alone resolved.
        assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8), null, "https://evil.example/feed"))
                .isInstanceOfSatisfying(FeedParseException.class, e -> assertThat(e.source()).isEqualTo("https://evil.example/feed"))
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("GEHEIMES-PASSWORT-4711");
    }

    @Test
    void unreadableFeedIsOneErrorNamingTheSource() {
        byte[] broken = "<html><body>Wartungsarbeiten</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(broken, null, "https://kaputt.example/rss"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("https://kaputt.example/rss: not a readable feed");
    }
}
