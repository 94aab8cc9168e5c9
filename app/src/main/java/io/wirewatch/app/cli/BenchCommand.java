package io.wirewatch.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import io.wirewatch.app.bench.Bench;
import io.wirewatch.app.bench.BenchSettings;
import io.wirewatch.app.bench.BenchSummary;
import io.wirewatch.app.config.DurationDeserializer;
import io.wirewatch.processor.ProcessorConfig;

/** {@code wirewatch bench}: a generated stream through the real services; one JSON summary line on stdout. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
                "Runs a generated stream of German and English wire articles (with copies) through ingest's",
                "publisher, the processor and alerts with a local webhook receiver, and prints one JSON line",
                "of figures on stdout (fields in docs/bench.md). Progress goes to stderr. Embedded broker",
                "unless --bootstrap names a cluster (one of its own: the run publishes to its topics)."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "10000", description = "Articles of the throughput phase (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rules", defaultValue = "10000", description = "Generated watch-list rules (default ${DEFAULT-VALUE}).")
    int rules;

    @Option(names = "--subscriptions", defaultValue = "100", description = "Subscriptions sharing the rules (default ${DEFAULT-VALUE}).")
    int subscriptions;

    @Option(names = "--copy-ratio", defaultValue = "0.4", description = "Share of articles that are copies (default ${DEFAULT-VALUE}).")
    double copyRatio;

    @Option(names = "--rate", defaultValue = "100", description = "Articles per second offered in the latency phase (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--latency-seconds", defaultValue = "20", description = "Length of the latency phase (default ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--bootstrap", paramLabel = "SERVERS", description = "Bootstrap servers of a cluster instead of the embedded broker.")
    String bootstrap;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Keep state here (default: a temporary directory, deleted afterwards).")
    Path dataDir;

    @Option(names = "--reorder-grace", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "processor.reorderGrace (default: run's, 2m). An article waits in the processor until newer ones are this much newer, or input pauses 2 s.")
    Duration reorderGrace = ProcessorConfig.DEFAULT_SERVICE_REORDER_GRACE;

    @Option(names = "--group-wait", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "0s",
            description = "alerts.groupWait (default ${DEFAULT-VALUE}: alert at the first matching claim).")
    Duration groupWait;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated articles and rules (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        BenchSettings settings = new BenchSettings(articles, rules, subscriptions, copyRatio, rate, latencySeconds, bootstrap,
                dataDir, reorderGrace, groupWait, seed);
        BenchSummary summary = Bench.run(settings, spec.commandLine().getErr(), System.getenv());
        spec.commandLine().getOut().println(summary.toJson());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Durations as the configuration file writes them: {@code 500ms}, {@code 30s}, {@code 2m}, or ISO-8601. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return DurationDeserializer.parse(value);
        }
    }
}
