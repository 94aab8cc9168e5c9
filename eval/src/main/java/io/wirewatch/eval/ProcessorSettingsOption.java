package io.wirewatch.eval;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import io.wirewatch.app.config.ConfigLoader;
import io.wirewatch.processor.ProcessorConfig;

/** The {@code --config} option of the evaluation commands that run the processor: its settings, or the defaults. */
public final class ProcessorSettingsOption {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Take the processor settings (thresholds, windows) from this configuration file.")
    Path config;

    ProcessorConfig settings() {
        return config == null ? ProcessorConfig.defaults() : ConfigLoader.load(config, System.getenv()).processorConfig();
    }
}
