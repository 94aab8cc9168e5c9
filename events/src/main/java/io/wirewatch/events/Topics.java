package io.wirewatch.events;

import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic wirewatch uses, with its serdes. No topic name is written anywhere else.
 * Keys are UTF-8 strings; values are JSON documents of the named record (see {@code docs/topics.md}).
 */
public final class Topics {

    private static final Serde<String> KEY = Serdes.String();

    /** Clean articles from ingest, keyed by article id; a new version of an article reuses its key. */
    public static final TopicSpec<String, Article> ARTICLES = new TopicSpec<>(
            "news.articles.v1", KEY, JsonSerde.of(Article.class), false, true,
            "clean articles from ingest, key = article id");

    /**
     * Stories as they grow, keyed by story id; compacted to the latest state of each story. Version 2: a
     * record lists only the newest members ({@link Story#MAX_LISTED_ARTICLES}), which readers of version 1
     * could not have known.
     */
    public static final TopicSpec<String, Story> STORIES = new TopicSpec<>(
            "news.stories.v2", KEY, JsonSerde.of(Story.class), true, true,
            "story created/updated: newest members and their count, sources, first/last seen, key = story id");

    /**
     * Attributed claims, keyed by claim id; a claim seen in a further copy is published again with that copy added.
     * Version 2: a record lists only the newest articles ({@link Claim#MAX_LISTED_ARTICLES}), which readers of
     * version 1 could not have known.
     */
    public static final TopicSpec<String, Claim> CLAIMS = new TopicSpec<>(
            "news.claims.v2", KEY, JsonSerde.of(Claim.class), false, true,
            "attributed claims matching watch-list rules, newest articles and their count, key = claim id");

    /** Alerts, one per subscription and story, keyed by alert id; digests of several stories keyed by digest id. */
    public static final TopicSpec<String, Alert> ALERTS = new TopicSpec<>(
            "news.alerts.v1", KEY, JsonSerde.of(Alert.class), false, true,
            "one alert per subscription and story (or a digest of several), key = alert id (or digest id)");

    /** The processor's verdict per article (story id, duplicate of), keyed by article id. */
    public static final TopicSpec<String, StoryAssignment> ASSIGNMENTS = new TopicSpec<>(
            "news.assignments.v1", KEY, JsonSerde.of(StoryAssignment.class), true, true,
            "per-article story assignment and duplicateOf, key = article id");

    /** Watch-list rules, compacted; a tombstone removes a rule. */
    public static final TopicSpec<String, Rule> RULES = new TopicSpec<>(
            "wirewatch.rules.v1", KEY, JsonSerde.of(Rule.class), true, false,
            "watch-list rules (config topic), key = rule id");

    /** Records that could not be read or processed, with the reason in the headers; raw bytes kept. */
    public static final TopicSpec<byte[], byte[]> DEAD_LETTERS = new TopicSpec<>(
            "wirewatch.dead-letters.v1", Serdes.ByteArray(), Serdes.ByteArray(), false, false,
            "poison records and undeliverable alerts, original bytes plus error headers");

    /**
     * Alerts waiting for a later delivery attempt on one channel, keyed by alert id: the original
     * alert bytes, the channel and the schedule in headers. Read back by the dispatcher, so the
     * schedule survives restarts.
     */
    public static final TopicSpec<byte[], byte[]> ALERT_RETRIES = new TopicSpec<>(
            "wirewatch.alert-retries.v1", Serdes.ByteArray(), Serdes.ByteArray(), false, false,
            "alerts scheduled for a later delivery attempt, original bytes plus schedule headers");

    /** Every delivery outcome (delivered, failed attempt, retried, dead-lettered), keyed by alert id. */
    public static final TopicSpec<String, Delivery> DELIVERIES = new TopicSpec<>(
            "wirewatch.deliveries.v1", KEY, JsonSerde.of(Delivery.class), false, false,
            "delivery log: every attempt and outcome per alert and channel, key = alert id");

    private Topics() {
    }

    /** All topics created at start-up, public ones first. */
    public static List<TopicSpec<?, ?>> all() {
        return List.of(ARTICLES, STORIES, CLAIMS, ALERTS, ASSIGNMENTS, RULES, DEAD_LETTERS, ALERT_RETRIES, DELIVERIES);
    }
}
