package io.wirewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Json;
import io.wirewatch.events.Rule;

class ProcessorConfigTest {

    @Test
    void defaultsFillMissingValues() {
        ProcessorConfig config = ProcessorConfig.defaults().validate();

        assertThat(config.applicationId()).isEqualTo("wirewatch-processor");
        assertThat(config.copyWindow()).isEqualTo(Duration.ofHours(72));
        assertThat(config.storyWindow()).isEqualTo(Duration.ofDays(14));
        assertThat(config.shingleSize()).isEqualTo(5);
        assertThat(config.minHashes()).isEqualTo(128);
        assertThat(config.bands()).isEqualTo(32);
        assertThat(config.jaccardThreshold()).isEqualTo(0.5);
        assertThat(config.containmentThreshold()).isEqualTo(0.8);
        assertThat(config.rules()).isEmpty();
    }

    @Test
    void bindsFromJsonAndIgnoresRules() throws Exception {
        String json = "{\"applicationId\":\"wp-test\",\"copyWindow\":\"PT48H\",\"bands\":16,"
                + "\"rules\":[{\"schemaVersion\":1,\"id\":\"x\",\"query\":\"y\"}]}";

        ProcessorConfig config = Json.mapper().readValue(json, ProcessorConfig.class);

        assertThat(config.applicationId()).isEqualTo("wp-test");
        assertThat(config.copyWindow()).isEqualTo(Duration.ofHours(48));
        assertThat(config.bands()).isEqualTo(16);
        assertThat(config.minHashes()).isEqualTo(128);
        assertThat(config.rules()).as("rules come from the top-level rules: list").isEmpty();
    }

    @Test
    void withRulesKeepsEverythingElse() {
        ProcessorConfig config = ProcessorConfig.defaults().withApplicationId("wp-a").withRules(List.of(Rule.of("r1", "streik")));

        assertThat(config.rules()).containsExactly(Rule.of("r1", "streik"));
        assertThat(config.applicationId()).isEqualTo("wp-a");
    }

    @Test
    void validationNamesTheKey() {
        assertThatThrownBy(() -> new ProcessorConfig(null, null, null, null, 128, 30, null, null, null).validate())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("processor.bands: must divide processor.minHashes (128)");
        assertThatThrownBy(() -> new ProcessorConfig(null, Duration.ZERO, null, null, null, null, null, null, null).validate())
                .hasMessageStartingWith("processor.copyWindow:");
        assertThatThrownBy(() -> new ProcessorConfig(null, null, Duration.ofHours(1), null, null, null, null, null, null).validate())
                .hasMessageStartingWith("processor.storyWindow:");
        assertThatThrownBy(() -> new ProcessorConfig(null, null, null, null, null, null, 1.5, null, null).validate())
                .hasMessageStartingWith("processor.jaccardThreshold:");
        assertThatThrownBy(() -> new ProcessorConfig(null, null, null, null, null, null, null, 0.0, null).validate())
                .hasMessageStartingWith("processor.containmentThreshold:");
        assertThatThrownBy(() -> new ProcessorConfig("bad id", null, null, null, null, null, null, null, null).validate())
                .hasMessageStartingWith("processor.applicationId:");
        assertThatThrownBy(() -> new ProcessorConfig(null, null, null, 0, null, null, null, null, null).validate())
                .hasMessageStartingWith("processor.shingleSize:");
    }

    @Test
    void blankRuleQueryIsNamedByIndex() {
        ProcessorConfig config = ProcessorConfig.defaults().withRules(List.of(Rule.of("ok", "streik"), Rule.of("r2", " ")));

        assertThatThrownBy(config::validate).hasMessageStartingWith("rules[1].query:");
    }
}
