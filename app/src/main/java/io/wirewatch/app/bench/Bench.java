package io.wirewatch.app.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;

import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.run.DataDirectoryLock;
import io.wirewatch.app.run.Pipeline;
import io.wirewatch.app.run.Service;
import io.wirewatch.app.workload.RuleGenerator;
import io.wirewatch.app.workload.WireStream;
import io.wirewatch.app.workload.WireStream.WireArticle;
import io.wirewatch.events.Article;
import io.wirewatch.events.Rule;
import io.wirewatch.events.Topics;
import io.wirewatch.ingest.ArticlePublisher;
import io.wirewatch.ingest.seen.SeenStore;

/**
 * One bench run: the processor and alerts services as {@code run} starts them ({@link Pipeline}, the same
 * configuration checks and defaults, exactly-once), ingest's {@link ArticlePublisher} publishing generated
 * articles, a {@link WebhookReceiver} as every subscription's desk, and three measurements on one broker:
 * <ol>
 *   <li>passthrough: the throughput phase's records through a plain topic ({@link Passthrough});</li>
 *   <li>throughput: every article published as fast as the publisher goes, processor throughput taken from
 *       when articles came out of the processor, over the middle half of them;</li>
 *   <li>latency: articles offered at the given rate; per article the time from its publication to the
 *       first alert it raised at the webhook, and the time of each hop.</li>
 * </ol>
 */
public final class Bench {

    private static final int PUBLISH_BATCH = 500;
    private static final long TICK_NANOS = Duration.ofMillis(100).toNanos();
    private static final Duration STALL = Duration.ofSeconds(120);
    private static final Duration ALERTS_QUIET = Duration.ofSeconds(3);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    /** How long the latency phase goes on offering articles once every measured one is assigned: their claims and alerts are made under load too. */
    private static final Duration LOAD_AFTER_MEASURED = Duration.ofSeconds(5);
    private static final String SOURCE = "bench";

    private final BenchSettings settings;
    private final PrintWriter progress;
    private final Map<String, String> env;

    private Bench(BenchSettings settings, PrintWriter progress, Map<String, String> env) {
        this.settings = settings;
        this.progress = progress;
        this.env = env;
    }

    /**
     * Runs the bench.
     *
     * @param progress where progress lines go (stderr in the CLI)
     * @param env      the environment, for the {@code WIREWATCH_*} overrides {@code run} honours too
     * @throws BenchException when a service fails or stalls
     */
    public static BenchSummary run(BenchSettings settings, PrintWriter progress, Map<String, String> env) {
        return new Bench(settings, progress, env).run();
    }

