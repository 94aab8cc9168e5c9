package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import io.wirewatch.app.cli.WirewatchCommand;
import io.wirewatch.app.workload.CopyVariants.Kind;
import io.wirewatch.events.Json;
import io.wirewatch.processor.ProcessorConfig;

/** {@code wirewatch eval copies --variants-of}: copies made of reports written in the test, in the style of the seeds. */
class RealTextCopiesTest {

    private static final String HARBOUR = """
            Hafen verliert Umschlag

            HAMBURG (Agentur Nord) - Der Hamburger Hafen hat im ersten Halbjahr deutlich weniger Container umgeschlagen als im \
            Vorjahr. Der Umschlag sank um 4,8 Prozent auf 3,9 Millionen Standardcontainer, wie die Hafengesellschaft am Dienstag mitteilte.

            Vorstandschefin Ilka Sommer machte vor allem die schwache Nachfrage aus Asien verantwortlich. „Die Reedereien bündeln \
            ihre Dienste in Rotterdam und Antwerpen, und wir spüren jede einzelne Umstellung“, sagte Sommer vor Journalisten.

            Für das zweite Halbjahr erwartet das Unternehmen eine leichte Erholung. Neue Liniendienste nach Südamerika und die \
            vertiefte Fahrrinne der Elbe sollen dabei helfen, verlorene Mengen zurückzugewinnen.

            Die Gewerkschaft verlangt unterdessen Zusagen für die rund 4.000 Beschäftigten an den Terminals. Ein Abbau von \
            Stellen sei nicht geplant, hieß es aus dem Unternehmen.""";
    private static final String FERRY = """
            Neue Fähre für Helgoland

            CUXHAVEN (Agentur Nord) - Die Reederei Cassen Eils hat am Samstag ein neues Schiff für die Linie nach Helgoland \
            getauft. Die Fähre bietet Platz für 1.180 Fahrgäste und soll ab August täglich zwischen Cuxhaven und der Insel pendeln.

            Das Schiff fährt mit Flüssigerdgas und stößt nach Angaben der Reederei deutlich weniger Ruß aus als das alte. Die \
            Überfahrt dauert weiterhin etwa zweieinhalb Stunden, bei ruhiger See auch etwas weniger.

            Taufpatin war die Bürgermeisterin der Insel. Sie sprach von einem wichtigen Tag für Helgoland, dessen Gäste zum \
            größten Teil mit dem Schiff kommen, und dankte den Werftarbeitern in Bremerhaven.

            Die alte Fähre wird nach Norwegen verkauft. Dort soll sie künftig zwischen kleineren Inseln an der Westküste \
            eingesetzt werden.""";
    private static final String WEATHER = """
            Hitze im Norden

            OFFENBACH (Agentur Nord) - Der Deutsche Wetterdienst erwartet für das Wochenende bis zu 34 Grad in Norddeutschland. \
            In Bremen und Kiel seien neue Rekorde für den Monat möglich, sagte eine Meteorologin am Freitag.

            Gewitter könnten am Sonntagabend für Abkühlung sorgen, örtlich mit Starkregen und Hagel. Der Wetterdienst rät, \
            viel zu trinken und körperliche Anstrengung in den Mittagsstunden zu vermeiden.

            Mehrere Städte öffnen ihre Freibäder länger. In Hannover bleiben die Bäder bis 22 Uhr geöffnet, in Lübeck \
            werden zusätzliche Rettungsschwimmer eingesetzt.

            Landwirte klagen dagegen über die Trockenheit. Auf vielen Feldern sei seit Wochen kaum Regen gefallen, teilte \
            der Bauernverband mit.""";
    /** The harbour report as a second outlet ran it: the same agency text under another headline. */
    private static final String HARBOUR_ELSEWHERE = HARBOUR.replace("Hafen verliert Umschlag", "Weniger Container in Hamburg");

    @Test
    void everyCopyOfARealReportIsRecognisedAndNoReportJoinsAnother(@TempDir Path dir) throws Exception {
        Path docs = write(dir, HARBOUR, FERRY, WEATHER);

        for (long seed = 1; seed <= 4; seed++) {
            for (Long shuffle : new Long[] {null, seed}) {
                RealTextCopies.Result result = RealTextCopies.run(docs, seed, shuffle, ProcessorConfig.defaults());

                assertThat(result.real()).isEqualTo(3);
                assertThat(result.made()).as("seed %d: every report is long enough for a copy", seed).isEqualTo(3);
                assertThat(result.missed()).as("seed %d, shuffle %s", seed, shuffle).isEmpty();
                assertThat(result.realGroups()).isEmpty();
            }
        }
    }

    @Test
    void oneAgencyTextInTwoOutletsIsListedAsRealReportsGroupedTogether(@TempDir Path dir) throws Exception {
        Path docs = write(dir, HARBOUR, FERRY, HARBOUR_ELSEWHERE);

        RealTextCopies.Result result = RealTextCopies.run(docs, 1, null, ProcessorConfig.defaults());

        assertThat(result.realGroups()).containsExactly(List.of("1.txt", "3.txt"));
    }

    @Test
    void twoDifferentVariantsAreCombinedAndNeverTwoCuts() {
        Random random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            List<Kind> kinds = RealTextCopies.twoKinds(random);
            assertThat(kinds).hasSize(2).doesNotHaveDuplicates();
            assertThat(kinds.stream().filter(k -> k == Kind.CUT_AFTER_TWO || k == Kind.CUT_AFTER_THREE)).hasSizeLessThan(2);
        }
    }

    @Test
    void theCommandPrintsOneJsonLineAndRefusesACorpusBeside(@TempDir Path dir) throws Exception {
        Path docs = write(dir, HARBOUR, FERRY, WEATHER);
        StringWriter out = new StringWriter();
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));

        assertThat(cli.execute("eval", "copies", "--json", "--seed", "3", "--variants-of", docs.toString())).isZero();
        JsonNode line = Json.read(out.toString().strip(), JsonNode.class);
        assertThat(line.path("copiesMade").asInt()).isEqualTo(3);
        assertThat(line.path("copiesRecognised").asInt()).isEqualTo(3);
        assertThat(line.path("realArticlesGrouped")).isEmpty();

        StringWriter err = new StringWriter();
        CommandLine refusing = WirewatchCommand.commandLine();
        refusing.setErr(new PrintWriter(err, true));
        assertThat(refusing.execute("eval", "copies", "--variants-of", docs.toString(), dir.toString())).isNotZero();
        assertThat(err.toString()).contains("--variants-of");
    }

    private static Path write(Path dir, String... reports) throws java.io.IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        for (int i = 0; i < reports.length; i++) {
            Files.writeString(docs.resolve((i + 1) + ".txt"), reports[i]);
        }
        return docs;
    }
}
