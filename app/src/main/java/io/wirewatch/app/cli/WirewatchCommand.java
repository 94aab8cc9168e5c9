package io.wirewatch.app.cli;

import java.util.ServiceLoader;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; it only dispatches to its subcommands. */
@Command(name = "wirewatch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Streaming news monitoring: polls feeds and pages, groups wire copies into stories,",
                "flags attributed claims that match watch-list rules, and alerts subscribers once per story."},
        subcommands = {RunCommand.class, FetchCommand.class, ReplayCommand.class, ConfigCommand.class,
                DeadLettersCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class WirewatchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The configured command line, as {@code main} and the tests use it, with the optional subcommands on the classpath. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WirewatchCommand());
        for (OptionalSubcommand subcommand : ServiceLoader.load(OptionalSubcommand.class)) {
            cli.addSubcommand(subcommand);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("wirewatch: " + e.getMessage());
            return 2;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
