package io.wirewatch.ingest.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;

import io.wirewatch.ingest.state.JsonStateFile;

/**
 * ETag and Last-Modified per URL, so the next poll can ask "changed since?". Kept in memory for one-shot
 * reads, or in a {@link JsonStateFile} so that a restarted service still sends conditional GETs instead
 * of downloading every feed again. Thread-safe.
 */
public final class ValidatorCache {

    /** The validators one response carried; either may be null. */
    public record Validators(String etag, String lastModified) {

        boolean isEmpty() {
            return etag == null && lastModified == null;
        }
    }

    private static final TypeReference<TreeMap<String, Validators>> FORMAT = new TypeReference<>() {
    };

    private final Map<String, Validators> byUrl = new ConcurrentHashMap<>();
    private final JsonStateFile<TreeMap<String, Validators>> file;

    private ValidatorCache(JsonStateFile<TreeMap<String, Validators>> file) {
        this.file = file;
        if (file != null) {
            file.read().ifPresent(byUrl::putAll);
        }
    }

    /** Forgotten when the JVM ends. */
    public static ValidatorCache inMemory() {
        return new ValidatorCache(null);
    }

    /** Loaded from the file when it exists, and written back on every change. */
    public static ValidatorCache persistentIn(Path file) {
        return new ValidatorCache(new JsonStateFile<>(file, FORMAT, "the HTTP validator state"));
    }

    Optional<Validators> get(URI url) {
        return Optional.ofNullable(byUrl.get(url.toString()));
    }

    void remember(URI url, Validators validators) {
        Validators previous = validators.isEmpty() ? byUrl.remove(url.toString()) : byUrl.put(url.toString(), validators);
        if (!validators.equals(previous) && !(validators.isEmpty() && previous == null)) {
            save();
        }
    }

    /** Drops what is known about the URL, so its next fetch downloads it whole. */
    void forget(URI url) {
        if (byUrl.remove(url.toString()) != null) {
            save();
        }
    }

    private synchronized void save() {
        if (file != null) {
            file.write(new TreeMap<>(byUrl));
        }
    }
}
