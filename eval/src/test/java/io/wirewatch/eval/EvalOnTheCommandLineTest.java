package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import io.wirewatch.app.cli.WirewatchCommand;

/** With this module on the classpath, {@code wirewatch} offers {@code eval} next to its own commands. */
class EvalOnTheCommandLineTest {

    @Test
    void helpListsEvalAndItsCommands() {
        StringWriter out = new StringWriter();
        CommandLine cli = WirewatchCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));

        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("eval").contains("run").contains("config");
        assertThat(cli.execute("eval", "--help")).isZero();
        assertThat(out.toString()).contains("extraction").contains("feeds").contains("copies").contains("claims");
    }

    @Test
    void theCopiesCorpusIsBundledHere() {
        assertThat(getClass().getClassLoader().getResource(CopiesCorpus.BUNDLED + "labels.tsv")).isNotNull();
    }
}
