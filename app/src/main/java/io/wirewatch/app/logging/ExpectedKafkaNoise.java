package io.wirewatch.app.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops the WARN lines that Kafka prints on every healthy start (and stop) of wirewatch, each
 * matched by its logger and a fragment of its text, so that an operator can tell trouble from
 * noise. Everything else passes, including the same loggers' other warnings.
 *
 * <ul>
 *   <li>{@code NetworkClient}: "UNKNOWN_TOPIC_OR_PARTITION" for Kafka Streams' own repartition and
 *       changelog topics, which Streams creates in its first rebalance, after its consumers have
 *       asked for them. Dropped only when every topic the line names is such an internal topic: a
 *       missing wirewatch topic still shows.</li>
 *   <li>{@code QuorumController} of the embedded broker: "The metadata log appears to be empty" on
 *       the first start of a new data directory.</li>
 *   <li>{@code DefaultAutoTopicCreationManager} of the embedded broker: "TOPIC_ALREADY_EXISTS" when
 *       two transactional clients start together and both ask for {@code __transaction_state}.</li>
 *   <li>{@code OffsetFetcherUtils}: "as it is no longer assigned" when the global store's consumer,
 *       done restoring the rules topic, drops the partition while an offset answer is in flight.</li>
 *   <li>{@code NetworkClient}: "Attempting to close NetworkClient that has already been closed" when
 *       the embedded broker stops.</li>
 *   <li>{@code StreamsConfig}: "Processing exception handler is not enabled for the GlobalThread",
 *       printed for the default configuration a {@code StreamsBuilder} makes while a topology is
 *       built. The configurations the services run with enable it (the rules' global store gets the
 *       same log-and-continue handling as every other processor), so the line says nothing about them.</li>
 * </ul>
 */
public final class ExpectedKafkaNoise extends Filter<ILoggingEvent> {

    private record Noise(String loggerSuffix, String fragment) {
        boolean matches(ILoggingEvent event) {
            return event.getLoggerName().endsWith(loggerSuffix) && event.getFormattedMessage().contains(fragment);
        }
    }

    private static final String UNKNOWN_TOPIC = "UNKNOWN_TOPIC_OR_PARTITION";
    private static final Pattern TOPIC_ERROR = Pattern.compile("([\\w.-]+)=([A-Z_]+)");

    private static final List<Noise> NOISE = List.of(
            new Noise(".QuorumController", "The metadata log appears to be empty"),
            new Noise(".DefaultAutoTopicCreationManager", "TOPIC_ALREADY_EXISTS"),
            new Noise(".OffsetFetcherUtils", "as it is no longer assigned"),
            new Noise(".NetworkClient", "Attempting to close NetworkClient that has already been closed"),
            new Noise(".StreamsConfig", "Processing exception handler is not enabled for the GlobalThread"));

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (event.getLevel() != Level.WARN) {
            return FilterReply.NEUTRAL;
        }
        for (Noise noise : NOISE) {
            if (noise.matches(event)) {
                return FilterReply.DENY;
            }
        }
        if (event.getLoggerName().endsWith(".NetworkClient") && onlyInternalTopicsUnknown(event.getFormattedMessage())) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    /** True when the metadata warning names topics, all unknown and all internal to Kafka Streams. */
    static boolean onlyInternalTopicsUnknown(String message) {
        if (!message.contains(UNKNOWN_TOPIC)) {
            return false;
        }
        Matcher matcher = TOPIC_ERROR.matcher(message.substring(message.lastIndexOf('{') + 1));
        boolean any = false;
        while (matcher.find()) {
            String topic = matcher.group(1);
            if (!matcher.group(2).equals(UNKNOWN_TOPIC) || !(topic.endsWith("-repartition") || topic.endsWith("-changelog"))) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
