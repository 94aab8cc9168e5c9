package io.wirewatch.ingest;

import java.time.Clock;
import java.util.Optional;

import io.wirewatch.ingest.fetch.HttpFetcher;
import io.wirewatch.ingest.source.ArticleFactory;
import io.wirewatch.ingest.source.SourceBatch;
import io.wirewatch.ingest.source.SourceException;
import io.wirewatch.ingest.source.SourceLoader;
import io.wirewatch.ingest.source.SourceSpec;

/**
 * One-shot reads of a URL, {@code file:} URI, file or directory, as {@code wirewatch fetch} and
 * {@code wirewatch replay} need them. Articles get sourceId {@value #CLI_SOURCE_ID}; a URL that matches a
 * configured source uses that source's headers, language and fetchFullPage.
 */
public final class SourceReader implements AutoCloseable {

    /** The sourceId of articles read ad hoc. */
    public static final String CLI_SOURCE_ID = "cli";

    private final IngestConfig config;
    private final SourceLoader loader;

    public SourceReader(IngestConfig config) {
        this.config = config.validate();
        this.loader = new SourceLoader(new HttpFetcher(config.fetchPolicy()), new ArticleFactory(Clock.systemUTC()));
    }

    /** Reads the source; never throws for a bad source, the problem is in {@link SourceBatch#errors()}. */
    public SourceBatch read(String source) {
        if (source == null || source.isBlank()) {
            return SourceBatch.failed("empty source argument");
        }
        Optional<SourceConfig> configured = config.sources().stream()
                .filter(s -> s.url().trim().equals(source.trim()))
                .findFirst();
        SourceSpec spec = new SourceSpec(CLI_SOURCE_ID, source,
                configured.map(SourceConfig::headers).orElse(null),
                configured.map(SourceConfig::language).orElse(null),
                configured.map(SourceConfig::fetchFullPage).orElse(false),
                false);
        try {
            return loader.load(spec);
        } catch (SourceException e) {
            return SourceBatch.failed(e.getMessage());
        } catch (RuntimeException e) {
            // A bug in extraction must not take the command down: say which source triggered it.
            return SourceBatch.failed(source + ": unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Nothing to release yet (the JDK 17 HttpClient has no close); kept so callers use try-with-resources. */
    @Override
    public void close() {
        // no resources held beyond garbage-collected ones
    }
}
