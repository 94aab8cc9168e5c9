package io.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

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
        assertThat(config.groupWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.groupInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(config.maxUpdates()).isEqualTo(3);
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
        SubscriptionConfig desk = config.subscriptions().get(0);
        assertThat(desk.mode()).isEqualTo("daily");
        assertThat(desk.digestAt()).isEqualTo("07:30");
        assertThat(desk.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(desk.quietHours()).isEqualTo(new QuietHoursConfig("22:00", "06:30"));
        assertThat(desk.schedule().zone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
    }

    @Test
    void subscriptionDeliversAtOnceOnClaimsByDefault() {
        SubscriptionConfig plain = new SubscriptionConfig("politik", List.of("streik"), List.of(ChannelConfig.console()));

        assertThat(plain.mode()).isEqualTo("immediate");
        assertThat(plain.timeZone()).isEqualTo("UTC");
        assertThat(plain.trigger()).isEqualTo("claims");
        assertThat(plain.quietHours()).isNull();
        assertThat(plain.schedule().passesThrough()).isTrue();
    }

    @Test
    void articleTriggerIsRefusedNamingTheKeyBecauseNoTopicCarriesArticleMatches() {
        AlertsConfig articles = withSubscriptions(new SubscriptionConfig("politik", List.of("streik"),
                List.of(ChannelConfig.console())).withTrigger("articles"));
        AlertsConfig unknown = withSubscriptions(new SubscriptionConfig("politik", List.of("streik"),
                List.of(ChannelConfig.console())).withTrigger("headlines"));

        assertThatThrownBy(() -> articles.validate(RULES))
                .hasMessageStartingWith("subscriptions[0].trigger: 'articles' is not available");
        assertThatThrownBy(() -> unknown.validate(RULES))
                .hasMessage("subscriptions[0].trigger: unknown trigger 'headlines' (only 'claims')");
    }

    @Test
    void badDeliveryKeysAreNamedWithTheSubscriptionsPath() {
        AlertsConfig zone = withSubscriptions(new SubscriptionConfig("politik", List.of("streik"),
                List.of(ChannelConfig.console())).withDelivery("daily", "07:30", "Mars/Olympus", null));

        assertThatThrownBy(() -> zone.validate(RULES)).hasMessageStartingWith("subscriptions[0].timeZone: not an IANA time zone");
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
                .isEqualTo("subscriptions[0].channels[0].type: unknown channel type 'pager', expected one of [console, email, slack, webhook]");
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
    void slackAndEmailChannelsAreChecked() {
        assertThat(channelError(ChannelConfig.slack(null))).isEqualTo("subscriptions[0].channels[0].url: required for a slack channel");
        assertThatCode(() -> withSubscriptions(new SubscriptionConfig("sport", List.of("streik"),
                List.of(ChannelConfig.slack("https://hooks.slack.example/services/T/B/X")))).validate(RULES)).doesNotThrowAnyException();

        assertThat(channelError(ChannelConfig.email(List.of(), "ww@example.org", "smtp.example.org", 587, true)))
                .isEqualTo("subscriptions[0].channels[0].to: at least one recipient required for an email channel");
        assertThat(channelError(ChannelConfig.email(List.of("desk@example.org", "kein adresse"), "ww@example.org", "smtp.example.org", 587, true)))
                .startsWith("subscriptions[0].channels[0].to[1]: not an e-mail address");
        assertThat(channelError(ChannelConfig.email(List.of("desk@example.org"), null, "smtp.example.org", 587, true)))
                .isEqualTo("subscriptions[0].channels[0].from: required");
        assertThat(channelError(ChannelConfig.email(List.of("desk@example.org"), "ww@example.org", " ", 587, true)))
                .isEqualTo("subscriptions[0].channels[0].smtpHost: required for an email channel");
        assertThat(channelError(ChannelConfig.email(List.of("desk@example.org"), "ww@example.org", "smtp.example.org", 0, true)))
                .isEqualTo("subscriptions[0].channels[0].smtpPort: must be 1 to 65535, was 0");
        assertThat(channelError(ChannelConfig.email(List.of("desk@example.org"), "ww@example.org", "smtp.example.org", 587, true)
                .withLogin("ww", null)))
                .isEqualTo("subscriptions[0].channels[0].password: username and password go together");
    }

    @Test
    void subscriptionFiltersAreChecked() {
        SubscriptionConfig base = new SubscriptionConfig("politik", List.of("streik"), List.of(ChannelConfig.console()));
        assertThatThrownBy(() -> withSubscriptions(base.withFilters(List.of("de", "Deutsch"), null, null, null)).validate(RULES))
                .hasMessage("subscriptions[0].languages[1]: not an ISO 639-1 code 'Deutsch'");
        assertThatThrownBy(() -> withSubscriptions(base.withFilters(null, List.of(" "), null, null)).validate(RULES))
                .hasMessage("subscriptions[0].sources[0]: empty source id");
        assertThatThrownBy(() -> withSubscriptions(base.withFilters(null, null, null, 0)).validate(RULES))
                .hasMessage("subscriptions[0].minOutlets: must be at least 1");
        assertThat(base.minOutlets()).isEqualTo(1);
        assertThat(base.languages()).isEmpty();
    }

    @Test
    void channelToStringHidesSecrets() {
        ChannelConfig email = ChannelConfig.email(List.of("desk@example.org"), "ww@example.org", "smtp.example.org", 587, true)
                .withLogin("ww", "streng-geheim");
        ChannelConfig webhook = ChannelConfig.webhook("https://redaktion.example/hook/t0k3n", "geheim");

        assertThat(email.toString()).doesNotContain("streng-geheim").contains("smtp.example.org");
        assertThat(webhook.toString()).doesNotContain("geheim").doesNotContain("t0k3n");
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
        assertThatThrownBy(() -> new AlertsConfig(null, Duration.ZERO, null, null, null, null, null, null, null, null, null).validate(RULES))
                .hasMessage("alerts.dedupeRetention: must be positive");
        assertThatThrownBy(() -> new AlertsConfig(null, null, 0, null, null, null, null, null, null, null, null).validate(RULES))
                .hasMessage("alerts.maxAttempts: must be at least 1");
        assertThatThrownBy(() -> new AlertsConfig(null, null, null, null, Duration.ofHours(-1), null, null, null, null, null, null).validate(RULES))
                .hasMessage("alerts.retryFor: must not be negative");
        assertThatThrownBy(() -> new AlertsConfig(null, null, null, null, null, Duration.ZERO, null, null, null, null, null).validate(RULES))
                .hasMessage("alerts.retryMaxBackoff: must be positive");
        assertThatThrownBy(() -> AlertsConfig.defaults().withGrouping(Duration.ofSeconds(-1), Duration.ofMinutes(1), 3).validate(RULES))
                .hasMessage("alerts.groupWait: must not be negative");
        assertThatThrownBy(() -> AlertsConfig.defaults().withGrouping(Duration.ZERO, Duration.ZERO, 3).validate(RULES))
                .hasMessage("alerts.groupInterval: must be positive");
        assertThatThrownBy(() -> AlertsConfig.defaults().withGrouping(Duration.ZERO, Duration.ofMinutes(1), -1).validate(RULES))
                .hasMessage("alerts.maxUpdates: must not be negative");
    }

    @Test
    void publicUrlMustBeHttpWithAHostAndLosesTrailingSlashes() {
        assertThatThrownBy(() -> new AlertsConfig(null, null, null, null, null, null, "ftp://dash.example.org", null, null, null, null).validate(RULES))
                .hasMessageStartingWith("alerts.publicUrl: must be an http or https URL");
        assertThatThrownBy(() -> new AlertsConfig(null, null, null, null, null, null, "https://[::1", null, null, null, null).validate(RULES))
                .hasMessageStartingWith("alerts.publicUrl: not a valid URL");

        AlertsConfig config = new AlertsConfig(null, null, null, null, null, null, "https://dash.example.org/wirewatch//", null, null, null, null);
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
