package io.wirewatch.processor;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.wirewatch.events.Rule;
import io.wirewatch.processor.copies.CopySettings;
import io.wirewatch.processor.rules.InvalidRuleException;
import io.wirewatch.processor.rules.RuleMatcher;

/**
 * Configuration of the processor, the {@code processor:} section of the YAML file. Missing values get
 * their defaults; {@link #validate()} names the offending key. The watch-list {@code rules} are not
 * part of this section: the application reads the top-level {@code rules:} list and passes it in with
 * {@link #withRules(List)}.
 */
public record ProcessorConfig(
        @JsonProperty("applicationId")
        String applicationId,

        @JsonProperty("copyWindow")
        Duration copyWindow,

        @JsonProperty("storyWindow")
        Duration storyWindow,

        @JsonProperty("shingleSize")
        Integer shingleSize,

        @JsonProperty("minHashes")
        Integer minHashes,

        @JsonProperty("bands")
        Integer bands,

        @JsonProperty("jaccardThreshold")
        Double jaccardThreshold,

        @JsonProperty("containmentThreshold")
        Double containmentThreshold,

        @JsonProperty("reorderGrace")
        Duration reorderGrace,

        @JsonProperty("claimPartitions")
        Integer claimPartitions,

        @JsonProperty("commitInterval")
        Duration commitInterval,

        @JsonIgnore
        List<Rule> rules) {

    public static final String DEFAULT_APPLICATION_ID = "wirewatch-processor";
    public static final Duration DEFAULT_COPY_WINDOW = Duration.ofHours(72);
    public static final Duration DEFAULT_STORY_WINDOW = Duration.ofDays(14);
    public static final int DEFAULT_SHINGLE_SIZE = 5;
    public static final int DEFAULT_MIN_HASHES = 128;
    public static final int DEFAULT_BANDS = 32;
    public static final double DEFAULT_JACCARD_THRESHOLD = 0.5;
    public static final double DEFAULT_CONTAINMENT_THRESHOLD = 0.8;
    /**
     * The reorder grace of the Kafka Streams service. Ingest stamps records with their send time, so the
     * disorder between partitions consumed by different instances is the consumers' lag difference:
     * seconds normally, minutes during a rebalance.
     */
    public static final Duration DEFAULT_SERVICE_REORDER_GRACE = Duration.ofMinutes(2);
    /** Enough for the stream threads of a few instances; more partitions only cost a little broker memory. */
    public static final int DEFAULT_CLAIM_PARTITIONS = 4;
    /**
     * How often the service commits its transactions. Under exactly-once each commit flushes the record
     * caches, waits for the broker's acknowledgements and ends a transaction, and downstream tasks see a
     * record only once it is committed: a longer interval spreads that fixed cost over more articles (the
     * throughput of a backlog), a shorter one cuts the latency each of the three hops adds (up to one
     * interval each). Kafka Streams' own default under exactly-once is 100 ms; 20 ms took the end-to-end p99
     * at 100 articles/s from 718–951 ms to 342–426 ms, for about 8 % less throughput from a backlog
     * (docs/bench.md).
     */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(20);

    public ProcessorConfig {
        applicationId = applicationId == null ? DEFAULT_APPLICATION_ID : applicationId;
        copyWindow = copyWindow == null ? DEFAULT_COPY_WINDOW : copyWindow;
        storyWindow = storyWindow == null ? DEFAULT_STORY_WINDOW : storyWindow;
        shingleSize = shingleSize == null ? DEFAULT_SHINGLE_SIZE : shingleSize;
        minHashes = minHashes == null ? DEFAULT_MIN_HASHES : minHashes;
        bands = bands == null ? DEFAULT_BANDS : bands;
        jaccardThreshold = jaccardThreshold == null ? DEFAULT_JACCARD_THRESHOLD : jaccardThreshold;
        containmentThreshold = containmentThreshold == null ? DEFAULT_CONTAINMENT_THRESHOLD : containmentThreshold;
        claimPartitions = claimPartitions == null ? DEFAULT_CLAIM_PARTITIONS : claimPartitions;
        commitInterval = commitInterval == null ? DEFAULT_COMMIT_INTERVAL : commitInterval;
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The configuration without a reorder grace (as before it existed; the app's YAML binding uses it). */
    public ProcessorConfig(String applicationId, Duration copyWindow, Duration storyWindow, Integer shingleSize,
            Integer minHashes, Integer bands, Double jaccardThreshold, Double containmentThreshold, List<Rule> rules) {
        this(applicationId, copyWindow, storyWindow, shingleSize, minHashes, bands, jaccardThreshold,
                containmentThreshold, null, null, null, rules);
    }

    /** All defaults, no rules. */
    public static ProcessorConfig defaults() {
        return new ProcessorConfig(null, null, null, null, null, null, null, null, null);
    }

    /** This configuration with the given watch-list rules (the top-level {@code rules:} of the app). */
    public ProcessorConfig withRules(List<Rule> newRules) {
        return new ProcessorConfig(applicationId, copyWindow, storyWindow, shingleSize, minHashes, bands,
                jaccardThreshold, containmentThreshold, reorderGrace, claimPartitions, commitInterval, newRules);
    }

    /** This configuration with other copy and story windows (tests, small deployments). */
    public ProcessorConfig withWindows(Duration newCopyWindow, Duration newStoryWindow) {
        return new ProcessorConfig(applicationId, newCopyWindow, newStoryWindow, shingleSize, minHashes, bands,
                jaccardThreshold, containmentThreshold, reorderGrace, claimPartitions, commitInterval, rules);
    }

    /** This configuration with another application id (one per test or per deployment). */
    public ProcessorConfig withApplicationId(String newApplicationId) {
        return new ProcessorConfig(newApplicationId, copyWindow, storyWindow, shingleSize, minHashes, bands,
                jaccardThreshold, containmentThreshold, reorderGrace, claimPartitions, commitInterval, rules);
    }

    /** This configuration with another reorder grace; {@link Duration#ZERO} turns the reorder buffer off. */
    public ProcessorConfig withReorderGrace(Duration newReorderGrace) {
        return new ProcessorConfig(applicationId, copyWindow, storyWindow, shingleSize, minHashes, bands,
                jaccardThreshold, containmentThreshold, newReorderGrace, claimPartitions, commitInterval, rules);
    }

    /** This configuration with another commit interval of the service. */
    public ProcessorConfig withCommitInterval(Duration newCommitInterval) {
        return new ProcessorConfig(applicationId, copyWindow, storyWindow, shingleSize, minHashes, bands,
                jaccardThreshold, containmentThreshold, reorderGrace, claimPartitions, newCommitInterval, rules);
    }

    /**
     * The reorder grace to apply: the configured one, else {@code whenUnset}. The service passes
     * {@link #DEFAULT_SERVICE_REORDER_GRACE}; a single-threaded driver (replay, evaluation, tests) feeds one
     * order anyway and passes {@link Duration#ZERO}, so it gets each verdict at once.
     */
    public Duration reorderGraceOr(Duration whenUnset) {
        return reorderGrace != null ? reorderGrace : whenUnset;
    }

    /**
     * Checks every value.
     *
     * @return this, for chaining
     * @throws IllegalArgumentException naming the key path, e.g. "processor.bands: must divide processor.minHashes (128)"
     */
    public ProcessorConfig validate() {
        require(!applicationId.isBlank() && applicationId.matches("[A-Za-z0-9._-]+"), "applicationId",
                "must be non-empty and use only letters, digits, '.', '_' and '-'");
        require(!copyWindow.isNegative() && !copyWindow.isZero(), "copyWindow", "must be positive");
        require(!storyWindow.isNegative() && !storyWindow.isZero(), "storyWindow", "must be positive");
        require(storyWindow.compareTo(copyWindow) >= 0, "storyWindow", "must not be shorter than processor.copyWindow (" + copyWindow + ")");
        require(reorderGrace == null || !reorderGrace.isNegative(), "reorderGrace", "must not be negative");
        require(!commitInterval.isNegative() && !commitInterval.isZero(), "commitInterval", "must be positive");
        require(claimPartitions >= 1 && claimPartitions <= 1000, "claimPartitions", "must be between 1 and 1000, was " + claimPartitions);
        require(shingleSize >= 1 && shingleSize <= 20, "shingleSize", "must be between 1 and 20, was " + shingleSize);
        require(minHashes >= 1 && minHashes <= 1024, "minHashes", "must be between 1 and 1024, was " + minHashes);
        require(bands >= 1, "bands", "must be positive, was " + bands);
        require(minHashes % bands == 0, "bands", "must divide processor.minHashes (" + minHashes + "), was " + bands);
        require(jaccardThreshold > 0 && jaccardThreshold <= 1, "jaccardThreshold", "must be in (0, 1], was " + jaccardThreshold);
        require(containmentThreshold > 0 && containmentThreshold <= 1, "containmentThreshold", "must be in (0, 1], was " + containmentThreshold);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            require(rule != null, "rules[" + i + "]", "must not be empty", "");
            require(!rule.id().isBlank(), "rules[" + i + "].id", "must not be blank", "");
            require(!rule.query().isBlank(), "rules[" + i + "].query", "must not be blank", "");
            try {
                RuleMatcher.checkQuery(rule);
            } catch (InvalidRuleException e) {
                throw new IllegalArgumentException("rules[" + i + "].query: " + e.getMessage(), e);
            }
        }
        return this;
    }

    /** The copy-detection part of this configuration. */
    public CopySettings copySettings() {
        return new CopySettings(copyWindow, storyWindow, shingleSize, minHashes, bands, jaccardThreshold, containmentThreshold);
    }

    private static void require(boolean ok, String key, String message) {
        require(ok, key, message, "processor.");
    }

    private static void require(boolean ok, String key, String message, String prefix) {
        if (!ok) {
            throw new IllegalArgumentException(prefix + key + ": " + message);
        }
    }
}
