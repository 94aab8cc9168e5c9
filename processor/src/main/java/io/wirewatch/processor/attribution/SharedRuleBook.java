package io.wirewatch.processor.attribution;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import io.wirewatch.events.Rule;
import io.wirewatch.processor.rules.RuleMatcher;

/**
 * One {@link RuleBook} for all claim tasks of one topology instance, however many partitions and stream
 * threads run them: a matcher holds every rule in a Lucene index, which costs memory and start-up time
 * per copy, and the rules are the same for every task. The matcher is thread-safe; syncing is serialised
 * here.
 *
 * <p>Syncing compares the whole watch list, so it runs only when the rules topic changed since the last
 * sync ({@link #rulesChanged()}, called by the global store's updater) and once on first use, which
 * covers rules the global store restored at start-up without its updater.
 */
public final class SharedRuleBook {

    private final List<Rule> configuredRules;
    private final AtomicLong changes = new AtomicLong();
    private long syncedAt = -1;
    private RuleBook book;
    private int users;

    public SharedRuleBook(List<Rule> configuredRules) {
        this.configuredRules = List.copyOf(configuredRules);
    }

    /** A task starts using the rules; builds them on first use. */
    public synchronized void open() {
        if (users++ == 0) {
            book = new RuleBook(configuredRules);
            syncedAt = -1;
        }
    }

    /** A task stops using the rules; the last one closes the matcher. */
    public synchronized void close() {
        if (--users == 0) {
            book.close();
            book = null;
        }
    }

    /** The rules topic changed (a rule put or deleted in the global store). */
    void rulesChanged() {
        changes.incrementAndGet();
    }

    /** The matcher, in step with the configuration and the rules topic. */
    RuleMatcher matcher(ReadOnlyKeyValueStore<String, Rule> topicRules) {
        long now = changes.get();
        synchronized (this) {
            if (book == null) {
                throw new IllegalStateException("rules used by a task that did not open them");
            }
            if (now != syncedAt) {
                book.sync(topicRules);
                syncedAt = now;
            }
            return book.matcher();
        }
    }
}
