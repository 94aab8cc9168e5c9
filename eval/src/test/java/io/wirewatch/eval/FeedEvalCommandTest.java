package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.wirewatch.app.cli.WirewatchCommand;
import io.wirewatch.events.Json;

class FeedEvalCommandTest {

    @TempDir
    Path corpus;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private void write(String relative, String content) throws Exception {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void scoresEachFolderApart() throws Exception {
        write("wellformed/titel.xml", """
                <!--
                Description: Titel des Kanals
                Expect:      not bozo and feed['title'] == u'Landbote'
                -->
                <rss version="2.0"><channel><title>Landbote</title><link>https://land.example/</link>
                <description>d</description><item><title>Ernte beginnt</title><link>https://land.example/1</link>
                <description>Die Bauern sind zufrieden.</description></item></channel></rss>
                """);
        write("wellformed/falsch.xml", """
                <!--
                Expect:      feed['title'] == u'Stadtbote'
                -->
                <rss version="2.0"><channel><title>Landbote</title><link>https://land.example/</link>
                <description>d</description></channel></rss>
                """);
        write("illformed/kaputt.xml", """
                <!--
                Expect:      bozo
                -->
                <html><body>Wartungsarbeiten</body></html>
                """);
        write("illformed/notes.txt", "kein Feed");

        int exit = run("eval", "feeds", "--json", corpus.toString());

        assertThat(exit).isZero();
        Map<String, Object> line = Json.read(out.toString().strip(), Map.class);
        List<Map<String, Object>> folders = (List<Map<String, Object>>) line.get("folders");
        String base = corpus.getFileName().toString();
        assertThat(folders).extracting(f -> f.get("folder")).containsExactly(base + "/illformed", base + "/wellformed");
        Map<String, Object> illformed = folders.get(0);
        assertThat(illformed).containsEntry("files", 1).containsEntry("cleanErrors", 1).containsEntry("uncaught", 0)
                .containsEntry("expectationsMet", 1);
        Map<String, Object> wellformed = folders.get(1);
        assertThat(wellformed).containsEntry("files", 2).containsEntry("parsed", 2).containsEntry("entries", 1)
                .containsEntry("entriesWithText", 1).containsEntry("filesWithEntries", 1).containsEntry("filesWithArticles", 1)
                .containsEntry("expectationsMapped", 2)
                .containsEntry("expectationsMet", 1).containsEntry("expectationsMetShare", 0.5);
    }

    @Test
    void humanTableNamesTheFolders() throws Exception {
        write("rome/rss_2.0.xml", """
                <rss version="2.0"><channel><title>rss_2.0.channel.title</title><link>https://r.example/</link>
                <description>d</description><item><title>rss_2.0.channel.item[0].title</title></item></channel></rss>
                """);

        int exit = run("eval", "feeds", corpus.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains(corpus.getFileName() + "/rome").contains("2/2 (100.0%)");
    }

    @Test
    void missingDirectoryIsAnError() {
        assertThat(run("eval", "feeds", corpus.resolve("fehlt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a directory");
    }
}
