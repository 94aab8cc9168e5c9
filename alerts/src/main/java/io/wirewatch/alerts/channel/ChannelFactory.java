package io.wirewatch.alerts.channel;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import io.wirewatch.alerts.ChannelConfig;

/** Builds channels from configuration. Webhook and Slack channels share one HTTP client. */
public final class ChannelFactory {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final PrintStream console;
    private final HttpClient http;
    private final Clock clock;

    /**
     * @param console where console channels print
     * @param http    client for webhook channels
     * @param clock   source of webhook signature timestamps
     */
    public ChannelFactory(PrintStream console, HttpClient http, Clock clock) {
        this.console = Objects.requireNonNull(console, "console");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Console channels print to {@code console}; webhooks use a new HTTP client and the system clock. */
    public ChannelFactory(PrintStream console) {
        this(console, HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build(), Clock.systemUTC());
    }

    /**
     * The channel for this configuration.
     *
     * @throws IllegalArgumentException for a type this version does not know (validate the config first)
     */
    public Channel create(ChannelConfig config) {
        return switch (config.type()) {
            case ChannelConfig.CONSOLE -> new ConsoleChannel(console);
            case ChannelConfig.WEBHOOK -> new WebhookChannel(config, http, clock);
            case ChannelConfig.SLACK -> new SlackChannel(config, http);
            case ChannelConfig.EMAIL -> new EmailChannel(config);
            default -> throw new IllegalArgumentException("unknown channel type '" + config.type() + "'");
        };
    }
}
