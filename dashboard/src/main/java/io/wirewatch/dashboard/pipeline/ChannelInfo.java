package io.wirewatch.dashboard.pipeline;

/**
 * Where a subscription's alerts go, without secrets: a webhook or Slack channel shows only the
 * scheme and host of its URL (a Slack URL's path is its key), an e-mail channel its recipients and
 * server; signing secrets, header values and passwords are never taken.
 *
 * @param type   {@code console}, {@code webhook}, {@code slack} or {@code email}
 * @param target what the desk recognises the channel by, e.g. {@code https://hooks.example.org}
 */
public record ChannelInfo(String type, String target) {
}
