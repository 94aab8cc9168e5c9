package io.wirewatch.alerts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Ids;
import io.wirewatch.events.Json;

/** Test data in the style of German agency news. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * The Hamburg port story: the same claim in a first copy, again with a second copy added, and a
     * second claim of the story. All match rule {@code sanktionen}; the first also {@code hafen}.
     */
    public static List<Claim> hafenStory() {
        return readLines("/claims/hafen-story.jsonl", Claim.class);
    }

    /** A claim of another story matching the given rules. */
    public static Claim claim(String id, String storyId, List<String> rules) {
        return new Claim(Claim.SCHEMA_VERSION, id, "a-" + id, List.of("a-" + id), storyId,
                "Der Bundestag werde noch vor der Sommerpause über das Gesetz abstimmen, hieß es aus Fraktionskreisen.",
                "Fraktionskreise", "hieß es", false, false, rules, 0, 98, List.of(), "de");
    }

    public static Alert alert(String id, String subscriptionId) {
        return new Alert(Alert.SCHEMA_VERSION, id, subscriptionId, "story-bahn", List.of("streik"), "c-bahn",
                "a-bahn", "\"Der Streik beginnt in der Nacht zum Montag\", sagte der GDL-Vorsitzende.",
                "der GDL-Vorsitzende", Instant.parse("2024-03-04T05:30:00Z"));
    }

    /**
     * An alert with its whole payload; the headline and claim carry characters that HTML and Slack
     * must escape (a tag, an ampersand, a Slack mention).
     */
    public static Alert fullAlert(String subscriptionId) {
        Instant published = Instant.parse("2024-03-04T05:02:00Z");
        String text = "\"Der Streik beginnt in der Nacht zum Montag <!channel> & dauert 48 Stunden\", sagte der GDL-Vorsitzende.";
        Alert.ArticleRef article = new Alert.ArticleRef("a-bahn", "GDL: Streik <script>alert(1)</script> & Notfahrplan",
                "https://www.bahn-news.example/streik?id=1&x=2", "bahn-news", "bahn-news.example", "de", published);
        Alert.StoryRef story = new Alert.StoryRef("story-bahn", article.title(), 3, 2, "bahn-news.example",
                List.of(new Alert.Copy("a-bahn", "bahn-news.example", published, 0),
                        new Alert.Copy("a-dw", "dw.com", published.plusSeconds(29 * 60), 1740)),
                "bahn-news.example 05:02 → dw.com 05:31");
        Alert.ClaimRef claim = new Alert.ClaimRef("c-bahn", text, "der GDL-Vorsitzende", "sagte", List.of("streik"),
                List.of(new Claim.Span(5, 11)), text.replace("Streik", "**Streik**"));
        return new Alert(Alert.SCHEMA_VERSION, Ids.hash(subscriptionId, "story-bahn"), subscriptionId, "story-bahn",
                List.of("streik"), "c-bahn", "a-bahn", text, "der GDL-Vorsitzende", published.plusSeconds(60),
                article, story, List.of(claim), "https://lage.example.org/stories/story-bahn", 0, null);
    }

    /** A daily digest of two stories: the full alert and a first alert of another story. */
    public static Alert digest(String subscriptionId) {
        Alert bahn = fullAlert(subscriptionId);
        Alert kita = new Alert(Alert.SCHEMA_VERSION, Ids.hash(subscriptionId, "story-kita"), subscriptionId, "story-kita",
                List.of("streik"), "c-kita", "a-kita", "\"Die Kitas bleiben am Donnerstag geschlossen\", sagte eine Verdi-Sprecherin.",
                "eine Verdi-Sprecherin", Instant.parse("2024-03-04T06:10:00Z"));
        Alert.Digest digest = new Alert.Digest("daily", false, Instant.parse("2024-03-03T06:30:00Z"),
                Instant.parse("2024-03-04T06:30:00Z"), "Europe/Berlin", 0, List.of(bahn, kita));
        return bahn.asDigest(Ids.hash(subscriptionId, "digest", "1709447400000", "1709533800000"), digest);
    }

    public static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> readLines(String path, Class<T> type) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Fixtures.class.getResourceAsStream(path), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).map(line -> Json.read(line, type)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
