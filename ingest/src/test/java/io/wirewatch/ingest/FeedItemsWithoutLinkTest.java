package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.ingest.source.SourceBatch;

/** Feed items that name no page keep a stable id of their own instead of being dropped. */
class FeedItemsWithoutLinkTest {

    static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Amtsblatt Nordheide</title><description>Mitteilungen</description>
            <item><title>Straßensperrung in Buchholz</title><pubDate>Mon, 04 Mar 2024 08:00:00 GMT</pubDate>
              <description>Die Hauptstraße ist von Montag an für zwei Wochen gesperrt, eine Umleitung ist ausgeschildert.</description></item>
            <item><title>Wasserrohrbruch in Tostedt</title><guid isPermaLink="false">meldung-4711</guid>
              <description>Nach einem Rohrbruch ist die Wasserversorgung im Ortskern bis zum Abend unterbrochen.</description></item>
            <item><title>Gemeinderat tagt</title><link>https://nordheide.example/gemeinderat</link>
              <description>Der Gemeinderat berät am Donnerstag über den Haushalt.</description></item>
            <item><title></title><description></description></item>
            </channel></rss>
            """;

    private static List<Article> read(Path feed) {
        try (SourceReader reader = new SourceReader(IngestConfig.defaults())) {
            SourceBatch result = reader.read(feed.toString());
            assertThat(result.errors()).singleElement().asString().contains("without link, title or text");
            return result.articles();
        }
    }

    @Test
    void itemsWithoutLinkAreKeptWithoutUrlAndWithIdsThatStayTheSame(@TempDir Path dir) throws Exception {
        Path feed = Files.writeString(dir.resolve("amtsblatt.rss"), FEED);

        List<Article> first = read(feed);
        List<Article> second = read(feed);

        assertThat(first).extracting(Article::title)
                .containsExactly("Straßensperrung in Buchholz", "Wasserrohrbruch in Tostedt", "Gemeinderat tagt");
        assertThat(first).extracting(Article::url).containsExactly(null, null, "https://nordheide.example/gemeinderat");
        assertThat(first).extracting(Article::id).doesNotHaveDuplicates();
        assertThat(second).extracting(Article::id).containsExactlyElementsOf(first.stream().map(Article::id).toList());
    }

    @Test
    void idOfAnItemWithoutGuidFollowsItsContentAndAGuidKeepsItsIdThroughEdits(@TempDir Path dir) throws Exception {
        Path feed = Files.writeString(dir.resolve("amtsblatt.rss"), FEED);
        List<Article> before = read(feed);

        Files.writeString(feed, FEED.replace("zwei Wochen", "drei Wochen").replace("bis zum Abend", "bis Mitternacht"));
        List<Article> after = read(feed);

        assertThat(after.get(0).id()).isNotEqualTo(before.get(0).id());
        assertThat(after.get(1).id()).isEqualTo(before.get(1).id());
        assertThat(after.get(1).contentHash()).isNotEqualTo(before.get(1).contentHash());
    }

    @Test
    void theSameItemInAnotherFeedIsAnotherArticle(@TempDir Path dir) throws Exception {
        Path one = Files.writeString(dir.resolve("eins.rss"), FEED);
        Path two = Files.writeString(dir.resolve("zwei.rss"), FEED);

        assertThat(read(one).get(0).id()).isNotEqualTo(read(two).get(0).id());
    }
}
