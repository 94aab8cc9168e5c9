package io.wirewatch.ingest.seen;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
 *
 * <p>Bounded: an entry remembers the day its article was last seen in a poll, and entries not seen
 * for {@link #RETENTION} are forgotten when the store is saved. Feeds drop items long before that,
 * so forgetting cannot bring an article back; the day (not the instant) is kept so that the file is
 * rewritten at most once a day for articles that merely stay in a feed.
 */
public final class SeenStore {

    /** How long an article no poll has seen is remembered. */
    public static final Duration RETENTION = Duration.ofDays(90);

    /**
     * What was last published for an article.
     *
     * @param lastSeenDay epoch day of the last poll that saw it; 0 in files written before it existed
     */
    public record Seen(String contentHash, int version, long lastSeenDay) {

        public Seen(String contentHash, int version) {
            this(contentHash, version, 0);
        }

        Seen seenOn(long day) {
            return new Seen(contentHash, version, day);
        }
    }

    private static final TypeReference<TreeMap<String, Seen>> FORMAT = new TypeReference<>() {
    };

    private final JsonStateFile<TreeMap<String, Seen>> file;
    private final Map<String, Seen> seen;
    private final Clock clock;
    private boolean dirty;

    private SeenStore(JsonStateFile<TreeMap<String, Seen>> file, Map<String, Seen> seen, Clock clock) {
        this.file = file;
        this.seen = seen;
        this.clock = clock;
    }

    /** Opens the store in the file, empty when the file does not exist yet. */
    public static SeenStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that dates sightings. */
    public static SeenStore open(Path file, Clock clock) {
        JsonStateFile<TreeMap<String, Seen>> stateFile = new JsonStateFile<>(file, FORMAT, "the seen-articles state");
        return new SeenStore(stateFile, new HashMap<>(stateFile.read().orElseGet(TreeMap::new)), clock);
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
            long today = today();
            if (last.lastSeenDay() != today) {
                seen.put(article.id(), last.seenOn(today));
                dirty = true;
            }
            return Optional.empty();
        }
        return Optional.of(withVersion(article, last.version() + 1));
    }

    /** Records a publication that the broker acknowledged. */
    public synchronized void record(Article published) {
        seen.put(published.id(), new Seen(published.contentHash(), published.version(), today()));
        dirty = true;
    }

    public synchronized Optional<Seen> get(String articleId) {
        return Optional.ofNullable(seen.get(articleId));
    }

    public synchronized int size() {
        return seen.size();
    }

    /** Forgets articles unseen for {@link #RETENTION}, then writes the state if it changed since the last save. */
    public synchronized void save() {
        long oldestKept = today() - RETENTION.toDays();
        // Entries from files older than lastSeenDay (day 0) are dated today instead of being dropped.
        seen.replaceAll((id, entry) -> entry.lastSeenDay() == 0 ? entry.seenOn(today()) : entry);
        dirty |= seen.values().removeIf(entry -> entry.lastSeenDay() < oldestKept);
        if (!dirty) {
            return;
        }
        file.write(new TreeMap<>(seen));
        dirty = false;
    }

    private long today() {
        return LocalDate.now(clock).toEpochDay();
    }

    private static Article withVersion(Article a, int version) {
        return new Article(a.schemaVersion(), a.id(), version, a.sourceId(), a.origin(), a.url(), a.title(), a.text(),
                a.language(), a.authors(), a.publishedAt(), a.fetchedAt(), a.contentHash());
    }
}
