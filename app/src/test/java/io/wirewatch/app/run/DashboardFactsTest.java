package io.wirewatch.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.wirewatch.app.config.ConfigLoader;
import io.wirewatch.app.config.OpsSettings;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.ops.Operations;
import io.wirewatch.dashboard.pipeline.PipelineInfo;
import io.wirewatch.dashboard.pipeline.RemoteSourceHealth;
import io.wirewatch.dashboard.pipeline.SourceHealthUnavailableException;
import io.wirewatch.dashboard.pipeline.SourcePoll;
import io.wirewatch.events.Json;
import io.wirewatch.ingest.SourceHealth;
import io.wirewatch.testkit.SettableClock;

/** What run tells the dashboard: the configuration without any secret, and the sources' poll health. */
class DashboardFactsTest {

    private static final String CONFIG = """
            sources:
              - id: dw
                url: https://rss.dw.example/rdf/rss-de-all?apikey=src-key-1
                interval: 5m
                language: de
                headers:
                  Authorization: "Bearer source-header-secret"
            rules:
              - id: nk-arms
                query: 'nordkorea* AND rakete*'
            subscriptions:
              - id: foreign-desk
                rules: [nk-arms]
                languages: [de]
                quietHours: {from: "22:00", to: "06:30"}
                channels:
                  - type: webhook
                    url: https://hooks.example.org/wirewatch?token=query-secret
                    secret: webhook-signing-secret
                    headers:
                      X-Api-Key: header-value-secret
                  - type: slack
                    url: https://hooks.slack.example/services/T000/B000/slack-path-secret
                  - type: email
                    to: [desk@example.org]
                    from: wirewatch@example.org
                    smtpHost: smtp.example.org
                    username: mailer
                    password: smtp-password-secret
                  - type: console
            """;

    @Test
    void subscriptionsAndSourcesAreShownWithoutAnySecret() {
        WirewatchConfig config = ConfigLoader.parse(CONFIG, "test.yaml", Map.of());

        PipelineInfo info = DashboardFacts.of(config, Optional.empty());

        String json = Json.write(Map.of("sources", info.sources(), "subscriptions", info.subscriptions()));
        assertThat(json).doesNotContain("src-key-1", "source-header-secret", "query-secret", "webhook-signing-secret",
                "header-value-secret", "X-Api-Key", "slack-path-secret", "smtp-password-secret", "rss.dw.example");
        assertThat(info.sources()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("dw");
            assertThat(s.interval()).isEqualTo(Duration.ofMinutes(5));
            assertThat(s.language()).isEqualTo("de");
        });
        assertThat(info.subscriptions()).singleElement().satisfies(s -> {
            assertThat(s.rules()).containsExactly("nk-arms");
            assertThat(s.languages()).containsExactly("de");
            assertThat(s.quietHours()).isEqualTo("22:00–06:30");
            assertThat(s.channels()).extracting(c -> c.type() + " " + c.target()).containsExactly(
                    "webhook https://hooks.example.org", "slack https://hooks.slack.example",
                    "email desk@example.org via smtp.example.org:587", "console standard output");
        });
        assertThat(info.health()).isEmpty();
    }

    @Test
    void pollHealthSaysPendingOkFailingOrPausedWithTheBackOff() {
        Instant at = Instant.parse("2024-03-12T07:00:00Z");
        SourceHealth pending = new SourceHealth(null, null, 0, false, null, 0, null, at);
        SourceHealth ok = new SourceHealth(at, at, 0, false, null, 0, null, at.plusSeconds(300));
        SourceHealth failing = new SourceHealth(at.minusSeconds(900), at, 2, false, "HTTP 503", 503, Duration.ofSeconds(120),
                at.plusSeconds(1200));
        SourceHealth paused = new SourceHealth(null, at, 6, true, "connection refused", 0, null, at.plusSeconds(3600));

        Map<String, SourcePoll> polls = DashboardFacts.polls(Map.of("a", pending, "b", ok, "c", failing, "d", paused));

        assertThat(polls.get("a").status()).isEqualTo(SourcePoll.PENDING);
        assertThat(polls.get("b").status()).isEqualTo(SourcePoll.OK);
        assertThat(polls.get("b").backoffSeconds()).isZero();
        assertThat(polls.get("c")).satisfies(p -> {
            assertThat(p.status()).isEqualTo(SourcePoll.FAILING);
            assertThat(p.backoffSeconds()).isEqualTo(1200);
            assertThat(p.lastHttpStatus()).isEqualTo(503);
            assertThat(p.retryAfterSeconds()).isEqualTo(120);
            assertThat(p.lastSuccess()).isEqualTo(at.minusSeconds(900));
        });
        assertThat(polls.get("d").status()).isEqualTo(SourcePoll.PAUSED);
        assertThat(polls.get("d").lastError()).isEqualTo("connection refused");
    }

    @Test
    void healthIsAskedForWhenTheDashboardIsAskedNotWhenItStarts() {
        WirewatchConfig config = ConfigLoader.parse(CONFIG, "test.yaml", Map.of());
        Instant at = Instant.parse("2024-03-12T07:00:00Z");
        Map<String, SourceHealth> live = new java.util.HashMap<>();

        PipelineInfo info = DashboardFacts.of(config, Optional.of(() -> DashboardFacts.polls(Map.copyOf(live))));
        live.put("dw", new SourceHealth(at, at, 0, false, null, 0, null, at.plusSeconds(300)));

        assertThat(info.health()).hasValueSatisfying(h -> assertThat(h.get().get("dw").status()).isEqualTo(SourcePoll.OK));
    }

    @Test
    void aDashboardInAnotherProcessReadsThePollHealthFromIngestsOpsPort() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Instant at = Instant.parse("2024-03-12T07:00:00Z");
        Map<String, SourceHealth> health = Map.of(
                "dw", new SourceHealth(at.minusSeconds(900), at, 2, false, "HTTP 503", 503, Duration.ofSeconds(120), at.plusSeconds(1200)),
                "tagesschau", new SourceHealth(at, at, 0, false, null, 0, null, at.plusSeconds(300)));
        SettableClock clock = new SettableClock(at);
        try (Operations ops = Operations.start(new OpsSettings(0, "127.0.0.1"), Map.of("bootstrap.servers", "127.0.0.1:" + closed))) {
            RemoteSourceHealth remote = new RemoteSourceHealth(URI.create("http://127.0.0.1:" + ops.port() + "/health/sources"), clock);

            assertThatThrownBy(remote::get).isInstanceOf(SourceHealthUnavailableException.class).hasMessageContaining("HTTP 404");

            ops.sources(() -> DashboardFacts.polls(health));
            assertThatThrownBy(remote::get).as("a failure is kept for a few seconds").hasMessageContaining("HTTP 404");
            clock.advance(Duration.ofSeconds(6));
            assertThat(remote.get()).isEqualTo(DashboardFacts.polls(health));
        }
        clock.advance(Duration.ofSeconds(6));
        RemoteSourceHealth gone = new RemoteSourceHealth(URI.create("http://127.0.0.1:" + closed + "/health/sources"), clock);
        assertThatThrownBy(gone::get).isInstanceOf(SourceHealthUnavailableException.class).hasMessageContaining("did not answer");
    }
}
