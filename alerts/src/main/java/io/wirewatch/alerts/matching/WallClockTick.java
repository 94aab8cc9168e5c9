package io.wirewatch.alerts.matching;

import java.time.Duration;

import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * A wall-clock punctuation scheduled only while its processor has something to look at.
 *
 * <p>Why: Kafka Streams commits a task after each of its wall-clock punctuations, whether or not it did
 * anything, and under exactly-once each commit is a transaction (offsets, markers, a transaction log
 * entry). A punctuation kept for ever made an idle service commit every tick, for ever.
 */
public final class WallClockTick {

    private final ProcessorContext<?, ?> context;
    private final Duration interval;
    private final Punctuator punctuator;
    private Cancellable scheduled;

    /** Not yet scheduled: {@link #needed(boolean)} decides. */
    public WallClockTick(ProcessorContext<?, ?> context, Duration interval, Punctuator punctuator) {
        this.context = context;
        this.interval = interval;
        this.punctuator = punctuator;
    }

    /** Schedules the punctuation when needed and not scheduled, cancels it when scheduled and no longer needed. */
    public void needed(boolean needed) {
        if (needed && scheduled == null) {
            scheduled = context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, punctuator);
        } else if (!needed && scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
    }
}
