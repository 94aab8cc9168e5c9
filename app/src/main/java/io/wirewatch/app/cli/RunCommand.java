package io.wirewatch.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.run.Demo;
import io.wirewatch.app.run.Pipeline;
import io.wirewatch.app.run.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory for the demo (default ./data; a config file sets 'data').")
    Path data;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> env = System.getenv();
        WirewatchConfig settings = config.given() ? config.load(env)
                : Demo.prepare(data != null ? data : Path.of("data"), env);
        PrintStream console = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        CountDownLatch stopped = new CountDownLatch(1);
        Pipeline pipeline = Pipeline.start(settings, Service.parseList(only), console);
        Thread hook = new Thread(() -> {
            LOG.info("Stopping wirewatch");
            pipeline.close();
            stopped.countDown();
        }, "wirewatch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return 0;
    }
}
