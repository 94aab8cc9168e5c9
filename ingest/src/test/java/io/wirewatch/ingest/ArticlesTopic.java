package io.wirewatch.ingest;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import io.wirewatch.events.Topics;
import io.wirewatch.testkit.KafkaBrokerExtension;

/** Creates the articles topic on the test broker up front, so a first publish does not wait for auto-creation. */
final class ArticlesTopic {

    private ArticlesTopic() {
    }

    static void create() throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers()))) {
            admin.createTopics(Set.of(new NewTopic(Topics.ARTICLES.name(), 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + Topics.ARTICLES.name(), e.getCause());
            }
        }
    }
}
