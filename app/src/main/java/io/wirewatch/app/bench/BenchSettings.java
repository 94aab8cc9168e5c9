package io.wirewatch.app.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@code wirewatch bench} runs.
 *
 * @param articles        articles of the throughput phase, published as fast as ingest's publisher can
 * @param rules           generated watch-list rules
 * @param subscriptions   subscriptions, each watching a share of the rules through the local webhook
 * @param copyRatio       share of articles that are copies of recent ones, 0 to 1
 * @param rate            articles per second offered in the latency phase
 * @param latencySeconds  length of the latency phase
 * @param bootstrap       bootstrap servers of a cluster to use, or null for the embedded broker
 * @param dataDir         where state goes, or null for a temporary directory deleted afterwards
 * @param reorderGrace    the processor's reorder grace ({@code processor.reorderGrace}), as {@code run} uses it
 * @param groupWait       the alerts' group wait ({@code alerts.groupWait}); 0 alerts at the first matching claim
 * @param seed            seed of the generated articles and rules
 */
public record BenchSettings(int articles, int rules, int subscriptions, double copyRatio, double rate, int latencySeconds,
                            String bootstrap, Path dataDir, Duration reorderGrace, Duration groupWait, long seed) {

    public BenchSettings {
        require(articles >= 10, "--articles must be at least 10, was " + articles);
        require(rules >= 1, "--rules must be at least 1, was " + rules);
        require(subscriptions >= 1, "--subscriptions must be at least 1, was " + subscriptions);
        require(copyRatio >= 0 && copyRatio <= 1, "--copy-ratio must be between 0 and 1, was " + copyRatio);
        require(rate > 0 && rate <= 100_000, "--rate must be above 0 and at most 100000 articles/s, was " + rate);
        require(latencySeconds >= 1, "--latency-seconds must be at least 1, was " + latencySeconds);
        require(!reorderGrace.isNegative(), "--reorder-grace must not be negative, was " + reorderGrace);
        require(!groupWait.isNegative(), "--group-wait must not be negative, was " + groupWait);
    }

    /** Articles of the latency phase: {@code rate × latencySeconds}, at least one. */
    public int latencyArticles() {
        return (int) Math.max(1, Math.round(rate * latencySeconds));
    }

    public boolean embedded() {
        return bootstrap == null || bootstrap.isBlank();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
