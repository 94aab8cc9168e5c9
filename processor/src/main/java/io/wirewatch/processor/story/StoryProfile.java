package io.wirewatch.processor.story;

import static io.wirewatch.processor.state.CompactSerde.readLongs;
import static io.wirewatch.processor.state.CompactSerde.writeLongs;

import io.wirewatch.processor.copies.LongSets;
import io.wirewatch.processor.state.CompactSerde;

/**
 * What a story's members have said, as the union of their {@link EventKeys}: an independent report is
 * compared with it. Each array holds at most {@value #MAX_KEYS} keys (the first ones seen), so a story
 * that runs for days stays a bounded record and does not come to resemble everything.
 *
 * @param topic      sorted distinct topic keys of the members
 * @param anchors    sorted distinct anchor keys of the members
 * @param lastSeenMs record time of the latest member, for eviction
 */
public record StoryProfile(long[] topic, long[] anchors, long lastSeenMs) {

    static final int MAX_KEYS = 2_000;

    /** The profile's keys, to compare with an article's. */
    EventKeys keys() {
        return new EventKeys(topic, anchors);
    }

    static StoryProfile of(EventKeys keys, long recordTimeMs) {
        return new StoryProfile(capped(keys.topic()), capped(keys.anchors()), recordTimeMs);
    }

    /** The profile with a new member's keys; {@code added} receives the topic and anchor keys that are new to it. */
    StoryProfile with(EventKeys keys, long recordTimeMs, java.util.function.BiConsumer<long[], long[]> added) {
        long[] newTopic = LongSets.minus(keys.topic(), topic);
        long[] room = java.util.Arrays.copyOf(newTopic, Math.min(newTopic.length, Math.max(0, MAX_KEYS - topic.length)));
        long[] newAnchors = LongSets.minus(keys.anchors(), anchors);
        long[] anchorRoom = java.util.Arrays.copyOf(newAnchors, Math.min(newAnchors.length, Math.max(0, MAX_KEYS - anchors.length)));
        added.accept(room, anchorRoom);
        return new StoryProfile(union(topic, room), union(anchors, anchorRoom), Math.max(lastSeenMs, recordTimeMs));
    }

    private static long[] capped(long[] keys) {
        return keys.length <= MAX_KEYS ? keys : java.util.Arrays.copyOf(keys, MAX_KEYS);
    }

    private static long[] union(long[] a, long[] b) {
        if (b.length == 0) {
            return a;
        }
        long[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return LongSets.sortedDistinct(all);
    }

    static CompactSerde<StoryProfile> serde() {
        return CompactSerde.of(StoryProfile.class, (profile, out) -> {
            writeLongs(profile.topic(), out);
            writeLongs(profile.anchors(), out);
            out.writeLong(profile.lastSeenMs());
        }, in -> new StoryProfile(readLongs(in), readLongs(in), in.readLong()));
    }
}
