package io.wirewatch.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class ExpectedKafkaNoiseTest {

    private final ExpectedKafkaNoise filter = new ExpectedKafkaNoise();
    private final LoggerContext context = new LoggerContext();

    @Test
    void unknownInternalTopicsAtStartAreDroppedButAMissingWirewatchTopicShows() {
        assertThat(decide(Level.WARN, "org.apache.kafka.clients.NetworkClient",
                "[Consumer clientId=x, groupId=wirewatch-processor] The metadata response from the cluster reported a recoverable issue with correlation id 6 : "
                        + "{wirewatch-processor-articles-in-order-repartition=UNKNOWN_TOPIC_OR_PARTITION, wirewatch-processor-claims-changelog=UNKNOWN_TOPIC_OR_PARTITION}"))
                .isEqualTo(FilterReply.DENY);
        assertThat(decide(Level.WARN, "org.apache.kafka.clients.NetworkClient",
                "[Consumer clientId=x, groupId=wirewatch-processor] The metadata response from the cluster reported a recoverable issue with correlation id 6 : "
                        + "{news.articles.v1=UNKNOWN_TOPIC_OR_PARTITION, wirewatch-processor-articles-in-order-repartition=UNKNOWN_TOPIC_OR_PARTITION}"))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(Level.WARN, "org.apache.kafka.clients.NetworkClient",
                "[Consumer clientId=x] The metadata response from the cluster reported a recoverable issue with correlation id 6 : "
                        + "{wirewatch-processor-articles-in-order-repartition=TOPIC_AUTHORIZATION_FAILED}"))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void knownStartLinesAreDroppedOnlyAtWarnAndOnlyFromTheirLogger() {
        String empty = "[QuorumController id=1] Performing controller activation. The metadata log appears to be empty. Appending 6 bootstrap record(s)";
        assertThat(decide(Level.WARN, "org.apache.kafka.controller.QuorumController", empty)).isEqualTo(FilterReply.DENY);
        assertThat(decide(Level.ERROR, "org.apache.kafka.controller.QuorumController", empty)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(Level.WARN, "io.wirewatch.app.run.Pipeline", empty)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide(Level.WARN, "org.apache.kafka.streams.StreamsConfig",
                "Processing exception handler is not enabled for the GlobalThread. It's recommended to set ...")).isEqualTo(FilterReply.DENY);
        assertThat(decide(Level.WARN, "kafka.server.DefaultAutoTopicCreationManager",
                "Auto topic creation failed for __transaction_state with error 'TOPIC_ALREADY_EXISTS'")).isEqualTo(FilterReply.DENY);
        assertThat(decide(Level.WARN, "org.apache.kafka.clients.producer.internals.Sender",
                "Got error produce response ... Error: NOT_LEADER_OR_FOLLOWER")).isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(Level level, String logger, String message) {
        return filter.decide(new LoggingEvent(getClass().getName(), context.getLogger(logger), level, message, null, null));
    }
}
