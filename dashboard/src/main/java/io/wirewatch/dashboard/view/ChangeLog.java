package io.wirewatch.dashboard.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The changes of the views, numbered, for server-sent events: the newest {@code capacity} are kept
 * so that a client that reconnects with {@code Last-Event-ID} gets what it missed.
 */
public final class ChangeLog {

    /**
     * One change.
     *
     * @param id   sequence number, increasing from 1 (per process: a restart starts again)
     * @param type {@code story}, {@code claim} or {@code alert}
     * @param data the changed entry, as a JSON-ready object
     */
    public record Change(long id, String type, Object data) {
    }

    private final int capacity;
    private final Deque<Change> recent = new ArrayDeque<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private long next = 1;

    public ChangeLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Numbers the change, keeps it and tells every listener. */
    public Change append(String type, Object data) {
        Change change;
        synchronized (this) {
            change = new Change(next++, type, data);
            recent.addLast(change);
            if (recent.size() > capacity) {
                recent.removeFirst();
            }
        }
        for (Consumer<Change> listener : listeners) {
            listener.accept(change);
        }
        return change;
    }

    /**
     * The changes after {@code lastId}, oldest first; empty when some of them are no longer kept
     * (or {@code lastId} is from an earlier process), so that the client must reload instead.
     */
    public synchronized Optional<List<Change>> after(long lastId) {
        if (lastId >= next) {
            return Optional.empty();
        }
        Change oldest = recent.peekFirst();
        if (oldest != null && lastId + 1 < oldest.id()) {
            return Optional.empty();
        }
        List<Change> missed = new ArrayList<>();
        for (Change change : recent) {
            if (change.id() > lastId) {
                missed.add(change);
            }
        }
        return Optional.of(missed);
    }

    /** The id of the newest change, 0 before the first. */
    public synchronized long lastId() {
        return next - 1;
    }

    public void subscribe(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<Change> listener) {
        listeners.remove(listener);
    }
}
