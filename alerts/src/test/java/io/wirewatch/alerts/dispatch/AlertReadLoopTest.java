package io.wirewatch.alerts.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.Fixtures;
import io.wirewatch.events.Topics;

/**
 * The reading loop against Kafka's {@link MockConsumer}, one turn at a time: the lanes run on an
 * executor the test drains by hand, and the delivery only records what it was handed, so the test
 * decides when a channel finishes.
 */
class AlertReadLoopTest {

    private static final TopicPartition PARTITION = new TopicPartition(Topics.ALERTS.name(), 0);
    private static final int CAPACITY = 2;

    /** A job as a lane ran it. */
    private record Handed(String channel, Job job) {

        long offset() {
            return job.source().offset();
        }
    }

    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final Queue<Runnable> laneTasks = new ConcurrentLinkedQueue<>();
    private final List<Handed> handed = new CopyOnWriteArrayList<>();
    private final StopSignal stop = new StopSignal();
    private AlertReadLoop loop;
    private AlertReadLoop.Session session;
    private long nextOffset;

    @BeforeEach
    void openSession() {
        SubscriptionLanes lanes = new SubscriptionLanes(Map.of("desk", List.of(lane("webhook A"), lane("slack B"))));
        DeadLetters deadLetters = new DeadLetters(producer);
        loop = new AlertReadLoop(() -> consumer, new LoopParts(lanes, new AlertReader(deadLetters), deadLetters,
                (lane, job) -> handed.add(new Handed(lane.channel().describe(), job)), stop, () -> { }, Duration.ZERO));
        session = loop.open(consumer);
        consumer.rebalance(List.of(PARTITION));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
    }

    @Test
    void joiningTheGroupMakesTheLoopReady() {
        assertThat(loop.assigned()).isTrue();
    }

    @Test
    void handsRecordsToEveryLaneInOrderAndStopsReadingWhileALaneIsFull() {
        for (int i = 0; i < 5; i++) {
            addAlert("desk");
        }

        session.step();
        assertThat(handed).isEmpty();
        session.step();
        assertThat(consumer.paused()).as("a lane is full and records wait").containsExactly(PARTITION);
        for (int turn = 0; turn < 5; turn++) {
            runLanes();
            session.step();
        }

        assertThat(offsetsOf("webhook A")).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(offsetsOf("slack B")).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(consumer.paused()).as("nothing waits any more").isEmpty();
    }

    @Test
    void commitsOnlyWhatEveryChannelFinished() {
        addAlert("desk");
        addAlert("desk");
        session.step();
        runLanes();

        finish("webhook A", 0);
        finish("slack B", 0);
        finish("webhook A", 1);
        session.step();
        assertThat(committed()).as("slack B has not finished offset 1").isEqualTo(1);

        finish("slack B", 1);
        session.step();
        assertThat(committed()).isEqualTo(2);
    }

    @Test
    void commitsInOrderWhenChannelsFinishOutOfOrder() {
        addAlert("desk");
        addAlert("desk");
        session.step();
        runLanes();

        finish("webhook A", 1);
        finish("slack B", 1);
        session.step();
        assertThat(committed()).as("offset 0 is still open").isEqualTo(0);

        finish("webhook A", 0);
        finish("slack B", 0);
        session.step();
        assertThat(committed()).isEqualTo(2);
    }

    @Test
    void rewindsToTheCommittedPositionOnAKafkaException() {
        for (int i = 0; i < 4; i++) {
            addAlert("desk");
        }
        session.step();
        runLanes();
        finishAll(0);
        finishAll(1);
        session.step();
        assertThat(committed()).isEqualTo(2);
        assertThat(consumer.position(PARTITION)).isEqualTo(4);

        consumer.setPollException(new KafkaException("broker away"));
        session.step();

        assertThat(consumer.position(PARTITION)).as("read again from the committed position").isEqualTo(2);
        // Offsets 2 and 3 were in the lanes before the failure; the broker serves them again (a
        // MockConsumer forgets what it returned) and they are handed again.
        handed.clear();
        addAlertAt(2, "desk");
        addAlertAt(3, "desk");
        session.step();
        runLanes();
        session.step();
        runLanes();
        assertThat(offsetsOf("webhook A")).containsExactly(2L, 3L, 2L, 3L);
        session.step();
        assertThat(committed()).as("nothing finished since the rewind").isEqualTo(2);
        finishLatest(2);
        finishLatest(3);
        session.step();
        assertThat(committed()).isEqualTo(4);
    }

