package io.wirewatch.processor.story;

import java.util.ArrayList;
import java.util.List;

import io.wirewatch.processor.state.CompactSerde;

/**
 * The stories one evidence key was seen in, newest last. Capped at the {@value #MAX_STORIES} latest: a key in
 * more stories (a stock phrase, a permanent office holder) is not distinctive. The cap is no lower, as a
 * figure or a long word of an event ("30", "Feuerwerkskörper") is also in a few other stories of a busy day,
 * and a cap of three pushed the event's own story out before its second report arrived.
 *
 * @param stories      the stories with the event time of the key's latest sighting in each
 * @param lastSeenMs   record time of the latest sighting, for eviction
 */
public record EvidencePostings(List<Posting> stories, long lastSeenMs) {

    static final int MAX_STORIES = 8;

    public EvidencePostings {
        stories = stories == null ? List.of() : List.copyOf(stories);
    }

    /** One story that showed the key, at the event time of its latest article showing it. */
    public record Posting(String storyId, long eventTimeMs) {
    }

    /** The compact store format: looked up for every evidence key of every article. */
    static CompactSerde<EvidencePostings> serde() {
        return CompactSerde.of(EvidencePostings.class, (postings, out) -> {
            out.writeInt(postings.stories().size());
            for (Posting posting : postings.stories()) {
                out.writeUTF(posting.storyId());
                out.writeLong(posting.eventTimeMs());
            }
            out.writeLong(postings.lastSeenMs());
        }, in -> {
            int size = in.readInt();
            List<Posting> stories = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                stories.add(new Posting(in.readUTF(), in.readLong()));
            }
            return new EvidencePostings(stories, in.readLong());
        });
    }

    EvidencePostings seenIn(String storyId, long eventTimeMs, long recordTimeMs) {
        List<Posting> updated = new ArrayList<>(stories);
        updated.removeIf(p -> p.storyId().equals(storyId));
        updated.add(new Posting(storyId, eventTimeMs));
        // Keep the cap's worth of stories: enough to know the key is not distinctive.
        while (updated.size() > MAX_STORIES) {
            updated.remove(0);
        }
        return new EvidencePostings(updated, Math.max(lastSeenMs, recordTimeMs));
    }
}
