package io.wirewatch.alerts.payload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The members of one story that alerts knows, in order of their time; at most {@link #MAX_MEMBERS}
 * (the earliest), so that a story republished by hundreds of portals keeps a bounded state.
 *
 * @param members the members, earliest first
 */
public record StoryMembers(List<Member> members) {

    /** Members kept per story: the lineage and counts stop growing after this many. */
    public static final int MAX_MEMBERS = 200;

    static final Comparator<Member> BY_TIME = Comparator.comparing(Member::at)
            .thenComparing(member -> member.article().id());

    public StoryMembers {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public static StoryMembers empty() {
        return new StoryMembers(List.of());
    }

    /** With this member added, or replacing the earlier version of the same article. */
    public StoryMembers with(Member member) {
        List<Member> next = new ArrayList<>(members.size() + 1);
        for (Member known : members) {
            if (!known.article().id().equals(member.article().id())) {
                next.add(known);
            }
        }
        next.add(member);
        next.sort(BY_TIME);
        return new StoryMembers(next.size() > MAX_MEMBERS ? next.subList(0, MAX_MEMBERS) : next);
    }

    /** The member with this article id, or null. */
    public Member find(String articleId) {
        for (Member member : members) {
            if (member.article().id().equals(articleId)) {
                return member;
            }
        }
        return null;
    }
}