    @Test
    void deadLettersAnUnreadableRecordAndGoesOn() {
        consumer.addRecord(record(nextOffset++, "{not an alert".getBytes(StandardCharsets.UTF_8)));
        addAlert("desk");
        session.step();
        runLanes();

        assertThat(offsetsOf("webhook A")).containsExactly(1L);
        assertThat(producer.history()).singleElement().satisfies(letter -> {
            assertThat(letter.topic()).isEqualTo(Topics.DEAD_LETTERS.name());
            assertThat(header(letter, DeadLetters.SOURCE_OFFSET)).isEqualTo("0");
            assertThat(header(letter, DeadLetters.REASON)).contains("cannot read");
        });
        assertThat(committed()).as("the unreadable record is done, the alert after it is not").isEqualTo(1);
        finishAll(1);
        session.step();
        assertThat(committed()).isEqualTo(2);
    }

    @Test
    void deadLettersAnAlertOfAnUnknownSubscription() {
        addAlert("removed-desk");
        session.step();

        assertThat(handed).isEmpty();
        assertThat(producer.history()).singleElement().satisfies(letter ->
                assertThat(header(letter, DeadLetters.SUBSCRIPTION)).isEqualTo("removed-desk"));
        assertThat(committed()).isEqualTo(1);
    }

    private ChannelLane lane(String name) {
        return new ChannelLane(new NamedChannel(name), CAPACITY, laneTasks::add, stop::isClosing, e -> { });
    }

    /** A channel that only has a name: the test's delivery never calls it. */
    private record NamedChannel(String describe) implements io.wirewatch.alerts.channel.Channel {

        @Override
        public void deliver(io.wirewatch.events.Alert alert) {
            throw new AssertionError("the loop must hand jobs to the delivery, not call channels");
        }
    }

    private void addAlert(String subscription) {
        addAlertAt(nextOffset++, subscription);
    }

    private void addAlertAt(long offset, String subscription) {
        byte[] value = Topics.ALERTS.valueSerde().serializer()
                .serialize(Topics.ALERTS.name(), Fixtures.alert("alert-" + offset, subscription));
        consumer.addRecord(record(offset, value));
    }

    private static ConsumerRecord<byte[], byte[]> record(long offset, byte[] value) {
        return new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), offset,
                ("alert-" + offset).getBytes(StandardCharsets.UTF_8), value);
    }

    private void runLanes() {
        Runnable task;
        while ((task = laneTasks.poll()) != null) {
            task.run();
        }
    }

    private List<Long> offsetsOf(String channel) {
        return handed.stream().filter(h -> h.channel().equals(channel)).map(Handed::offset).toList();
    }

    private void finish(String channel, long offset) {
        handed.stream().filter(h -> h.channel().equals(channel) && h.offset() == offset)
                .findFirst().orElseThrow(() -> new AssertionError(channel + " was not handed offset " + offset))
                .job().done();
    }

    /** Finishes, on both channels, the job of the offset handed last (after a rewind). */
    private void finishLatest(long offset) {
        for (String channel : List.of("webhook A", "slack B")) {
            handed.stream().filter(h -> h.channel().equals(channel) && h.offset() == offset)
                    .reduce((first, second) -> second).orElseThrow().job().done();
        }
    }

    private void finishAll(long offset) {
        finish("webhook A", offset);
        finish("slack B", offset);
    }

    private long committed() {
        OffsetAndMetadata position = consumer.committed(Set.of(PARTITION)).get(PARTITION);
        assertThat(position).as("a committed position").isNotNull();
        return position.offset();
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return RetryLetter.text(record.headers(), name);
    }
}
