package io.wirewatch.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import io.wirewatch.events.Topics;
import io.wirewatch.testkit.KafkaBrokerExtension;

/** Creates a test deployment's topics on the test broker, and the shared rules and dead-letter topics if missing. */
final class BrokerTopics {

    private BrokerTopics() {
    }

    /**
     * @param topicPrefix     the deployment's prefix ({@link io.wirewatch.events.TopicSpec#withPrefix})
     * @param inputPartitions partitions of its articles topic
     */
    static void create(String topicPrefix, int inputPartitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            // Fixtures carry record times months back: with the broker's time-based retention, a retention
            // check during a test would delete records a later step still reads.
            Map<String, String> keepForever = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
            List<NewTopic> wanted = new ArrayList<>(List.of(
                    new NewTopic(Topics.ARTICLES.withPrefix(topicPrefix).name(), Optional.of(inputPartitions), Optional.empty()).configs(keepForever),
                    new NewTopic(Topics.ASSIGNMENTS.withPrefix(topicPrefix).name(), Optional.of(2), Optional.empty()).configs(keepForever),
                    new NewTopic(Topics.STORIES.withPrefix(topicPrefix).name(), Optional.of(2), Optional.empty()).configs(keepForever),
                    new NewTopic(Topics.CLAIMS.withPrefix(topicPrefix).name(), Optional.of(2), Optional.empty()).configs(keepForever)));
            for (String shared : List.of(Topics.RULES.name(), Topics.DEAD_LETTERS.name())) {
                if (!existing.contains(shared)) {
                    wanted.add(new NewTopic(shared, Optional.of(1), Optional.empty()));
                }
            }
            admin.createTopics(wanted).all().get();
        }
    }
}
