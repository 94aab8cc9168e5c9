package io.wirewatch.events.streams;

import java.util.Map;

/**
 * How long a stream thread may block waiting for input, derived from how often it commits.
 *
 * <p>Why: a Kafka Streams thread commits only between polls, and it polls for up to {@code poll.ms}
 * (Streams' default 100 ms) whatever the commit deadline. Under exactly-once a record is visible
 * downstream only once its transaction is committed, so a commit that falls due while the thread waits
 * for input (the rest of a quiet interval, or input that comes in bursts) is late by up to {@code poll.ms}
 * at every hop. At the default 100 ms commit interval that nearly doubled each hop:
 * {@code wirewatch bench --reorder-grace 0s} measured p50 843–858 ms with Streams' 100 ms poll and
 * 435–499 ms with 10 ms. An idle service pays for it with more wake-ups: {@code wirewatch run} idle took about 1.6 % of one
 * core more (docs/bench.md).
 *
 * <p>Kept free of the Kafka Streams API (the keys are Streams' {@code commit.interval.ms} and
 * {@code poll.ms}) so that the contracts module needs no Streams dependency.
 */
public final class CommitTiming {

    /** Streams' {@code commit.interval.ms}. */
    public static final String COMMIT_INTERVAL_KEY = "commit.interval.ms";
    /** Streams' {@code poll.ms}. */
    public static final String POLL_KEY = "poll.ms";
    /** Streams' default commit interval under exactly-once. */
    static final long EXACTLY_ONCE_DEFAULT_COMMIT_MS = 100;
    /** Streams' default {@code poll.ms}: the longest poll this sets. */
    static final long STREAMS_DEFAULT_POLL_MS = 100;
    /** A commit may be late by at most this share of its interval... */
    static final long LATENESS_DIVISOR = 10;
    /**
     * ...but an idle thread wakes at most every this often: at a 20 ms commit interval a 2 ms poll made an
     * idle {@code wirewatch run} take 548 CPU ticks a minute instead of 455 with 5 ms (384 at 100 ms commits
     * and 10 ms polls), for a p99 no better (docs/bench.md).
     */
    static final long SHORTEST_POLL_MS = 5;

    private CommitTiming() {
    }

    /**
     * The poll time for a commit interval: a tenth of it, at least 5 ms (never more than the interval itself,
     * nor under 1 ms) and at most Streams' default 100 ms.
     */
    public static long pollMsFor(long commitIntervalMs) {
        long wanted = Math.max(SHORTEST_POLL_MS, commitIntervalMs / LATENESS_DIVISOR);
        return Math.max(1, Math.min(STREAMS_DEFAULT_POLL_MS, Math.min(commitIntervalMs, wanted)));
    }

    /**
     * Sets {@code poll.ms} in exactly-once Streams settings from their commit interval (Streams' default
     * when they set none), unless they set {@code poll.ms} themselves: a pass-through setting wins.
     *
     * @throws IllegalArgumentException when the commit interval is not a whole number of milliseconds
     */
    public static void pollWithinCommitInterval(Map<? super String, ? super Long> streamsProperties) {
        if (streamsProperties.containsKey(POLL_KEY)) {
            return;
        }
        Object interval = streamsProperties.get(COMMIT_INTERVAL_KEY);
        long commitMs = interval == null ? EXACTLY_ONCE_DEFAULT_COMMIT_MS : millis(interval);
        streamsProperties.put(POLL_KEY, pollMsFor(commitMs));
    }

    private static long millis(Object value) {
        try {
            return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(COMMIT_INTERVAL_KEY + ": not a number of milliseconds: " + value, e);
        }
    }
}
