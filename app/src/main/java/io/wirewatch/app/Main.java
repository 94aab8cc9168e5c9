package io.wirewatch.app;

import io.wirewatch.app.cli.WirewatchCommand;
import picocli.CommandLine;

/** Entry point of {@code wirewatch.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(WirewatchCommand.commandLine().execute(args));
    }
}
