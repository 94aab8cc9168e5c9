package io.wirewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.app.config.KafkaSettings;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.workload.RuleGenerator;
import io.wirewatch.events.Rule;
import io.wirewatch.processor.ProcessorConfig;

class BenchConfigTest {

    private static BenchSettings settings(int rules, int subscriptions, String bootstrap) {
        return new BenchSettings(100, rules, subscriptions, 0.4, 100, 20, bootstrap, null,
                ProcessorConfig.DEFAULT_SERVICE_REORDER_GRACE, Duration.ZERO, 42);
    }

    @Test
    void everyRuleIsWatchedByOneSubscriptionAndEverySubscriptionWatchesOne() {
        for (int[] shape : new int[][] {{50, 20}, {5, 20}, {10_000, 100}}) {
            List<Rule> rules = new RuleGenerator(42).generate(shape[0]);
            WirewatchConfig config = BenchConfig.of(settings(shape[0], shape[1], null), rules, "http://127.0.0.1:9/hook", "s3cret",
                    Path.of("/tmp/bench"), "run1", Map.of());

            List<SubscriptionConfig> subscriptions = config.subscriptions();
            assertThat(subscriptions).hasSize(shape[1]).allSatisfy(s -> assertThat(s.rules()).isNotEmpty());
            List<String> watched = subscriptions.stream().flatMap(s -> s.rules().stream()).distinct().toList();
            assertThat(watched).containsExactlyInAnyOrderElementsOf(rules.stream().map(Rule::id).toList());
            if (shape[1] <= shape[0]) {
                assertThat(subscriptions.stream().mapToInt(s -> s.rules().size()).sum()).isEqualTo(shape[0]);
            }
        }
    }

    @Test
    void theServicesGetRunsDefaultsWithTheBenchsOwnIdsAndWaits() {
        List<Rule> rules = new RuleGenerator(1).generate(3);
        WirewatchConfig config = BenchConfig.of(settings(3, 2, null), rules, "http://127.0.0.1:9/hook", "s3cret",
                Path.of("/tmp/bench"), "run1", Map.of());

        assertThat(config.kafka().embedded()).isTrue();
        assertThat(config.kafka().port()).isZero();
        assertThat(config.ops().port()).isZero();
        assertThat(config.processorConfig().applicationId()).isEqualTo("wirewatch-bench-processor-run1");
        assertThat(config.alertsConfig().applicationId()).isEqualTo("wirewatch-bench-alerts-run1");
        assertThat(config.processorConfig().reorderGraceOr(Duration.ZERO)).isEqualTo(ProcessorConfig.DEFAULT_SERVICE_REORDER_GRACE);
        assertThat(config.alertsConfig().groupWait()).isZero();
        assertThat(config.processorConfig().withApplicationId(ProcessorConfig.DEFAULT_APPLICATION_ID).withRules(List.of())
                .withReorderGrace(null)).isEqualTo(ProcessorConfig.defaults());
        assertThat(config.kafka().partitions()).isEqualTo(KafkaSettings.defaults().partitions());

        WirewatchConfig cluster = BenchConfig.of(settings(3, 2, "broker-1:9092"), rules, "http://127.0.0.1:9/hook", "s3cret",
                Path.of("/tmp/bench"), "run1", Map.of());
        assertThat(cluster.kafka().bootstrap()).isEqualTo("broker-1:9092");
    }

    @Test
    void outOfRangeOptionsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> new BenchSettings(100, 10, 5, 1.5, 100, 20, null, null, Duration.ZERO, Duration.ZERO, 1))
                .hasMessageContaining("--copy-ratio");
        assertThatThrownBy(() -> new BenchSettings(100, 10, 5, 0.4, 0, 20, null, null, Duration.ZERO, Duration.ZERO, 1))
                .hasMessageContaining("--rate");
        assertThatThrownBy(() -> new BenchSettings(5, 10, 5, 0.4, 10, 20, null, null, Duration.ZERO, Duration.ZERO, 1))
                .hasMessageContaining("--articles");
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> nanos = List.of(5_000_000L, 1_000_000L, 3_000_000L, 2_000_000L, 4_000_000L);
        assertThat(Percentiles.ms(nanos, 50)).isEqualTo(3.0);
        assertThat(Percentiles.ms(nanos, 99)).isEqualTo(5.0);
        assertThat(Percentiles.ms(List.of(), 50)).isNull();
    }
}
