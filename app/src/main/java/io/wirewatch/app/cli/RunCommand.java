package io.wirewatch.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.logging.LogFormat;
import io.wirewatch.app.run.DataDirectoryLock;
import io.wirewatch.app.run.Demo;
import io.wirewatch.app.run.Pipeline;
import io.wirewatch.app.run.Service;

/** {@code wirewatch run}: the services, until SIGTERM or Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
                "Runs ingest, processor, alerts and the dashboard (or those named by --only) until stopped.",
                "Without --config: the bundled demo (sample feeds, demo rules, a console subscription",
                "that prints one JSON line per alert on stdout). Without kafka.bootstrap: an embedded",
                "broker on localhost:9092 with its data in ./data. Logs go to stderr."})
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOption config;

    @Option(names = "--only", paramLabel = "SERVICES", description = "Comma-separated subset: ingest,processor,alerts,dashboard.")
    String only;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "${env:WIREWATCH_LOG_FORMAT:-text}",
            description = "Log lines on stderr as text or json (default text, or WIREWATCH_LOG_FORMAT).")
    LogFormat logFormat;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory for the demo (default ./data; a config file sets 'data').")
    Path data;

    /**
     * Runs until SIGTERM (exit 143, after every service committed and closed) or until a service can no
     * longer work (exit 1, with one line on stderr saying why). The data directory is locked before
     * anything in it is touched.
     */
    @Override
    public Integer call() {
        Set<Service> services = Service.parseList(only);
        if (logFormat != LogFormat.TEXT) {
            logFormat.use(services.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")));
        }
        Map<String, String> env = System.getenv();
        WirewatchConfig loaded = config.given() ? config.load(env) : null;
        Path dataDir = loaded != null ? loaded.dataDir() : data != null ? data : Path.of(WirewatchConfig.DEFAULT_DATA);
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir)) {
            WirewatchConfig settings = loaded != null ? loaded : Demo.prepare(dataDir, env);
            return run(settings, services);
        }
    }

    private int run(WirewatchConfig settings, Set<Service> services) {
        PrintStream console = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        CompletableFuture<Void> stopRequested = new CompletableFuture<>();
        Pipeline pipeline = Pipeline.start(settings, services, console);
        Thread hook = new Thread(() -> {
            LOG.info("Stopping wirewatch");
            pipeline.close();
            LOG.info("wirewatch stopped: every service committed and closed");
            stopRequested.complete(null);
        }, "wirewatch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        CompletableFuture.anyOf(stopRequested, pipeline.failure()).join();
        if (stopRequested.isDone()) {
            return 0;
        }
        String reason = pipeline.failure().join();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDownAnyway) {
            // SIGTERM came at the same moment: the hook closes the pipeline
            return 1;
        }
        System.err.println("wirewatch: stopping, " + reason);
        pipeline.close();
        return 1;
    }
}
