package io.wirewatch.processor.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Properties;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.ProgressMark;

class TagSourcePartitionTest {

    @Test
    void namesTheInputPartitionReplacingAForgedHeaderAndKeepingTheOthers() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic("out", Serdes.String().deserializer(), Serdes.String().deserializer());
            RecordHeaders forged = new RecordHeaders();
            SourceProgress.tag(forged, 7);
            forged.add("trace", new byte[] {42});

            in.pipeInput(new TestRecord<>("k", "v", forged, Instant.parse("2026-03-03T08:00:00Z")));

            TestRecord<String, String> tagged = out.readRecord();
            assertThat(tagged.headers().headers(SourceProgress.HEADER)).hasSize(1);
            assertThat(SourceProgress.partitionOf(tagged.headers())).as("the driver's one partition").hasValue(0);
            assertThat(tagged.headers().lastHeader("trace").value()).containsExactly(42);
        }
    }

    @Test
    void letsProgressMarksOnAndStopsOtherRecordsWithoutAValue() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", Serdes.String().serializer(), Serdes.String().serializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic("out", Serdes.String().deserializer(), Serdes.String().deserializer());
            Instant t = Instant.parse("2026-03-03T08:00:00Z");

            in.pipeInput(new TestRecord<>("empty", null, new RecordHeaders(), t));
            in.pipeInput(new TestRecord<>(ProgressMark.KEY, null, ProgressMark.mark(new RecordHeaders()), t));

            TestRecord<String, String> mark = out.readRecord();
            assertThat(mark.key()).isEqualTo(ProgressMark.KEY);
            assertThat(SourceProgress.partitionOf(mark.headers())).hasValue(0);
            assertThat(out.isEmpty()).as("the empty record without the mark's header stopped").isTrue();
        }
    }

    private static TopologyTestDriver driver() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .processValues(TagSourcePartition::new, Named.as("tag-source-partition"))
                .to("out", Produced.with(Serdes.String(), Serdes.String()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "tag-source-partition-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused.invalid:9092");
        return new TopologyTestDriver(builder.build(), props);
    }
}
