package io.wirewatch.bench.processor;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * What the record caches did in a run, per store: the read hit ratio Kafka Streams records for each cache
 * (only at {@code metrics.recording.level=DEBUG}: {@code -Dstreams.metrics.recording.level=DEBUG}, with
 * {@code -Dstreams.metrics.sample.window.ms=3600000} so that the mean covers the whole run), and the
 * records each store's changelog received (the writes the cache did not absorb, plus one transaction marker
 * per commit that wrote to the partition).
 */
final class CacheReport {

    private static final String CACHE_METRICS = "kafka.streams:type=stream-record-cache-metrics,*";

    private CacheReport() {
    }

    /**
     * Per cache (store) name: the mean over its tasks of the read hit ratio (Streams records hits over reads
     * since the cache opened at each read; the metric is the mean of those within its sample window); empty
     * when the metrics were not recorded.
     */
    static Map<String, Double> hitRatios() throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Map<String, double[]> sums = new TreeMap<>();
        for (ObjectName name : server.queryNames(new ObjectName(CACHE_METRICS), null)) {
            String cache = name.getKeyProperty("record-cache-id");
            Object ratio = server.getAttribute(name, "hit-ratio-avg");
            if (cache == null || !(ratio instanceof Double value) || value.isNaN() || value.isInfinite()) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(cache, c -> new double[2]);
            sum[0] += value;
            sum[1]++;
        }
        Map<String, Double> ratios = new TreeMap<>();
        sums.forEach((cache, sum) -> ratios.put(cache, sum[0] / sum[1]));
        return ratios;
    }

    /** Records in each changelog topic of the application: store name → records (markers included). */
    static Map<String, Long> changelogRecords(Admin admin, String applicationId) throws Exception {
        String prefix = applicationId + "-";
        String suffix = "-changelog";
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        for (var description : admin.describeTopics(admin.listTopics().names().get(60, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith(prefix) && t.endsWith(suffix)).toList()).allTopicNames().get(60, TimeUnit.SECONDS).values()) {
            description.partitions().forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
        }
        Map<String, Long> records = new TreeMap<>();
        admin.listOffsets(latest).all().get(60, TimeUnit.SECONDS).forEach((partition, info) -> {
            String topic = partition.topic();
            records.merge(topic.substring(prefix.length(), topic.length() - suffix.length()), info.offset(), Long::sum);
        });
        return records;
    }

    /** One line per store: hit ratio (when recorded) and changelog records per article. */
    static String format(Map<String, Double> ratios, Map<String, Long> changelog, int articles) {
        StringBuilder out = new StringBuilder();
        TreeMap<String, Object> stores = new TreeMap<>(changelog);
        ratios.keySet().forEach(store -> stores.putIfAbsent(store, 0L));
        stores.keySet().forEach(store -> {
            Double ratio = ratios.get(store);
            long records = changelog.getOrDefault(store, 0L);
            out.append(String.format("  %-24s cache hit ratio %s, changelog %,d records (%.2f per article)%n", store,
                    ratio == null ? "–" : String.format("%.3f", ratio), records, records / (double) articles));
        });
        return out.toString();
    }
}
