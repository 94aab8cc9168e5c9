package io.wirewatch.processor.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.Rule;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.rules.RuleMatcher;

class SharedRuleBookTest {

    private final SharedRuleBook book = new SharedRuleBook(List.of(Rule.of("configured", "raketen")));
    private KeyValueStore<String, Rule> topicRules;

    @BeforeEach
    void openStore() {
        topicRules = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("rules"), Serdes.String(), Topics.RULES.valueSerde())
                .withLoggingDisabled().build();
        MockProcessorContext<Void, Void> context = new MockProcessorContext<>();
        topicRules.init(context.getStateStoreContext(), topicRules);
    }

    @AfterEach
    void closeStore() {
        topicRules.close();
    }

    @Test
    void everyUserSharesOneIndexUntilTheLastLeaves() {
        book.open();
        book.open();
        RuleMatcher first = book.matcher(topicRules);
        book.close();
        assertThat(book.matcher(topicRules)).isSameAs(first);
        book.close();
        assertThatThrownBy(() -> book.matcher(topicRules)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTopicRuleAppliesOnceTheUpdaterReportsAChange() {
        book.open();
        assertThat(book.matcher(topicRules).match("Die Drohnen kamen nachts.", "de")).isEmpty();
        topicRules.put("drones", Rule.of("drones", "drohne*"));
        // Not reported yet: the index is not compared with the store on every article.
        assertThat(book.matcher(topicRules).match("Die Drohnen kamen nachts.", "de")).isEmpty();
        book.rulesChanged();
        assertThat(book.matcher(topicRules).match("Die Drohnen kamen nachts.", "de")).containsOnlyKeys("drones");
        book.close();
    }

    @Test
    void rulesAlreadyInTheStoreApplyOnFirstUse() {
        topicRules.put("drones", Rule.of("drones", "drohne*")); // as restored at start-up, without the updater
        book.open();
        assertThat(book.matcher(topicRules).match("Die Drohnen kamen nachts.", "de")).containsOnlyKeys("drones");
        book.close();
    }
}
