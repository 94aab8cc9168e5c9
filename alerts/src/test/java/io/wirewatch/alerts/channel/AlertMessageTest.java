package io.wirewatch.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.Fixtures;
import io.wirewatch.events.Alert;

class AlertMessageTest {

    private final AlertMessage message = new AlertMessage(Fixtures.fullAlert("verkehrsdesk"));

    @Test
    void plainTextHasHeadlineLinkLineageClaimAndDashboard() {
        assertThat(message.subject()).isEqualTo("[wirewatch] GDL: Streik <script>alert(1)</script> & Notfahrplan");
        assertThat(message.plainText())
                .contains("https://www.bahn-news.example/streik?id=1&x=2")
                .contains("3 articles from 2 outlets, first bahn-news.example: bahn-news.example 05:02 → dw.com 05:31")
                .contains("Der Streik beginnt")
                .contains("— der GDL-Vorsitzende (sagte) · rules: streik")
                .contains("Story: https://lage.example.org/stories/story-bahn");
    }

    @Test
    void htmlEscapesEveryFeedTextAndMarksTheMatchedWords() {
        String html = message.html();

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Notfahrplan")
                .contains("href=\"https://www.bahn-news.example/streik?id=1&amp;x=2\"")
                .contains("&quot;Der <strong>Streik</strong> beginnt")
                .contains("&lt;!channel&gt; &amp; dauert");
    }

    @Test
    void slackTextLinksTheHeadlineAndDefusesMentions() {
        String slack = message.slackText();

        assertThat(slack).startsWith("*<https://www.bahn-news.example/streik?id=1&amp;x=2|GDL: Streik &lt;script&gt;")
                .contains(">\"Der *Streik* beginnt")
                .contains("&lt;!channel&gt;")
                .doesNotContain("<!channel>")
                .contains("<https://lage.example.org/stories/story-bahn|Story on the dashboard>");
    }

    @Test
    void digestListsEveryStoryInEachFormatEscaped() {
        AlertMessage digest = new AlertMessage(Fixtures.digest("verkehrsdesk"));

        assertThat(digest.subject()).isEqualTo("[wirewatch] Digest, 2 stories: GDL: Streik <script>alert(1)</script> & Notfahrplan");
        assertThat(digest.plainText())
                .startsWith("Daily digest: 2 stories since 2024-03-03 07:30 (Europe/Berlin)\n")
                .contains("Der Streik beginnt").contains("Die Kitas bleiben am Donnerstag geschlossen")
                .contains("— eine Verdi-Sprecherin");
        assertThat(digest.html()).startsWith("<!DOCTYPE html><html><body><p>Daily digest").endsWith("</body></html>")
                .doesNotContain("<script>").contains("Die Kitas bleiben").containsOnlyOnce("<body>");
        assertThat(digest.slackText()).startsWith("_Daily digest: 2 stories").doesNotContain("<!channel>")
                .contains("Die Kitas bleiben");
    }

    @Test
    void versionOneAlertStillReads() {
        Alert old = Fixtures.alert("5d1e0c9a7b3f2e10", "verkehrsdesk");

        AlertMessage v1 = new AlertMessage(old);

        assertThat(v1.subject()).isEqualTo("[wirewatch] Story story-bahn");
        assertThat(v1.plainText()).contains("Der Streik beginnt").contains("— der GDL-Vorsitzende");
    }
}
