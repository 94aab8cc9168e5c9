package io.wirewatch.bench.alerts;

import java.io.PrintStream;
import java.time.Duration;

import io.wirewatch.events.Json;

/**
 * Issue 13's target: 10,000 subscriptions over 1,000 rules, claim on the topic → webhook received,
 * p99 &lt; 1 s at 100 articles/s, on this machine ({@link LatencyRun} says what runs and what is measured).
 *
 * <pre>java -cp bench/target/benchmarks.jar io.wirewatch.bench.alerts.AlertsLatency [--key value]...</pre>
 *
 * Keys (defaults in brackets): {@code --subscriptions} [10000], {@code --rules} [1000], {@code --webhooks}
 * [300], {@code --rate} articles/s [100], {@code --warm-up} [30], {@code --measure} [60], {@code --drain}
 * [30], {@code --claim-share} [0.25], {@code --copy-share} [0.4], {@code --group-wait} [0],
 * {@code --partitions} [4], {@code --stream-threads} [the service's default], {@code --seed} [42]. Durations in seconds or ISO-8601 ({@code PT1M}). Progress goes to
 * stderr; the last line on stdout is the {@link Summary} as JSON.
 */
public final class AlertsLatency {

    private AlertsLatency() {
    }

    public static void main(String[] args) throws Exception {
        report(parse(args), System.out);
        // A stream thread still flushing towards the stopped broker must not keep the JVM up.
        System.exit(0);
    }

    /** Runs the benchmark and prints its figures, the JSON summary last. */
    static Summary report(LoadSettings settings, PrintStream out) throws Exception {
        Summary summary = new LatencyRun(settings, System.err).run();
        out.printf("alerts: %d subscriptions, %d rules, %.1f of %.0f articles/s for %.1f s: %d alerts expected, %d received"
                        + " (%.1f/s), %d missing; latency p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms; of which Streams"
                        + " (claim → alert committed) p50 %.0f ms, p99 %.0f ms; %.2f cores used (load average %.2f)%n",
                summary.subscriptions(), summary.rules(), summary.achievedRate(), summary.offeredRate(), summary.measuredSeconds(),
                summary.expected(), summary.received(), summary.deliveriesPerSecond(), summary.missing(), summary.p50Ms(),
                summary.p90Ms(), summary.p99Ms(), summary.maxMs(), summary.streamsP50Ms(), summary.streamsP99Ms(),
                summary.cpuCores(), summary.loadAverage());
        out.println(Json.write(summary));
        return summary;
    }

    static LoadSettings parse(String... args) {
        LoadSettings d = LoadSettings.defaults();
        int subscriptions = d.subscriptions();
        int rules = d.rules();
        int webhooks = d.webhooks();
        double rate = d.rate();
        Duration warmUp = d.warmUp();
        Duration measure = d.measure();
        Duration drain = d.drain();
        double claimShare = d.claimShare();
        double copyShare = d.copyShare();
        Duration groupWait = d.groupWait();
        int partitions = d.partitions();
        int streamThreads = d.streamThreads();
        long seed = d.seed();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--subscriptions" -> subscriptions = Integer.parseInt(value);
                case "--rules" -> rules = Integer.parseInt(value);
                case "--webhooks" -> webhooks = Integer.parseInt(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--warm-up" -> warmUp = duration(value);
                case "--measure" -> measure = duration(value);
                case "--drain" -> drain = duration(value);
                case "--claim-share" -> claimShare = Double.parseDouble(value);
                case "--copy-share" -> copyShare = Double.parseDouble(value);
                case "--group-wait" -> groupWait = duration(value);
                case "--partitions" -> partitions = Integer.parseInt(value);
                case "--stream-threads" -> streamThreads = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new LoadSettings(subscriptions, rules, webhooks, rate, warmUp, measure, drain, claimShare, copyShare, groupWait,
                partitions, streamThreads, seed);
    }

    /** Seconds ({@code 30}, {@code 0.5}) or ISO-8601 ({@code PT1M}). */
    private static Duration duration(String value) {
        return value.startsWith("P") || value.startsWith("p") ? Duration.parse(value)
                : Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }
}
