package io.wirewatch.dashboard.view;

import java.time.Instant;

/**
 * Filters and paging of a list request; a null filter matches everything.
 *
 * @param since        only entries active at or after this time
 * @param until        only entries active before this time
 * @param rule         only entries matching this watch-list rule
 * @param source       only entries with an article of this source
 * @param language     only entries with an article (or claim) in this language
 * @param speaker      claims only: this speaker (case-insensitive)
 * @param subscription alerts only: this subscription
 * @param offset       entries to skip
 * @param limit        page size
 */
public record Query(Instant since, Instant until, String rule, String source, String language, String speaker,
                    String subscription, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public Query {
        if (offset < 0) {
            throw new IllegalArgumentException("offset: must not be negative, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Everything, first page. */
    public static Query all() {
        return new Query(null, null, null, null, null, null, null, 0, DEFAULT_LIMIT);
    }

    boolean inTime(Instant time) {
        return (since == null || !time.isBefore(since)) && (until == null || time.isBefore(until));
    }
}
