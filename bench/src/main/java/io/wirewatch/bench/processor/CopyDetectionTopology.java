package io.wirewatch.bench.processor;

import java.util.Arrays;
import java.util.stream.Stream;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

import io.wirewatch.events.Topics;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.copies.CopyDetectionProcessor;
import io.wirewatch.processor.copies.CopyStores;
import io.wirewatch.processor.copies.FingerprintedArticle;
import io.wirewatch.processor.copies.Fingerprinter;
import io.wirewatch.processor.story.AssignedArticle;
import io.wirewatch.processor.story.EvidenceStoryMatcher;

/**
 * Copy detection and story assignment alone, as the processor topology runs them (same processor, same
 * RocksDB stores, evidence story matcher), without the single-partition repartition, claim extraction,
 * rule matching and the story and claim outputs: what is left when those are subtracted.
 */
final class CopyDetectionTopology {

    private CopyDetectionTopology() {
    }

    static Topology build() {
        ProcessorConfig config = ProcessorConfig.defaults();
        StreamsBuilder builder = new StreamsBuilder();
        CopyStores.builders().forEach(builder::addStateStore);
        EvidenceStoryMatcher.storeBuilders().forEach(builder::addStateStore);
        String[] stores = Stream.concat(Arrays.stream(CopyStores.names()), EvidenceStoryMatcher.storeNames().stream())
                .toArray(String[]::new);
        Fingerprinter fingerprinter = new Fingerprinter(config.copySettings());
        builder.stream(Topics.ARTICLES.name(), Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde()))
                .mapValues(article -> new FingerprintedArticle(article, fingerprinter.fingerprint(article)))
                .process(() -> new CopyDetectionProcessor(config.copySettings(), EvidenceStoryMatcher.factory(config.storyWindow())),
                        Named.as("copy-detection"), stores)
                .mapValues(AssignedArticle::assignment, Named.as("assignment"))
                .to(Topics.ASSIGNMENTS.name(), Produced.with(Topics.ASSIGNMENTS.keySerde(), Topics.ASSIGNMENTS.valueSerde()));
        return builder.build();
    }
}
