package io.wirewatch.processor.state;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

/**
 * RocksDB settings for stores that are mostly asked for keys they do not hold: a new article's candidate
 * buckets, evidence keys and line hashes are new in the great majority of lookups.
 *
 * <p>Kafka Streams tunes every store for the opposite, lookups that hit: it turns on
 * {@code optimize_filters_for_hits}, which drops the Bloom filters of the last level, so that each miss
 * there searches index and data blocks. Turning it off, and adding a Bloom filter over the whole keys of
 * the memtables, makes a miss a filter probe. Measured with {@code CopyDetectionStageBenchmark}; the
 * README has the figures.
 */
public final class MissHeavyRocksDbConfig implements RocksDBConfigSetter {

    /** Share of a memtable's size spent on its Bloom filter (RocksDB's documented starting point is 0.1). */
    static final double MEMTABLE_BLOOM_RATIO = 0.1;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setOptimizeFiltersForHits(false);
        options.setMemtableWholeKeyFiltering(true);
        options.setMemtablePrefixBloomSizeRatio(MEMTABLE_BLOOM_RATIO);
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing allocated here: the options' own filter and cache belong to Kafka Streams
    }
}
