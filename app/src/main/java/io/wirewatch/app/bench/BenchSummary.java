package io.wirewatch.app.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The figures of one bench run, printed as one JSON line; every field is described in docs/bench.md.
 * Latencies and stage times are null when the run had nothing to measure them on (no alert in the
 * latency phase, say).
 */
@JsonPropertyOrder({"articles", "articlesPerSec", "passthroughPerSec", "processorToPassthrough", "e2eLatencyP50Ms",
        "e2eLatencyP99Ms", "e2eAlerts", "latencyArticles", "rate", "heapPeakMb", "stages", "stagesP99", "rules", "subscriptions",
        "copyRatio", "copies", "reorderGraceMs", "groupWaitMs", "broker", "cores"})
public record BenchSummary(int articles, double articlesPerSec, double passthroughPerSec, double processorToPassthrough,
                           Double e2eLatencyP50Ms, Double e2eLatencyP99Ms, int e2eAlerts, int latencyArticles, double rate,
                           double heapPeakMb, Stages stages, Stages stagesP99, int rules, int subscriptions, double copyRatio, int copies,
                           long reorderGraceMs, long groupWaitMs, String broker, int cores) {

    /** Time per hop of the latency phase's articles, in ms (see docs/bench.md): the median ({@code stages}) or the 99th percentile. */
    @JsonPropertyOrder({"ingestPublish", "copyDetection", "claims", "alerts"})
    public record Stages(Double ingestPublish, Double copyDetection, Double claims, Double alerts) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bench summary is always writable", e);
        }
    }
}
