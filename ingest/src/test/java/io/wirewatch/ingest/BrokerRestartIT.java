package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.broker.EmbeddedKafkaBroker;
import io.wirewatch.events.Article;
import io.wirewatch.events.Topics;

/**
 * The broker goes down while ingest publishes a feed that grows by one item per poll, and comes back on the
 * same data and port: ingest holds (the producer retries), every item is published, none twice. A broker of
 * its own, not the shared test broker, since this one is stopped.
 */
class BrokerRestartIT {

    /** The poll (0-based) whose feed is answered only after the broker stopped. */
    private static final int HELD_REQUEST = 3;

    private final LocalHttpServer server = new LocalHttpServer();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void ingestHoldsWhileTheBrokerIsDownAndLosesAndRepeatsNothing() throws Exception {
        CountDownLatch brokerStopped = new CountDownLatch(1);
        server.route("/feed.rss", exchange -> {
            int request = (int) server.requestsTo("/feed.rss") - 1;
            if (request == HELD_REQUEST) {
                // Answered only once the broker is down: this poll publishes its new item into the stopped broker.
                try {
                    brokerStopped.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            LocalHttpServer.respond(exchange, 200, "application/rss+xml", feed(request).getBytes(StandardCharsets.UTF_8));
        });
        int port = freePort();
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), port, Map.of());
        try {
            createTopic(broker.bootstrapServers());
            IngestConfig config = IngestConfig.defaults().withSources(List.of(
                    new SourceConfig("wachsend", server.uri("/feed.rss").toString(), Duration.ofMillis(100), null, null, null)));
            try (IngestService service = new IngestService(config, Map.of("bootstrap.servers", broker.bootstrapServers()),
                    dir.resolve("ingest"))) {
                service.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> server.requestsTo("/feed.rss") > HELD_REQUEST);

                broker.close();
                brokerStopped.countDown();
                broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), port, Map.of());

                long atRestart = server.requestsTo("/feed.rss");
                await().atMost(Duration.ofSeconds(120)).until(() -> server.requestsTo("/feed.rss") >= atRestart + 3);
            }
            long served = server.requestsTo("/feed.rss");

            List<String> published = new ArrayList<>();
            try (KafkaConsumer<String, Article> consumer = consumer(broker.bootstrapServers())) {
                consumer.subscribe(List.of(Topics.ARTICLES.name()));
                // Every item of every poll but the last (which shutdown may interrupt) was published.
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    for (ConsumerRecord<String, Article> record : consumer.poll(Duration.ofMillis(200))) {
                        if (record.value() != null) { // not a progress mark
                            published.add(record.value().url());
                        }
                    }
                    assertThat(published).containsAll(IntStream.rangeClosed(1, (int) served - 1).mapToObj(BrokerRestartIT::url).toList());
                });
                // Anything sent twice would be in the log by now: one more poll catches it.
                consumer.poll(Duration.ofSeconds(1)).forEach(r -> {
                    if (r.value() != null) {
                        published.add(r.value().url());
                    }
                });
            }
            assertThat(published).doesNotHaveDuplicates();
        } finally {
            broker.close();
        }
    }

    /** The feed as served for the n-th request (0-based): items 1 to n + 1, newest first. */
    private static String feed(int request) {
        StringBuilder items = new StringBuilder();
        for (int i = request + 1; i >= 1; i--) {
            items.append("<item><title>Meldung ").append(i).append("</title><link>").append(url(i))
                    .append("</link><description>Der Pegel an der Messstelle ").append(i)
                    .append(" ist in der Nacht deutlich gestiegen.</description></item>");
        }
        return "<rss version=\"2.0\"><channel><title>Pegel</title><link>https://pegel.example/</link>"
                + "<description>d</description>" + items + "</channel></rss>";
    }

    private static String url(int item) {
        return "https://pegel.example/meldung-" + item;
    }

    private static void createTopic(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.ARTICLES.name(), Optional.of(1), Optional.empty()))).all().get();
        }
    }

    private static KafkaConsumer<String, Article> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "broker-restart-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Topics.ARTICLES.keySerde().deserializer(), Topics.ARTICLES.valueSerde().deserializer());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
