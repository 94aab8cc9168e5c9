package io.wirewatch.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.run.Demo;
import io.wirewatch.events.Json;

/** Replays the bundled demo (ground truth in demo/README.md) through the real topologies. */
class ReplayTest {

    @TempDir
    Path data;

    @Test
    void demoCopiesCollapseIntoStoriesAndEachStoryAlertsOnce() {
        WirewatchConfig config = Demo.prepare(data, Map.of());
        Path demo = data.resolve("demo");

        List<JsonNode> lines = replay(config, demo.resolve("feeds/nordkurier-agentur.rss").toString(),
                demo.resolve("feeds/rundschau.atom").toString(), demo.resolve("feeds/alpenpost.rss").toString(),
                demo.resolve("pages").toString());

        List<JsonNode> articles = ofType(lines, "article");
        assertThat(articles).hasSize(12).allSatisfy(a -> {
            assertThat(a.path("storyId").asText()).isNotBlank();
            assertThat(a.path("origin").asText()).isNotBlank();
        });
        String storyA = storyOf(articles, "usa-nordkorea-raketen-russland-ukraine-an0412");
        String storyB = storyOf(articles, "nordkorea-container-munition-bahn-suedrussland-an9127");
        String storyC = storyOf(articles, "hochwasser-hochrhein-pegel-steigen-an0381");
        assertThat(Set.of(storyA, storyB, storyC)).as("three different events, three stories").hasSize(3);
        assertThat(storyOf(articles, "weisses-haus-russland-feuert-raketen-aus-kims-arsenal")).isEqualTo(storyA);
        assertThat(storyOf(articles, "kurz-gemeldet/usa-nordkorea-raketen-russland")).isEqualTo(storyA);
        assertThat(storyOf(articles, "tausend-container-nordkorea-munition-russland")).isEqualTo(storyB);
        assertThat(storyOf(articles, "hochrhein-hochwasser-rheinschifffahrt-eingestellt")).isEqualTo(storyC);
        JsonNode headlineCopy = articleAt(articles, "weisses-haus-russland-feuert-raketen-aus-kims-arsenal");
        assertThat(headlineCopy.path("duplicateOf").asText())
                .isEqualTo(articleAt(articles, "usa-nordkorea-raketen-russland-ukraine-an0412").path("id").asText());

        List<JsonNode> notifications = ofType(lines, "alert");
        List<JsonNode> alerts = notifications.stream().filter(a -> a.path("sequence").asInt() == 0).toList();
        Map<String, Long> alertsPerStory = alerts.stream()
                .collect(Collectors.groupingBy(a -> a.path("storyId").asText(), Collectors.counting()));
        assertThat(alertsPerStory).containsEntry(storyA, 1L).containsEntry(storyB, 1L)
                .allSatisfy((story, count) -> assertThat(count).as("alerts for story " + story).isEqualTo(1L));
        assertThat(alerts).allSatisfy(a -> assertThat(a.path("subscriptionId").asText()).isEqualTo("demo-desk"));
        JsonNode alertA = alerts.stream().filter(a -> a.path("storyId").asText().equals(storyA)).findFirst().orElseThrow();
        assertThat(alertA.path("article").path("url").asText()).startsWith("https://");
        // Sent at the story's first matching claim: the story as known then (copies come later).
        assertThat(alertA.path("story").path("articles").asInt()).isPositive();
        assertThat(alertA.path("story").path("firstOutlet").asText()).isEqualTo(alertA.path("article").path("outlet").asText());
        assertThat(alertA.path("claims").get(0).path("marked").asText()).contains("**");
        // The copies of story A that came after its first alert make one update.
        assertThat(notifications).filteredOn(a -> a.path("storyId").asText().equals(storyA) && a.path("sequence").asInt() == 1)
                .singleElement().satisfies(update -> {
                    assertThat(update.path("changes").asText()).contains("article");
                    assertThat(update.path("story").path("articles").asInt()).isGreaterThan(alertA.path("story").path("articles").asInt());
                });
        assertThat(notifications).allSatisfy(a -> assertThat(a.path("sequence").asInt()).isLessThanOrEqualTo(1));

        List<JsonNode> claims = ofType(lines, "claim");
        assertThat(claims).isNotEmpty();
        assertThat(claims).extracting(c -> c.path("id").asText()).doesNotHaveDuplicates();
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.path("storyId").asText()).isEqualTo(storyA);
            assertThat(c.path("rules").toString()).contains("nk-arms");
            assertThat(c.path("articleIds").size()).as("one claim listing its copies").isGreaterThan(1);
        });
    }

    @Test
    void aDailyDigestSubscriptionGetsOneDigestOfItsStoriesAtTheEnd() {
        WirewatchConfig demo = Demo.prepare(data, Map.of());
        WirewatchConfig config = new WirewatchConfig(demo.kafka(), demo.data(), demo.sources(), demo.rules(),
                demo.subscriptions().stream().map(s -> s.withDelivery("daily", "07:30", "Europe/Berlin", null)).toList(),
                demo.ingest(), demo.processor(), demo.alerts(), demo.ops(), demo.dashboard());
        Path demoDir = data.resolve("demo");

        List<JsonNode> notifications = ofType(replay(config, demoDir.resolve("feeds/nordkurier-agentur.rss").toString(),
                demoDir.resolve("feeds/rundschau.atom").toString(), demoDir.resolve("pages").toString()), "alert");

        assertThat(notifications).singleElement().satisfies(digest -> {
            assertThat(digest.path("digest").path("mode").asText()).isEqualTo("daily");
            assertThat(digest.path("digest").path("items").size()).isGreaterThanOrEqualTo(2);
            assertThat(digest.path("storyId").asText()).isEqualTo(digest.path("digest").path("items").get(0).path("storyId").asText());
        });
    }

    @Test
    void plainTextFilesReplayWithTheirFirstLineAsTitle(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.txt");
        Files.writeString(first, """

                Nordkorea liefert Raketen an Russland

                WASHINGTON (Agentur Nord) - Nordkorea hat Russland nach Angaben der US-Regierung \
                ballistische Raketen geliefert. „Die Raketen wurden bereits eingesetzt“, sagte Mark Brenner \
                am Donnerstag in Washington. Die Lieferung verstoße gegen Resolutionen des Sicherheitsrats.
                """);
        Path copy = dir.resolve("b.txt");
        Files.writeString(copy, Files.readString(first).replace("Nordkorea liefert Raketen an Russland",
                "Weißes Haus: Raketen aus Pjöngjang"));

        List<JsonNode> lines = replay(Demo.rulesOnly(data, Map.of()), first.toString(), copy.toString());
        List<JsonNode> articles = ofType(lines, "article");

        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).path("title").asText()).isEqualTo("Nordkorea liefert Raketen an Russland");
        assertThat(articles.get(0).path("origin").asText()).isEqualTo(first.toString());
        assertThat(articles.get(1).path("duplicateOf").asText()).isEqualTo(articles.get(0).path("id").asText());
        assertThat(articles.get(1).path("storyId").asText()).isEqualTo(articles.get(0).path("storyId").asText());
        JsonNode alert = ofType(lines, "alert").get(0);
        assertThat(alert.path("article").path("url").asText()).as("a local file is linked by its file URI")
                .isEqualTo(first.toUri().toString());
        assertThat(alert.path("story").path("lineageText").asText()).startsWith(alert.path("article").path("outlet").asText() + " ");
    }

    @Test
    void aCutCopyReadBeforeItsFullTextIsRevisedToACopyOfIt(@TempDir Path dir) throws Exception {
        String lead = """
                HAMBURG (Agentur Nord) - Wegen einer schweren Sturmflut stellen die Reedereien den Fährverkehr zu den \
                Nordseeinseln ab Mittwochabend ein. „Bei Windstärke elf können wir niemanden sicher übersetzen“, sagte \
                die Sprecherin der Küstenreederei, Maren Tiedemann, am Dienstag in Husum.

                Betroffen sind nach ihren Angaben mehr als vierzig Verbindungen am Tag, auch zu den Halligen und nach Helgoland.
                """;
        String rest = """

                Die Inselgemeinden haben Notunterkünfte in Schulen und Gemeindehäusern eingerichtet und die Deiche mit \
                Sandsäcken verstärkt. Urlauber sollen kostenlos in ihren Unterkünften bleiben dürfen.

                Die Reedereien wollen den Betrieb frühestens am Freitagmittag wieder aufnehmen, sobald der Wind \
                nachgelassen hat. Tickets für ausgefallene Fahrten werden erstattet.
                """;
        Path cut = dir.resolve("a-portal.txt");
        Files.writeString(cut, "Sturmflut: Keine Fähren bis Freitag\n\n" + lead);
        Path full = dir.resolve("b-agentur.txt");
        Files.writeString(full, "Sturmflut legt Fährverkehr zu den Inseln lahm\n\n" + lead + rest);

        List<JsonNode> lines = replay(Demo.rulesOnly(data, Map.of()), cut.toString(), full.toString());
        List<JsonNode> articles = ofType(lines, "article");

        assertThat(articles.get(0).path("duplicateOf").isNull()).as("read first, the cut copy starts as an original").isTrue();
        assertThat(articles.get(1).path("duplicateOf").isNull()).as("the fuller text is the original").isTrue();
        JsonNode revision = ofType(lines, "revision").get(0);
        assertThat(revision.path("id").asText()).isEqualTo(articles.get(0).path("id").asText());
        assertThat(revision.path("duplicateOf").asText()).isEqualTo(articles.get(1).path("id").asText());
        assertThat(revision.path("storyId").asText()).isEqualTo(articles.get(0).path("storyId").asText());
        assertThat(revision.path("revision").asInt()).isEqualTo(1);
        assertThat(lines.indexOf(revision)).as("right after the article that revised it").isEqualTo(lines.indexOf(articles.get(1)) + 1);
    }

    private static List<JsonNode> replay(WirewatchConfig config, String... paths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Replay replay = new Replay(config, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            assertThat(replay.run(List.of(paths))).as(err.toString(StandardCharsets.UTF_8)).isZero();
        }
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> !line.isBlank())
                .map(line -> Json.read(line, JsonNode.class))
                .toList();
    }

    private static List<JsonNode> ofType(List<JsonNode> lines, String type) {
        return lines.stream().filter(l -> l.path("type").asText().equals(type)).toList();
    }

    private static JsonNode articleAt(List<JsonNode> articles, String urlPart) {
        return articles.stream().filter(a -> a.path("url").asText().contains(urlPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no article with url containing " + urlPart));
    }

    private static String storyOf(List<JsonNode> articles, String urlPart) {
        return articleAt(articles, urlPart).path("storyId").asText();
    }
}
