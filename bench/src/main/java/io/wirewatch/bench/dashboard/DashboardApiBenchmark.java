package io.wirewatch.bench.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.wirewatch.dashboard.DashboardConfig;
import io.wirewatch.dashboard.view.ChangeLog;
import io.wirewatch.dashboard.view.Views;
import io.wirewatch.dashboard.web.DashboardServer;

/**
 * {@code GET /api/stories} over HTTP against the real server with a full view (100,000 stories, three
 * articles each by default): latency distribution (p99 in JMH's sample-time output).
 * {@code query}: {@code newest} (first page, no filter), {@code rule} (a rule one story in 200 has),
 * {@code source} (an outlet, page 20), {@code since} (last hour).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar DashboardApiBenchmark -f 1 -wi 2 -i 3 -w 5s -r 10s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DashboardApiBenchmark {

    private static final Map<String, String> QUERIES = Map.of(
            "newest", "/api/stories?limit=50",
            "rule", "/api/stories?rule=rule-7&limit=50",
            "source", "/api/stories?source=outlet-5&offset=1000&limit=50",
            "since", "/api/stories?limit=50&since=");

    @Param({"100000"})
    int stories;

    @Param({"3"})
    int articlesPerStory;

    @Param({"newest", "rule", "source", "since"})
    String query;

    private DashboardServer server;
    private HttpClient client;
    private HttpRequest request;

    @Setup(Level.Trial)
    public void setUp() {
        Clock clock = Clock.systemUTC();
        Views views = ViewFiller.empty(clock, stories);
        ViewFiller.fill(views, clock, stories, articlesPerStory, true);
        server = new DashboardServer(DashboardConfig.defaults().withAddress("127.0.0.1", 0), views, new ChangeLog(16));
        client = HttpClient.newHttpClient();
        String path = QUERIES.get(query);
        if (query.equals("since")) {
            path += clock.instant().minusSeconds(3600);
        }
        request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        server.close();
    }

    @Benchmark
    public String stories() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return response.body();
    }
}
