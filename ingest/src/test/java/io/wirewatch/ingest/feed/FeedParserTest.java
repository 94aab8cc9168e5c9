package io.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void externalEntityIsNeverExpanded(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "GEHEIMES-PASSWORT-4711");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><link>https://evil.example/</link>"
                + "<description>&xxe;</description><item><title>Lagebild &xxe;</title><link>https://evil.example/1</link>"
                + "<description>&xxe;</description></item></channel></rss>";

        ParsedFeed feed = parser.parse(xxe.getBytes(StandardCharsets.UTF_8), null, "https://evil.example/feed");

        // The DOCTYPE is dropped before parsing: the reference stays literal text, the file is never read.
        assertThat(feed.title()).isEqualTo("&xxe;");
        assertThat(feed.entries().get(0).title()).isEqualTo("Lagebild &xxe;");
        assertThat(feed.toString()).doesNotContain("GEHEIMES-PASSWORT-4711");
        assertThat(feed.repairs()).anySatisfy(r -> assertThat(r).contains("'xxe'").contains("not expanded"));
    }

    @Test
    void externalDtdIsNeverLoaded() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer()) {
            server.serve("/dtd/", "application/xml-dtd",
                    "<!ENTITY auml \"FROM-REMOTE-DTD\">".getBytes(StandardCharsets.UTF_8));
            String rss = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \""
                    + server.uri("/dtd/rss-0.91.dtd") + "\">\n"
                    + "<rss version=\"0.91\"><channel><title>Gr&uuml;ne Welle</title><link>https://welle.example/</link>"
                    + "<description>Verkehr</description><language>de</language>"
                    + "<item><title>Ampeln in K&ouml;ln neu geschaltet</title><link>https://welle.example/koeln</link></item>"
                    + "</channel></rss>";

            ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://welle.example/rss");

            assertThat(feed.title()).isEqualTo("Grüne Welle");
            assertThat(feed.entries()).singleElement()
                    .satisfies(e -> assertThat(e.title()).isEqualTo("Ampeln in Köln neu geschaltet"));
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void netscapeRss091DoctypeIsReadWithoutRepairs() throws Exception {
        String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
                + "  \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>Hafenblatt</title><link>https://hafen.example/</link>"
                + "<description>Aus dem Hafen</description><language>de</language>"
                + "<item><title>Neue Fähre läuft vom Stapel</title><link>https://hafen.example/faehre</link></item>"
                + "</channel></rss>";

        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.ISO_8859_1), null, "https://hafen.example/rss");

        assertThat(feed.entries().get(0).title()).isEqualTo("Neue Fähre läuft vom Stapel");
        assertThat(feed.repaired()).isFalse();
    }

    @Test
    void doctypeInACommentOrInContentIsLeftAlone() throws Exception {
        String rss = "<!-- Hinweis: kein <!DOCTYPE hier -->\n" + smallFeed("Vorlagen erklärt")
                .replace("</title><link>https://blatt.example/1", "</title><description><![CDATA[<!DOCTYPE html>]]></description>"
                        + "<link>https://blatt.example/1");

        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://vorlage.example/rss");

        assertThat(feed.entries().get(0).summary()).isEqualTo("<!DOCTYPE html>");
        assertThat(feed.repaired()).isFalse();
    }

    @Test
    void literalInternalEntityIsExpandedOnceAndNotRecursively() throws Exception {
        String rss = "<!DOCTYPE rss [<!ENTITY ort \"Bad Tölz\"><!ENTITY lol \"&ort;&ort;\">]>"
                + "<rss version=\"2.0\"><channel><title>Isarbote</title><link>https://isar.example/</link>"
                + "<description>d</description><item><title>Neues aus &ort;</title><guid>&lol;</guid>"
                + "<link>https://isar.example/1</link></item></channel></rss>";

        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://isar.example/rss");

        assertThat(feed.entries().get(0).title()).isEqualTo("Neues aus Bad Tölz");
        // An entity whose value holds references is not used at all: no nesting, no expansion bombs.
        assertThat(feed.entries().get(0).guid()).isEqualTo("&lol;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void readsWideEncodingsWithAndWithoutByteOrderMark(String charsetName) throws Exception {
        Charset charset = Charset.forName(charsetName);
        String xml = "<?xml version=\"1.0\" encoding=\"" + charsetName + "\"?>" + smallFeed("Überschwemmung an der Oder");
        byte[] plain = xml.getBytes(charset);
        byte[] marked = ("\uFEFF" + xml).getBytes(charset);

        for (byte[] bytes : List.of(plain, marked)) {
            ParsedFeed feed = parser.parse(bytes, null, "https://oder.example/rss");
            assertThat(feed.entries().get(0).title()).isEqualTo("Überschwemmung an der Oder");
        }
    }

    @Test
    void headerCharsetWinsOverByteOrderMarkAndDeclarationWhenItFits() throws Exception {
        // BOM-less Latin-1 bytes, a declaration claiming UTF-8: the header is right and must win.
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + smallFeed("Straßenfest in Görlitz"))
                .getBytes(StandardCharsets.ISO_8859_1);

        ParsedFeed feed = parser.parse(bytes, StandardCharsets.ISO_8859_1, "https://goerlitz.example/rss");

        assertThat(feed.entries().get(0).title()).isEqualTo("Straßenfest in Görlitz");
        assertThat(feed.repaired()).isFalse();
    }

    @Test
    void wrongHeaderCharsetFallsBackToWhatFitsAndSaysSo() throws Exception {
        byte[] bytes = ("\uFEFF" + smallFeed("Würzburg feiert")).getBytes(StandardCharsets.UTF_8);

        ParsedFeed feed = parser.parse(bytes, StandardCharsets.US_ASCII, "https://wue.example/rss");

        assertThat(feed.entries().get(0).title()).isEqualTo("Würzburg feiert");
        assertThat(feed.repairs()).anySatisfy(r -> assertThat(r).contains("US-ASCII"));
    }

    @Test
    void missingDeclarationWithLatin1BytesIsReadAsWindows1252() throws Exception {
        byte[] bytes = smallFeed("Grenzübergang \u20ac-Zone").getBytes(Charset.forName("windows-1252"));

        ParsedFeed feed = parser.parse(bytes, null, "https://grenze.example/rss");

        assertThat(feed.entries().get(0).title()).isEqualTo("Grenzübergang €-Zone");
    }

    @Test
    void truncatedFeedWithoutChannelIsRebuiltAndMarkedRepaired() throws Exception {
        String rss = "<rss version=\"0.91\"><item><title>Eilmeldung: Zugausfall</title>"
                + "<link>https://bahn.example/1?a=1&b=2</link></item></rss";

        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://bahn.example/rss");

        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Eilmeldung: Zugausfall");
            assertThat(e.link()).isEqualTo("https://bahn.example/1?a=1&b=2");
        });
        assertThat(feed.repaired()).isTrue();
    }

    @Test
    void rssInAForeignDefaultNamespaceIsReadAfterARepair() throws Exception {
        String rss = smallFeed("Hafenfest abgesagt").replace("<rss version=\"2.0\">",
                "<rss version=\"2.0\" xmlns=\"http://backend.userland.com/rss\">");

        ParsedFeed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://hafen.example/rss");

        assertThat(feed.entries()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("Hafenfest abgesagt"));
        assertThat(feed.repairs()).contains("default namespace on <rss> removed");
    }

    @Test
    void capitalHexReferenceAndUnknownEntityAreRepaired() throws Exception {
        ParsedFeed feed = parser.parse(smallFeed("&#X41;bstimmung &unbekannt; heute").getBytes(StandardCharsets.UTF_8),
                null, "https://wahl.example/rss");

        assertThat(feed.entries().get(0).title()).isEqualTo("Abstimmung &unbekannt; heute");
    }

    @Test
    void emptyDocumentIsOneCleanError() {
        assertThatThrownBy(() -> parser.parse(new byte[0], null, "https://leer.example/rss"))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("https://leer.example/rss: not a readable feed: the document is empty");
    }

    private static String smallFeed(String itemTitle) {
        return "<rss version=\"2.0\"><channel><title>Testblatt</title><link>https://blatt.example/</link>"
                + "<description>d</description><item><title>" + itemTitle + "</title>"
                + "<link>https://blatt.example/1</link></item></channel></rss>";
    }

    @Test
    void unreadableFeedIsOneErrorNamingTheSource() {
        byte[] broken = "<html><body>Wartungsarbeiten</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(broken, null, "https://kaputt.example/rss"))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("https://kaputt.example/rss: not a readable feed: the document is an HTML page, not a feed");
    }
}
