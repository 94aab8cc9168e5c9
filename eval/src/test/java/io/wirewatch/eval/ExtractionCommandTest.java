package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.wirewatch.app.cli.WirewatchCommand;
import io.wirewatch.events.Json;

class ExtractionCommandTest {

    private static final String FIRST = "Der Gemeinderat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen,"
            + " nach einer Debatte von mehr als drei Stunden.";
    private static final String SECOND = "Die größte Einzelausgabe ist die Sanierung der Grundschule, für die rund vier"
            + " Millionen Euro eingeplant sind, teilte die Kämmerin mit.";

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    private static String page(String charset, String... paragraphs) {
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"" + charset + "\"><title>Haushalt</title></head><body>"
                + "<nav><a href=/>Startseite</a> <a href=/politik>Politik</a></nav><article>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return html.append("</article><footer>Impressum Datenschutz Kontakt</footer></body></html>").toString();
    }

    @Test
    void zyteLayoutIsScoredPerfectlyWhenTheArticleIsFound(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("ground-truth"));
        Files.writeString(dir.resolve("html/a1.html"), page("utf-8", FIRST, SECOND));
        Files.writeString(dir.resolve("ground-truth/a1.json"),
                Json.write(java.util.Map.of("articleBody", FIRST + "\n\n" + SECOND, "url", "https://gemeinde.example/haushalt")));

        assertThat(run("eval", "extraction", "--format", "zyte", "--json", dir.toString())).isZero();

        JsonNode report = Json.read(out.toString().strip(), JsonNode.class);
        assertThat(report.path("pages").asInt()).isEqualTo(1);
        assertThat(report.path("f1").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(report.path("worst").get(0).path("id").asText()).isEqualTo("a1");
    }

    @Test
    void fundusBodyIsSummaryThenSectionHeadlinesAndParagraphsAndPagesAreDecodedByTheirCharset(@TempDir Path dir)
            throws Exception {
        Path country = Files.createDirectories(dir.resolve("de"));
        Files.write(country.resolve("Kurier_2024_01_02.html"), page("windows-1252", FIRST, SECOND).getBytes(Charset.forName("windows-1252")));
        Files.writeString(country.resolve("Kurier_2024_01_02.expected.json"), """
                {"html_file": "Kurier_2024_01_02.html", "url": "https://kurier.example/a",
                 "expected": {"body": {"summary": [], "sections": [
                   {"headline": [], "paragraphs": ["%s"]},
                   {"headline": ["Schulen zuerst"], "paragraphs": ["%s"]}]}}}
                """.formatted(FIRST, SECOND), StandardCharsets.UTF_8);

        ExtractionReport report = ExtractionCommand.evaluate(ExtractionFormat.FUNDUS, ExtractionFormat.FUNDUS.load(dir), 5);

        // The page lacks the section headline, so the shingles spanning it differ; a page misread as UTF-8
        // would lose every shingle with an umlaut as well and fall well below these bounds.
        assertThat(report.precision()).isLessThan(1.0).isGreaterThan(0.9);
        assertThat(report.recall()).isLessThan(1.0).isGreaterThan(0.8);
    }

    @Test
    void trafilaturaSnippetsCountFoundArticleTextAndFoundBoilerplate(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("html/haushalt.html"), page("utf-8", FIRST, SECOND));
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://gemeinde.example/haushalt": {"file": "haushalt.html",
                  "with": ["Haushalt für das   kommende Jahr", "nicht im Text"],
                  "without": ["Impressum Datenschutz", "Startseite"]}}
                """);

        ExtractionReport report = ExtractionCommand.evaluate(ExtractionFormat.TRAFILATURA,
                ExtractionFormat.TRAFILATURA.load(dir), 5);

        assertThat(report.precision()).isEqualTo(1.0);
        assertThat(report.recall()).isEqualTo(0.5);
        assertThat(report.worst()).singleElement().satisfies(page -> assertThat(page.score()).isEqualTo(0.75));
    }

    @Test
    void halvesFileSplitsTheFiguresIntoTunedUntunedAndWhole(@TempDir Path root) throws Exception {
        Path dir = root.resolve("zyte-like").resolve("dev");
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("ground-truth"));
        Files.writeString(dir.resolve("html/good.html"), page("utf-8", FIRST, SECOND));
        Files.writeString(dir.resolve("ground-truth/good.json"), Json.write(java.util.Map.of("articleBody", FIRST + "\n\n" + SECOND)));
        Files.writeString(dir.resolve("html/missed.html"), page("utf-8", FIRST));
        Files.writeString(dir.resolve("ground-truth/missed.json"), Json.write(java.util.Map.of("articleBody", SECOND)));
        Path halves = root.resolve("halves.json");
        Files.writeString(halves, "{\"_what\": \"test\", \"other\": [\"good\"], \"zyte-like\": [\"missed\"]}");

        assertThat(run("eval", "extraction", "--format", "zyte", "--json", "--halves", halves.toString(), dir.toString())).isZero();

        JsonNode report = Json.read(out.toString().strip(), JsonNode.class);
        assertThat(report.path("halves").get(0).path("half").asText()).isEqualTo("tuned");
        assertThat(report.path("halves").get(0).path("f1").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(report.path("halves").get(1).path("half").asText()).isEqualTo("untuned");
        assertThat(report.path("halves").get(1).path("f1").asDouble()).isZero();
        assertThat(report.path("worst").get(0).path("half").asText()).isEqualTo("untuned");
        assertThat(report.path("pages").asInt()).isEqualTo(2);
    }

    @Test
    void halvesFileWithoutTheCorpusIsAUsageErrorNamingItsCorpora(@TempDir Path root) throws Exception {
        Path halves = root.resolve("halves.json");
        Files.writeString(halves, "{\"fundus-dach\": []}");
        StringWriter err = new StringWriter();
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("eval", "extraction", "--format", "zyte", "--halves", halves.toString(), root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("fundus-dach");
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path dir) {
        assertThat(run("eval", "extraction", "--format", "boilerpipe", dir.toString())).isEqualTo(2);
    }
}
