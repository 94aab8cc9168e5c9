package io.wirewatch.alerts.dispatch;

import java.time.Clock;
import java.time.Instant;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.alerts.channel.DeliveryException;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Delivery;
import io.wirewatch.events.Json;
import io.wirewatch.events.Topics;

/**
 * Writes every delivery outcome to {@link Topics#DELIVERIES}. Sends without waiting: the log is an
 * audit trail, and a delivery must not wait for it (a failed send is logged).
 */
final class DeliveryLog {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLog.class);

    private final Producer<byte[], byte[]> producer;
    private final Clock clock;
    private final DeliveryMetrics metrics;

    DeliveryLog(Producer<byte[], byte[]> producer, Clock clock) {
        this.producer = producer;
        this.clock = clock;
        this.metrics = new DeliveryMetrics(clock);
    }

    void delivered(Alert alert, String channel, int attempt, long latencyMs) {
        metrics.delivered(alert, channel, latencyMs);
        write(new Delivery(Delivery.SCHEMA_VERSION, alert.id(), alert.subscriptionId(), alert.storyId(), channel,
                Delivery.DELIVERED, attempt, latencyMs, null, null, null, clock.instant()));
    }

    void failed(Alert alert, String channel, int attempt, long latencyMs, DeliveryException error) {
        metrics.failed(channel, latencyMs);
        write(new Delivery(Delivery.SCHEMA_VERSION, alert.id(), alert.subscriptionId(), alert.storyId(), channel,
                Delivery.FAILED, attempt, latencyMs, status(error), error.getMessage(), null, clock.instant()));
    }

    void retried(Alert alert, String channel, int attempts, DeliveryException last, Instant due) {
        metrics.settled(channel, "retried");
        write(new Delivery(Delivery.SCHEMA_VERSION, alert.id(), alert.subscriptionId(), alert.storyId(), channel,
                Delivery.RETRIED, attempts, 0, status(last), last.getMessage(), due, clock.instant()));
    }

    void deadLettered(Alert alert, String channel, int attempts, String reason) {
        metrics.settled(channel, "dead-lettered");
        write(new Delivery(Delivery.SCHEMA_VERSION, alert.id(), alert.subscriptionId(), alert.storyId(), channel,
                Delivery.DEAD_LETTERED, attempts, 0, null, reason, null, clock.instant()));
    }

    private void write(Delivery delivery) {
        byte[] key = Topics.DELIVERIES.keySerde().serializer().serialize(Topics.DELIVERIES.name(), delivery.alertId());
        byte[] value = Json.write(delivery).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(Topics.DELIVERIES.name(), key, value), (metadata, e) -> {
            if (e != null) {
                LOG.warn("cannot write delivery log entry for alert {}: {}", delivery.alertId(), e.toString());
            }
        });
    }

    private static Integer status(DeliveryException error) {
        return error == null || error.status() == DeliveryException.NO_STATUS ? null : error.status();
    }
}
