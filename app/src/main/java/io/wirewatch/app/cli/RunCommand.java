package io.wirewatch.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.logging.LogFormat;
import io.wirewatch.app.run.Demo;
import io.wirewatch.app.run.Pipeline;
import io.wirewatch.app.run.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wirewatch run}: the services, until SIGTERM or Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
                "Runs ingest, processor and alerts (or those named by --only) until stopped.",
                "Without --config: the bundled demo (sample feeds, demo rules, a console subscription",
                "that prints one JSON line per alert on stdout). Without kafka.bootstrap: an embedded",
                "broker on localhost:9092 with its data in ./data. Logs go to stderr."})
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOption config;

    @Option(names = "--only", paramLabel = "SERVICES", description = "Comma-separated subset: ingest,processor,alerts.")
    String only;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "${env:WIREWATCH_LOG_FORMAT:-text}",
            description = "Log lines on stderr as text or json (default text, or WIREWATCH_LOG_FORMAT).")
    LogFormat logFormat;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory for the demo (default ./data; a config file sets 'data').")
    Path data;

    @Override
    public Integer call() throws InterruptedException {
        Set<Service> services = Service.parseList(only);
        if (logFormat != LogFormat.TEXT) {
            logFormat.use(services.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")));
        }
        Map<String, String> env = System.getenv();
        WirewatchConfig settings = config.given() ? config.load(env)
                : Demo.prepare(data != null ? data : Path.of("data"), env);
        PrintStream console = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        CountDownLatch stopped = new CountDownLatch(1);
        Pipeline pipeline = Pipeline.start(settings, services, console);
        Thread hook = new Thread(() -> {
            LOG.info("Stopping wirewatch");
            pipeline.close();
            LOG.info("wirewatch stopped: every service committed and closed");
            stopped.countDown();
        }, "wirewatch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return 0;
    }
}
