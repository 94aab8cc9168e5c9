package io.wirewatch.alerts.matching;

import io.wirewatch.alerts.payload.Member;
import io.wirewatch.events.Claim;

/**
 * What reaches a story's task on the internal repartition topic: either a member article of the
 * story or a claim of it (exactly one is set). One topic for both keeps them co-partitioned by
 * story id whatever the partition counts of the topics they come from.
 *
 * @param member an article that joined the story, or null
 * @param claim  a claim of the story, or null
 */
record StoryEvent(Member member, Claim claim) {

    static StoryEvent of(Member member) {
        return new StoryEvent(member, null);
    }

    static StoryEvent of(Claim claim) {
        return new StoryEvent(null, claim);
    }
}
