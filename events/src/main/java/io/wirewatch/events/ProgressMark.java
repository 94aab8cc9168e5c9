package io.wirewatch.events;

import java.time.Duration;

import org.apache.kafka.common.header.Headers;

/**
 * A record of {@link Topics#ARTICLES} that is not an article: no value, the key {@link #KEY} and the
 * header {@link #HEADER}. Readers of the topic skip records without a value.
 *
 * <p>Why: the processor sorts articles before copy detection and releases one once every partition of the
 * topic has delivered a later record, since a partition cannot go back in record time. At a busy desk's
 * few articles a second a partition's next article may be seconds away ({@code wirewatch bench --rate 3}:
 * p50 1.5 s, p99 4.8 s, all of it waiting in that buffer). So ingest, shortly after it has published,
 * sends a mark to every partition, stamped later than what it published by more than
 * {@link #CLOCK_MARGIN}: each partition then has a later record at once.
 */
public final class ProgressMark {

    /** The header that makes a record without a value a mark (its value is empty). */
    public static final String HEADER = "wirewatch.progress-mark";
    /** The key of every mark: readable in tools, and one key whatever the partition. */
    public static final String KEY = "wirewatch.progress-mark";
    /**
     * How far record time may go back within one partition: the producer stamps a record when it is sent,
     * so two ingest hosts writing to one partition are as far apart as their clock sync keeps them
     * (milliseconds on one site); one ingest sends a record at a time, so its own are in order.
     */
    public static final Duration CLOCK_MARGIN = Duration.ofMillis(50);
    /** How long after publishing ingest sends its marks: beyond the margin, so that they are later than what it sent. */
    public static final Duration DELAY = CLOCK_MARGIN.plusMillis(10);
    private static final byte[] EMPTY = new byte[0];

    private ProgressMark() {
    }

    /** Whether a record with these headers is a mark (whatever its value: only one without a value is sent). */
    public static boolean isMark(Headers headers) {
        return headers != null && headers.lastHeader(HEADER) != null;
    }

    /** Adds the mark's header. */
    public static Headers mark(Headers headers) {
        headers.remove(HEADER);
        return headers.add(HEADER, EMPTY);
    }
}
