package io.wirewatch.app;

import picocli.CommandLine;

import io.wirewatch.app.cli.WirewatchCommand;

/** Entry point of {@code wirewatch.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(WirewatchCommand.commandLine().execute(args));
    }
}
