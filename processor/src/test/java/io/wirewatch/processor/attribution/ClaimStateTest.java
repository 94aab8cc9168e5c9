package io.wirewatch.processor.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Claim;
import io.wirewatch.events.JsonSerde;
import io.wirewatch.processor.state.CompactSerde;

class ClaimStateTest {

    private static final String TOPIC = "wirewatch-processor-claims-changelog";

    private final CompactSerde<ClaimState> serde = ClaimState.serde();

    @Test
    void roundTripsEveryField() {
        ClaimState state = new ClaimState(new Claim(1, "c1", "a1", List.of("a1", "a2"), "s1",
                "„Wir streiken ab Montag“, sagte Mark Brenner.", "Mark Brenner", "sagte", true, false,
                List.of("bahn", "streik"), 12, 58, List.of(new Claim.Span(1, 4), new Claim.Span(13, 20)), "de"), 1_772_438_400_000L);

        assertThat(roundTrip(state)).isEqualTo(state);
    }

    @Test
    void roundTripsTheSourcesOfAClaimThatCarriesThem() {
        ClaimState state = new ClaimState(new Claim(Claim.SCHEMA_VERSION, "c5", "a1", List.of("a1", "a2", "a3"), "s1", "Satz.", "Anna Beck",
                "erklärte", false, false, List.of("r1"), 0, 5, List.of(), "de", List.of("wwa", "portal")), 7L);

        assertThat(roundTrip(state)).isEqualTo(state);
        assertThat(roundTrip(state).claim().sources()).containsExactly("wwa", "portal");
    }

    /** A compact claim of a build from before sources: the same fields, ending after the language. */
    @Test
    void readsACompactClaimOfAnEarlierBuildAsNotCarryingSources() {
        ClaimState state = new ClaimState(new Claim(1, "c6", "a1", List.of("a1"), "s1", "Satz.", "Anna Beck", "erklärte", false, true,
                List.of("r1"), 3, 8, List.of(new Claim.Span(3, 8)), "de"), 42L);
        byte[] current = serde.serializer().serialize(TOPIC, state);
        byte[] earlier = Arrays.copyOf(current, current.length - 1 - Integer.BYTES); // without the "no sources" flag and the count

        ClaimState read = serde.deserializer().deserialize(TOPIC, earlier);

        assertThat(read).isEqualTo(state);
        assertThat(read.claim().sources()).isNull();
    }

    @Test
    void roundTripsTheCountOfAClaimBeyondItsList() {
        List<String> newest = java.util.stream.IntStream.range(50, 50 + Claim.MAX_LISTED_ARTICLES).mapToObj(i -> "a" + i).toList();
        ClaimState state = new ClaimState(new Claim(Claim.SCHEMA_VERSION, "c7", "a0", newest, 150, "s1", "Satz.", "Anna Beck",
                "erklärte", false, false, List.of("r1"), 0, 5, List.of(), "de", List.of("wwa")), 9L);

        assertThat(roundTrip(state)).isEqualTo(state);
        assertThat(roundTrip(state).claim().articleCount()).isEqualTo(150);
    }

    /** A compact claim of a build from before the list was capped: the same fields, ending after the sources. */
    @Test
    void readsACompactClaimOfAnEarlierBuildWithItsListsSizeAsCount() {
        ClaimState state = new ClaimState(new Claim(Claim.SCHEMA_VERSION, "c8", "a1", List.of("a1", "a2", "a3"), "s1", "Satz.", "Anna Beck",
                "erklärte", false, false, List.of("r1"), 0, 5, List.of(), "de", List.of("wwa", "portal")), 7L);
        byte[] current = serde.serializer().serialize(TOPIC, state);
        byte[] earlier = Arrays.copyOf(current, current.length - Integer.BYTES); // without the count

        ClaimState read = serde.deserializer().deserialize(TOPIC, earlier);

        assertThat(read).isEqualTo(state);
        assertThat(read.claim().articleCount()).isEqualTo(3);
        assertThat(read.claim().sources()).containsExactly("wwa", "portal");
    }

    @Test
    void roundTripsAbsentFieldsAsAbsent() {
        ClaimState state = new ClaimState(new Claim(1, "c2", null, null, null, null, null, null, false, true, null, 0, 0, null, null), 0L);

        assertThat(roundTrip(state)).isEqualTo(state);
    }

    /** A sentence beyond writeUTF's 65,535 bytes must not make the claim unstorable. */
    @Test
    void roundTripsAVeryLongSentence() {
        ClaimState state = new ClaimState(new Claim(1, "c3", "a1", List.of("a1"), "s1", "ü".repeat(40_000), "X", "sagte", false, false,
                List.of(), 0, 40_000, List.of(), "de"), 5L);

        assertThat(roundTrip(state)).isEqualTo(state);
    }

    /** What the store and its changelog held before: JSON, read as it was and rewritten compactly. */
    @Test
    void readsAClaimStoredAsJsonByAnEarlierVersion() {
        ClaimState state = new ClaimState(new Claim(1, "c4", "a1", List.of("a1"), "s1", "Satz.", "Anna Beck", "erklärte", false, true,
                List.of("r1"), 3, 8, List.of(new Claim.Span(3, 8)), "de"), 42L);
        byte[] json = JsonSerde.of(ClaimState.class).serializer().serialize(TOPIC, state);

        assertThat(serde.deserializer().deserialize(TOPIC, json)).isEqualTo(state);
        assertThat(serde.serializer().serialize(TOPIC, state)).hasSizeLessThan(json.length);
    }

    private ClaimState roundTrip(ClaimState state) {
        return serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, state));
    }
}
