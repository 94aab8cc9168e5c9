package io.wirewatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
    void everyDeclaredKeyHasADescription() {
        assertThat(ConfigLoader.keys()).isNotEmpty()
                .allSatisfy(key -> assertThat(key.description()).as(key.path()).isNotBlank());
        assertThat(ConfigLoader.keys()).extracting(ConfigLoader.ConfigKey::path)
                .contains("kafka.bootstrap", "sources[].url", "rules[].query", "subscriptions[].rules");
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
