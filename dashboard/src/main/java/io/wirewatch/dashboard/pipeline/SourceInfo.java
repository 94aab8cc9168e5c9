package io.wirewatch.dashboard.pipeline;

import java.time.Duration;

/**
 * A configured source, without its URL or headers (they may hold keys).
 *
 * @param id       source id
 * @param interval time between polls
 * @param language the configured language, or null
 */
public record SourceInfo(String id, Duration interval, String language) {
}
