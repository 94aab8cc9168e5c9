package io.wirewatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.wirewatch.ingest.LocalHttpServer;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedPage extract(String resource, String url) {
        return extractor.extract(LocalHttpServer.resource(resource), null, url);
    }

    @Test
    void keepsTheArticleParagraphsAndDropsBoilerplate() {
        ExtractedPage page = extract("/pages/article.html", "https://mittelland-zeitung.example/lokales/x");

        assertThat(page.text().split("\n\n")).containsExactly(
                "Die Stadtwerke erhöhen zum ersten Mal seit zehn Jahren den Preis für Trinkwasser. Ab dem 1. Juli zahlt"
                        + " ein durchschnittlicher Haushalt rund 40 Euro mehr im Jahr, wie der Versorger am Montag mitteilte.",
                "Als Grund nannte der Geschäftsführer vor allem gestiegene Kosten für Energie und die Sanierung alter"
                        + " Leitungen. \"Wir haben die Erhöhung so lange wie möglich hinausgezögert\", sagte er bei der"
                        + " Vorstellung der Zahlen.",
                "Der Stadtrat muss der neuen Preisstruktur noch zustimmen. Die Abstimmung ist für die Sitzung Ende April"
                        + " geplant, eine Mehrheit gilt als wahrscheinlich.");
        assertThat(page.text()).doesNotContain("Cookies", "Facebook", "Siehe auch", "Abwassergebühren", "Lesen Sie auch",
                "Redakteurin im Lokalressort", "Foto:", "80.000 Haushalte", "Newsletter", "Kommentar", "Meistgelesen",
                "Impressum", "Politik");
    }

    @Test
    void readsTitleAuthorTimeLanguageAndCanonicalUrl() {
        ExtractedPage page = extract("/pages/article.html", "https://mittelland-zeitung.example/lokales/x");

        assertThat(page.title()).isEqualTo("Wasserwerk erhöht Preise zum ersten Mal seit zehn Jahren");
        assertThat(page.authors()).containsExactly("Sabine Roth");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-03-18T05:00:00Z"));
        assertThat(page.language()).isEqualTo("de-DE");
        assertThat(page.canonicalUrl())
                .isEqualTo("https://mittelland-zeitung.example/lokales/wasserpreise-steigen?utm_campaign=social");
    }

    @Test
    void prefersJsonLdArticleBodyOverTheDom() {
        ExtractedPage page = extract("/pages/jsonld.html", "https://weserblick.example/bruecke");

        assertThat(page.text()).startsWith("Die Sanierung der Weserbrücke dauert mindestens ein halbes Jahr länger");
        assertThat(page.text().split("\n\n")).hasSize(3);
        assertThat(page.text()).doesNotContain("Abonnenten", "Weserblick Plus");
        assertThat(page.title()).isEqualTo("Brückensanierung dauert länger als geplant");
        assertThat(page.authors()).containsExactly("Tim Hagedorn", "Mira Ost");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-06-03T09:20:00Z"));
        assertThat(page.canonicalUrl()).isNull();
    }

    @Test
    void shortJsonLdBodyIsATeaserAndTheDomWins() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"Kurz.\"}"
                + "</script></head><body><article><p>Der Kreistag hat am Abend nach langer Debatte den Neubau der"
                + " Kreisklinik beschlossen.</p><p>Die Kosten werden auf rund 120 Millionen Euro geschätzt, teilte"
                + " der Landrat mit.</p></article></body></html>";

        ExtractedPage page = extractor.extract(html, "https://kreis.example/a");

        assertThat(page.text()).startsWith("Der Kreistag hat am Abend").contains("\n\nDie Kosten werden");
    }

    @Test
    void fragmentTextKeepsParagraphsAndFallsBackToPlainText() {
        assertThat(extractor.textOfFragment("<p>Erster Absatz der Meldung mit genügend Text.</p>"
                + "<p>Zweiter Absatz der Meldung mit genügend Text.</p>"))
                .isEqualTo("Erster Absatz der Meldung mit genügend Text.\n\nZweiter Absatz der Meldung mit genügend Text.");
        assertThat(extractor.textOfFragment("Nur eine Zeile ohne <b>Absatz</b>")).isEqualTo("Nur eine Zeile ohne Absatz");
        assertThat(extractor.textOfFragment(null)).isEmpty();
    }
}
