package io.wirewatch.dashboard.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@code run} tells the dashboard besides the topics.
 *
 * @param sources       the configured sources
 * @param subscriptions the configured subscriptions, without secrets
 * @param health        each source's poll health, when ingest runs in this process; empty otherwise
 *                      (ingest keeps it in memory, it is on no topic)
 */
public record PipelineInfo(List<SourceInfo> sources, List<SubscriptionInfo> subscriptions,
                           Optional<Supplier<Map<String, SourcePoll>>> health) {

    public PipelineInfo {
        sources = List.copyOf(sources);
        subscriptions = List.copyOf(subscriptions);
    }

    /** Nothing known beyond the topics. */
    public static PipelineInfo none() {
        return new PipelineInfo(List.of(), List.of(), Optional.empty());
    }
}
