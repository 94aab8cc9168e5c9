package io.wirewatch.alerts.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class ClientPropertiesTest {

    private static final Map<String, Object> CONFIGURED = Map.of(
            CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "broker:9092",
            CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL",
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);

    @Test
    void theConsumerCommitsByHandReadsOnlyCommittedAlertsAndStartsAtTheBeginning() {
        Map<String, Object> props = ClientProperties.consumer(CONFIGURED, "wirewatch-alerts-dispatch");

        assertThat(props).containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "wirewatch-alerts-dispatch")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .as("passthrough settings stay")
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL")
                .containsEntry(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
    }

    @Test
    void theProducerIsIdempotentAndWaitsForEveryReplica() {
        Map<String, Object> props = ClientProperties.producer(CONFIGURED);

        assertThat(props).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
        assertThat(CONFIGURED).as("the configured map is not changed").hasSize(3)
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
    }
}
