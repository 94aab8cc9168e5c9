package io.wirewatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The DOM scoring on pages shaped like the ones publishers ship, written for these tests. */
class ArticleScoringTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String FIRST = "Die Stadtverwaltung hat am Mittwoch die Sperrung der Hafenbrücke verlängert, weil Gutachter"
            + " weitere Schäden an den Stahlträgern gefunden haben.";
    private static final String SECOND = "Nach Angaben eines Sprechers soll die Brücke frühestens im Herbst wieder für Autos"
            + " freigegeben werden, Fußgänger und Radfahrer können sie weiter nutzen.";
    private static final String THIRD = "Der Einzelhandel in der Altstadt befürchtet Umsatzeinbußen und fordert, die Parkgebühren"
            + " in den Parkhäusern am Hafen bis dahin zu senken.";

    private static String page(String body) {
        return "<html><head><title>Hafenbrücke</title></head><body>"
                + "<div class=\"site-nav\"><a href=\"/\">Start</a> <a href=\"/lokales\">Lokales</a> <a href=\"/sport\">Sport</a></div>"
                + body
                + "<div class=\"footer-links\"><a href=\"/impressum\">Impressum</a> <a href=\"/datenschutz\">Datenschutz</a></div>"
                + "</body></html>";
    }

    @Test
    void textBetweenBlocksSeparatedByLineBreaksIsTheArticle() {
        String html = page("<div class=\"story\"><div class=\"image\"><img src=\"/b.jpg\"></div>"
                + FIRST + "<br><br>" + SECOND + "<br><br><h3>Handel besorgt</h3>" + THIRD + "</div>");

        String text = extractor.extract(html, "https://hafenstadt.example/a").text();

        assertThat(text.split("\n\n")).containsExactly(FIRST, SECOND, "Handel besorgt", THIRD);
    }

    @Test
    void keepsSubheadingsAndListsButDropsLinkListsAndChromeInsideTheArticle() {
        String html = page("<article><div class=\"article-text\"><p>" + FIRST + "</p><h2>Umleitung über den Ring</h2><p>"
                + SECOND + "</p><ul><li>Buslinie 4 fährt ab Montag über den Westring und die Kanalstraße.</li>"
                + "<li>Die Fähre verkehrt werktags im Zwanzig-Minuten-Takt bis 22 Uhr.</li></ul>"
                + "<ul class=\"more\"><li><a href=\"/x\">Alle Meldungen aus dem Hafenviertel</a></li>"
                + "<li><a href=\"/y\">Baustellen im Überblick</a></li></ul>"
                + "<div class=\"share-tools\"><span>Teilen:</span> <a href=\"#\">Mail</a></div><p>" + THIRD + "</p></div></article>");

        String text = extractor.extract(html, "https://hafenstadt.example/a").text();

        assertThat(text).contains(FIRST, "Umleitung über den Ring", SECOND, "Buslinie 4 fährt", "Die Fähre verkehrt", THIRD)
                .doesNotContain("Alle Meldungen", "Baustellen im Überblick", "Teilen", "Impressum", "Sport");
    }

    @Test
    void leadInTheArticleHeaderJoinsTheBodyWithoutTheByline() {
        String lead = "Gutachter finden neue Schäden: Autofahrer müssen noch monatelang Umwege in Kauf nehmen.";
        String html = page("<article><header><h1>Hafenbrücke bleibt bis Herbst gesperrt</h1><p class=\"intro\">" + lead
                + "</p><p class=\"byline\">Von Jonas Ehlers, 12.03.2025</p></header>"
                + "<div class=\"body\"><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></div></article>");

        String text = extractor.extract(html, "https://hafenstadt.example/a").text();

        assertThat(text).startsWith(lead + "\n\n" + FIRST).doesNotContain("Jonas Ehlers", "bleibt bis Herbst gesperrt");
    }

    @Test
    void anArticleInsideAWrapperNamedLikeChromeIsStillFound() {
        String html = page("<div class=\"sticky-sidebar-layout\"><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD
                + "</p><p>" + FIRST.replace("Mittwoch", "Donnerstag") + "</p></div>");

        String text = extractor.extract(html, "https://hafenstadt.example/a").text();

        assertThat(text).contains(FIRST, SECOND, THIRD);
    }

    @Test
    void consentDialogsAreNotTheArticle() {
        String html = page("<div role=\"dialog\"><p>Wir und unsere Partner speichern Informationen auf Ihrem Gerät, um Inhalte"
                + " zu personalisieren, Werbung zu messen und unser Angebot zu verbessern, sofern Sie zustimmen.</p></div>"
                + "<div class=\"content\"><p>" + FIRST + "</p></div>");

        assertThat(extractor.extract(html, "https://hafenstadt.example/a").text()).isEqualTo(FIRST);
    }

    @Test
    void truncatedJsonLdBodyLosesToTheDomAndEntitiesAreDecoded() {
        String truncated = "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + FIRST.replace("ü", "&uuml;") + " " + SECOND
                + " Der Einzelhandel&hellip;\"}";
        String html = "<html><head><script type=\"application/ld+json\">" + truncated + "</script></head><body><article><p>"
                + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></article></body></html>";

        assertThat(extractor.extract(html, "https://hafenstadt.example/a").text()).contains(THIRD);
        assertThat(ArticleExtractor.paragraphsOfPlainText("Br&uuml;cke gesperrt.<br>Umleitung &amp; Fähre."))
                .isEqualTo("Brücke gesperrt.\n\nUmleitung & Fähre.");
    }

    @Test
    void publicationStampsAndPictureCreditsInsideTheArticleAreDropped() {
        String html = page("<article><div class=\"text\"><span>Aktualisiert: 12.03.2025, 14:05 Uhr</span><p>" + FIRST
                + "</p><p>Titelbild: Hafenamt</p><p>" + SECOND + "</p><p>12.03.2025</p><p>" + THIRD + "</p></div></article>");

        String text = extractor.extract(html, "https://hafenstadt.example/a").text();

        assertThat(text.split("\n\n")).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void adAndToggleLabelsFooterBlocksAndEnglishSeeAlsoListsAreLeftOut() {
        String html = page("<main><div class=\"story-body\"><p>" + FIRST + "</p><p>ADVERTISEMENT</p><p>" + SECOND + "</p>"
                + "<div class=\"infobox\"><span>Box aufklappen</span> <span>Box zuklappen</span></div><p>" + THIRD + "</p>"
                + "<p>You may also like...</p><p><a href=\"/b\">Bridge reopens downtown</a></p></div></main>"
                + "<div id=\"footer\" class=\"footer\"><p>Registration on or use of this site constitutes acceptance of our"
                + " <a href=\"/terms\">User Agreement</a>, updated in 2019, and our privacy policy, which applies to all readers.</p>"
                + "<p>© 2019 Hafenstadt Kurier. All rights reserved.</p></div>");

        String text = extractor.extract(html, "https://hafenstadt.example/a").text();

        assertThat(text.split("\n\n")).containsExactly(FIRST, SECOND, THIRD);
    }

    private static final String LEAD = "Gutachter haben an der Hafenbrücke neue Schäden gefunden, die Sperrung dauert deshalb länger.";

    private static String pageWithDescription(String description, String beforeBody, String afterBody) {
        return "<html><head><title>Hafenbrücke</title><meta name=\"description\" content=\"" + description + "\"></head><body>"
                + "<div class=\"stage\"><h1>Hafenbrücke bleibt gesperrt</h1>" + beforeBody + "</div>"
                + "<article><div class=\"article-body\"><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></div>" + afterBody
                + "</article></body></html>";
    }

    @Test
    void theVisibleLeadBeforeTheBodyOpensTheText() {
        String html = pageWithDescription(LEAD, "<div class=\"intro\"><strong>" + LEAD + "</strong></div>", "");

        assertThat(extractor.extract(html, null).text().split("\n\n")).containsExactly(LEAD, FIRST, SECOND, THIRD);
    }

    @Test
    void aDescriptionTheReaderDoesNotSeeBeforeTheBodyIsNoLead() {
        assertThat(extractor.extract(pageWithDescription(LEAD, "", ""), null).text()).doesNotContain(LEAD);
        assertThat(extractor.extract(pageWithDescription(LEAD, "", "<p>" + LEAD + "</p>"), null).text()).startsWith(FIRST);
        assertThat(extractor.extract(pageWithDescription(FIRST, "", ""), null).text().split("\n\n"))
                .containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void aJsonLdBodyGetsTheVisibleLeadItLacks() {
        String body = String.join("\\n", FIRST, SECOND, THIRD, FIRST.replace("Mittwoch", "Donnerstag"));
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"description\":\""
                + LEAD + "\",\"articleBody\":\"" + body + "\"}</script></head><body><h1>Hafenbrücke</h1><p class=\"teaser\">"
                + LEAD + "</p><div><p>" + FIRST + "</p></div></body></html>";

        assertThat(extractor.extract(html, null).text().split("\n\n")).startsWith(LEAD, FIRST, SECOND);
    }
}
