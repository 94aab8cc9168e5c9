package io.wirewatch.processor.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * In-memory key-value stores opened as a task opens its stores, for tests of classes that use stores directly;
 * {@link #close} closes them and deletes their directory.
 */
public final class InMemoryStores implements AutoCloseable {

    private final Path dir;
    private final MockProcessorContext<String, String> context;
    private final List<StateStore> opened = new ArrayList<>();

    public InMemoryStores(String applicationId) throws IOException {
        dir = Files.createTempDirectory(applicationId);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused.invalid:9092");
        context = new MockProcessorContext<>(props, new TaskId(0, 0), dir.toFile());
    }

    /** A store of string keys with these values, not changelogged. */
    public <V> KeyValueStore<String, V> open(String name, Serde<V> values) {
        return open(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values));
    }

    /** The store the builder makes, not changelogged. */
    public <S extends StateStore> S open(StoreBuilder<S> builder) {
        S store = builder.withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        opened.add(store);
        return store;
    }

    @Override
    public void close() throws IOException {
        opened.forEach(StateStore::close);
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
