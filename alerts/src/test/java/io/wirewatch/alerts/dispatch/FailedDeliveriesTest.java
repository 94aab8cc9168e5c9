package io.wirewatch.alerts.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.Fixtures;
import io.wirewatch.alerts.channel.DeliveryException;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Topics;

/** The retry-or-dead-letter decision after a failed round, against Kafka's {@link MockProducer}. */
class FailedDeliveriesTest {

    private static final Instant NOW = Instant.parse("2026-03-04T08:00:00Z");
    private static final Duration RETRY_FOR = Duration.ofHours(24);

    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final FailedDeliveries failures = new FailedDeliveries(3,
            new RetryPolicy(Duration.ofSeconds(4), Duration.ofMinutes(10), RETRY_FOR, () -> 0.0), clock, producer,
            new DeadLetters(producer), new DeliveryLog(producer, clock), Duration.ZERO, duration -> true);
    private final Executor never = task -> {
        throw new AssertionError("nothing runs on the lane here");
    };
    private final ChannelLane lane = new ChannelLane(new NamedChannel("webhook https://desk.example"), 1, never, () -> false, e -> { });
    private final PartitionProgress progress = new PartitionProgress();

    @Test
    void aFirstFailedRoundIsScheduledOnTheRetryTopic() {
        Job job = job(0, null);

        assertThat(failures.retryOrDeadLetter(lane, job, failed(3, 503))).isTrue();

        ProducerRecord<byte[], byte[]> retry = only(Topics.ALERT_RETRIES.name());
        RetryLetter letter = RetryLetter.from(new ConsumerRecord<>(retry.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME,
                0, 0, retry.key(), retry.value(), retry.headers(), Optional.empty()));
        assertThat(letter.attempts()).isEqualTo(3);
        assertThat(letter.firstFailure()).isEqualTo(NOW);
        assertThat(letter.due()).as("half the 4 s base delay, with no jitter").isEqualTo(NOW.plusSeconds(2));
        assertThat(letter.channel()).isEqualTo("webhook https://desk.example");
        assertThat(letter.value()).isEqualTo(job.source().value());
        assertThat(sentTo(Topics.DEAD_LETTERS.name())).isZero();
    }

    @Test
    void anAlertFailingLongerThanRetryForIsDeadLettered() {
        Job job = job(6, NOW.minus(RETRY_FOR));

        assertThat(failures.retryOrDeadLetter(lane, job, failed(3, 410))).isTrue();

        ProducerRecord<byte[], byte[]> letter = only(Topics.DEAD_LETTERS.name());
        assertThat(header(letter, DeadLetters.REASON)).startsWith("gave up after 9 attempts since " + NOW.minus(RETRY_FOR));
        assertThat(header(letter, DeadLetters.STATUS)).isEqualTo("410");
        assertThat(header(letter, DeadLetters.ATTEMPTS)).isEqualTo("9");
        assertThat(header(letter, DeadLetters.CHANNEL_INDEX)).isEqualTo("0");
        assertThat(sentTo(Topics.ALERT_RETRIES.name())).isZero();
    }

    @Test
    void aBrokenDeliveryIsDeadLetteredWithItsReason() {
        assertThat(failures.deadLetterBroken(lane, job(0, null), "dispatcher failed: java.lang.NullPointerException")).isTrue();

        ProducerRecord<byte[], byte[]> letter = only(Topics.DEAD_LETTERS.name());
        assertThat(header(letter, DeadLetters.REASON)).isEqualTo("dispatcher failed: java.lang.NullPointerException");
        assertThat(header(letter, DeadLetters.SUBSCRIPTION)).isEqualTo("desk");
    }

    private Job job(int attempts, Instant firstFailure) {
        Alert alert = Fixtures.alert("alert-1", "desk");
        byte[] value = Topics.ALERTS.valueSerde().serializer().serialize(Topics.ALERTS.name(), alert);
        ConsumerRecord<byte[], byte[]> source = new ConsumerRecord<>(Topics.ALERTS.name(), 0, 7,
                "alert-1".getBytes(StandardCharsets.UTF_8), value);
        long ticket = progress.register(new TopicPartition(Topics.ALERTS.name(), 0), 7, 1);
        return new Job(alert, source, progress, 0, attempts, firstFailure, ticket);
    }

    private static DeliveryOutcome.Failed failed(int attempts, int status) {
        return new DeliveryOutcome.Failed(attempts,
                new DeliveryException("desk", "webhook https://desk.example", status, "answered HTTP " + status));
    }

    private ProducerRecord<byte[], byte[]> only(String topic) {
        assertThat(sentTo(topic)).as("records written to " + topic).isEqualTo(1);
        return producer.history().stream().filter(r -> r.topic().equals(topic)).findFirst().orElseThrow();
    }

    private long sentTo(String topic) {
        return producer.history().stream().filter(r -> r.topic().equals(topic)).count();
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return RetryLetter.text(record.headers(), name);
    }

    /** A channel that only has a name: the decision never delivers. */
    private record NamedChannel(String describe) implements io.wirewatch.alerts.channel.Channel {

        @Override
        public void deliver(Alert alert) {
            throw new AssertionError("the decision must not deliver");
        }
    }
}
