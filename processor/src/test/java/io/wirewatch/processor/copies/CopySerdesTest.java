package io.wirewatch.processor.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.JsonSerde;
import io.wirewatch.events.Story;
import io.wirewatch.events.Verdict;
import io.wirewatch.processor.state.CompactSerde;

class CopySerdesTest {

    private static final String STORE = "dedup-articles-changelog";

    private final ArticleState state = new ArticleState("a-bern-1", 2, null, 1_772_323_200_000L, 1_772_323_260_000L,
            new long[] {Long.MIN_VALUE, -7, 0, 42, Long.MAX_VALUE}, "a-zuerich-0",
            "story-7", 0.83, Verdict.NEAR_COPY);

    @Test
    void articleStateRoundTripsWithShinglesAsEightBytesEach() {
        CompactSerde<ArticleState> serde = CopySerdes.articleState();
        byte[] bytes = serde.serializer().serialize(STORE, state);
        ArticleState read = serde.deserializer().deserialize(STORE, bytes);

        assertThat(read).usingRecursiveComparison().isEqualTo(state);
        byte[] json = JsonSerde.of(ArticleState.class).serializer().serialize(STORE, state);
        assertThat(bytes.length).isLessThan(json.length);
    }

    @Test
    void aRevisedStateRoundTripsWithPublicationTimeShortLinesAndRevision() {
        ArticleState revised = new ArticleState("a-bern-1", 2, "h1", 1_772_323_200_000L, 1_772_323_260_000L, new long[] {-7, 42},
                "a-zuerich-0", "story-7", 0.83, Verdict.NEAR_COPY, 1_772_323_100_000L, new long[][] {{5}, {-1, 9}}, "a-agentur-0", 2,
                "a-agentur-0");
        ArticleState undated = new ArticleState("a-bern-2", 1, null, 1L, 2L, new long[] {3}, "a-bern-2", "story-8", 0, Verdict.ORIGINAL,
                null, null, null, 0, null);
        CompactSerde<ArticleState> serde = CopySerdes.articleState();

        for (ArticleState value : List.of(revised, undated)) {
            assertThat(serde.deserializer().deserialize(STORE, serde.serializer().serialize(STORE, value)))
                    .usingRecursiveComparison().isEqualTo(value);
        }
        assertThat(undated.originalId()).as("an original unless revised").isEqualTo("a-bern-2");
        assertThat(revised.assignment().duplicateOf()).isEqualTo("a-agentur-0");
        assertThat(revised.assignment().revision()).isEqualTo(2);
    }

    @Test
    void stateWrittenAsJsonByEarlierVersionsIsStillRead() {
        byte[] json = JsonSerde.of(ArticleState.class).serializer().serialize(STORE, state);

        ArticleState read = CopySerdes.articleState().deserializer().deserialize(STORE, json);

        assertThat(read).usingRecursiveComparison().isEqualTo(state);
    }

    @Test
    void stateWrittenWithItsCandidateKeysByEarlierVersionsIsStillRead() throws IOException {
        // the compact layout before the candidate keys moved into memory: the same, with the keys filled in
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeUTF(state.articleId());
            out.writeInt(state.version());
            CompactSerde.writeString(state.contentHash(), out);
            out.writeLong(state.eventTimeMs());
            out.writeLong(state.seenAtMs());
            CompactSerde.writeLongs(state.shingles(), out);
            CompactSerde.writeStrings(List.of("b0:00ff", "a:1234"), out);
            out.writeUTF(state.rootId());
            out.writeUTF(state.storyId());
            out.writeDouble(state.similarity());
            out.writeUTF("near-copy"); // the verdict as earlier versions wrote it
        }

        ArticleState read = CopySerdes.articleState().deserializer().deserialize(STORE, bytes.toByteArray());

        assertThat(read).usingRecursiveComparison().isEqualTo(state);
    }

    @Test
    void storiesRoundTripAndJsonFromEarlierVersionsIsStillRead() {
        Story story = new Story(Story.SCHEMA_VERSION, "story-7", "Titel „mit“ Umlauten: Zürich", List.of("a-1", "a-2"), 2,
                List.of("wwa", "zuercher"), java.time.Instant.parse("2026-03-02T08:00:00.123456789Z"), java.time.Instant.parse("2026-03-02T09:00:00Z"));
        Story untitled = new Story(Story.SCHEMA_VERSION, "story-8", null, List.of("a-3"), 1, List.of(), null, null);
        CompactSerde<Story> serde = CopySerdes.story();

        for (Story value : List.of(story, untitled)) {
            assertThat(serde.deserializer().deserialize(STORE, serde.serializer().serialize(STORE, value))).isEqualTo(value);
        }
        byte[] json = JsonSerde.of(Story.class).serializer().serialize(STORE, story);
        assertThat(serde.deserializer().deserialize(STORE, json)).isEqualTo(story);
    }

    @Test
    void aTitleBeyondSixtyFourKilobytesIsStillWritten() {
        Story story = new Story(Story.SCHEMA_VERSION, "story-9", "Ü".repeat(40_000), List.of("a-1"), 1, List.of("wwa"), null, null);

        assertThat(CopySerdes.story().deserializer().deserialize(STORE, CopySerdes.story().serializer().serialize(STORE, story)))
                .isEqualTo(story);
    }

    @Test
    void lineSightingsRoundTrip() {
        LineSightings sightings = new LineSightings(List.of("a-1"), 99L);

        assertThat(CopySerdes.lineSightings().deserializer()
                .deserialize(STORE, CopySerdes.lineSightings().serializer().serialize(STORE, sightings)))
                .isEqualTo(sightings);
    }

    @Test
    void anUnknownFormatNamesTypeAndStore() {
        assertThatThrownBy(() -> CopySerdes.lineSightings().deserializer().deserialize(STORE, new byte[] {9, 0}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("LineSightings")
                .hasMessageContaining(STORE)
                .hasMessageContaining("format byte 9");
    }
}
