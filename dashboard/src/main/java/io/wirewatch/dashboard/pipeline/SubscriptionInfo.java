package io.wirewatch.dashboard.pipeline;

import java.util.List;

/**
 * A subscription as the alerts service is configured with it (read-only, no secrets).
 *
 * @param id             subscription id
 * @param rules          the watch-list rules it follows
 * @param channels       where its alerts go
 * @param languages      only claims in these languages; empty for all
 * @param sources        only claims seen in these sources; empty for all
 * @param excludeSources never claims seen only in these sources
 * @param minOutlets     distinct outlets a story needs before the first alert
 * @param mode           {@code immediate}, {@code hourly} or {@code daily}
 * @param digestAt       local time of the daily digest, or null
 * @param timeZone       time zone of the digest and the quiet hours
 * @param quietHours     e.g. {@code 22:00–06:30}, or null
 */
public record SubscriptionInfo(
        String id,
        List<String> rules,
        List<ChannelInfo> channels,
        List<String> languages,
        List<String> sources,
        List<String> excludeSources,
        int minOutlets,
        String mode,
        String digestAt,
        String timeZone,
        String quietHours) {

    public SubscriptionInfo {
        rules = List.copyOf(rules);
        channels = List.copyOf(channels);
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        excludeSources = List.copyOf(excludeSources);
    }
}
