package io.wirewatch.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.broker.EmbeddedKafkaBroker;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Json;
import io.wirewatch.events.Topics;

/**
 * {@code wirewatch run --only alerts} killed with SIGKILL while a webhook call is in flight, then started
 * again on the same data: every story reaches the desk, none under a second alert id, and the alert whose
 * call was cut off is delivered again with the same {@code X-Wirewatch-Delivery} id (at least once, as
 * documented). A broker of its own; the session timeout at the broker's minimum, so that the restarted
 * service gets its partitions at once (see {@link ProcessorKillIT}).
 */
class AlertsKillIT {

    private static final int BATCH = 5;
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path workDir;

    /** A webhook call as the desk's server saw it (whether or not its answer got back). */
    record Call(String deliveryId, String storyId) {
    }

    @Test
    void alertsKilledDuringAWebhookCallLoseNoAlertAndRedeliverItUnderTheSameId() throws Exception {
        List<Call> calls = new CopyOnWriteArrayList<>();
        AtomicReference<Call> held = new AtomicReference<>();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.setExecutor(Executors.newFixedThreadPool(4));
        webhook.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                Alert alert = Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Alert.class);
                Call call = new Call(exchange.getRequestHeaders().getFirst("X-Wirewatch-Delivery"), alert.storyId());
                calls.add(call);
                if (calls.size() == BATCH + 1 && held.compareAndSet(null, call)) { // the first call of the second batch
                    holding.countDown();
                    killed.await(WITHIN.toSeconds(), TimeUnit.SECONDS); // the sender dies before it gets an answer
                }
                exchange.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the connection of the killed sender: nothing to answer
            } finally {
                exchange.close();
            }
        });
        webhook.start();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(workDir.resolve("broker"), WirewatchJar.freePort(), Map.of())) {
            Path config = workDir.resolve("alerts.yaml");
            Files.writeString(config, """
                    kafka:
                      bootstrap: %s
                      partitions: 2
                      replicationFactor: 1
                      client:
                        session.timeout.ms: '6000'
                        heartbeat.interval.ms: '1000'
                    data: '%s'
                    rules:
                      - id: pegel
                        query: 'pegel*'
                    subscriptions:
                      - id: desk
                        rules: [pegel]
                        channels:
                          - type: webhook
                            url: http://127.0.0.1:%d/hook
                            secret: nachtdienst
                    alerts:
                      retryBackoff: 100ms
                      groupWait: 0s
                    """.formatted(broker.bootstrapServers(), workDir.resolve("data"), webhook.getAddress().getPort()));

            Process first = start(config, "first");
            try {
                produce(broker.bootstrapServers(), 0, BATCH);
                awaitStories(calls, BATCH, first, "first");
                produce(broker.bootstrapServers(), BATCH, 2 * BATCH);
                await().atMost(WITHIN).until(() -> holding.getCount() == 0 || !first.isAlive());
            } finally {
                first.destroyForcibly(); // SIGKILL, a webhook call in flight
            }
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(held.get()).as("a call was in flight at the kill; log: %s", log("first")).isNotNull();
            killed.countDown();

            Process second = start(config, "second");
            try {
                awaitStories(calls, 2 * BATCH, second, "second");
                await().atMost(WITHIN).until(() -> calls.stream().filter(held.get()::equals).count() == 2);
            } finally {
                second.destroy();
                assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            webhook.stop(0);
        }
        // One alert id per story; an alert called twice at most, the one cut off among them.
        assertThat(calls.stream().map(Call::storyId).distinct()).hasSize(2 * BATCH);
        assertThat(calls.stream().distinct().map(Call::storyId)).doesNotHaveDuplicates();
        assertThat(calls.stream().distinct()).allSatisfy(call ->
                assertThat(calls.stream().filter(call::equals).count()).as("calls of %s", call).isBetween(1L, 2L));
        assertThat(calls.stream().filter(held.get()::equals)).hasSize(2);
    }

    private Process start(Path config, String name) throws IOException {
        return WirewatchJar.runOnly(workDir.resolve(name), "alerts", config, log(name));
    }

    private static void awaitStories(List<Call> calls, int stories, Process process, String name) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(process.isAlive()).as("the %s alerts service is up; its log: %s", name, log(name)).isTrue();
            assertThat(calls.stream().map(Call::storyId).distinct().count()).isGreaterThanOrEqualTo(stories);
        });
    }

    /** Claims from..to-1, each of a story of its own, matching rule {@code pegel}. */
    private static void produce(String bootstrap, int from, int to) {
        try (KafkaProducer<String, Claim> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                Topics.CLAIMS.keySerde().serializer(), Topics.CLAIMS.valueSerde().serializer())) {
            for (int i = from; i < to; i++) {
                String text = "Der Pegel an der Messstelle " + i + " steige weiter, sagte ein Sprecher des Landesamts.";
                Claim claim = new Claim(Claim.SCHEMA_VERSION, "c-" + i, "a-" + i, List.of("a-" + i), "story-" + i, text,
                        "ein Sprecher des Landesamts", "sagte", false, false, List.of("pegel"), 0, text.length(), List.of(), "de");
                producer.send(new ProducerRecord<>(Topics.CLAIMS.name(), claim.id(), claim));
            }
            producer.flush();
        }
    }

    /** In the build output, so that it outlives the test for a look after a failure. */
    private static Path log(String name) {
        return Path.of("target", "AlertsKillIT-" + name + ".log").toAbsolutePath();
    }
}
