package io.wirewatch.processor.dedup;

import static io.wirewatch.processor.state.CompactSerde.readLongs;
import static io.wirewatch.processor.state.CompactSerde.readString;
import static io.wirewatch.processor.state.CompactSerde.readStrings;
import static io.wirewatch.processor.state.CompactSerde.writeLongs;
import static io.wirewatch.processor.state.CompactSerde.writeString;
import static io.wirewatch.processor.state.CompactSerde.writeStrings;

import io.wirewatch.processor.state.CompactSerde;

/**
 * The compact formats of the copy-detection stores. An article's state is read for every candidate it
 * is verified against and on every eviction scan, so its shingles travel as raw longs.
 */
final class DedupSerdes {

    private DedupSerdes() {
    }

    static CompactSerde<ArticleState> articleState() {
        return CompactSerde.of(ArticleState.class, (state, out) -> {
            out.writeUTF(state.articleId());
            out.writeInt(state.version());
            writeString(state.contentHash(), out);
            out.writeLong(state.eventTimeMs());
            out.writeLong(state.seenAtMs());
            writeLongs(state.shingles(), out);
            writeStrings(state.bucketKeys(), out);
            out.writeUTF(state.rootId());
            out.writeUTF(state.storyId());
            out.writeDouble(state.similarity());
            out.writeUTF(state.reason());
        }, in -> new ArticleState(in.readUTF(), in.readInt(), readString(in), in.readLong(), in.readLong(),
                readLongs(in), readStrings(in), in.readUTF(), in.readUTF(), in.readDouble(), in.readUTF()));
    }

    static CompactSerde<Bucket> bucket() {
        return CompactSerde.of(Bucket.class, (bucket, out) -> writeStrings(bucket.articleIds(), out),
                in -> new Bucket(readStrings(in)));
    }

    static CompactSerde<LineSightings> lineSightings() {
        return CompactSerde.of(LineSightings.class, (sightings, out) -> {
            writeStrings(sightings.groups(), out);
            out.writeLong(sightings.lastSeenMs());
        }, in -> new LineSightings(readStrings(in), in.readLong()));
    }
}
