package io.wirewatch.processor;

import static io.wirewatch.processor.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.DeadLetter;
import io.wirewatch.events.Rule;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.attribution.RuleDeadLetters;
import io.wirewatch.testkit.KafkaBrokerExtension;

/**
 * Bad records on the rules topic (random bytes, a rule without key, a key that is not UTF-8, a query that
 * does not parse, a key that is not the rule's id) are dead-lettered with the reason while the processor
 * goes on: a good rule written after them applies, claims flow, and a restart restores the rules store
 * without failing on them and without dead-lettering them again.
 */
@ExtendWith(KafkaBrokerExtension.class)
class RulesTopicFaultIT {

    private static final Instant T0 = Instant.parse("2026-03-04T08:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void badRulesAreDeadLetteredAndTheProcessorGoesOnAcrossARestart() throws Exception {
        String topics = KafkaBrokerExtension.unique("rules-fault") + ".";
        BrokerTopics.create(topics, 1);
        String prefix = KafkaBrokerExtension.unique("rf");
        String ruleId = prefix + "-angebot";
        ProcessorConfig config = ProcessorConfig.defaults().withApplicationId(prefix + "-app");

        try (ProcessorService service = new ProcessorService(config, kafka(), stateDir, topics, Reordering.SERVICE)) {
            service.start();
            awaitRunning(service);
            byte[] garbage = new byte[300];
            new Random(10).nextBytes(garbage);
            rules(List.of(
                    record(utf8(prefix + "-garbage"), garbage),
                    record(null, json(Rule.of(prefix + "-nokey", "angebot"))),
                    record(new byte[] {(byte) 0xC3, (byte) 0x28, 'x'}, garbage),
                    record(utf8(prefix + "-badquery"), json(Rule.of(prefix + "-badquery", "nordkorea AND ((("))),
                    record(utf8(prefix + "-otherid"), json(Rule.of(prefix + "-notthekey", "angebot"))),
                    record(utf8(prefix + "-empty"), new byte[0]),
                    record(utf8(ruleId), json(Rule.of(ruleId, "angebot"))),
                    // the marker: once it is dead-lettered, every record before it was processed
                    record(utf8(prefix + "-marker"), utf8("{"))));

            List<ConsumerRecord<byte[], byte[]>> letters = awaitDeadLetters(prefix, 7);
            assertThat(letters).allSatisfy(letter -> {
                assertThat(header(letter, DeadLetter.STAGE)).isEqualTo(RuleDeadLetters.STAGE_NAME);
                assertThat(header(letter, DeadLetter.SOURCE_TOPIC)).isEqualTo(Topics.RULES.name());
            });
            assertThat(letters).extracting(letter -> header(letter, DeadLetter.REASON))
                    .anySatisfy(reason -> assertThat(reason).contains("has no key"))
                    .anySatisfy(reason -> assertThat(reason).contains("not UTF-8"))
                    .anySatisfy(reason -> assertThat(reason).contains("rule '" + prefix + "-badquery'", "Cannot parse"))
                    .anySatisfy(reason -> assertThat(reason).contains("is not the rule's id"))
                    .anySatisfy(reason -> assertThat(reason).startsWith("value is not a rule"));
            assertThat(letters).filteredOn(letter -> letter.key() != null
                    && new String(letter.key(), StandardCharsets.UTF_8).equals(prefix + "-garbage"))
                    .singleElement().satisfies(letter -> assertThat(letter.value()).isEqualTo(garbage));

            articles(topics, article("bahn-original", prefix + "-a1", "wwa", T0));
            awaitFlaggedClaim(topics, ruleId, prefix + "-a1");
            assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(service.failure().healthy()).isTrue();
        }

        try (ProcessorService restarted = new ProcessorService(config, kafka(), stateDir, topics, Reordering.SERVICE)) {
            restarted.start();
            awaitRunning(restarted);
            articles(topics, article("regierung-kita", prefix + "-a2", "wwa", T0.plusSeconds(60)),
                    Fixtures.article(prefix + "-a3", 1, "zuercher", "Tarifstreit",
                            "\"Das Angebot der Arbeitgeber ist eine Provokation\", sagte die Verhandlungsführerin Petra Olbrich am Freitag.",
                            T0.plusSeconds(120)));
            awaitFlaggedClaim(topics, ruleId, prefix + "-a3");
            assertThat(restarted.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(readDeadLetters(prefix)).as("restoring the rules store dead-letters nothing again").hasSize(7);
        } finally {
            rules(List.of(record(utf8(ruleId), null)));
        }
    }

    private static Map<String, Object> kafka() {
        return Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                StreamsConfig.REPLICATION_FACTOR_CONFIG, 1,
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    }

    private static void awaitRunning(ProcessorService service) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> service.state() == KafkaStreams.State.RUNNING);
    }

    private static ProducerRecord<byte[], byte[]> record(byte[] key, byte[] value) {
        return new ProducerRecord<>(Topics.RULES.name(), key, value);
    }

    private static void rules(List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> record : records) {
                producer.send(record).get();
            }
        }
    }

    private static void articles(String topics, Article... articles) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES.withPrefix(topics).name(), null, article.eventTime().toEpochMilli(), utf8(article.id()),
                        Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.withPrefix(topics).name(), article))).get();
            }
        }
    }

    /** Dead letters of the rules stage whose key starts with the prefix, or that have no key or a non-UTF-8 one. */
    private static List<ConsumerRecord<byte[], byte[]>> readDeadLetters(String prefix) {
        List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.DEAD_LETTERS.name()));
            // Read to the end: an empty poll after records came means nothing more is there.
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                var batch = consumer.poll(Duration.ofMillis(500));
                batch.forEach(r -> {
                    if (mine(r, prefix)) {
                        letters.add(r);
                    }
                });
                return batch.isEmpty() && !consumer.assignment().isEmpty();
            });
        }
        return letters;
    }

    private static List<ConsumerRecord<byte[], byte[]>> awaitDeadLetters(String prefix, int expected) {
        List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(Topics.DEAD_LETTERS.name()));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (mine(r, prefix)) {
                        letters.add(r);
                    }
                });
                assertThat(letters).hasSizeGreaterThanOrEqualTo(expected);
            });
        }
        assertThat(letters).hasSize(expected);
        return letters;
    }

    /** The letters of this test: keyed with its prefix, or keyless / non-UTF-8 ones whose value names the prefix or is the bad key's. */
    private static boolean mine(ConsumerRecord<byte[], byte[]> letter, String prefix) {
        if (!RuleDeadLetters.STAGE_NAME.equals(header(letter, DeadLetter.STAGE))) {
            return false;
        }
        if (letter.key() == null) {
            return letter.value() != null && new String(letter.value(), StandardCharsets.UTF_8).contains(prefix);
        }
        String key = new String(letter.key(), StandardCharsets.UTF_8);
        return key.startsWith(prefix) || letter.key().length == 3 && letter.key()[0] == (byte) 0xC3;
    }

    private static void awaitFlaggedClaim(String topics, String ruleId, String articleId) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, KafkaBrokerExtension.unique("rules-fault-claims"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Claim> claims = new ArrayList<>();
        try (KafkaConsumer<String, Claim> consumer = new KafkaConsumer<>(props, Topics.CLAIMS.keySerde().deserializer(),
                Topics.CLAIMS.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.CLAIMS.withPrefix(topics).name()));
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> claims.add(r.value()));
                assertThat(claims).anySatisfy(claim -> {
                    assertThat(claim.articleIds()).contains(articleId);
                    assertThat(claim.rules()).containsExactly(ruleId);
                });
            });
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerExtension.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, KafkaBrokerExtension.unique("rules-fault-dlq"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, Topics.DEAD_LETTERS.keySerde().deserializer(), Topics.DEAD_LETTERS.valueSerde().deserializer());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] json(Rule rule) {
        return Topics.RULES.valueSerde().serializer().serialize(Topics.RULES.name(), rule);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
