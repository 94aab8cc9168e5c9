package io.wirewatch.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.replay.Replay;
import io.wirewatch.app.run.Demo;

/** {@code wirewatch replay}: files through the processor and alert code, offline. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {
                "Runs files (.txt, .html, feeds, or directories of them) through the same processor and",
                "alert code as 'run', without Kafka, and prints JSON lines on stdout: one per article",
                "(storyId, duplicateOf), one per claim (final state) and one per alert.",
                "Without --config the demo rules and subscriptions apply."})
public final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories, replayed in the order given.")
    List<String> paths;

    @Override
    public Integer call() {
        WirewatchConfig settings = config.given() ? config.load(System.getenv())
                : Demo.rulesOnly(Path.of("data"), System.getenv());
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (Replay replay = new Replay(settings, out, System.err)) {
            return replay.run(paths);
        }
    }
}
