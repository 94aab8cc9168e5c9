package io.wirewatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final String VALID = """
            kafka:
              bootstrap: broker-1:9092
              client:
                security.protocol: SASL_SSL
            sources:
              - id: dw
                url: https://rss.dw.example/rdf/rss-de-all
                interval: 5m
            rules:
              - id: nk-arms
                query: 'nordkorea* AND (rakete* OR munition*)'
            subscriptions:
              - id: foreign-desk
                rules: [nk-arms]
                channels:
                  - type: webhook
                    url: http://127.0.0.1:9000/hook
                    secret: s3cret
            """;

    @Test
    void readsTheIssueExampleWithItsDurationsAndPassThroughClientSettings() {
        WirewatchConfig config = ConfigLoader.parse(VALID, "test.yaml", Map.of());

        assertThat(config.kafka().embedded()).isFalse();
        assertThat(config.kafka().clientProperties("broker-1:9092"))
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("bootstrap.servers", "broker-1:9092");
        assertThat(config.ingestConfig().sources()).singleElement()
                .satisfies(source -> assertThat(source.interval()).isEqualTo(Duration.ofMinutes(5)));
        assertThat(config.processorConfig().rules()).extracting(r -> r.id()).containsExactly("nk-arms");
        assertThat(config.alertsConfig().subscriptions()).extracting(s -> s.id()).containsExactly("foreign-desk");
    }

    @Test
    void noKafkaBlockMeansTheEmbeddedBrokerOnPort9092() {
        WirewatchConfig config = ConfigLoader.parse("sources: []", "test.yaml", Map.of());
        assertThat(config.kafka().embedded()).isTrue();
        assertThat(config.kafka().port()).isEqualTo(9092);
        assertThat(config.dataDir().toString()).isEqualTo("data");
    }

    @Test
    void bothStreamsApplicationsCommitEvery20MillisecondsUnlessToldOtherwise() {
        WirewatchConfig byDefault = ConfigLoader.parse("sources: []", "test.yaml", Map.of());
        WirewatchConfig configured = ConfigLoader.parse("alerts:\n  commitInterval: 250ms\n", "test.yaml",
                Map.of("WIREWATCH_PROCESSOR_COMMITINTERVAL", "100ms"));

        assertThat(byDefault.processorConfig().commitInterval()).isEqualTo(Duration.ofMillis(20));
        assertThat(byDefault.alertsConfig().commitInterval()).isEqualTo(Duration.ofMillis(20));
        assertThat(configured.processorConfig().commitInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(configured.alertsConfig().commitInterval()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void unknownKeyIsRefusedWithItsPath() {
        String yaml = VALID.replace("interval: 5m", "interval: 5m\n    intervall: 10m");
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("unknown key")
                .hasMessageContaining("intervall");
    }

    @Test
    void unknownTopLevelKeyIsRefused() {
        assertThatThrownBy(() -> ConfigLoader.parse("sourcez: []", "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'sourcez'")
                .hasMessageContaining("sources");
    }

    @Test
    void badDurationIsRefusedNamingTheKey() {
        String yaml = VALID.replace("interval: 5m", "interval: five minutes");
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources[0].interval")
                .hasMessageContaining("five minutes");
    }

    @Test
    void digestKeysLoadAndBadOnesAreRefusedNamingTheKey() {
        String daily = VALID.replace("rules: [nk-arms]\n", """
                rules: [nk-arms]
                    mode: daily
                    digestAt: "07:30"
                    timeZone: Europe/Berlin
                    quietHours: {from: "22:00", to: "06:30"}
                """);
        assertThat(ConfigLoader.parse(daily, "test.yaml", Map.of()).alertsConfig().subscriptions()).singleElement()
                .satisfies(s -> assertThat(s.schedule().zone().getId()).isEqualTo("Europe/Berlin"))
                .satisfies(s -> assertThat(s.quietHours().to()).isEqualTo("06:30"));

        assertThatThrownBy(() -> ConfigLoader.parse(daily.replace("Europe/Berlin", "Europe/Berln"), "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("subscriptions[0].timeZone");
        assertThatThrownBy(() -> ConfigLoader.parse(daily.replace("\"07:30\"", "\"7.30\""), "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("subscriptions[0].digestAt");
        assertThatThrownBy(() -> ConfigLoader.parse(daily.replace("mode: daily", "mode: weekly"), "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("subscriptions[0].mode");
        assertThatThrownBy(() -> ConfigLoader.parse(daily.replace("mode: daily", "mode: daily\n    trigger: articles"), "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("subscriptions[0].trigger");
        assertThatThrownBy(() -> ConfigLoader.parse(daily.replace("quietHours: {", "quietHours: {until: \"05:00\", "), "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("subscriptions[0].quietHours.until");
    }

    @Test
    void subscriptionToUnknownRuleIsRefused() {
        String yaml = VALID.replace("rules: [nk-arms]", "rules: [nk-arms, iran-drones]");
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("iran-drones");
    }

    @Test
    void duplicateRuleIdIsRefused() {
        String yaml = VALID.replace("rules:\n", "rules:\n  - id: nk-arms\n    query: raketen\n");
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("rules[1].id: duplicate 'nk-arms'");
    }

    @Test
    void environmentVariablesOverrideScalarKeys() {
        WirewatchConfig config = ConfigLoader.parse(VALID, "test.yaml",
                Map.of("WIREWATCH_KAFKA_BOOTSTRAP", "other:9093", "WIREWATCH_KAFKA_PARTITIONS", "6"));
        assertThat(config.kafka().bootstrap()).isEqualTo("other:9093");
        assertThat(config.kafka().partitions()).isEqualTo(6);
    }

    @Test
    void environmentCanCreateABlockTheFileLacks() {
        WirewatchConfig config = ConfigLoader.parse("sources: []", "test.yaml",
                Map.of("WIREWATCH_KAFKA_BOOTSTRAP", "cluster:9092"));
        assertThat(config.kafka().bootstrap()).isEqualTo("cluster:9092");
    }

    @Test
    void sourcesUnderIngestAreAnUnknownKeyNotAListedOne() {
        assertThatThrownBy(() -> ConfigLoader.parse("ingest:\n  sources: []\n", "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'ingest.sources'")
                .hasMessageContaining("maxBytes");
    }

    @Test
    void aListInTheEnvironmentIsRefusedWithTheVariableNamed() {
        assertThatThrownBy(() -> ConfigLoader.parse(VALID, "test.yaml", Map.of("WIREWATCH_SOURCES", "https://a.example/feed")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("WIREWATCH_SOURCES: 'sources' is a list and cannot be set from the environment");
        assertThatThrownBy(() -> ConfigLoader.parse(VALID, "test.yaml", Map.of("WIREWATCH_KAFKA_CLIENT", "security.protocol=SSL")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("WIREWATCH_KAFKA_CLIENT: 'kafka.client' is a map");
    }

    @Test
    void kafkaClientSettingsHaveOneVariableEach(@TempDir Path dir) throws Exception {
        Path jaas = dir.resolve("jaas");
        Files.writeString(jaas, "PlainLoginModule required password=\"kafka-pw\";\n");

        WirewatchConfig config = ConfigLoader.parse(VALID, "test.yaml", Map.of(
                "WIREWATCH_KAFKA_CLIENT_SECURITY_PROTOCOL", "SSL",
                "WIREWATCH_KAFKA_CLIENT_SASL_MECHANISM", "PLAIN",
                "WIREWATCH_KAFKA_CLIENT_SASL_JAAS_CONFIG", "file:" + jaas));

        assertThat(config.kafka().client())
                .containsEntry("security.protocol", "SSL")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", "PlainLoginModule required password=\"kafka-pw\";");
        assertThatThrownBy(() -> ConfigLoader.parse(VALID, "test.yaml", Map.of("WIREWATCH_KAFKA_CLIENT_BOOTSTRAP_SERVERS", "x:9092")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kafka.client.bootstrap.servers: set kafka.bootstrap instead");
    }

    @Test
    void aBadValueFromTheEnvironmentNamesTheVariableAndTheKey() {
        assertThatThrownBy(() -> ConfigLoader.parse(VALID, "test.yaml", Map.of("WIREWATCH_INGEST_MAXBYTES", "lots")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("WIREWATCH_INGEST_MAXBYTES: ingest.maxBytes: expected an integer, was 'lots'");
        assertThatThrownBy(() -> ConfigLoader.parse(VALID, "test.yaml", Map.of("WIREWATCH_PROCESSOR_COPYWINDOW", "soon")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("WIREWATCH_PROCESSOR_COPYWINDOW: processor.copyWindow: not a duration");
    }

    @Test
    void ingestLimitsAreNamedWithTheirFullPath() {
        assertThatThrownBy(() -> ConfigLoader.parse("ingest:\n  maxBytes: 0\n", "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.maxBytes: must be positive");
        assertThatThrownBy(() -> ConfigLoader.parse("ingest:\n  perHostConcurrency: 0\n", "test.yaml", Map.of()))
                .hasMessageContaining("ingest.perHostConcurrency: must be at least 1");
    }

    @Test
    void aRuleQueryThatDoesNotParseIsRefusedWithTheRuleIdAndTheParserMessage() {
        String yaml = VALID.replace("'nordkorea* AND (rakete* OR munition*)'", "'nordkorea AND ((('");
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("rules[0].query")
                .hasMessageContaining("rule 'nk-arms'")
                .hasMessageContaining("Cannot parse 'nordkorea AND (((':");
    }

    @Test
    void sourcesWithAnotherSchemeOrABrokenUrlAreRefused() {
        assertThatThrownBy(() -> ConfigLoader.parse(VALID.replace("https://rss.dw.example/rdf/rss-de-all", "ftp://files.example/feed.xml"), "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources[0].url: unsupported scheme 'ftp'");
        assertThatThrownBy(() -> ConfigLoader.parse(VALID.replace("https://rss.dw.example/rdf/rss-de-all", "'http://[::1'"), "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources[0].url: not a valid URL 'http://[::1'");
        assertThat(ConfigLoader.parse(VALID.replace("https://rss.dw.example/rdf/rss-de-all", "feeds/local.xml"), "test.yaml", Map.of())
                .ingestConfig().sources()).singleElement().satisfies(source -> assertThat(source.url()).isEqualTo("feeds/local.xml"));
    }

    @Test
    void headerValuesWithLineBreaksAreRefused() {
        String webhook = VALID.replace("secret: s3cret", "secret: s3cret\n        headers:\n          X-Api-Key: \"abc\\r\\nX-Evil: 1\"");
        assertThatThrownBy(() -> ConfigLoader.parse(webhook, "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("subscriptions[0].channels[0].headers.X-Api-Key: the value must be one line");
        String source = VALID.replace("interval: 5m", "interval: 5m\n    headers:\n      Cookie: \"a=1\\nHost: evil\"");
        assertThatThrownBy(() -> ConfigLoader.parse(source, "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sources[0].headers.Cookie: must be one line of text");
    }

    @Test
    void secretsComeFromTheEnvironmentOrAFileAndAreNeverShown(@TempDir Path dir) throws Exception {
        Path jaas = dir.resolve("jaas");
        Files.writeString(jaas, "PlainLoginModule required username=\"u\" password=\"kafka-pw\";\n");
        String yaml = VALID.replace("secret: s3cret", "secret: env:HOOK_SECRET")
                .replace("security.protocol: SASL_SSL", "security.protocol: SASL_SSL\n    sasl.jaas.config: file:" + jaas);

        WirewatchConfig config = ConfigLoader.parse(yaml, "test.yaml", Map.of("HOOK_SECRET", "hook-pw"));

        assertThat(config.alertsConfig().subscriptions().get(0).channels().get(0).secret()).isEqualTo("hook-pw");
        assertThat(config.kafka().client()).containsEntry("sasl.jaas.config", "PlainLoginModule required username=\"u\" password=\"kafka-pw\";");
        assertThat(config.toString()).contains("SASL_SSL").doesNotContain("hook-pw").doesNotContain("kafka-pw");
    }

    @Test
    void aMissingSecretNamesTheKeyAndTheReferenceOnly() {
        String yaml = VALID.replace("secret: s3cret", "secret: env:HOOK_SECRET");
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("subscriptions[0].channels[0].secret: environment variable HOOK_SECRET is not set");
        String file = VALID.replace("secret: s3cret", "secret: file:/nonexistent/hook-secret");
        assertThatThrownBy(() -> ConfigLoader.parse(file, "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("subscriptions[0].channels[0].secret: secret file /nonexistent/hook-secret does not exist");
    }

    @Test
    void aDashboardBeyondLoopbackNeedsATokenWhichIsASecret() {
        assertThatThrownBy(() -> ConfigLoader.parse("dashboard:\n  host: 0.0.0.0\n", "test.yaml", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("dashboard.token: required when dashboard.host is not a loopback address");

        WirewatchConfig config = ConfigLoader.parse("dashboard:\n  host: 0.0.0.0\n  token: env:DASH_TOKEN\n", "test.yaml",
                Map.of("DASH_TOKEN", "dash-pw"));
        assertThat(config.dashboard().token()).isEqualTo("dash-pw");
        assertThat(config.toString()).doesNotContain("dash-pw");
        assertThat(ConfigLoader.parse("sources: []", "test.yaml", Map.of()).dashboard().host()).isEqualTo("127.0.0.1");
    }

    @Test
    void durationsAreListedInTheFormTheyAreWritten() {
        assertThat(DurationDeserializer.format(Duration.ofHours(72))).isEqualTo("72h");
        assertThat(DurationDeserializer.format(Duration.ofDays(14))).isEqualTo("14d");
        assertThat(DurationDeserializer.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(DurationDeserializer.format(Duration.ofSeconds(90))).isEqualTo("90s");
    }

    @Test
    void shortDurationsParse() {
        assertThat(DurationDeserializer.parse("72h")).isEqualTo(Duration.ofHours(72));
        assertThat(DurationDeserializer.parse("14d")).isEqualTo(Duration.ofDays(14));
        assertThat(DurationDeserializer.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationDeserializer.parse("PT5M")).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> DurationDeserializer.parse("soon")).isInstanceOf(IllegalArgumentException.class);
    }
}
