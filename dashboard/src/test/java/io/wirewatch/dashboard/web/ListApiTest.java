package io.wirewatch.dashboard.web;

import static io.wirewatch.dashboard.view.Fixtures.T0;
import static io.wirewatch.dashboard.view.Fixtures.alert;
import static io.wirewatch.dashboard.view.Fixtures.article;
import static io.wirewatch.dashboard.view.Fixtures.assignment;
import static io.wirewatch.dashboard.view.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.wirewatch.dashboard.DashboardConfig;
import io.wirewatch.dashboard.pipeline.PipelineInfo;
import io.wirewatch.dashboard.pipeline.SourceInfo;
import io.wirewatch.dashboard.view.ChangeLog;
import io.wirewatch.dashboard.view.Views;
import io.wirewatch.events.Json;
import io.wirewatch.testkit.SettableClock;

/**
 * The list endpoints over real HTTP, on views fed directly (what the API answers does not depend on
 * Kafka; {@code DashboardIT} covers the feed): the alerts' filters, the sources' pages and bad requests.
 */
class ListApiTest {

    /** Configured sources beside the two the topics show: enough for several pages. */
    private static final List<String> CONFIGURED = IntStream.range(0, 7).mapToObj(i -> "quelle-" + i).toList();

    private final HttpClient http = HttpClient.newHttpClient();
    private final ChangeLog changes = new ChangeLog(100);
    private final Views views = new Views(new SettableClock(T0.plus(Duration.ofHours(1))), Duration.ofDays(7), 100, 100, 100, 100,
            changes);
    private final DashboardServer server = new DashboardServer(DashboardConfig.defaults().withAddress("127.0.0.1", 0), views, changes,
            new PipelineInfo(CONFIGURED.stream().map(id -> new SourceInfo(id, Duration.ofMinutes(5), "de")).toList(), List.of(),
                    Optional.empty()));

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    @Test
    void alertsAreFilteredBySourceAndLanguageOfTheirClaimCombinedWithTheOtherFilters() throws Exception {
        views.onArticle(article("a1", "erste", "Nordkorea feuert Raketen", T0), T0.toEpochMilli());
        views.onAssignment(assignment("a1", "s1", null), T0.toEpochMilli());
        views.onClaim(claim("c1", "s1", "a1", "Mark Brenner", List.of("nordkorea")), T0.toEpochMilli());
        views.onAlert(alert("x1", "lagezentrum", "s1", List.of("nordkorea")), T0.plusSeconds(1).toEpochMilli());
        views.onAlert(alert("x2", "lagezentrum", "s2", "c2", "a2", "zweite", "en"), T0.plusSeconds(2).toEpochMilli());
        views.onAlert(alert("x3", "auslandsdesk", "s2", "c2", "a2", "zweite", "en"), T0.plusSeconds(3).toEpochMilli());

        assertThat(alertIds("")).containsExactly("x3", "x2", "x1");
        assertThat(alertIds("?source=zweite")).containsExactly("x3", "x2");
        assertThat(alertIds("?source=zweite&subscription=lagezentrum")).containsExactly("x2");
        assertThat(alertIds("?language=de")).containsExactly("x1");
        assertThat(alertIds("?language=de&source=zweite")).isEmpty();
        assertThat(alertIds("?source=erste&language=de&subscription=lagezentrum&rule=nordkorea")).containsExactly("x1");
        assertThat(alertIds("?source=erste&rule=r")).isEmpty();
        assertThat(alertIds("?language=en&limit=1&offset=1")).containsExactly("x2");
        assertThat(alertIds("?source=+zweite+&language=")).as("trimmed; blank is no filter, as for claims").containsExactly("x3", "x2");
        JsonNode first = json("/api/alerts?source=erste");
        assertThat(first.at("/items/0/sourceId").asText()).isEqualTo("erste");
        assertThat(first.at("/items/0/language").asText()).isEqualTo("de");
        assertThat(json("/api/claims?source=erste&language=de").at("/items/0/claim/id").asText())
                .as("the alert's claim under the same filters").isEqualTo("c1");
    }

    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/alerts  | limit=0           | limit
            /api/alerts  | limit=501         | limit
            /api/alerts  | offset=-1         | offset
            /api/alerts  | limit=ten         | limit
            /api/alerts  | source=erste&since=yesterday | since
            /api/alerts  | language=de&until=2026-13-01 | until
            /api/claims  | since=yesterday   | since
            /api/claims  | limit=0           | limit
            /api/sources | limit=0           | limit
            /api/sources | limit=501         | limit
            /api/sources | offset=-1         | offset
            /api/sources | offset=zwei       | offset
            /api/alerts  | speaker=Brenner   | speaker
            /api/alerts  | sorce=erste       | sorce
            /api/claims  | subscription=desk | subscription
            /api/stories | speaker=Brenner   | speaker
            /api/sources | source=erste      | source
            """)
    void aBadParameterIsA400ThatNamesIt(String path, String query, String parameter) throws Exception {
        HttpResponse<String> response = get(path + "?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode error = Json.mapper().readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).startsWith(parameter + ": ");
    }

    @Test
    void sourcesArePagedByIdLikeEveryListAndThePagesAddUpToAll() throws Exception {
        views.onArticle(article("a1", "erste", "T", T0), T0.toEpochMilli());
        views.onArticle(article("a2", "zweite", "T", T0), T0.toEpochMilli());
        List<String> all = Stream.concat(CONFIGURED.stream(), Stream.of("erste", "zweite")).sorted().toList();

        JsonNode whole = json("/api/sources");
        assertThat(whole.get("offset").asInt()).isZero();
        assertThat(whole.get("limit").asInt()).as("the default page").isEqualTo(50);
        assertThat(whole.get("total").asInt()).isEqualTo(9);
        assertThat(whole.get("pollHealth").asBoolean()).isFalse();
        assertThat(ids(whole)).containsExactlyElementsOf(all);

        List<String> walked = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        JsonNode page;
        do {
            page = json("/api/sources?limit=4&offset=" + walked.size());
            assertThat(page.get("total").asInt()).isEqualTo(9);
            assertThat(page.get("limit").asInt()).isEqualTo(4);
            assertThat(page.has("pollHealth")).as("beside every page").isTrue();
            sizes.add(page.get("items").size());
            walked.addAll(ids(page));
        } while (page.get("offset").asInt() + page.get("items").size() < page.get("total").asInt());
        assertThat(sizes).as("full pages, then the last one, which ends at total").containsExactly(4, 4, 1);
        assertThat(walked).as("every source once, in order").containsExactlyElementsOf(all);
        assertThat(ids(json("/api/sources?limit=4&offset=4"))).as("stable: the same page again")
                .containsExactlyElementsOf(all.subList(4, 8));
        JsonNode beyond = json("/api/sources?limit=4&offset=9");
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("total").asInt()).isEqualTo(9);
    }

    private List<String> alertIds(String query) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        json("/api/alerts" + query).get("items").forEach(item -> ids.add(item.at("/alert/id").asText()));
        return ids;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
