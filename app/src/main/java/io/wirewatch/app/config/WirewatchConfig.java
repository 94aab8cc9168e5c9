package io.wirewatch.app.config;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.events.Rule;
import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.SourceConfig;
import io.wirewatch.processor.ProcessorConfig;

/**
 * The whole configuration file. Top-level lists ({@code sources}, {@code rules},
 * {@code subscriptions}) are what operators edit most; the per-service blocks hold tuning.
 */
public record WirewatchConfig(
        @JsonProperty("kafka")
        @JsonPropertyDescription("Kafka cluster or embedded broker, topic layout, pass-through client settings.")
        KafkaSettings kafka,
        @JsonProperty("data")
        @JsonPropertyDescription("Directory for the embedded broker's log, service state and demo files (default ./data).")
        String data,
        @JsonProperty("sources")
        @JsonPropertyDescription("Feeds, pages and local paths to poll.")
        List<SourceConfig> sources,
        @JsonProperty("rules")
        @JsonPropertyDescription("Watch-list rules: id and Lucene query.")
        List<RuleSpec> rules,
        @JsonProperty("subscriptions")
        @JsonPropertyDescription("Who is alerted for which rules, over which channels.")
        List<SubscriptionConfig> subscriptions,
        @JsonProperty("ingest")
        @JsonPropertyDescription("Fetching limits and politeness.")
        IngestConfig ingest,
        @JsonProperty("processor")
        @JsonPropertyDescription("Copy and story detection settings.")
        ProcessorConfig processor,
        @JsonProperty("alerts")
        @JsonPropertyDescription("Alert de-duplication and delivery settings.")
        AlertsConfig alerts,
        @JsonProperty("ops")
        @JsonPropertyDescription("Health and metrics HTTP server of each process.")
        OpsSettings ops) {

    public WirewatchConfig {
        kafka = kafka == null ? KafkaSettings.defaults() : kafka;
        data = data == null || data.isBlank() ? "data" : data;
        sources = sources == null ? List.of() : List.copyOf(sources);
        rules = rules == null ? List.of() : List.copyOf(rules);
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        ingest = ingest == null ? emptyIngest() : ingest;
        processor = processor == null ? emptyProcessor() : processor;
        alerts = alerts == null ? emptyAlerts() : alerts;
        ops = ops == null ? OpsSettings.defaults() : ops;
    }

    public Path dataDir() {
        return Path.of(data);
    }

    public List<Rule> ruleList() {
        return rules.stream().map(RuleSpec::toRule).toList();
    }

    /** Ingest settings with the top-level {@code sources}. */
    public IngestConfig ingestConfig() {
        return new IngestConfig(sources, ingest.userAgent(), ingest.maxBytes(), ingest.connectTimeout(),
                ingest.readTimeout(), ingest.maxRedirects(), ingest.perHostConcurrency(), ingest.allowPrivateAddresses());
    }

    /** Processor settings with the top-level {@code rules}. */
    public ProcessorConfig processorConfig() {
        return processor.withRules(ruleList());
    }

    /** Alerts settings with the top-level {@code subscriptions}. */
    public AlertsConfig alertsConfig() {
        return alerts.withSubscriptions(subscriptions);
    }

    /**
     * Checks what no single block can check alone.
     *
     * @throws IllegalArgumentException naming the key path
     */
    public WirewatchConfig validate() {
        if (!ingest.sources().isEmpty()) {
            throw new IllegalArgumentException("ingest.sources: list sources at the top level under 'sources'");
        }
        Set<String> ruleIds = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            RuleSpec rule = rules.get(i);
            if (rule.id() == null || rule.id().isBlank()) {
                throw new IllegalArgumentException("rules[" + i + "].id: must not be empty");
            }
            if (rule.query() == null || rule.query().isBlank()) {
                throw new IllegalArgumentException("rules[" + i + "].query: must not be empty");
            }
            if (!ruleIds.add(rule.id())) {
                throw new IllegalArgumentException("rules[" + i + "].id: duplicate '" + rule.id() + "'");
            }
        }
        ingestConfig().validate();
        processorConfig().validate();
        alertsConfig().validate(ruleIds);
        return this;
    }

    private static IngestConfig emptyIngest() {
        return new IngestConfig(null, null, null, null, null, null, null, null);
    }

    private static ProcessorConfig emptyProcessor() {
        return new ProcessorConfig(null, null, null, null, null, null, null, null, null);
    }

    private static AlertsConfig emptyAlerts() {
        return AlertsConfig.defaults();
    }
}
