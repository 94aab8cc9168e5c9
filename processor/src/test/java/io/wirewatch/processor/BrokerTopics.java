package io.wirewatch.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import io.wirewatch.events.Topics;
import io.wirewatch.testkit.KafkaBrokerExtension;

/** Creates a test deployment's topics on the test broker, and the shared rules and dead-letter topics if missing. */
final class BrokerTopics {

    private BrokerTopics() {
    }

    static void create(TopicNames topics, int inputPartitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> wanted = new ArrayList<>(List.of(
                    new NewTopic(topics.articles(), Optional.of(inputPartitions), Optional.empty()),
                    new NewTopic(topics.assignments(), Optional.of(2), Optional.empty()),
                    new NewTopic(topics.stories(), Optional.of(2), Optional.empty()),
                    new NewTopic(topics.claims(), Optional.of(2), Optional.empty())));
            for (String shared : List.of(Topics.RULES.name(), Topics.DEAD_LETTERS.name())) {
                if (!existing.contains(shared)) {
                    wanted.add(new NewTopic(shared, Optional.of(1), Optional.empty()));
                }
            }
            admin.createTopics(wanted).all().get();
        }
    }
}
