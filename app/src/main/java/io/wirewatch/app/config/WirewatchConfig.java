package io.wirewatch.app.config;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.wirewatch.alerts.AlertsConfig;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.dashboard.DashboardConfig;
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
        KafkaSettings kafka,
        @JsonProperty("data")
        String data,
        @JsonProperty("sources")
        List<SourceConfig> sources,
        @JsonProperty("rules")
        List<RuleSpec> rules,
        @JsonProperty("subscriptions")
        List<SubscriptionConfig> subscriptions,
        @JsonProperty("ingest")
        IngestConfig ingest,
        @JsonProperty("processor")
        ProcessorConfig processor,
        @JsonProperty("alerts")
        AlertsConfig alerts,
        @JsonProperty("ops")
        OpsSettings ops,
        @JsonProperty("dashboard")
        DashboardConfig dashboard) {

    /** The data directory when the file names none. */
    public static final String DEFAULT_DATA = "data";

    public WirewatchConfig {
        kafka = kafka == null ? KafkaSettings.defaults() : kafka;
        data = data == null || data.isBlank() ? DEFAULT_DATA : data;
        sources = sources == null ? List.of() : List.copyOf(sources);
        rules = rules == null ? List.of() : List.copyOf(rules);
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        ingest = ingest == null ? IngestConfig.defaults() : ingest;
        processor = processor == null ? ProcessorConfig.defaults() : processor;
        alerts = alerts == null ? AlertsConfig.defaults() : alerts;
        ops = ops == null ? OpsSettings.defaults() : ops;
        dashboard = dashboard == null ? DashboardConfig.defaults() : dashboard;
    }

    public Path dataDir() {
        return Path.of(data);
    }

    public List<Rule> ruleList() {
        return rules.stream().map(RuleSpec::toRule).toList();
    }

    /** Ingest settings with the top-level {@code sources}. */
    public IngestConfig ingestConfig() {
        return ingest.withSources(sources);
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
        dashboard.validate();
        return this;
    }
}
