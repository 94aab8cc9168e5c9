package io.wirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.wirewatch.events.Json;

class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void fetchPrintsOneLinePerArticleAndOneErrorPerFailedSource(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("brenner.txt");
        Files.writeString(article, """
                USA: Nordkorea liefert Raketen

                WASHINGTON (Agentur Nord) - Nordkorea hat Russland nach US-Angaben ballistische Raketen geliefert. \
                „Die Lieferung ist eine ernste Eskalation“, sagte Mark Brenner am Donnerstag.
                """);
        Path missing = dir.resolve("does-not-exist.rss");

        int exit = run("fetch", article.toString(), missing.toString());

        assertThat(exit).isEqualTo(1);
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode line = Json.read(lines[0], JsonNode.class);
        assertThat(line.path("origin").asText()).isEqualTo(article.toString());
        assertThat(line.path("title").asText()).isEqualTo("USA: Nordkorea liefert Raketen");
        assertThat(line.path("text").asText()).contains("sagte Mark Brenner");
        assertThat(line.path("language").asText()).isEqualTo("de");
        assertThat(line.has("publishedAt")).isTrue();
        assertThat(line.has("author")).isTrue();
        assertThat(err.toString().strip().split("\n")).singleElement().asString().contains("does-not-exist.rss");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {10_000, 100_000})
    void fetchReadsAPageNestedThousandsOfLevelsDeep(int levels, @TempDir Path dir) throws Exception {
        Path page = dir.resolve("tief.html");
        Files.writeString(page, "<html><head><title>Pegel steigt</title></head><body>" + "<div>".repeat(levels)
                + "<p>Der Pegel des Hochrheins ist am Morgen weiter gestiegen, meldete die Hochwasserzentrale.</p>"
                + "</div>".repeat(levels) + "</body></html>");

        assertThat(run("fetch", page.toString())).isZero();

        JsonNode line = Json.read(out.toString().strip(), JsonNode.class);
        assertThat(line.path("title").asText()).isEqualTo("Pegel steigt");
        assertThat(line.path("text").asText()).contains("Pegel des Hochrheins");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void fetchExitsZeroWhenEverySourceWasRead(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Titel\n\nEin kurzer Text über das Hochwasser am Hochrhein.\n");
        assertThat(run("fetch", article.toString())).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void badConfigurationIsRefusedWithTheKeyNamed(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "sources:\n  - id: dw\n    url: https://example.org/feed\n    intervall: 5m\n");

        int exit = run("config", "--config", config.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("bad.yaml").contains("unknown key").contains("intervall");
    }

    @Test
    void configListsKeysWithTheirEnvironmentVariables() {
        assertThat(run("config")).isZero();
        assertThat(out.toString()).contains("kafka.bootstrap").contains("WIREWATCH_KAFKA_BOOTSTRAP");
    }

    @Test
    void theServiceCommandLineCarriesNoEvaluation() {
        assertThat(run("eval", "copies")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument").contains("eval");
        assertThat(getClass().getClassLoader().getResource("corpus/copies/labels.tsv")).isNull();
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("wirewatch ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("run").contains("fetch").contains("replay").contains("dead-letters");
    }

    @Test
    void deadLettersNeedsListOrReplay() {
        assertThat(run("dead-letters")).isEqualTo(2);
        assertThat(err.toString()).contains("list").contains("replay");
        assertThat(run("dead-letters", "replay", "--help")).isZero();
        assertThat(out.toString()).contains("--subscription");
    }
}
