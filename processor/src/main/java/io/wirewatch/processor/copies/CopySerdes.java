package io.wirewatch.processor.copies;

import static io.wirewatch.processor.state.CompactSerde.readInstant;
import static io.wirewatch.processor.state.CompactSerde.readLongs;
import static io.wirewatch.processor.state.CompactSerde.readString;
import static io.wirewatch.processor.state.CompactSerde.readStrings;
import static io.wirewatch.processor.state.CompactSerde.readText;
import static io.wirewatch.processor.state.CompactSerde.writeInstant;
import static io.wirewatch.processor.state.CompactSerde.writeLongs;
import static io.wirewatch.processor.state.CompactSerde.writeString;
import static io.wirewatch.processor.state.CompactSerde.writeStrings;
import static io.wirewatch.processor.state.CompactSerde.writeText;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.wirewatch.events.Story;
import io.wirewatch.events.Verdict;
import io.wirewatch.processor.state.CompactSerde;

/**
 * The compact formats of the copy-detection stores. An article's state is read for every candidate it
 * is verified against and on every eviction scan, so its shingles travel as raw longs.
 */
final class CopySerdes {

    private CopySerdes() {
    }

    static CompactSerde<ArticleState> articleState() {
        return CompactSerde.of(ArticleState.class, (state, out) -> {
            out.writeUTF(state.articleId());
            out.writeInt(state.version());
            writeString(state.contentHash(), out);
            out.writeLong(state.eventTimeMs());
            out.writeLong(state.seenAtMs());
            writeLongs(state.shingles(), out);
            // Once the candidate keys as strings; they now live in memory (CandidateIndex). The empty list
            // keeps the byte format, so state written by either version is read by the other.
            writeStrings(List.of(), out);
            out.writeUTF(state.rootId());
            out.writeUTF(state.storyId());
            out.writeDouble(state.similarity());
            out.writeUTF(state.reason().wire());
            // Appended since verdicts can be revised: a state written before ends above and reads with defaults.
            out.writeBoolean(state.publishedAtMs() != null);
            if (state.publishedAtMs() != null) {
                out.writeLong(state.publishedAtMs());
            }
            out.writeInt(state.shortLines().length);
            for (long[] line : state.shortLines()) {
                writeLongs(line, out);
            }
            out.writeUTF(state.originalId());
            out.writeInt(state.revision());
            writeString(state.revisedBy(), out);
        }, in -> {
            String articleId = in.readUTF();
            int version = in.readInt();
            String contentHash = readString(in);
            long eventTimeMs = in.readLong();
            long seenAtMs = in.readLong();
            long[] shingles = readLongs(in);
            readStrings(in); // the former candidate keys, see above
            String rootId = in.readUTF();
            String storyId = in.readUTF();
            double similarity = in.readDouble();
            Verdict reason = Verdict.fromWire(in.readUTF());
            if (in.atEnd()) {
                return new ArticleState(articleId, version, contentHash, eventTimeMs, seenAtMs, shingles, rootId, storyId, similarity,
                        reason);
            }
            Long publishedAtMs = in.readBoolean() ? in.readLong() : null;
            long[][] shortLines = new long[in.readInt()][];
            for (int i = 0; i < shortLines.length; i++) {
                shortLines[i] = readLongs(in);
            }
            return new ArticleState(articleId, version, contentHash, eventTimeMs, seenAtMs, shingles, rootId, storyId, similarity,
                    reason, publishedAtMs, shortLines, in.readUTF(), in.readInt(), readString(in));
        });
    }

    /**
     * Stories as the stage keeps them: read and rewritten for every article. The public topic carries
     * them as JSON; in the store, JSON parsing was a tenth of the ordered task's time. Stores written as
     * JSON by earlier versions are still read.
     */
    static CompactSerde<Story> story() {
        return CompactSerde.of(Story.class, (story, out) -> {
            out.writeInt(story.schemaVersion());
            out.writeUTF(story.id());
            out.writeBoolean(story.title() != null);
            if (story.title() != null) {
                writeText(story.title(), out);
            }
            writeStrings(story.articleIds(), out);
            writeStrings(story.sources(), out);
            writeInstant(story.firstSeen(), out);
            writeInstant(story.lastSeen(), out);
            // Appended with the capped member list: a record written before ends above, and lists every member.
            out.writeInt(story.articleCount());
        }, in -> {
            int schemaVersion = in.readInt();
            String id = in.readUTF();
            String title = in.readBoolean() ? readText(in) : null;
            List<String> articleIds = readStrings(in);
            List<String> sources = readStrings(in);
            Instant firstSeen = readInstant(in);
            Instant lastSeen = readInstant(in);
            int articleCount = in.atEnd() ? articleIds.size() : in.readInt();
            return new Story(schemaVersion, id, title, articleIds, articleCount, sources, firstSeen, lastSeen);
        });
    }

    /**
     * Story ids behind a negative count ({@code -1 - n}); a non-negative count is an earlier build's record,
     * whose ids are copy-group roots ({@link LineSightings#byGroup}).
     */
    static CompactSerde<LineSightings> lineSightings() {
        return CompactSerde.of(LineSightings.class, (sightings, out) -> {
            if (sightings.byGroup()) {
                writeStrings(sightings.stories(), out);
            } else {
                out.writeInt(-1 - sightings.stories().size());
                for (String story : sightings.stories()) {
                    out.writeUTF(story);
                }
            }
            out.writeLong(sightings.lastSeenMs());
        }, in -> {
            int count = in.readInt();
            boolean byGroup = count >= 0;
            int size = byGroup ? count : -1 - count;
            if (size > LineSightings.BOILERPLATE_STORIES) {
                throw new IOException("impossible sightings count " + size);
            }
            List<String> ids = new java.util.ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                ids.add(in.readUTF());
            }
            return new LineSightings(ids, in.readLong(), byGroup);
        });
    }
}
