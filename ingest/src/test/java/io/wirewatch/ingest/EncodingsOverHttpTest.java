package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.Article;
import io.wirewatch.ingest.source.SourceBatch;

/** Feeds whose bytes, header and declaration disagree, read end to end from a local server. */
class EncodingsOverHttpTest {

    private static final String TITLE = "Müllabfuhr verschiebt Termine wegen Feiertag – Bürger verärgert";

    private final LocalHttpServer server = new LocalHttpServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static String feed(String declaration) {
        return declaration + "<rss version=\"2.0\"><channel><title>Stadtanzeiger</title>"
                + "<link>https://anzeiger.example/</link><description>Lokales</description>"
                + "<item><title>" + TITLE + "</title><link>https://anzeiger.example/muell</link>"
                + "<description>Wegen des Feiertags wird die Tonne in dieser Woche erst am Samstag geleert.</description>"
                + "</item></channel></rss>";
    }

    private String titleRead(String path, String contentType, byte[] body) {
        server.serve(path, contentType, body);
        try (SourceReader reader = new SourceReader(IngestConfig.defaults())) {
            SourceBatch result = reader.read(server.uri(path).toString());
            assertThat(result.errors()).as(path).isEmpty();
            return result.articles().stream().map(Article::title).findFirst().orElseThrow();
        }
    }

    @Test
    void headerCharsetWithoutDeclaration() {
        // ISO-8859-15 has no en dash: this feed spells it as a hyphen.
        String title = TITLE.replace('–', '-');
        byte[] body = feed("").replace(TITLE, title).getBytes(Charset.forName("ISO-8859-15"));

        assertThat(titleRead("/latin9", "application/rss+xml; charset=ISO-8859-15", body)).isEqualTo(title);
    }

    @Test
    void headerClaimsUtf8ButBytesAreWindows1252() {
        byte[] body = feed("<?xml version=\"1.0\" encoding=\"windows-1252\"?>").getBytes(Charset.forName("windows-1252"));

        assertThat(titleRead("/falsch", "text/xml; charset=utf-8", body)).isEqualTo(TITLE);
    }

    @Test
    void noCharsetAnywhereButUtf16WithByteOrderMark() {
        byte[] body = ("\uFEFF" + feed("<?xml version=\"1.0\"?>")).getBytes(StandardCharsets.UTF_16LE);

        assertThat(titleRead("/utf16", "application/xml", body)).isEqualTo(TITLE);
    }

    @Test
    void declarationNamesAnUnknownEncoding() {
        byte[] body = feed("<?xml version=\"1.0\" encoding=\"x-erfunden\"?>").getBytes(StandardCharsets.UTF_8);

        assertThat(titleRead("/erfunden", "application/rss+xml", body)).isEqualTo(TITLE);
    }
}
