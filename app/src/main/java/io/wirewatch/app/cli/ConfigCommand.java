package io.wirewatch.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import io.wirewatch.app.config.ConfigField;
import io.wirewatch.app.config.ConfigSchema;

/** {@code wirewatch config}: lists the declared keys, or checks a file. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {
                "Without --config: lists every configuration key with its type, meaning, default and environment variable.",
                "With --config FILE: checks the file and exits 0 when it is valid, 2 with the reason otherwise."})
public final class ConfigCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (config.given()) {
            config.load(System.getenv());
            out.println(config.file + ": valid");
            return 0;
        }
        for (ConfigField key : ConfigSchema.fields()) {
            String defaultText = key.defaultText().isEmpty() ? "" : " Default " + key.defaultText() + ".";
            String env = "  [" + key.environmentHint() + "]";
            out.printf("%-40s %-9s %s%s%s%n", key.path(), key.kind().label(), key.description(), defaultText, env);
        }
        return 0;
    }
}
