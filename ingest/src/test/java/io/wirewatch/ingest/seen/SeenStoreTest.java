package io.wirewatch.ingest.seen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.ingest.normalise.ContentHash;

class SeenStoreTest {

    private static Article article(String text) {
        String url = "https://zeitung.example/politik/haushalt";
        return new Article(Article.SCHEMA_VERSION, Ids.hash(url), 1, "zeitung", "https://zeitung.example/rss", url,
                "Haushalt beschlossen", text, "de", List.of(), null, Instant.parse("2024-04-12T10:00:00Z"),
                ContentHash.of(text));
    }

    private static Article otherArticle(String text) {
        String url = "https://zeitung.example/lokales/feuerwehr";
        return new Article(Article.SCHEMA_VERSION, Ids.hash(url), 1, "zeitung", "https://zeitung.example/rss", url,
                "Feuerwehr übt", text, "de", List.of(), null, Instant.parse("2024-04-12T10:00:00Z"),
                ContentHash.of(text));
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends java.time.Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void unchangedArticleIsNotAdmittedAgainAfterARestart(@TempDir Path dir) {
        Path file = dir.resolve("seen.json");
        SeenStore first = SeenStore.open(file);
        Article original = article("Der Stadtrat hat den Haushalt beschlossen.");
        Article admitted = first.admit(original).orElseThrow();
        assertThat(admitted.version()).isEqualTo(1);
        first.record(admitted);
        first.save();

        SeenStore afterRestart = SeenStore.open(file);

        assertThat(afterRestart.admit(article("Der Stadtrat hat den Haushalt beschlossen."))).isEmpty();
        assertThat(afterRestart.size()).isEqualTo(1);
    }

    @Test
    void changedTextIsAdmittedAsTheNextVersion(@TempDir Path dir) {
        Path file = dir.resolve("seen.json");
        SeenStore store = SeenStore.open(file);
        store.record(store.admit(article("Der Stadtrat hat den Haushalt beschlossen.")).orElseThrow());
        store.save();

        SeenStore afterRestart = SeenStore.open(file);
        Article corrected = afterRestart.admit(article("Der Stadtrat hat den Haushalt mit knapper Mehrheit beschlossen."))
                .orElseThrow();

        assertThat(corrected.version()).isEqualTo(2);
        afterRestart.record(corrected);
        afterRestart.save();
        assertThat(SeenStore.open(file).get(corrected.id())).hasValueSatisfying(seen -> {
            assertThat(seen.contentHash()).isEqualTo(corrected.contentHash());
            assertThat(seen.version()).isEqualTo(2);
        });
    }

    @Test
    void articlesNoPollSawForTheRetentionAreForgottenOnSave(@TempDir Path dir) {
        Path file = dir.resolve("seen.json");
        MovableClock clock = new MovableClock(Instant.parse("2024-04-12T10:00:00Z"));
        SeenStore store = SeenStore.open(file, clock);
        Article stillInTheFeed = article("Der Stadtrat hat den Haushalt beschlossen.");
        Article droppedFromTheFeed = otherArticle("Die Feuerwehr übte am Wochenende am Hafen.");
        store.record(store.admit(stillInTheFeed).orElseThrow());
        store.record(store.admit(droppedFromTheFeed).orElseThrow());
        store.save();

        clock.advance(SeenStore.RETENTION.minusDays(1));
        assertThat(store.admit(stillInTheFeed)).as("seen again: not republished, sighting dated").isEmpty();
        clock.advance(java.time.Duration.ofDays(2));
        store.save();

        SeenStore afterRestart = SeenStore.open(file, clock);
        assertThat(afterRestart.get(stillInTheFeed.id())).isPresent();
        assertThat(afterRestart.get(droppedFromTheFeed.id())).isEmpty();
        assertThat(afterRestart.size()).isEqualTo(1);
    }

    @Test
    void saveLeavesNoTemporaryFilesBehind(@TempDir Path dir) throws Exception {
        SeenStore store = SeenStore.open(dir.resolve("seen.json"));
        store.record(store.admit(article("Text.")).orElseThrow());
        store.save();

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("seen.json");
        }
    }
}
