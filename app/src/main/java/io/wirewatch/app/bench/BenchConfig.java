package io.wirewatch.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.wirewatch.app.config.ConfigLoader;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.events.Rule;

/**
 * The configuration a bench run starts the services with, written as a configuration file and loaded by
 * {@link ConfigLoader}, so that it is checked and completed exactly as {@code run}'s is: every setting not
 * named here (exactly-once, stream threads, partitions, windows, retries) is the product's default.
 */
final class BenchConfig {

    private BenchConfig() {
    }

    /**
     * @param webhookUrl where every subscription's webhook posts
     * @param runId      makes the application ids of this run its own, so that a cluster's earlier runs
     *                   leave it no state
     */
    static WirewatchConfig of(BenchSettings settings, List<Rule> rules, String webhookUrl, String webhookSecret, Path dataDir, String runId,
            Map<String, String> env) {
        Map<String, Object> file = new LinkedHashMap<>();
        Map<String, Object> kafka = new LinkedHashMap<>();
        if (settings.embedded()) {
            kafka.put("port", 0);
        } else {
            kafka.put("bootstrap", settings.bootstrap());
        }
        file.put("kafka", kafka);
        file.put("data", dataDir.toString());
        file.put("rules", rules.stream().map(r -> Map.of("id", r.id(), "query", r.query())).toList());
        file.put("subscriptions", subscriptions(settings.subscriptions(), rules, webhookUrl, webhookSecret));
        file.put("processor", Map.of("applicationId", "wirewatch-bench-processor-" + runId,
                "reorderGrace", settings.reorderGrace().toString()));
        file.put("alerts", Map.of("applicationId", "wirewatch-bench-alerts-" + runId,
                "groupWait", settings.groupWait().toString()));
        file.put("ops", Map.of("port", 0));
        try {
            return ConfigLoader.parse(new YAMLMapper().writeValueAsString(file), "wirewatch bench", env).validate();
        } catch (JsonProcessingException e) {
            throw new BenchException("cannot write the bench configuration", e);
        }
    }

    /** Rule i goes to subscription i mod M; a subscription left without one watches rule j mod N. */
    static List<Map<String, Object>> subscriptions(int count, List<Rule> rules, String webhookUrl, String secret) {
        List<List<String>> watched = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            watched.add(new ArrayList<>());
        }
        for (int i = 0; i < rules.size(); i++) {
            watched.get(i % count).add(rules.get(i).id());
        }
        List<Map<String, Object>> subscriptions = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            List<String> ids = watched.get(j).isEmpty() ? List.of(rules.get(j % rules.size()).id()) : watched.get(j);
            subscriptions.add(Map.of("id", "bench-desk-" + j, "rules", ids,
                    "channels", List.of(Map.of("type", "webhook", "url", webhookUrl, "secret", secret))));
        }
        return subscriptions;
    }
}
