package io.wirewatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.wirewatch.testkit.KafkaBrokerExtension;

/** Consumer lag read from a real broker: committed offsets against the end of each partition. */
@ExtendWith(KafkaBrokerExtension.class)
class ConsumerLagMeterIT {

    @Test
    void lagIsTheRecordsPastTheCommittedOffsetsPerTopic() throws Exception {
        String topic = KafkaBrokerExtension.unique("lag");
        String group = KafkaBrokerExtension.unique("lag-group");
        Map<String, Object> client = Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(client, new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 5; i++) {
                    producer.send(new ProducerRecord<>(topic, 0, "k", "v" + i));
                }
                for (int i = 0; i < 3; i++) {
                    producer.send(new ProducerRecord<>(topic, 1, "k", "v" + i));
                }
                producer.flush();
            }
            admin.alterConsumerGroupOffsets(group, Map.of(
                    new TopicPartition(topic, 0), new OffsetAndMetadata(2),
                    new TopicPartition(topic, 1), new OffsetAndMetadata(3))).all().get(30, TimeUnit.SECONDS);

            try (ConsumerLagMeter meter = new ConsumerLagMeter(admin, List.of(group, "never-committed"), Duration.ofMillis(200))) {
                assertThat(meter.lagByTopic(group)).isEqualTo(Map.of(topic, 3L));
                assertThat(meter.lagByTopic("never-committed")).isEmpty();

                SimpleMeterRegistry registry = new SimpleMeterRegistry();
                meter.bindTo(registry);
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(registry.find(ConsumerLagMeter.NAME).tags("group", group, "topic", topic).gauge())
                                .isNotNull()
                                .satisfies(gauge -> assertThat(gauge.value()).isEqualTo(3.0)));
            }
        }
    }
}
