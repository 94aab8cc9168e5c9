package io.wirewatch.dashboard.view;

import java.time.Instant;
import java.util.List;

/**
 * Filters and paging of a list request; a null filter matches everything.
 *
 * @param since        only entries active at or after this time
 * @param until        only entries active before this time
 * @param rule         only entries matching this watch-list rule
 * @param source       stories: only those with an article of this source; claims and alerts: only those whose
 *                     (triggering) claim was first seen in an article of this source
 * @param language     stories: only those with an article in this language; claims and alerts: only those whose
 *                     (triggering) claim is in this language
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
        return page(0, DEFAULT_LIMIT);
    }

    /** Everything, the given page. */
    public static Query page(int offset, int limit) {
        return new Query(null, null, null, null, null, null, null, offset, limit);
    }

    /** This query's page of the given entries, which are already filtered and in order. */
    public <T> Page<T> slice(List<T> entries) {
        int from = Math.min(offset, entries.size());
        int to = (int) Math.min((long) from + limit, entries.size());
        return new Page<>(List.copyOf(entries.subList(from, to)), offset, limit, entries.size());
    }

    /**
     * Whether a claim first seen in an article of this source, in this language, passes the source and
     * language filters: the one test of {@code /api/claims} and {@code /api/alerts}. Null (not known) passes
     * only a filter that is not set.
     */
    boolean fromSourceInLanguage(String sourceId, String claimLanguage) {
        return (source == null || source.equals(sourceId)) && (language == null || language.equals(claimLanguage));
    }

    boolean inTime(Instant time) {
        return (since == null || !time.isBefore(since)) && (until == null || time.isBefore(until));
    }
}
