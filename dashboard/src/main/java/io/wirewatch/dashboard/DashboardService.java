package io.wirewatch.dashboard;

import java.time.Clock;
import java.util.Map;

import io.wirewatch.dashboard.feed.TopicFeed;
import io.wirewatch.dashboard.pipeline.PipelineInfo;
import io.wirewatch.dashboard.view.ChangeLog;
import io.wirewatch.dashboard.view.Views;
import io.wirewatch.dashboard.web.DashboardServer;

/**
 * The dashboard as a service of {@code wirewatch run}: the topic feed filling the views and the
 * HTTP server answering from them. It keeps no state on disk; a restart rebuilds the views from
 * the topics, reading from the start of the horizon.
 */
public final class DashboardService implements AutoCloseable {

    /** Changes kept for clients that reconnect with {@code Last-Event-ID}. */
    static final int CHANGES_KEPT = 10_000;

    private final DashboardConfig config;
    private final Map<String, Object> client;
    private final String topicPrefix;
    private final Clock clock;
    private final PipelineInfo pipeline;
    private final ChangeLog changes = new ChangeLog(CHANGES_KEPT);
    private final Views views;
    private TopicFeed feed;
    private DashboardServer server;

    /**
     * @param client      Kafka client settings
     * @param topicPrefix "" in production; tests isolate their topics with a prefix
     * @param pipeline    the configured sources and subscriptions, and the sources' poll health when ingest runs here
     */
    public DashboardService(DashboardConfig config, Map<String, Object> client, String topicPrefix, Clock clock,
                            PipelineInfo pipeline) {
        this.config = config.validate();
        this.pipeline = pipeline;
        this.client = Map.copyOf(client);
        this.topicPrefix = topicPrefix;
        this.clock = clock;
        this.views = new Views(clock, config.horizon(), config.maxStories(), config.maxArticlesPerStory(),
                config.maxClaims(), config.maxAlerts(), changes);
    }

    public DashboardService(DashboardConfig config, Map<String, Object> client, String topicPrefix, Clock clock) {
        this(config, client, topicPrefix, clock, PipelineInfo.none());
    }

    public DashboardService(DashboardConfig config, Map<String, Object> client, PipelineInfo pipeline) {
        this(config, client, "", Clock.systemUTC(), pipeline);
    }

    /** Starts the server first (so that the page answers while the views are rebuilt), then the feed. */
    public synchronized void start() {
        server = new DashboardServer(config, views, changes, pipeline);
        feed = new TopicFeed(client, topicPrefix, views, clock);
        feed.start();
    }

    /** The HTTP port (the configured one, or the one picked when configured as 0). */
    public int port() {
        return server.port();
    }

    public Views views() {
        return views;
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (feed != null) {
            feed.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
