package io.wirewatch.alerts;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A newsroom's interest: the watch-list rules it follows and where its alerts go.
 *
 * @param id       stable subscription id; part of every alert id, so renaming it re-alerts old stories
 * @param rules    ids of the watch-list rules this subscription follows
 * @param channels where the alerts are delivered; each gets every alert
 */
public record SubscriptionConfig(
        @JsonProperty("id")
        String id,
        @JsonProperty("rules")
        List<String> rules,
        @JsonProperty("channels")
        List<ChannelConfig> channels) {

    public SubscriptionConfig {
        rules = rules == null ? List.of() : List.copyOf(rules);
        channels = channels == null ? List.of() : List.copyOf(channels);
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
}
