package io.wirewatch.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.JsonSerde;
import io.wirewatch.processor.state.CompactSerde;

class DedupSerdesTest {

    private static final String STORE = "dedup-articles-changelog";

    private final ArticleState state = new ArticleState("a-bern-1", 2, null, 1_772_323_200_000L, 1_772_323_260_000L,
            new long[] {Long.MIN_VALUE, -7, 0, 42, Long.MAX_VALUE}, List.of("b0:00ff", "a:1234"), "a-zuerich-0",
            "story-7", 0.83, "near-copy");

    @Test
    void articleStateRoundTripsWithShinglesAsEightBytesEach() {
        CompactSerde<ArticleState> serde = DedupSerdes.articleState();
        byte[] bytes = serde.serializer().serialize(STORE, state);
        ArticleState read = serde.deserializer().deserialize(STORE, bytes);

        assertThat(read).usingRecursiveComparison().isEqualTo(state);
        byte[] json = JsonSerde.of(ArticleState.class).serializer().serialize(STORE, state);
        assertThat(bytes.length).isLessThan(json.length);
    }

    @Test
    void stateWrittenAsJsonByEarlierVersionsIsStillRead() {
        byte[] json = JsonSerde.of(ArticleState.class).serializer().serialize(STORE, state);

        ArticleState read = DedupSerdes.articleState().deserializer().deserialize(STORE, json);

        assertThat(read).usingRecursiveComparison().isEqualTo(state);
    }

    @Test
    void bucketsAndLineSightingsRoundTrip() {
        Bucket bucket = new Bucket(List.of("a-1", "a-2"));
        LineSightings sightings = new LineSightings(List.of("a-1"), 99L);

        assertThat(DedupSerdes.bucket().deserializer().deserialize(STORE, DedupSerdes.bucket().serializer().serialize(STORE, bucket)))
                .isEqualTo(bucket);
        assertThat(DedupSerdes.lineSightings().deserializer()
                .deserialize(STORE, DedupSerdes.lineSightings().serializer().serialize(STORE, sightings)))
                .isEqualTo(sightings);
    }

    @Test
    void anUnknownFormatNamesTypeAndStore() {
        assertThatThrownBy(() -> DedupSerdes.bucket().deserializer().deserialize(STORE, new byte[] {9, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Bucket")
                .hasMessageContaining(STORE)
                .hasMessageContaining("format byte 9");
    }
}
