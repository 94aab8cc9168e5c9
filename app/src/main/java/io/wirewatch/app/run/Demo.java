package io.wirewatch.app.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import io.wirewatch.app.config.ConfigLoader;
import io.wirewatch.app.config.WirewatchConfig;

/**
 * The bundled demo: sample feeds and pages written for wirewatch (three stories, several wire
 * copies each), two watch-list rules and a console subscription. The files are unpacked to
 * {@code <data>/demo} so that ingest reads them as an operator's local sources would be read.
 */
public final class Demo {

    static final String RESOURCE_ROOT = "/demo/";
    static final String CONFIG = "wirewatch-demo.yaml";

    /** The files the demo configuration refers to, relative to {@link #RESOURCE_ROOT}. */
    static final List<String> FILES = List.of(
            "feeds/nordkurier-agentur.rss",
            "feeds/rundschau.atom",
            "feeds/alpenpost.rss",
            "pages/story-a-portal.html",
            "pages/story-c-page.html");

    private Demo() {
    }

    /** Unpacks the demo files under {@code dataDir/demo} and returns the demo configuration. */
    public static WirewatchConfig prepare(Path dataDir, Map<String, String> env) {
        Path demoDir = dataDir.toAbsolutePath().resolve("demo");
        try {
            for (String file : FILES) {
                Path target = demoDir.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = resource(file)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the demo files to " + demoDir, e);
        }
        return config(demoDir, dataDir, env);
    }

    /** The demo's rules and subscriptions without sources, unpacking nothing: what {@code replay} uses when given no config. */
    public static WirewatchConfig rulesOnly(Path dataDir, Map<String, String> env) {
        WirewatchConfig demo = config(dataDir.toAbsolutePath().resolve("demo"), dataDir, env);
        return new WirewatchConfig(demo.kafka(), demo.data(), List.of(), demo.rules(), demo.subscriptions(),
                demo.ingest(), demo.processor(), demo.alerts(), demo.ops(), demo.dashboard());
    }

    private static WirewatchConfig config(Path demoDir, Path dataDir, Map<String, String> env) {
        String yaml;
        try (InputStream in = resource(CONFIG)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled demo configuration", e);
        }
        yaml = yaml.replace("${demo}", demoDir.toString()) + "\ndata: '" + dataDir + "'\n";
        return ConfigLoader.parse(yaml, "bundled demo configuration", env);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Demo.class.getResourceAsStream(RESOURCE_ROOT + name);
        if (in == null) {
            throw new IOException("demo resource " + RESOURCE_ROOT + name + " is missing from the jar");
        }
        return in;
    }
}
