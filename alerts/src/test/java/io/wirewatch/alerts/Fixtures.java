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