    private BenchSummary run() {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        Path dataDir = settings.dataDir() != null ? settings.dataDir() : temporaryDirectory();
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
             HeapSampler heap = HeapSampler.start();
             WebhookReceiver webhook = WebhookReceiver.start()) {
            List<Rule> rules = new RuleGenerator(settings.seed()).generate(settings.rules());
            WirewatchConfig config = BenchConfig.of(settings, rules, webhook.url(), webhook.secret(), dataDir.toAbsolutePath(), runId, env);
            WireStream stream = new WireStream(settings.seed(), settings.copyRatio(), runId);
            List<WireArticle> throughputArticles = stream.next(settings.articles(), Instant.now());
            say("bench: %d articles (%d copies), %d rules, %d subscriptions; starting the services%n",
                    settings.articles(), copies(throughputArticles), rules.size(), settings.subscriptions());
            try (Pipeline pipeline = Pipeline.start(config, EnumSet.of(Service.PROCESSOR, Service.ALERTS), silent())) {
                Map<String, Object> client = config.kafka().clientProperties(pipeline.bootstrapServers());
                say("bench: broker %s; webhook receiver %s%n", pipeline.bootstrapServers(), webhook.url());
                double passthrough = Passthrough.articlesPerSecond(client, articles(throughputArticles),
                        "wirewatch-bench-passthrough-" + runId, config.kafka().partitions(), config.kafka().replicationFactor());
                say("bench: passthrough %.0f articles/s%n", passthrough);
                try (OutputWatcher watcher = OutputWatcher.start(client);
                     Admin admin = Admin.create(client);
                     ArticlePublisher publisher = new ArticlePublisher(client,
                             SeenStore.open(dataDir.resolve("bench").resolve("ingest-seen.json")))) {
                    Phases phases = new Phases(pipeline, watcher, admin, publisher, config);
                    double throughput = phases.throughput(throughputArticles, webhook);
                    Latency latency = phases.latency(stream, webhook);
                    return new BenchSummary(settings.articles(), Percentiles.round(throughput), Percentiles.round(passthrough),
                            Math.round(throughput / passthrough * 1000) / 1000.0, latency.p50(), latency.p99(), latency.alerts(),
                            latency.articles(), settings.rate(), Percentiles.round(heap.peakMb()), latency.stages(), latency.stagesP99(), rules.size(),
                            settings.subscriptions(), settings.copyRatio(), copies(throughputArticles),
                            config.processorConfig().reorderGraceOr(io.wirewatch.processor.ProcessorConfig.DEFAULT_SERVICE_REORDER_GRACE).toMillis(),
                            config.alertsConfig().groupWait().toMillis(), settings.embedded() ? "embedded" : "bootstrap",
                            Runtime.getRuntime().availableProcessors());
                }
            }
        } finally {
            if (settings.dataDir() == null) {
                deleteQuietly(dataDir);
            }
        }
    }

    /** The latency phase's figures. */
    private record Latency(Double p50, Double p99, int alerts, int articles, BenchSummary.Stages stages, BenchSummary.Stages stagesP99) {
    }

    /** The two phases against running services. */
    private final class Phases {

        private final Pipeline pipeline;
        private final OutputWatcher watcher;
        private final Admin admin;
        private final ArticlePublisher publisher;
        private final String processorApplicationId;
        private final String alertsApplicationId;

        Phases(Pipeline pipeline, OutputWatcher watcher, Admin admin, ArticlePublisher publisher, WirewatchConfig config) {
            this.pipeline = pipeline;
            this.watcher = watcher;
            this.admin = admin;
            this.publisher = publisher;
            this.processorApplicationId = config.processorConfig().applicationId();
            this.alertsApplicationId = config.alertsConfig().applicationId();
        }

        /** Publishes every article in batches as fast as the publisher goes; articles per second out of the processor. */
        double throughput(List<WireArticle> articles, WebhookReceiver webhook) {
            long started = System.nanoTime();
            for (int from = 0; from < articles.size(); from += PUBLISH_BATCH) {
                publish(articles(articles.subList(from, Math.min(articles.size(), from + PUBLISH_BATCH))));
            }
            say("bench: throughput phase: %d articles published in %.1f s%n", articles.size(), (System.nanoTime() - started) / 1e9);
            awaitProcessed(articles, "throughput phase");
            long[] done = articles.stream().mapToLong(a -> doneNanos(a.article().id())).sorted().toArray();
            int quarter = done.length / 4;
            int threeQuarters = done.length * 3 / 4;
            long middle = done[threeQuarters] - done[quarter];
            // Too short a run for its middle to span more than a few commits: the whole run, from the first send.
            double rate = middle >= Duration.ofSeconds(1).toNanos() ? (threeQuarters - quarter) / (middle / 1e9)
                    : done.length / ((done[done.length - 1] - started) / 1e9);
            say("bench: processor %.0f articles/s (middle half), %d stories; waiting for the throughput phase's alerts%n", rate,
                    stories(articles).size());
            awaitAlerts(webhook, "throughput phase");
            return rate;
        }

        /**
         * Offers articles at the configured rate; per article, publication → first alert at the webhook and
         * each hop. The articles of the first {@code latencySeconds} are measured; publishing goes on until every
         * one of them is assigned and {@link #LOAD_AFTER_MEASURED} more, at most one reorder grace more, so that
         * they leave the reorder buffer as they would in a steady stream (the stream moving past them), not
         * because input stopped.
         */
        Latency latency(WireStream stream, WebhookReceiver webhook) {
            int measured = settings.latencyArticles();
            int total = measured + (int) Math.ceil(settings.rate() * settings.reorderGrace().toMillis() / 1000.0);
            List<WireArticle> sent = new ArrayList<>(total);
            Map<String, long[]> times = new HashMap<>(); // article id → {send, ack}, of the measured articles
            int alertsBefore = webhook.received().size();
            Set<String> before = new HashSet<>(watcher.storyOf().values());
            long start = System.nanoTime();
            long reported = start;
            Set<String> unassigned = new HashSet<>(); // measured articles without an assignment yet
            long stopAt = Long.MAX_VALUE; // once every measured article is assigned
            for (long tick = 1; sent.size() < total && System.nanoTime() < stopAt; tick++) {
                LockSupport.parkNanos(start + tick * TICK_NANOS - System.nanoTime());
                int due = (int) Math.min(total, Math.floor(settings.rate() * tick * TICK_NANOS / 1e9));
                if (due > sent.size()) {
                    List<WireArticle> batch = stream.next(due - sent.size(), Instant.now());
                    long send = System.nanoTime();
                    publish(articles(batch));
                    long ack = System.nanoTime();
                    for (WireArticle article : batch) {
                        if (sent.size() < measured) {
                            times.put(article.article().id(), new long[] {send, ack});
                            unassigned.add(article.article().id());
                        }
                        sent.add(article);
                    }
                }
                unassigned.removeIf(id -> watcher.assigned().containsKey(id));
                if (stopAt == Long.MAX_VALUE && sent.size() >= measured && unassigned.isEmpty()) {
                    stopAt = System.nanoTime() + LOAD_AFTER_MEASURED.toNanos();
                }
                if (System.nanoTime() - reported > PROGRESS_EVERY.toNanos()) {
                    reported = System.nanoTime();
                    say("bench: latency phase: %d articles offered at %.0f/s (the first %d measured, %d of them not yet assigned), %d alerts received%n",
                            sent.size(), settings.rate(), measured, unassigned.size() + Math.max(0, measured - sent.size()),
                            webhook.received().size() - alertsBefore);
                }
            }
            awaitProcessed(sent, "latency phase");
            Set<String> measuredStories = stories(sent.subList(0, measured));
            say("bench: latency phase: the measured articles are in %d stories, %d of them new%n", measuredStories.size(),
                    measuredStories.stream().filter(story -> !before.contains(story)).count());
            awaitAlerts(webhook, "latency phase");
            Map<String, Long> firstAlert = new HashMap<>();
            webhook.received().values().stream().filter(r -> r.sequence() == 0 && times.containsKey(r.articleId()))
                    .forEach(r -> firstAlert.merge(r.articleId(), r.nanos(), Math::min));
            List<Long> endToEnd = new ArrayList<>();
            List<Long> publishHop = new ArrayList<>();
            List<Long> copyHop = new ArrayList<>();
            List<Long> claimHop = new ArrayList<>();
            List<Long> alertHop = new ArrayList<>();
            int alerts = (int) webhook.received().values().stream().filter(r -> r.sequence() == 0 && times.containsKey(r.articleId())).count();
            for (WireArticle article : sent.subList(0, measured)) {
                String id = article.article().id();
                long[] t = times.get(id);
                Long assigned = watcher.assigned().get(id);
                Long claimed = watcher.claimed().get(id);
                Long alerted = firstAlert.get(id);
                publishHop.add(t[1] - t[0]);
                copyHop.add(assigned - t[1]);
                if (claimed != null) {
                    claimHop.add(claimed - assigned);
                    if (alerted != null) {
                        alertHop.add(alerted - claimed);
                    }
                }
            }
            webhook.received().values().stream().filter(r -> r.sequence() == 0 && times.containsKey(r.articleId()))
                    .forEach(r -> endToEnd.add(r.nanos() - times.get(r.articleId())[0]));
            say("bench: latency phase: %d articles measured, %d alerts%n", measured, alerts);
            return new Latency(Percentiles.ms(endToEnd, 50), Percentiles.ms(endToEnd, 99), alerts, measured,
                    stages(50, publishHop, copyHop, claimHop, alertHop), stages(99, publishHop, copyHop, claimHop, alertHop));
        }

        /** One percentile of each hop's times (nanoseconds), in ms. */
        private static BenchSummary.Stages stages(int percentile, List<Long> publishHop, List<Long> copyHop, List<Long> claimHop,
                List<Long> alertHop) {
            return new BenchSummary.Stages(Percentiles.ms(publishHop, percentile), Percentiles.ms(copyHop, percentile),
                    Percentiles.ms(claimHop, percentile), Percentiles.ms(alertHop, percentile));
        }

        private void publish(List<Article> batch) {
            try {
                publisher.publish(SOURCE, batch);
            } catch (ArticlePublisher.PublishException e) {
                throw new BenchException("publishing failed: " + e.getMessage(), e);
            }
        }

        /** The stories these articles are in. */
        private Set<String> stories(List<WireArticle> articles) {
            Set<String> stories = new HashSet<>();
            articles.forEach(a -> stories.add(watcher.storyOf().get(a.article().id())));
            return stories;
        }

        /** When an article was through the processor: its assignment, or its claims when later. */
        private long doneNanos(String id) {
            long assigned = watcher.assigned().get(id);
            Long claimed = watcher.claimed().get(id);
            return claimed == null ? assigned : Math.max(assigned, claimed);
        }

        /** Until every article has its assignment and the claim stage has caught up. */
        private void awaitProcessed(List<WireArticle> articles, String phase) {
            long lastChange = System.nanoTime();
            long reported = lastChange;
            int lastCount = -1;
            while (true) {
                checkServices();
                int assigned = (int) articles.stream().filter(a -> watcher.assigned().containsKey(a.article().id())).count();
                long now = System.nanoTime();
                if (assigned != lastCount) {
                    lastCount = assigned;
                    lastChange = now;
                }
                if (assigned == articles.size() && GroupProgress.caughtUp(admin, processorApplicationId,
                        List.of(processorApplicationId + GroupProgress.CLAIM_STAGE_INPUT))) {
                    return;
                }
                if (now - lastChange > STALL.toNanos()) {
                    throw new BenchException(phase + ": the processor made no progress for " + STALL.toSeconds() + " s ("
                            + assigned + " of " + articles.size() + " articles assigned)");
                }
                if (now - reported > PROGRESS_EVERY.toNanos()) {
                    reported = now;
                    say("bench: %s: %d of %d articles through copy detection%s%n", phase, assigned, articles.size(),
                            assigned == articles.size() ? ", waiting for the claim stage" : "");
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }

        /**
         * Until the alert topology has worked through every claim, the webhook has every alert it wrote, and
         * none came for a while (the dispatcher delivers from the committed alerts topic).
         */
        private void awaitAlerts(WebhookReceiver webhook, String phase) {
            long lastChange = System.nanoTime();
            long reported = lastChange;
            int lastCount = -1;
            String lastBehind = "";
            List<String> alertInputs = List.of(Topics.CLAIMS.name(), alertsApplicationId + GroupProgress.ALERT_GROUPING_INPUT);
            while (true) {
                checkServices();
                long now = System.nanoTime();
                int received = webhook.received().size();
                if (received != lastCount) {
                    lastCount = received;
                    lastChange = now;
                }
                boolean quiet = now - Math.max(watcher.lastAlertNanos(), lastChange) > ALERTS_QUIET.toNanos();
                Map<org.apache.kafka.common.TopicPartition, String> behind = quiet && received >= watcher.alertCount()
                        ? GroupProgress.behind(admin, alertsApplicationId, alertInputs) : null;
                if (behind != null && behind.isEmpty()) {
                    return;
                }
                if (behind != null && !behind.toString().equals(lastBehind)) { // the alert topology is still at work
                    lastBehind = behind.toString();
                    lastChange = now;
                }
                if (now - reported > PROGRESS_EVERY.toNanos()) {
                    reported = now;
                    say("bench: %s: %d alerts at the webhook, %d on the alerts topic, waiting for the alert topology%s%n", phase,
                            received, watcher.alertCount(), behind == null ? "" : " (committed offsets behind: " + behind + ")");
                }
                if (now - lastChange > STALL.toNanos()) {
                    throw new BenchException(phase + ": alerts: " + received + " of " + watcher.alertCount() + " alerts reached the webhook, then none for "
                            + STALL.toSeconds() + " s with no progress" + (behind == null ? "" : "; the alert topology's committed offsets behind: " + behind));
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }

        private void checkServices() {
            if (pipeline.failure().isDone()) {
                throw new BenchException("a service stopped: " + pipeline.failure().join());
            }
        }
    }

    private void say(String format, Object... args) {
        progress.printf(format, args);
        progress.flush();
    }

    private static List<Article> articles(List<WireArticle> articles) {
        return articles.stream().map(WireArticle::article).toList();
    }

    private static int copies(List<WireArticle> articles) {
        return (int) articles.stream().filter(WireArticle::isCopy).count();
    }

    /** The console channel's stream: no bench subscription has one. */
    private static PrintStream silent() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("wirewatch-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is no reason to fail a finished run
        }
    }
}
