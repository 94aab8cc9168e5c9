package io.wirewatch.processor.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.wirewatch.events.Rule;
import io.wirewatch.processor.rules.InvalidRuleException;
import io.wirewatch.processor.rules.RuleMatcher;

/**
 * Keeps one {@link RuleMatcher} in step with the effective watch list: the configured rules, overridden
 * or extended by the rules on the rules topic (held in a global store). A tombstone on the topic removes
 * the topic's rule; a configured rule with the same id then applies again, because the configuration is
 * the baseline that only a restart changes. A rule whose query does not parse is logged and skipped.
 */
final class RuleBook implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);

    private final Map<String, Rule> configured = new LinkedHashMap<>();
    private final Map<String, Rule> applied = new HashMap<>();
    private final RuleMatcher matcher;

    RuleBook(List<Rule> configuredRules) {
        configuredRules.forEach(rule -> configured.put(rule.id(), rule));
        this.matcher = new RuleMatcher(List.of());
        apply(configured.values());
    }

    RuleMatcher matcher() {
        return matcher;
    }

    /** Applies the differences between what the matcher has and what the rules should be now. */
    void sync(ReadOnlyKeyValueStore<String, Rule> topicRules) {
        Map<String, Rule> effective = new HashMap<>(configured);
        try (KeyValueIterator<String, Rule> all = topicRules.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value != null) {
                    effective.put(entry.key, entry.value);
                }
            });
        }
        List<Rule> changed = new ArrayList<>();
        for (Map.Entry<String, Rule> entry : effective.entrySet()) {
            if (!entry.getValue().equals(applied.get(entry.getKey()))) {
                changed.add(entry.getValue());
            }
        }
        apply(changed);
        for (String id : List.copyOf(applied.keySet())) {
            if (!effective.containsKey(id)) {
                matcher.remove(id);
                applied.remove(id);
            }
        }
    }

    /**
     * Puts rules in one registration. A query that does not parse is logged and remembered as applied, so
     * it is reported once and not on every article; the rule's previous version, if any, stays active.
     */
    private void apply(Collection<Rule> rules) {
        if (rules.isEmpty()) {
            return;
        }
        for (InvalidRuleException e : matcher.putAll(rules)) {
            LOG.warn("ignoring rule {}: {}", e.ruleId(), e.getMessage());
        }
        rules.forEach(rule -> applied.put(rule.id(), rule));
    }

    @Override
    public void close() {
        matcher.close();
    }
}
