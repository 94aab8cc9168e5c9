package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code wirewatch eval stories} on a pairs set of four reports written in the test. */
class StoriesEvalCommandTest {

    private static final String HARBOUR = "Hafen verliert Umschlag\n\nHAMBURG (Agentur Nord) - Der Hamburger Hafen hat im ersten "
            + "Halbjahr deutlich weniger Container umgeschlagen als im Vorjahr. Der Umschlag sank um 4,8 Prozent auf 3,9 Millionen "
            + "Standardcontainer, wie die Hafengesellschaft am 7. Juli mitteilte. Vorstandschefin Ilka Sommer machte die schwache "
            + "Nachfrage aus Asien verantwortlich. Für das zweite Halbjahr erwarte das Unternehmen eine leichte Erholung.";
    private static final String HARBOUR_RETOLD = "Weniger Boxen an der Elbe\n\nDie Hafengesellschaft meldet für das erste Halbjahr "
            + "einen Rückgang: 3,9 Millionen Standardcontainer wurden umgeschlagen, 4,8 Prozent weniger als im Vorjahr. Ilka Sommer, "
            + "Chefin des Unternehmens, nannte am 7. Juli die schwache Nachfrage aus Asien als Grund und hofft auf eine Erholung "
            + "im zweiten Halbjahr. Der Hamburger Hafen verliert damit weiter Marktanteile an Rotterdam.";
    private static final String WEATHER = "Hitze im Norden\n\nDer Deutsche Wetterdienst erwartet für das Wochenende bis zu 34 Grad "
            + "in Norddeutschland. In Bremen und Kiel seien neue Rekorde für Juli möglich, sagte eine Meteorologin. Gewitter "
            + "könnten am Sonntag für Abkühlung sorgen, örtlich mit Starkregen und Hagel.";
    private static final String FERRY = "Neue Fähre für Helgoland\n\nDie Reederei Cassen Eils hat ein neues Schiff für die Linie "
            + "nach Helgoland getauft. Die Fähre bietet Platz für 1.180 Fahrgäste und fährt ab August täglich von Cuxhaven aus.";

    @Test
    void reportsJoinedAndMergedPairsPerHalfAsOneJsonLine(@TempDir Path dir) throws Exception {
        Path pairs = writeSet(dir, HARBOUR, HARBOUR_RETOLD, WEATHER, FERRY);
        Files.writeString(pairs, """
                {"pairs": [
                  {"a": "1.txt", "b": "2.txt", "overall": 1.0, "label": "same"},
                  {"a": "1.txt", "b": "3.txt", "overall": 4.0, "label": "different"},
                  {"a": "2.txt", "b": "4.txt", "overall": 3.0, "label": "related"}
                ]}""");
        Path untuned = dir.resolve("halves.json");
        Files.writeString(untuned, "{\"semeval-de-dev\": [\"1_3\"]}");

        JsonNode file = runJson("--halves", untuned.toString(), "--corpus", "semeval-de-dev", pairs.toString());

        assertThat(file.path("pairs").asInt()).isEqualTo(3);
        JsonNode all = file.path("halves").path("all");
        assertThat(all.path("same").path("pairs").asInt()).isEqualTo(1);
        assertThat(all.path("same").path("joined").asInt()).as("one event retold").isEqualTo(1);
        assertThat(all.path("different").path("joined").asInt()).isZero();
        assertThat(file.path("halves").path("untuned").path("different").path("pairs").asInt()).isEqualTo(1);
        assertThat(file.path("halves").path("tuned").path("same").path("pairs").asInt()).isEqualTo(1);
        assertThat(file.path("scores")).hasSize(3);
    }

    @Test
    void theHalvesFileIsReadAsForExtractionWithTheCorpusKeyFromThePairsFolder(@TempDir Path root) throws Exception {
        Path pairs = writeSet(Files.createDirectories(root.resolve("semeval-de-dev")), HARBOUR, HARBOUR_RETOLD, WEATHER);
        Files.writeString(pairs, """
                {"pairs": [
                  {"a": "1.txt", "b": "2.txt", "overall": 1.0, "label": "same"},
                  {"a": "1.txt", "b": "3.txt", "overall": 4.0, "label": "different"}
                ]}""");
        Path halves = root.resolve("untuned-half.json");
        Files.writeString(halves, "{\"fundus-dach\": [\"1_2\"], \"semeval-de-dev\": [\"1_3\"]}");

        JsonNode split = runJson("--untuned", halves.toString(), pairs.toString()).path("halves");

        assertThat(split.path("untuned").path("different").path("pairs").asInt()).as("1_3 listed under semeval-de-dev").isEqualTo(1);
        assertThat(split.path("tuned").path("same").path("pairs").asInt()).as("1_2 is listed for another corpus only").isEqualTo(1);
    }

    @Test
    void aHalvesFileWithoutTheCorpusIsRefusedWithItsKeys(@TempDir Path dir) throws Exception {
        Path pairs = writeSet(dir, HARBOUR, HARBOUR_RETOLD);
        Files.writeString(pairs, "{\"pairs\": [{\"a\": \"1.txt\", \"b\": \"2.txt\", \"overall\": 1.0, \"label\": \"same\"}]}");
        Path halves = dir.resolve("halves.json");
        Files.writeString(halves, "{\"fundus-dach\": []}");
        StringWriter err = new StringWriter();
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("eval", "stories", "--halves", halves.toString(), pairs.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("fundus-dach");
    }

    @Test
    void aPairNamingAMissingDocumentIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Path pairs = dir.resolve("pairs.json");
        Files.writeString(pairs, "{\"pairs\": [{\"a\": \"1.txt\", \"b\": \"2.txt\", \"overall\": 1.0, \"label\": \"same\"}]}");
        StringWriter err = new StringWriter();
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("eval", "stories", pairs.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("1.txt");
    }

    /** Writes the documents as docs/1.txt, 2.txt, … and returns where the pairs file goes. */
    private static Path writeSet(Path dir, String... documents) throws java.io.IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < documents.length; i++) {
            Files.writeString(docs.resolve((i + 1) + ".txt"), documents[i]);
        }
        return dir.resolve("pairs.json");
    }

    /** Runs {@code eval stories --json} and returns its first file's figures, after asserting a zero exit. */
    private static JsonNode runJson(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        String[] all = new String[args.length + 3];
        all[0] = "eval";
        all[1] = "stories";
        all[2] = "--json";
        System.arraycopy(args, 0, all, 3, args.length);

        assertThat(cli.execute(all)).isZero();
        return Json.read(out.toString().strip(), JsonNode.class).path("files").get(0);
    }
}
