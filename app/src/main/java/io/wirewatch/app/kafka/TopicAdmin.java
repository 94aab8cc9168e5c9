package io.wirewatch.app.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.TopicSpec;
import io.wirewatch.events.Topics;

/** Creates every topic of {@link Topics#all()} that does not exist yet (brokers run with auto-create off). */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);
    private static final long TIMEOUT_SECONDS = 60;
    private static final long LEADER_POLL_MILLIS = 100;

    private TopicAdmin() {
    }

    /**
     * Ensures the topics exist. Existing topics are left as they are.
     *
     * @return names of the topics this call created
     * @throws IllegalStateException when the cluster cannot be reached or refuses a topic
     */
    public static List<String> ensureTopics(Map<String, Object> clientProperties, int partitions, short replicationFactor) {
        try (Admin admin = Admin.create(clientProperties)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec<?, ?> spec : Topics.all()) {
                if (!existing.contains(spec.name())) {
                    missing.add(newTopic(spec, partitions, replicationFactor));
                }
            }
            List<String> created = new ArrayList<>();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    created.add(entry.getKey());
                    LOG.info("Created topic {} ({} partitions, replication {})", entry.getKey(), partitions, replicationFactor);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage(), e);
                    }
                }
            }
            awaitLeaders(admin, created);
            return created;
        } catch (ExecutionException | TimeoutException e) {
            String cause = e instanceof ExecutionException ? e.getCause().getMessage() : "no answer in " + TIMEOUT_SECONDS + " s";
            throw new IllegalStateException("cannot reach Kafka at " + clientProperties.get("bootstrap.servers") + ": " + cause, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * Waits until every partition of the new topics has a leader that the answering broker knows of:
     * CreateTopics returns once the controller committed them, and clients started before the brokers
     * learned of them would warn of unknown topics or partitions.
     */
    private static void awaitLeaders(Admin admin, List<String> topics) throws InterruptedException, TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (described.values().stream().allMatch(topic -> topic.partitions().stream().allMatch(p -> p.leader() != null))) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("cannot describe the new topics " + topics + ": " + e.getCause().getMessage(), e);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("new topics " + topics + " have no leaders after " + TIMEOUT_SECONDS + " s");
            }
            TimeUnit.MILLISECONDS.sleep(LEADER_POLL_MILLIS);
        }
    }

    private static NewTopic newTopic(TopicSpec<?, ?> spec, int partitions, short replicationFactor) {
        Map<String, String> configs = new HashMap<>();
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG,
                spec.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
        // The rules topic is a small config changelog: one partition keeps its order total.
        int count = spec == Topics.RULES ? 1 : partitions;
        return new NewTopic(spec.name(), count, replicationFactor).configs(configs);
    }
}
