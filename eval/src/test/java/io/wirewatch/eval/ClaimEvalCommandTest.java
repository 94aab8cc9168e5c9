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

class ClaimEvalCommandTest {

    @Test
    void printsFiguresAsOneJsonLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("claims.tsv");
        Files.writeString(file, """
                a\tde\t1\tSabine Keller\tdirect\t0\t„Die Front hält“, sagte Sabine Keller.
                b\ten\t0\t\t-\t0\tThe bridge reopened on Monday.
                """);
        StringWriter out = new StringWriter();
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));

        int exit = cli.execute("eval", "claims", "--json", file.toString());

        assertThat(exit).isZero();
        JsonNode json = Json.mapper().readTree(out.toString().strip());
        assertThat(json.get("sentences").asInt()).isEqualTo(2);
        assertThat(json.get("overall").get("tp").asInt()).isEqualTo(1);
        assertThat(json.get("overall").get("fp").asInt()).isZero();
        assertThat(json.get("direct").get("recall").asDouble()).isEqualTo(1.0);
        assertThat(json.get("speakerAccuracy").asDouble()).isEqualTo(1.0);
    }
}
