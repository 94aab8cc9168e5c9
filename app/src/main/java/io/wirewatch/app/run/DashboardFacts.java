package io.wirewatch.app.run;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.dashboard.pipeline.ChannelInfo;
import io.wirewatch.dashboard.pipeline.PipelineInfo;
import io.wirewatch.dashboard.pipeline.SourceInfo;
import io.wirewatch.dashboard.pipeline.SourcePoll;
import io.wirewatch.dashboard.pipeline.SubscriptionInfo;
import io.wirewatch.ingest.SourceHealth;

/**
 * What the dashboard is told about the configuration and ingest: the sources and subscriptions as
 * this process read them, with every secret left out (webhook signing secrets, header values,
 * SMTP passwords, the path and query of webhook URLs, source URLs), and the sources' poll health.
 */
final class DashboardFacts {

    private DashboardFacts() {
    }

    /**
     * @param health the sources' poll health (from ingest in this process, or from another one's
     *               {@code /health/sources}), else empty
     */
    static PipelineInfo of(WirewatchConfig config, Optional<Supplier<Map<String, SourcePoll>>> health) {
        List<SourceInfo> sources = config.ingestConfig().sources().stream()
                .map(s -> new SourceInfo(s.id(), s.interval(), s.language())).toList();
        List<SubscriptionInfo> subscriptions = config.alertsConfig().subscriptions().stream()
                .map(DashboardFacts::subscription).toList();
        return new PipelineInfo(sources, subscriptions, health);
    }

    static SubscriptionInfo subscription(SubscriptionConfig s) {
        String quiet = s.quietHours() == null ? null : s.quietHours().from() + "–" + s.quietHours().to();
        return new SubscriptionInfo(s.id(), s.rules(), s.channels().stream().map(DashboardFacts::channel).toList(),
                s.languages(), s.sources(), s.excludeSources(), s.minOutlets(), s.mode(), s.digestAt(), s.timeZone(), quiet);
    }

    static ChannelInfo channel(ChannelConfig c) {
        String target = switch (c.type()) {
            case ChannelConfig.CONSOLE -> "standard output";
            case ChannelConfig.EMAIL -> String.join(", ", c.to()) + " via " + c.smtpHost() + ":" + c.smtpPort();
            default -> origin(c.url());
        };
        return new ChannelInfo(c.type(), target);
    }

    /** Scheme, host and port only: a Slack webhook's path is its key, a query may hold a token. */
    private static String origin(String url) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException | NullPointerException e) {
            return "(invalid URL)";
        }
    }

    /** Ingest's health of each source as the dashboard and {@code /health/sources} show it. */
    static Map<String, SourcePoll> polls(Map<String, SourceHealth> health) {
        Map<String, SourcePoll> polls = new LinkedHashMap<>();
        health.forEach((id, h) -> polls.put(id, poll(h)));
        return polls;
    }

    static SourcePoll poll(SourceHealth h) {
        String status = h.lastAttempt() == null ? SourcePoll.PENDING
                : h.paused() ? SourcePoll.PAUSED
                : h.healthy() ? SourcePoll.OK : SourcePoll.FAILING;
        long backoff = !h.healthy() && h.nextPoll() != null && h.lastAttempt() != null
                ? Math.max(0, Duration.between(h.lastAttempt(), h.nextPoll()).toSeconds()) : 0;
        return new SourcePoll(status, h.lastAttempt(), h.lastSuccess(), h.consecutiveFailures(), h.lastError(),
                h.lastStatus(), h.retryAfter() == null ? null : h.retryAfter().toSeconds(), h.nextPoll(), backoff);
    }
}
