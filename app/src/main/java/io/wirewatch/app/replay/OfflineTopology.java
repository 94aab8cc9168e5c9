package io.wirewatch.app.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

import io.wirewatch.events.TopicSpec;
import io.wirewatch.processor.ProcessorService;

/**
 * A production topology run without a broker (replay, evaluation): Kafka Streams'
 * {@link TopologyTestDriver} with its state in a temporary directory that {@link #close()} removes.
 */
public final class OfflineTopology implements AutoCloseable {

    private final Path stateDir;
    private final TopologyTestDriver driver;

    public OfflineTopology(Topology topology, String name) {
        try {
            stateDir = Files.createTempDirectory("wirewatch-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary state directory", e);
        }
        Properties props = new Properties();
        props.putAll(ProcessorService.stateStoreProperties());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "wirewatch-" + name);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "offline.invalid:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, Instant.EPOCH);
    }

    public <K, V> TestInputTopic<K, V> input(TopicSpec<K, V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    public <K, V> TestOutputTopic<K, V> output(TopicSpec<K, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    /** Moves the topology's wall clock on, running the wall-clock punctuators that become due. */
    public void advanceWallClock(Duration by) {
        driver.advanceWallClockTime(by);
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            try (var paths = Files.walk(stateDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary directory is harmless
            }
        }
    }
}
