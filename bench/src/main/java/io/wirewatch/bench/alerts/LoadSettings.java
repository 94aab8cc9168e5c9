package io.wirewatch.bench.alerts;

import java.time.Duration;

/**
 * What one run of {@link LatencyRun} offers the alerts service.
 *
 * @param subscriptions subscriptions, each naming one to five rules, most immediate, some with filters
 * @param rules         watch-list rule ids the subscriptions and claims draw from
 * @param webhooks      distinct webhook URLs (paths on the one local receiver) the subscriptions spread over
 * @param rate          articles per second offered, paced by schedule
 * @param warmUp        load before measuring (JIT, caches, connections); its alerts are not measured
 * @param measure       load whose alerts are measured
 * @param drain         longest wait after the load for the measured alerts still on their way
 * @param claimShare    share of original articles carrying a claim that matches rules (a copy repeats its original's claim)
 * @param copyShare     share of articles that are copies of a recent article (same story, same claims)
 * @param groupWait     {@code alerts.groupWait}; latency counts from the claim record plus this designed wait
 * @param partitions    partitions of each public topic
 * @param streamThreads the alerts service's {@code num.stream.threads}; 0 for the service's default
 * @param seed          seed of the generated subscriptions and articles
 */
record LoadSettings(int subscriptions, int rules, int webhooks, double rate, Duration warmUp, Duration measure,
                    Duration drain, double claimShare, double copyShare, Duration groupWait, int partitions, int streamThreads, long seed) {

    /** The figure: 10,000 subscriptions over 1,000 rules at 100 articles/s, 60 s measured after 30 s. */
    static LoadSettings defaults() {
        return new LoadSettings(10_000, 1_000, 300, 100, Duration.ofSeconds(30), Duration.ofSeconds(60),
                Duration.ofSeconds(30), 0.25, 0.4, Duration.ZERO, 4, 0, 42);
    }

    LoadSettings {
        if (subscriptions < 1 || rules < 1 || webhooks < 1 || rate <= 0 || partitions < 1) {
            throw new IllegalArgumentException("subscriptions, rules, webhooks, rate and partitions must be positive");
        }
        if (claimShare < 0 || claimShare > 1 || copyShare < 0 || copyShare >= 1) {
            throw new IllegalArgumentException("claimShare must be in [0, 1], copyShare in [0, 1)");
        }
    }

    /** Articles offered in the warm-up and the measured part together. */
    long articles() {
        return Math.round(rate * (warmUp.toMillis() + measure.toMillis()) / 1000.0);
    }

    /** Articles offered before measuring starts. */
    long warmUpArticles() {
        return Math.round(rate * warmUp.toMillis() / 1000.0);
    }
}
