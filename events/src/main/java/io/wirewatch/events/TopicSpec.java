package io.wirewatch.events;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic name paired with the serdes of its keys and values.
 *
 * @param name        the topic name
 * @param keySerde    serde of the keys
 * @param valueSerde  serde of the values
 * @param compacted   true when the topic is a changelog of the latest value per key
 * @param publicTopic true for the topics that dashboards and other consumers may read (a contract)
 * @param description one line for docs and the admin client's log
 */
public record TopicSpec<K, V>(
        String name,
        Serde<K> keySerde,
        Serde<V> valueSerde,
        boolean compacted,
        boolean publicTopic,
        String description) {

    /**
     * This topic under a prefixed name, with the same serdes: for tests that run independent
     * deployments side by side on one broker ({@code "run1."} gives {@code "run1.news.articles.v1"}).
     * Production always uses the names as declared in {@link Topics}.
     */
    public TopicSpec<K, V> withPrefix(String prefix) {
        return prefix.isEmpty() ? this : new TopicSpec<>(prefix + name, keySerde, valueSerde, compacted, publicTopic, description);
    }

    @Override
    public String toString() {
        return name;
    }
}
