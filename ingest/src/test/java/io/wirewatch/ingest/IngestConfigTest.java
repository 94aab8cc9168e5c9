package io.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Json;

class IngestConfigTest {

    @Test
    void nullsTakeTheDefaults() {
        IngestConfig config = IngestConfig.defaults();

        assertThat(config.sources()).isEmpty();
        assertThat(config.userAgent()).isEqualTo("wirewatch/0.1 (+https://github.com/wirewatch)");
        assertThat(config.maxBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.maxRedirects()).isEqualTo(5);
        assertThat(config.perHostConcurrency()).isEqualTo(2);
        assertThat(config.allowPrivateAddresses()).isFalse();
        SourceConfig source = SourceConfig.of("dw", "https://rss.example/dw");
        assertThat(source.interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(source.fetchFullPage()).isFalse();
        assertThat(source.headers()).isEmpty();
    }

    @Test
    void bindsFromJsonKeys() throws Exception {
        IngestConfig config = Json.mapper().readValue("{\"maxBytes\":1000,\"allowPrivateAddresses\":true}", IngestConfig.class);
        SourceConfig source = Json.mapper().readValue("{\"id\":\"dw\",\"url\":\"https://rss.example/dw\","
                + "\"interval\":\"PT2M\",\"headers\":{\"X-Key\":\"1\"},\"language\":\"de\",\"fetchFullPage\":true}", SourceConfig.class);

        assertThat(source).isEqualTo(new SourceConfig("dw", "https://rss.example/dw",
                Duration.ofMinutes(2), Map.of("X-Key", "1"), "de", true));
        assertThat(config.maxBytes()).isEqualTo(1000);
        assertThat(config.allowPrivateAddresses()).isTrue();
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void sourcesAreNotPartOfTheIngestSection() throws Exception {
        IngestConfig config = Json.mapper().readValue("{\"sources\":[{\"id\":\"dw\",\"url\":\"https://rss.example/dw\"}]}", IngestConfig.class);

        assertThat(config.sources()).isEmpty();
    }

    @Test
    void validationNamesTheKeyPath() {
        assertThatThrownBy(() -> IngestConfig.defaults().withSources(List.of(
                SourceConfig.of("dw", "https://a.example"), SourceConfig.of("dw", "https://b.example"))).validate())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sources[1].id: duplicate 'dw'");
        assertThatThrownBy(() -> IngestConfig.defaults().withSources(List.of(SourceConfig.of(" ", "https://a.example"))).validate())
                .hasMessage("sources[0].id: must not be blank");
        assertThatThrownBy(() -> IngestConfig.defaults().withSources(List.of(SourceConfig.of("a", null))).validate())
                .hasMessage("sources[0].url: must be present");
        assertThatThrownBy(() -> IngestConfig.defaults().withSources(List.of(
                new SourceConfig("a", "https://a.example", Duration.ZERO, null, null, null))).validate())
                .hasMessage("sources[0].interval: must be positive");
        assertThatThrownBy(() -> new IngestConfig(null, null, 0L, null, null, null, null, null).validate())
                .hasMessage("ingest.maxBytes: must be positive");
    }
}
