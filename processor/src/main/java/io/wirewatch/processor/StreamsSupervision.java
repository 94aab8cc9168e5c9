package io.wirewatch.processor;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.health.ServiceFailure;

/**
 * What a Kafka Streams client does when one of its threads dies: a stream thread is replaced (its tasks
 * resume from their last commit, exactly once); the global thread cannot be, so the client goes to
 * {@link KafkaStreams.State#ERROR}, which is reported as the service's {@link ServiceFailure} with the
 * error that caused it. Exceptions inside processors are handled before this (logged, dead-lettered, the
 * record skipped); what reaches here are {@link Error}s and failures of Kafka Streams itself.
 */
public final class StreamsSupervision {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsSupervision.class);

    private StreamsSupervision() {
    }

    /** Installs the handler and the state listener; call before {@link KafkaStreams#start()}. */
    public static void supervise(KafkaStreams streams, String name, ServiceFailure failure) {
        Throwable[] last = new Throwable[1];
        streams.setUncaughtExceptionHandler(e -> {
            synchronized (last) {
                last[0] = e;
            }
            LOG.error("{}: thread {} failed; a stream thread is replaced, the global thread cannot be", name,
                    Thread.currentThread().getName(), e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((newState, oldState) -> {
            LOG.info("{}: {} -> {}", name, oldState, newState);
            if (newState == KafkaStreams.State.ERROR) {
                Throwable cause;
                synchronized (last) {
                    cause = last[0];
                }
                // An Error in the global thread bypasses the handler: only the JVM's default handler prints it.
                failure.fail("Kafka Streams stopped (ERROR): " + (cause == null
                        ? "a thread that cannot be replaced (the global thread) died; its error is on stderr above"
                        : cause.toString()));
            }
        });
    }
}
