package io.wirewatch.app.cli;

import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine.Option;

import io.wirewatch.app.config.ConfigLoader;
import io.wirewatch.app.config.WirewatchConfig;

/** The {@code --config FILE} option shared by the commands that read a configuration. */
final class ConfigOption {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "YAML configuration (sources, rules, subscriptions, kafka). Environment variables WIREWATCH_<KEY_PATH> override keys.")
    Path file;

    boolean given() {
        return file != null;
    }

    WirewatchConfig load(Map<String, String> env) {
        return ConfigLoader.load(file, env);
    }
}
