package io.wirewatch.alerts.dispatch;

import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * What the reading loop and the retry loop share: where their jobs go, what becomes of records that
 * cannot be handled, and how they stop.
 *
 * @param lanes       the lanes of every subscription
 * @param reader      reads alerts, dead-lettering unreadable ones
 * @param deadLetters for records that cannot be handed to a lane
 * @param delivery    runs a job on its lane
 * @param stop        ends the loops
 * @param awaitLanes  waits for the lanes to finish before the last commit
 * @param backoff     wait after a failure to reach Kafka
 */
record LoopParts(SubscriptionLanes lanes, AlertReader reader, DeadLetters deadLetters,
                 BiConsumer<ChannelLane, Job> delivery, StopSignal stop, Runnable awaitLanes, Duration backoff) {
}
