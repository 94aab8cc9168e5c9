package io.wirewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.health.ServiceFailure;
import io.wirewatch.testkit.KafkaBrokerExtension;

/**
 * A stream thread killed by an {@link Error} is replaced and the record it died on is processed again; a
 * dead global thread stops the client, and the service's failure says why instead of the process staying up
 * and doing nothing.
 */
@ExtendWith(KafkaBrokerExtension.class)
class StreamsSupervisionIT {

    @TempDir
    Path stateDir;

    @Test
    void aStreamThreadKilledByAnErrorIsReplacedAndTheRecordProcessed() throws Exception {
        String topic = KafkaBrokerExtension.unique("supervised-in");
        createTopic(topic);
        AtomicBoolean thrown = new AtomicBoolean();
        List<String> processed = new CopyOnWriteArrayList<>();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topic, Consumed.with(Serdes.String(), Serdes.String()))
                .process(() -> (Processor<String, String, Void, Void>) record -> {
                    if (record.value().equals("boom") && thrown.compareAndSet(false, true)) {
                        throw new InternalError("injected once");
                    }
                    processed.add(record.value());
                });
        ServiceFailure failure = new ServiceFailure("test");
        try (KafkaStreams streams = new KafkaStreams(builder.build(), properties("supervised-stream"))) {
            StreamsSupervision.supervise(streams, "test", failure);
            streams.start();
            produce(topic, "boom", "ok");

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(processed).contains("boom", "ok"));
            assertThat(thrown).isTrue();
            assertThat(streams.state()).isIn(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);
            assertThat(failure.healthy()).isTrue();
        }
    }

    @Test
    void aGlobalThreadKilledByAnExceptionIsTheServicesFailureWithItsCause() throws Exception {
        String topic = KafkaBrokerExtension.unique("supervised-global");
        createTopic(topic);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("supervised-store"), Serdes.String(), Serdes.String())
                        .withLoggingDisabled(),
                topic, Consumed.with(Serdes.String(), Serdes.String()),
                () -> new Processor<String, String, Void, Void>() {
                    @Override
                    public void process(Record<String, String> record) {
                        throw new IllegalStateException("injected in the global thread");
                    }
                });
        ServiceFailure failure = new ServiceFailure("test");
        try (KafkaStreams streams = new KafkaStreams(builder.build(), properties("supervised-global"))) {
            StreamsSupervision.supervise(streams, "test", failure);
            streams.start();
            produce(topic, "boom");

            // The dying global thread rethrows its error to the JVM: that is expected here, not a failure of the test.
            await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(90)).until(() -> failure.reason().isPresent());
            assertThat(failure.reason()).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith("test: Kafka Streams stopped (ERROR)")
                    .contains("injected in the global thread"));
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.ERROR);
        }
    }

    private Properties properties(String name) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, KafkaBrokerExtension.unique(name));
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        return props;
    }

    private static void createTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()))).all().get();
        }
    }

    private static void produce(String topic, String... values) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value, value)).get();
            }
        }
    }
}
