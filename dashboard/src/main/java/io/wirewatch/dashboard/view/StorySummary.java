package io.wirewatch.dashboard.view;

import java.time.Instant;
import java.util.List;

/**
 * A story in the list: what a desk needs to decide whether to open it.
 *
 * @param id           story id
 * @param headline     title of the story's first article
 * @param articles     articles in the story (within the view's caps)
 * @param outlets      distinct outlets that carried it
 * @param originals    articles that are not copies (independent reports)
 * @param firstOutlet  outlet of the first article, or null before any article arrived
 * @param firstSeen    event time of the first article, or null
 * @param lastSeen     event time of the newest article, or null
 * @param lastActivity when the dashboard last saw a record about this story (Kafka record time)
 * @param rules        watch-list rules matched by its claims, sorted
 * @param claims       number of claims
 * @param arrivals     seconds after the first article at which each article arrived (a small timeline, capped)
 */
public record StorySummary(String id, String headline, int articles, int outlets, int originals, String firstOutlet,
                           Instant firstSeen, Instant lastSeen, Instant lastActivity, List<String> rules, int claims,
                           List<Long> arrivals) {
}
