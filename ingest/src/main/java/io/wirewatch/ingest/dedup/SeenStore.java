package io.wirewatch.ingest.dedup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;

import io.wirewatch.events.Article;
import io.wirewatch.ingest.state.JsonStateFile;

/**
 * Article id → (content hash, version) of the last publication, persisted as one {@link JsonStateFile}.
 * Thread-safe.
 */
public final class SeenStore {

    /** What was last published for an article. */
    public record Seen(String contentHash, int version) {
    }

    private static final TypeReference<TreeMap<String, Seen>> FORMAT = new TypeReference<>() {
    };

    private final JsonStateFile<TreeMap<String, Seen>> file;
    private final Map<String, Seen> seen;
    private boolean dirty;

    private SeenStore(JsonStateFile<TreeMap<String, Seen>> file, Map<String, Seen> seen) {
        this.file = file;
        this.seen = seen;
    }

    /** Opens the store in the file, empty when the file does not exist yet. */
    public static SeenStore open(Path file) {
        JsonStateFile<TreeMap<String, Seen>> stateFile = new JsonStateFile<>(file, FORMAT, "the seen-articles state");
        return new SeenStore(stateFile, new HashMap<>(stateFile.read().orElseGet(TreeMap::new)));
    }

    /**
     * The article as it should be published — version 1 when new, the last version + 1 when its text
     * changed — or empty when this exact text was already published.
     */
    public synchronized Optional<Article> admit(Article article) {
        Seen last = seen.get(article.id());
        if (last == null) {
            return Optional.of(withVersion(article, 1));
        }
        if (last.contentHash().equals(article.contentHash())) {
            return Optional.empty();
        }
        return Optional.of(withVersion(article, last.version() + 1));
    }

    /** Records a publication that the broker acknowledged. */
    public synchronized void record(Article published) {
        seen.put(published.id(), new Seen(published.contentHash(), published.version()));
        dirty = true;
    }

    public synchronized Optional<Seen> get(String articleId) {
        return Optional.ofNullable(seen.get(articleId));
    }

    public synchronized int size() {
        return seen.size();
    }

    /** Writes the state if it changed since the last save. */
    public synchronized void save() {
        if (!dirty) {
            return;
        }
        file.write(new TreeMap<>(seen));
        dirty = false;
    }

    private static Article withVersion(Article a, int version) {
        return new Article(a.schemaVersion(), a.id(), version, a.sourceId(), a.origin(), a.url(), a.title(), a.text(),
                a.language(), a.authors(), a.publishedAt(), a.fetchedAt(), a.contentHash());
    }
}
