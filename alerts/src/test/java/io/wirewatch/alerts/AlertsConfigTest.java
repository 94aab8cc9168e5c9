package io.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wirewatch.events.Json;

class AlertsConfigTest {

    private static final Set<String> RULES = Set.of("sanktionen", "hafen", "streik");

    @Test
    void defaultsFillMissingKeys() {
        AlertsConfig config = AlertsConfig.defaults();

        assertThat(config.applicationId()).isEqualTo("wirewatch-alerts");
        assertThat(config.dedupeRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(config.maxAttempts()).isEqualTo(3);
        assertThat(config.retryBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.retryFor()).isEqualTo(Duration.ofHours(24));
        assertThat(config.retryMaxBackoff()).isEqualTo(Duration.ofHours(1));
        assertThat(config.publicUrl()).isNull();
        assertThat(config.subscriptions()).isEmpty();
        assertThat(ChannelConfig.console().timeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void bindsAlertsBlockAndTopLevelSubscriptionsSeparately() throws Exception {
        ObjectMapper mapper = Json.mapper();
        JsonNode root = mapper.readTree(Fixtures.resource("/alerts-config.json"));

        AlertsConfig config = mapper.treeToValue(root.get("alerts"), AlertsConfig.class)
                .withSubscriptions(List.of(mapper.treeToValue(root.get("subscriptions"), SubscriptionConfig[].class)));

        assertThat(config.applicationId()).isEqualTo("redaktion-alerts");
        assertThat(config.dedupeRetention()).isEqualTo(Duration.ofHours(72));
        assertThat(config.maxAttempts()).isEqualTo(3);
        assertThat(config.retryBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.subscriptions()).extracting(SubscriptionConfig::id).containsExactly("wirtschaftsdesk");
        ChannelConfig webhook = config.subscriptions().get(0).channels().get(1);
        assertThat(webhook.headers()).containsEntry("Authorization", "Bearer t0k3n");
        assertThat(webhook.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThatCode(() -> config.validate(RULES)).doesNotThrowAnyException();
    }

    @Test
    void unknownRuleIsNamedWithItsPath() {
        AlertsConfig config = withSubscriptions(
                new SubscriptionConfig("politik", List.of("streik", "wahlkampf"), List.of(ChannelConfig.console())));

        assertThatThrownBy(() -> config.validate(RULES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subscriptions[0].rules[1]: unknown rule 'wahlkampf'");
    }

    @Test
    void duplicateSubscriptionIdsAreRejected() {
        AlertsConfig config = withSubscriptions(
                new SubscriptionConfig("politik", List.of("streik"), List.of(ChannelConfig.console())),
                new SubscriptionConfig("politik", List.of("hafen"), List.of(ChannelConfig.console())));

        assertThatThrownBy(() -> config.validate(RULES))
                .hasMessage("subscriptions[1].id: duplicate subscription id 'politik'");
    }

    @Test
    void channelProblemsNameTheChannel() {
        assertThat(channelError(new ChannelConfig("pager", null, null, null, null)))
                .isEqualTo("subscriptions[0].channels[0].type: unknown channel type 'pager', expected one of [console, webhook]");
        assertThat(channelError(new ChannelConfig("webhook", null, "geheim", null, null)))
                .isEqualTo("subscriptions[0].channels[0].url: required for a webhook");
        assertThat(channelError(ChannelConfig.webhook("ftp://redaktion.example/hook", "geheim")))
                .isEqualTo("subscriptions[0].channels[0].url: must be http or https, was 'ftp://redaktion.example/hook'");
        assertThat(channelError(ChannelConfig.webhook("https://redaktion.example/hook", " ")))
                .startsWith("subscriptions[0].channels[0].secret: required for a webhook");
        assertThat(channelError(new ChannelConfig("webhook", "https://redaktion.example/hook", "geheim",
                Map.of("X-Wirewatch-Signature", "forged"), null)))
                .isEqualTo("subscriptions[0].channels[0].headers.X-Wirewatch-Signature: set by wirewatch itself, cannot be configured");
        assertThat(channelError(new ChannelConfig("console", null, null, null, Duration.ZERO)))
                .isEqualTo("subscriptions[0].channels[0].timeout: must be positive");
    }

    @Test
    void subscriptionWithoutChannelsOrRulesIsRejected() {
        assertThatThrownBy(() -> withSubscriptions(new SubscriptionConfig("politik", List.of("streik"), List.of())).validate(RULES))
                .hasMessage("subscriptions[0].channels: at least one channel required");
        assertThatThrownBy(() -> withSubscriptions(new SubscriptionConfig("politik", List.of(), List.of(ChannelConfig.console()))).validate(RULES))
                .hasMessage("subscriptions[0].rules: at least one rule id required");
    }

    @Test
    void alertsBlockValuesAreChecked() {
        assertThatThrownBy(() -> new AlertsConfig(null, Duration.ZERO, null, null, null, null, null, null).validate(RULES))
                .hasMessage("alerts.dedupeRetention: must be positive");
        assertThatThrownBy(() -> new AlertsConfig(null, null, 0, null, null, null, null, null).validate(RULES))
                .hasMessage("alerts.maxAttempts: must be at least 1");
        assertThatThrownBy(() -> new AlertsConfig(null, null, null, null, Duration.ofHours(-1), null, null, null).validate(RULES))
                .hasMessage("alerts.retryFor: must not be negative");
        assertThatThrownBy(() -> new AlertsConfig(null, null, null, null, null, Duration.ZERO, null, null).validate(RULES))
                .hasMessage("alerts.retryMaxBackoff: must be positive");
    }

    @Test
    void publicUrlMustBeHttpWithAHostAndLosesTrailingSlashes() {
        assertThatThrownBy(() -> new AlertsConfig(null, null, null, null, null, null, "ftp://dash.example.org", null).validate(RULES))
                .hasMessageStartingWith("alerts.publicUrl: must be an http or https URL");
        assertThatThrownBy(() -> new AlertsConfig(null, null, null, null, null, null, "https://[::1", null).validate(RULES))
                .hasMessageStartingWith("alerts.publicUrl: not a valid URL");

        AlertsConfig config = new AlertsConfig(null, null, null, null, null, null, "https://dash.example.org/wirewatch//", null);
        config.validate(RULES);
        assertThat(config.publicUrlBase()).isEqualTo("https://dash.example.org/wirewatch");
        assertThat(AlertsConfig.defaults().publicUrlBase()).isNull();
    }

    private static String channelError(ChannelConfig channel) {
        AlertsConfig config = withSubscriptions(new SubscriptionConfig("politik", List.of("streik"), List.of(channel)));
        try {
            config.validate(RULES);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("no validation error for " + channel);
    }

    private static AlertsConfig withSubscriptions(SubscriptionConfig... subscriptions) {
        return AlertsConfig.defaults().withSubscriptions(List.of(subscriptions));
    }
}
