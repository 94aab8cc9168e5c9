package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.wirewatch.app.cli.WirewatchCommand;
import io.wirewatch.events.Json;

/** {@code wirewatch eval copies} on a three-article corpus written in the test. */
class CopiesEvalCommandTest {

    private static final String TEXT = "HAMBURG (Agentur Nord) - Der Hamburger Hafen hat im ersten Halbjahr deutlich weniger "
            + "Container umgeschlagen als im Vorjahr. Der Umschlag sank um 4,8 Prozent auf 3,9 Millionen Standardcontainer, "
            + "wie die Hafengesellschaft am Dienstag mitteilte.\\n\\n„Die schwache Nachfrage aus Asien trifft uns "
            + "unmittelbar“, sagte Vorstandschefin Ilka Sommer. Für das zweite Halbjahr erwarte man eine leichte Erholung.";

    @Test
    void scoresACorpusDirectoryAndPrintsOneJsonLine(@TempDir Path dir) throws Exception {
        article(dir, "original.json", "https://agentur.example/hafen", "Hafen verliert Umschlag", TEXT, "2026-07-07T08:00:00Z");
        article(dir, "copy.json", "https://portal.example/hafen", "Weniger Container in Hamburg", TEXT, "2026-07-07T08:30:00Z");
        article(dir, "other.json", "https://agentur.example/wetter", "Hitze im Norden",
                "HAMBURG (Agentur Nord) - Der Deutsche Wetterdienst erwartet für das Wochenende bis zu 34 Grad in "
                        + "Norddeutschland. In Hamburg und Bremen seien neue Rekorde für Juli möglich, sagte ein Meteorologe.",
                "2026-07-07T09:00:00Z");
        Files.writeString(dir.resolve("labels.tsv"), "file\tcopyGroup\tstory\tnote\n"
                + "original.json\thafen\thafen\tagency original\n"
                + "copy.json\thafen\thafen\tcopy: new headline\n"
                + "other.json\twetter\twetter\tother story\n");
        StringWriter out = new StringWriter();
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));

        int exit = cli.execute("eval", "copies", "--json", dir.toString());

        assertThat(exit).isZero();
        JsonNode line = Json.read(out.toString().strip(), JsonNode.class);
        assertThat(line.path("articles").asInt()).isEqualTo(3);
        assertThat(line.path("copies").path("truePairs").asLong()).isEqualTo(1);
        assertThat(line.path("copies").path("precision").asDouble()).isEqualTo(1.0);
        assertThat(line.path("copies").path("recall").asDouble()).isEqualTo(1.0);
        assertThat(line.path("falseStoryMerges").asInt()).isZero();
        assertThat(line.path("wrongCopyPairs").size()).isZero();
    }

    @Test
    void processorSettingsComeFromTheConfigFileWhenGiven(@TempDir Path dir) throws Exception {
        article(dir, "original.json", "https://agentur.example/hafen", "Hafen verliert Umschlag", TEXT, "2026-07-07T08:00:00Z");
        article(dir, "copy.json", "https://portal.example/hafen", "Weniger Container in Hamburg", TEXT, "2026-07-07T08:30:00Z");
        Files.writeString(dir.resolve("labels.tsv"), "file\tcopyGroup\tstory\tnote\n"
                + "original.json\thafen\thafen\tagency original\n"
                + "copy.json\thafen\thafen\tcopy half an hour later\n");
        // A copy window shorter than the half hour between the two: the copy is no longer found.
        Path config = dir.resolve("narrow.yaml");
        Files.writeString(config, "processor:\n  copyWindow: 10m\n");
        StringWriter out = new StringWriter();
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));

        int exit = cli.execute("eval", "copies", "--json", "--config", config.toString(), dir.toString());

        assertThat(exit).isZero();
        JsonNode line = Json.read(out.toString().strip(), JsonNode.class);
        assertThat(line.path("copies").path("recall").asDouble()).isZero();
    }

    @Test
    void aFileListedButMissingIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("labels.tsv"), "file\tcopyGroup\tstory\tnote\nabsent.json\tg\ts\t\n");
        assertThatThrownBy(() -> CopiesCorpus.load(dir)).isInstanceOf(CopiesCorpusException.class)
                .hasMessageContaining("absent.json").hasMessageContaining("missing");
    }

    private static void article(Path dir, String file, String url, String title, String text, String publishedAt)
            throws Exception {
        Files.writeString(dir.resolve(file), """
                {"url": "%s", "sourceId": "test", "title": "%s", "text": "%s", "language": "de", "publishedAt": "%s"}
                """.formatted(url, title, text, publishedAt));
    }
}
