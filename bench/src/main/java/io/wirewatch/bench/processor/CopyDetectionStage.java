package io.wirewatch.bench.processor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import io.wirewatch.events.Article;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.copies.CopyDetectionProcessor;
import io.wirewatch.processor.copies.CopyStores;
import io.wirewatch.processor.copies.FingerprintedArticle;
import io.wirewatch.processor.copies.Fingerprinter;
import io.wirewatch.processor.story.AssignedArticle;
import io.wirewatch.processor.story.EvidenceStoryMatcher;

/**
 * The copy-detection stage on its own: the production {@link Fingerprinter} and {@link CopyDetectionProcessor}
 * with its RocksDB stores on a temporary state directory, called directly, one after the other on one
 * thread ({@link PipelinedCopyDetection} runs the fingerprints on other threads, as the topology does).
 * What it leaves out is the runtime around it:
 * record (de)serialisation, the changelog sends of each store write (logging is off, the mock context has
 * no producer) and the test driver's per-record bookkeeping, which {@link CopyDetectionBenchmark} includes.
 */
final class CopyDetectionStage implements ArticleSink {

    private final Path stateDir;
    private final MockProcessorContext<String, AssignedArticle> context;
    private final List<StateStore> stores = new ArrayList<>();
    private final CopyDetectionProcessor processor;
    private final Fingerprinter fingerprinter;

    /** @param inMemory in-memory stores instead of RocksDB, to see RocksDB's share */
    CopyDetectionStage(boolean inMemory) {
        this(inMemory, ProcessorConfig.defaults());
    }

    /** @param config the windows and tuning of the processor, e.g. windows that keep every article live */
    CopyDetectionStage(boolean inMemory, ProcessorConfig config) {
        stateDir = TempDirs.create("wirewatch-bench-stage");
        Properties props = ProcessorUnderTest.streamsProperties("wirewatch-bench-stage");
        context = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir.toFile());
        Function<String, KeyValueBytesStoreSupplier> supplier = inMemory ? Stores::inMemoryKeyValueStore : Stores::persistentKeyValueStore;
        List<StoreBuilder<?>> builders = new ArrayList<>(CopyStores.builders(supplier));
        builders.addAll(EvidenceStoryMatcher.storeBuilders(supplier));
        for (StoreBuilder<?> builder : builders) {
            // no record cache either: it needs the runtime's commit cycle, which the mock context has not
            StateStore store = builder.withLoggingDisabled().withCachingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
            stores.add(store);
        }
        processor = new CopyDetectionProcessor(config.copySettings(), EvidenceStoryMatcher.factory(config.storyWindow()));
        processor.init(context);
        fingerprinter = new Fingerprinter(config.copySettings());
    }

    /** The fingerprinting the topology does before the ordered partition. */
    Fingerprinter fingerprinter() {
        return fingerprinter;
    }

    @Override
    public void process(Article article) {
        process(new FingerprintedArticle(article, fingerprinter.fingerprint(article)));
    }

    /** The ordered part alone, for an article fingerprinted elsewhere. */
    void process(FingerprintedArticle article) {
        processor.process(new Record<>(article.article().id(), article, article.article().fetchedAt().toEpochMilli()));
        context.resetForwards();
    }

    /** Processes the article and returns what the processor forwarded for it: its verdict and any revised ones. */
    List<AssignedArticle> verdicts(Article article) {
        FingerprintedArticle fingerprinted = new FingerprintedArticle(article, fingerprinter.fingerprint(article));
        processor.process(new Record<>(article.id(), fingerprinted, article.fetchedAt().toEpochMilli()));
        List<AssignedArticle> forwarded = context.forwarded().stream().<AssignedArticle>map(f -> f.record().value()).toList();
        context.resetForwards();
        return forwarded;
    }

    /** Bytes the state stores hold on disk now. */
    long stateBytesOnDisk() {
        return TempDirs.bytesUnder(stateDir);
    }

    @Override
    public void close() {
        processor.close();
        stores.forEach(StateStore::close);
        TempDirs.deleteQuietly(stateDir);
    }
}
