package io.wirewatch.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.wirewatch.events.TopicSpec;
import io.wirewatch.events.Topics;
import io.wirewatch.testkit.KafkaBrokerExtension;

/** The public topics under a prefix of the test's own on the test broker, and a producer for them. */
final class TestTopics implements AutoCloseable {

    final String prefix = KafkaBrokerExtension.unique("dash") + ".";
    private final KafkaProducer<byte[], byte[]> producer;

    TestTopics() throws ExecutionException, InterruptedException {
        Map<String, Object> client = client();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers()))) {
            admin.createTopics(List.of(Topics.ARTICLES, Topics.ASSIGNMENTS, Topics.CLAIMS, Topics.ALERTS, Topics.DELIVERIES).stream()
                    .map(t -> new NewTopic(t.withPrefix(prefix).name(), Optional.of(2), Optional.empty()))
                    .toList()).all().get();
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, client.get("bootstrap.servers"),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    static Map<String, Object> client() {
        return Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers());
    }

    /** Publishes one record with the topic's serdes and waits until the broker has it. */
    <V> void publish(TopicSpec<String, V> topic, String key, V value) throws ExecutionException, InterruptedException {
        TopicSpec<String, V> prefixed = topic.withPrefix(prefix);
        producer.send(new ProducerRecord<>(prefixed.name(), prefixed.keySerde().serializer().serialize(prefixed.name(), key),
                prefixed.valueSerde().serializer().serialize(prefixed.name(), value))).get();
    }

    /** Publishes raw bytes, e.g. a record no reader understands. */
    void publishRaw(TopicSpec<?, ?> topic, byte[] key, byte[] value) throws ExecutionException, InterruptedException {
        producer.send(new ProducerRecord<>(topic.withPrefix(prefix).name(), key, value)).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
