package io.wirewatch.alerts;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.wirewatch.alerts.digest.DeliverySchedule;

/**
 * A newsroom's interest: the watch-list rules it follows and where its alerts go.
 *
 * @param id       stable subscription id; part of every alert id, so renaming it re-alerts old stories
 * @param rules    ids of the watch-list rules this subscription follows
 * @param channels       where the alerts are delivered; each gets every alert
 * @param languages      only claims in these languages (ISO 639-1); empty for all
 * @param sources        only claims seen in an article of these sources; empty for all
 * @param excludeSources never claims seen only in articles of these sources
 * @param minOutlets     the first notification waits until the story has this many distinct outlets (default 1)
 * @param mode           {@code immediate} (default), {@code hourly} or {@code daily}: when notifications go out ({@link DeliverySchedule})
 * @param digestAt       local time of the daily digest, {@code HH:mm} (default 08:00); only with mode daily
 * @param timeZone       IANA time zone of {@code digestAt}, the hours and {@code quietHours} (default UTC)
 * @param quietHours     local hours in which nothing is sent; what falls inside goes out as one digest when they end
 * @param trigger        what alerts: {@code claims} (the default and the only one built; see {@link #validate})
 */
public record SubscriptionConfig(
        @JsonProperty("id")
        String id,
        @JsonProperty("rules")
        List<String> rules,
        @JsonProperty("channels")
        List<ChannelConfig> channels,
        @JsonProperty("languages")
        List<String> languages,
        @JsonProperty("sources")
        List<String> sources,
        @JsonProperty("excludeSources")
        List<String> excludeSources,
        @JsonProperty("minOutlets")
        Integer minOutlets,
        @JsonProperty("mode")
        String mode,
        @JsonProperty("digestAt")
        String digestAt,
        @JsonProperty("timeZone")
        String timeZone,
        @JsonProperty("quietHours")
        QuietHoursConfig quietHours,
        @JsonProperty("trigger")
        String trigger) {

    public static final String TRIGGER_CLAIMS = "claims";
    public static final String TRIGGER_ARTICLES = "articles";

    public SubscriptionConfig {
        rules = rules == null ? List.of() : List.copyOf(rules);
        channels = channels == null ? List.of() : List.copyOf(channels);
        languages = languages == null ? List.of() : List.copyOf(languages);
        sources = sources == null ? List.of() : List.copyOf(sources);
        excludeSources = excludeSources == null ? List.of() : List.copyOf(excludeSources);
        minOutlets = minOutlets == null ? 1 : minOutlets;
        mode = mode == null ? DeliverySchedule.IMMEDIATE : mode;
        timeZone = timeZone == null ? "UTC" : timeZone;
        trigger = trigger == null ? TRIGGER_CLAIMS : trigger;
    }

    /** A subscription without filters. */
    public SubscriptionConfig(String id, List<String> rules, List<ChannelConfig> channels) {
        this(id, rules, channels, null, null, null, null, null, null, null, null, null);
    }

    /** This subscription with the given filters (null keeps none). */
    public SubscriptionConfig withFilters(List<String> languages, List<String> sources, List<String> excludeSources, Integer minOutlets) {
        return new SubscriptionConfig(id, rules, channels, languages, sources, excludeSources, minOutlets,
                mode, digestAt, timeZone, quietHours, trigger);
    }

    /** This subscription with another delivery mode, digest time, time zone and quiet hours (null for the defaults). */
    public SubscriptionConfig withDelivery(String mode, String digestAt, String timeZone, QuietHoursConfig quietHours) {
        return new SubscriptionConfig(id, rules, channels, languages, sources, excludeSources, minOutlets,
                mode, digestAt, timeZone, quietHours, trigger);
    }

    /** This subscription with another trigger. */
    public SubscriptionConfig withTrigger(String trigger) {
        return new SubscriptionConfig(id, rules, channels, languages, sources, excludeSources, minOutlets,
                mode, digestAt, timeZone, quietHours, trigger);
    }

    /** When this subscription's notifications go out; call {@link #validate} first. */
    public DeliverySchedule schedule() {
        return DeliverySchedule.parse("subscription '" + id + "'", mode, digestAt, timeZone, quietHours);
    }

    /**
     * Checks this subscription.
     *
     * @param path         key path used in messages, e.g. {@code subscriptions[0]}
     * @param knownRuleIds ids of the configured watch-list rules
     * @throws IllegalArgumentException naming the offending key
     */
    public void validate(String path, Set<String> knownRuleIds) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(path + ".id: required");
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException(path + ".rules: at least one rule id required");
        }
        for (int i = 0; i < rules.size(); i++) {
            String rule = rules.get(i);
            if (rule == null || !knownRuleIds.contains(rule)) {
                throw new IllegalArgumentException(path + ".rules[" + i + "]: unknown rule '" + rule + "'");
            }
        }
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            if (language == null || !language.matches("[a-z]{2}|und")) {
                throw new IllegalArgumentException(path + ".languages[" + i + "]: not an ISO 639-1 code '" + language + "'");
            }
        }
        checkIds(path + ".sources", sources);
        checkIds(path + ".excludeSources", excludeSources);
        if (minOutlets < 1) {
            throw new IllegalArgumentException(path + ".minOutlets: must be at least 1");
        }
        if (!TRIGGER_CLAIMS.equals(trigger)) {
            throw new IllegalArgumentException(path + ".trigger: " + (TRIGGER_ARTICLES.equals(trigger)
                    ? "'articles' is not available: rules are matched on attributed claims only and no topic carries"
                    + " article-level matches; use 'claims'"
                    : "unknown trigger '" + trigger + "' (only 'claims')"));
        }
        DeliverySchedule.parse(path, mode, digestAt, timeZone, quietHours);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException(path + ".channels: at least one channel required");
        }
        for (int i = 0; i < channels.size(); i++) {
            ChannelConfig channel = channels.get(i);
            String channelPath = path + ".channels[" + i + "]";
            if (channel == null) {
                throw new IllegalArgumentException(channelPath + ": empty channel");
            }
            channel.validate(channelPath);
        }
    }

    private static void checkIds(String key, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || ids.get(i).isBlank()) {
                throw new IllegalArgumentException(key + "[" + i + "]: empty source id");
            }
        }
    }
}
