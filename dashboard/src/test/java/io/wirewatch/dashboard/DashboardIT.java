package io.wirewatch.dashboard;

import static io.wirewatch.dashboard.view.Fixtures.alert;
import static io.wirewatch.dashboard.view.Fixtures.article;
import static io.wirewatch.dashboard.view.Fixtures.assignment;
import static io.wirewatch.dashboard.view.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.wirewatch.dashboard.pipeline.ChannelInfo;
import io.wirewatch.dashboard.pipeline.PipelineInfo;
import io.wirewatch.dashboard.pipeline.SourceInfo;
import io.wirewatch.dashboard.pipeline.SourcePoll;
import io.wirewatch.dashboard.pipeline.SubscriptionInfo;
import io.wirewatch.events.Delivery;
import io.wirewatch.events.Json;
import io.wirewatch.events.Topics;
import io.wirewatch.testkit.KafkaBrokerExtension;

/** The dashboard service against the real broker: views fed from the topics, the API, SSE, a restart. */
@ExtendWith(KafkaBrokerExtension.class)
class DashboardIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private TestTopics topics;
    private DashboardService service;

    @BeforeEach
    void topics() throws Exception {
        topics = new TestTopics();
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        topics.close();
    }

    private DashboardService start(DashboardConfig config) {
        DashboardService started = new DashboardService(config, TestTopics.client(), topics.prefix, Clock.systemUTC());
        started.start();
        return started;
    }

    private void publishStory() throws Exception {
        Instant now = Instant.now();
        topics.publish(Topics.ARTICLES, "a1", article("a1", "erste", "Nordkorea feuert Raketen", now.minusSeconds(600)));
        topics.publish(Topics.ASSIGNMENTS, "a1", assignment("a1", "s1", null));
        topics.publish(Topics.ARTICLES, "a2", article("a2", "zweite", "Nordkorea feuert Raketen (Kopie)", now));
        topics.publish(Topics.ASSIGNMENTS, "a2", assignment("a2", "s1", "a1"));
        topics.publish(Topics.CLAIMS, "c1", claim("c1", "s1", "a1", "Mark Brenner", List.of("nordkorea")));
        topics.publish(Topics.ALERTS, "x1", alert("x1", "lagezentrum", "s1", List.of("nordkorea")));
        topics.publish(Topics.DELIVERIES, "x1", new Delivery(Delivery.SCHEMA_VERSION, "x1", "lagezentrum", "s1",
                "webhook https://hooks.example.org", Delivery.DELIVERED, 1, 120, 200, null, null, Instant.now()));
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return Json.mapper().readTree(response.body());
    }

    @Test
    void servesTheViewsBuiltFromTheTopicsAndRebuildsThemOnRestart() throws Exception {
        service = start(DashboardConfig.defaults().withAddress("127.0.0.1", 0));
        publishStory();
        topics.publishRaw(Topics.CLAIMS, "bad".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8));

        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
                assertThat(json("/api/stories/s1").at("/articles")).hasSize(2));
        JsonNode detail = json("/api/stories/s1");
        assertThat(detail.at("/story/headline").asText()).isEqualTo("Nordkorea feuert Raketen");
        assertThat(detail.at("/story/outlets").asInt()).isEqualTo(2);
        assertThat(detail.at("/articles/1/copy").asBoolean()).isTrue();
        assertThat(detail.at("/articles/1/delaySeconds").asLong()).isBetween(599L, 601L);
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
                assertThat(json("/api/stories/s1").at("/alerts")).hasSize(1));
        assertThat(json("/api/stories/s1").at("/claims/0/claim/speaker").asText()).isEqualTo("Mark Brenner");

        assertThat(json("/api/stories?rule=nordkorea").at("/total").asInt()).isEqualTo(1);
        assertThat(get("/api/stories").headers().firstValue("Wirewatch-Event-Id")).as("the newest event the list includes")
                .hasValueSatisfying(id -> assertThat(Long.parseLong(id)).isGreaterThanOrEqualTo(4));
        assertThat(json("/api/stories?source=nirgendwo").at("/total").asInt()).isZero();
        assertThat(json("/api/claims?speaker=mark%20brenner").at("/items/0/sourceId").asText()).isEqualTo("erste");
        assertThat(json("/api/alerts?subscription=lagezentrum").at("/total").asInt()).isEqualTo(1);
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(
                json("/api/alerts?subscription=lagezentrum").at("/items/0/deliveries/0/outcome").asText())
                .as("the delivery log reaches the alert").isEqualTo(Delivery.DELIVERED));
        assertThat(json("/api/sources").at("/items")).extracting(n -> n.get("id").asText()).containsExactly("erste", "zweite");
        assertThat(get("/api/stories/nope").statusCode()).isEqualTo(404);
        HttpResponse<String> bad = get("/api/stories?since=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(bad.body()).get("error").asText()).contains("since");
        await().atMost(30, TimeUnit.SECONDS).until(() -> service.views().claims(io.wirewatch.dashboard.view.Query.all()).total() == 1);

        service.close();
        service = start(DashboardConfig.defaults().withAddress("127.0.0.1", 0));
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> {
            JsonNode rebuilt = json("/api/stories/s1");
            assertThat(rebuilt.at("/articles")).hasSize(2);
            assertThat(rebuilt.at("/claims")).hasSize(1);
            assertThat(rebuilt.at("/alerts")).hasSize(1);
        });
    }

    @Test
    void sourcesJoinTheTopicsTheConfigurationAndThePollHealthAndSubscriptionsAreListed() throws Exception {
        Instant polled = Instant.now().minusSeconds(30);
        SourcePoll failing = new SourcePoll(SourcePoll.FAILING, polled, polled.minusSeconds(600), 3,
                "HTTP 503 <b>busy</b>", 503, 120L, polled.plusSeconds(480), 480);
        PipelineInfo pipeline = new PipelineInfo(
                List.of(new SourceInfo("erste", Duration.ofMinutes(5), "de"), new SourceInfo("stumm", Duration.ofSeconds(30), null)),
                List.of(new SubscriptionInfo("lagezentrum", List.of("nordkorea"), List.of(new ChannelInfo("webhook", "https://hooks.example.org")),
                        List.of("de"), List.of(), List.of(), 2, "immediate", null, "UTC", null)),
                Optional.of(() -> Map.of("erste", failing)));
        service = new DashboardService(DashboardConfig.defaults().withAddress("127.0.0.1", 0), TestTopics.client(), topics.prefix,
                Clock.systemUTC(), pipeline);
        service.start();
        publishStory();

        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() ->
                assertThat(json("/api/sources").at("/items")).extracting(n -> n.get("id").asText()).containsExactly("erste", "stumm", "zweite"));
        JsonNode sources = json("/api/sources");
        assertThat(sources.at("/pollHealth").asBoolean()).isTrue();
        assertThat(sources.at("/items/0/articles").asInt()).isEqualTo(1);
        assertThat(sources.at("/items/0/intervalSeconds").asLong()).isEqualTo(300);
        assertThat(sources.at("/items/0/poll/status").asText()).isEqualTo("failing");
        assertThat(sources.at("/items/0/poll/backoffSeconds").asLong()).isEqualTo(480);
        assertThat(sources.at("/items/0/poll/lastError").asText()).isEqualTo("HTTP 503 <b>busy</b>");
        assertThat(sources.at("/items/1/configured").asBoolean()).as("configured, no article yet").isTrue();
        assertThat(sources.at("/items/1/articles").asInt()).isZero();
        assertThat(sources.at("/items/2/configured").asBoolean()).as("seen on the topics only").isFalse();
        assertThat(sources.at("/items/2/poll").isNull()).isTrue();

        JsonNode subscriptions = json("/api/subscriptions");
        assertThat(subscriptions.at("/items/0/id").asText()).isEqualTo("lagezentrum");
        assertThat(subscriptions.at("/items/0/channels/0/target").asText()).isEqualTo("https://hooks.example.org");
        assertThat(subscriptions.at("/items/0/minOutlets").asInt()).isEqualTo(2);
    }

    @Test
    void theApiIsReadOnlyAndSendsSecurityHeaders() throws Exception {
        service = start(DashboardConfig.defaults().withAddress("127.0.0.1", 0));
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("/assets/app.js").headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(get("/assets/..%2Fweb%2Findex.html").statusCode()).isEqualTo(404);

        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/api/stories"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isIn(404, 405);
    }

    @Test
    void anAddressBeyondLoopbackNeedsTheToken() throws Exception {
        service = start(DashboardConfig.defaults().withAddress("0.0.0.0", 0).withToken("s3cret-token"));
        assertThat(get("/api/stories").statusCode()).isEqualTo(401);
        assertThat(get("/api/stories", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(get("/api/events", "Authorization", "Bearer s3cret-tok").statusCode()).isEqualTo(401);
        assertThat(get("/api/stories", "Authorization", "Bearer s3cret-token").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).as("the page carries no data").isEqualTo(200);
    }

    @Test
    void serverSentEventsResumeAfterTheLastEventId() throws Exception {
        service = start(DashboardConfig.defaults().withAddress("127.0.0.1", 0));
        publishStory();
        await().atMost(30, TimeUnit.SECONDS).until(() -> service.views().alerts(io.wirewatch.dashboard.view.Query.all()).total() == 1);

        List<String[]> all = readEvents("0");
        String[] ready = all.get(all.size() - 1);
        assertThat(ready[1]).isEqualTo("ready");
        long last = Long.parseLong(ready[0]);
        assertThat(last).as("two article placements, a claim with its story, an alert").isGreaterThanOrEqualTo(5);
        assertThat(all.subList(0, all.size() - 1)).extracting(e -> Long.parseLong(e[0]))
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, last).boxed().toList());
        assertThat(all).extracting(e -> e[1]).contains("story", "claim", "alert");

        List<String[]> resumed = readEvents(Long.toString(last - 1));
        assertThat(resumed).extracting(e -> e[0]).containsExactly(Long.toString(last), Long.toString(last));
        assertThat(resumed).extracting(e -> e[1]).endsWith("ready");

        assertThat(readEvents("999999")).extracting(e -> e[1]).containsExactly("reset");
    }

    /** Reads the events (id, type, data) from /api/events with the given Last-Event-ID, up to "ready" or "reset". */
    private List<String[]> readEvents(String lastEventId) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> readEventsUntilReady(lastEventId));
    }

    private List<String[]> readEventsUntilReady(String lastEventId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/api/events"))
                .header("Last-Event-ID", lastEventId).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<String[]> events = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String type = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new String[] {id, type, data.toString()});
                        if ("ready".equals(type) || "reset".equals(type)) {
                            break;
                        }
                    }
                    id = null;
                    type = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        }
        return events;
    }
}
