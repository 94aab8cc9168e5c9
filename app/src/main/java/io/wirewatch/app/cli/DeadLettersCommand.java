package io.wirewatch.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import io.wirewatch.alerts.dispatch.DeadLetterTool;
import io.wirewatch.app.config.KafkaSettings;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.run.Demo;

/** {@code wirewatch dead-letters list|replay}: what could not be processed or delivered, and sending alerts again. */
@Command(name = "dead-letters", mixinStandardHelpOptions = true,
        description = {"Lists the dead-letter topic or replays undeliverable alerts. Needs a running broker",
                "(kafka.bootstrap, or the embedded broker of a running 'wirewatch run' on localhost)."},
        subcommands = {DeadLettersCommand.ListLetters.class, DeadLettersCommand.ReplayLetters.class})
public final class DeadLettersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "wirewatch dead-letters: say 'list' or 'replay'");
    }

    /** The Kafka client settings of the configuration, or of the demo's embedded broker. */
    static Map<String, Object> kafka(WirewatchConfig config) {
        KafkaSettings kafka = config.kafka();
        String bootstrap = kafka.embedded() ? "localhost:" + kafka.port() : kafka.bootstrap();
        return kafka.clientProperties(bootstrap);
    }

    static WirewatchConfig load(ConfigOption option) {
        return option.given() ? option.load(System.getenv()) : Demo.rulesOnly(java.nio.file.Path.of("data"), System.getenv());
    }

    static PrintStream stdout() {
        return new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints every dead letter as one JSON line: partition, offset, timestamp, key, headers (stage, reason, subscription, channel, status, attempts, source) and value.")
    static final class ListLetters implements Callable<Integer> {

        @Mixin
        ConfigOption config;

        @Override
        public Integer call() {
            new DeadLetterTool(kafka(load(config)), Clock.systemUTC()).list(stdout());
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Sends the alerts dead-lettered since the last replay again, each to the channel that refused it,",
                    "through the retry topic (the running alerts service delivers them). Prints one line per replayed",
                    "letter and a summary on stderr; letters that are no undeliverable alert are skipped."})
    static final class ReplayLetters implements Callable<Integer> {

        @Mixin
        ConfigOption config;

        @Option(names = "--subscription", paramLabel = "ID", description = "Only this subscription's alerts.")
        String subscription;

        @Override
        public Integer call() {
            WirewatchConfig settings = load(config);
            DeadLetterTool.Result result = new DeadLetterTool(kafka(settings), Clock.systemUTC())
                    .replay(settings.alertsConfig(), subscription, stdout());
            System.err.println("wirewatch dead-letters: replayed " + result.replayed() + ", skipped " + result.skipped());
            return 0;
        }
    }
}
