package io.wirewatch.ingest.fetch;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** Caps the requests in flight to one host, so many sources on one site do not hammer it. */
final class HostLimiter {

    private final int permitsPerHost;
    private final Map<String, Semaphore> byHost = new ConcurrentHashMap<>();

    HostLimiter(int permitsPerHost) {
        this.permitsPerHost = permitsPerHost;
    }

    /** Blocks until a slot for the host is free; the returned handle frees it. */
    Permit acquire(String host) throws InterruptedException {
        Semaphore semaphore = byHost.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Semaphore(permitsPerHost, true));
        semaphore.acquire();
        return semaphore::release;
    }

    /** A held slot; release it exactly once. */
    @FunctionalInterface
    interface Permit {
        void release();
    }
}
