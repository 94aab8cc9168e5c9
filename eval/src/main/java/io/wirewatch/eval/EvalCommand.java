package io.wirewatch.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import io.wirewatch.app.cli.OptionalSubcommand;

/** {@code wirewatch eval}: groups the evaluation commands; on the command line when this module is on the classpath. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores a stage of wirewatch on a labelled corpus and prints the figures.",
        subcommands = {
                ExtractionCommand.class,
                FeedEvalCommand.class,
                CopiesEvalCommand.class,
                StoriesEvalCommand.class,
                ClaimEvalCommand.class,
        })
public final class EvalCommand implements Runnable, OptionalSubcommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
