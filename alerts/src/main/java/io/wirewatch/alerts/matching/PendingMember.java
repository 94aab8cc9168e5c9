package io.wirewatch.alerts.matching;

import io.wirewatch.alerts.payload.Member;

/**
 * An article waiting for its story, or a story assignment waiting for its article: whichever of the
 * two arrives first is kept until the other comes (in a live run the article nearly always does).
 *
 * @param member  the article, or null while only its assignment is known
 * @param storyId the story it joined, or null while only the article is known
 */
record PendingMember(Member member, String storyId) {
}
