package io.wirewatch.dashboard.web;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import io.javalin.http.sse.SseClient;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

import io.wirewatch.dashboard.view.ChangeLog;
import io.wirewatch.events.Json;

/**
 * One client of {@code /api/events} with its own bounded queue and its own sender thread, so that a
 * client that reads slowly (or not at all) delays nobody else: only its own thread blocks on the
 * socket. A client that falls more than {@code capacity} changes behind is disconnected; it comes
 * back with {@code Last-Event-ID} and gets what it missed from the change log (or a {@code reset}).
 */
final class EventSession implements Consumer<ChangeLog.Change> {

    private final SseClient client;
    private final ChangeLog changes;
    private final long lastSeen;
    private final BlockingQueue<ChangeLog.Change> queue;
    private final Consumer<EventSession> onEnd;
    private final Thread sender;
    private volatile boolean ended;

    /**
     * @param lastSeen the client's {@code Last-Event-ID}, or -1 without one
     * @param capacity changes that may wait for this client before it is disconnected
     * @param onEnd    called once when the session ends, whichever way
     */
    EventSession(SseClient client, ChangeLog changes, long lastSeen, int capacity, String threadName,
            Consumer<EventSession> onEnd) {
        this.client = client;
        this.changes = changes;
        this.lastSeen = lastSeen;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.onEnd = onEnd;
        this.sender = new Thread(this::run, threadName);
        this.sender.setDaemon(true);
    }

    void start() {
        client.onClose(this::end);
        sender.start();
    }

    /** Called by the change log on the feed's thread: never blocks. */
    @Override
    public void accept(ChangeLog.Change change) {
        if (!ended && !queue.offer(change)) {
            // Too far behind: cut the connection, which also fails a write blocked on its full socket.
            abortConnection();
            end();
        }
    }

    private void run() {
        try {
            // Subscribe before taking the backlog, so that nothing falls between the two; what is in
            // both (ids up to upTo) is sent once, from the backlog.
            changes.subscribe(this);
            if (ended) {
                // Closed before it was subscribed: end() could not unsubscribe it yet.
                changes.unsubscribe(this);
                return;
            }
            long upTo = changes.lastId();
            Optional<List<ChangeLog.Change>> missed = lastSeen < 0 ? Optional.of(List.of()) : changes.after(lastSeen);
            if (missed.isEmpty()) {
                send("reset", "{}", upTo);
            } else {
                for (ChangeLog.Change change : missed.get()) {
                    if (change.id() <= upTo) {
                        send(change.type(), Json.write(change.data()), change.id());
                    }
                }
                send("ready", "{}", upTo);
            }
            while (!ended && !client.terminated()) {
                ChangeLog.Change change = queue.take();
                if (change.id() > upTo) {
                    send(change.type(), Json.write(change.data()), change.id());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            end();
        }
    }

    private void send(String type, String json, long id) {
        if (!ended && !client.terminated()) {
            client.sendEvent(type, json, Long.toString(id));
        }
    }

    /** Ends the session: no more changes, the connection is closed, the sender thread stops. */
    void end() {
        if (ended) {
            return;
        }
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        changes.unsubscribe(this);
        client.close();
        sender.interrupt();
        onEnd.accept(this);
    }

    /** Closes the TCP connection under the response, failing any write that waits for the client to read. */
    private void abortConnection() {
        try {
            ServletContextRequest request = ServletContextRequest.getServletContextRequest(client.ctx().req());
            if (request != null) {
                request.getConnectionMetaData().getConnection().getEndPoint().close();
            }
        } catch (RuntimeException e) {
            // The request is already completed and recycled: the connection is gone anyway.
        }
    }
}
