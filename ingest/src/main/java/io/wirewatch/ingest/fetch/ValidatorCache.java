package io.wirewatch.ingest.fetch;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** ETag and Last-Modified per URL, remembered in memory so the next poll can ask "changed since?". */
final class ValidatorCache {

    /** The validators one response carried; either may be null. */
    record Validators(String etag, String lastModified) {

        boolean isEmpty() {
            return etag == null && lastModified == null;
        }
    }

    private final Map<URI, Validators> byUrl = new ConcurrentHashMap<>();

    Optional<Validators> get(URI url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    void remember(URI url, Validators validators) {
        if (validators.isEmpty()) {
            byUrl.remove(url);
        } else {
            byUrl.put(url, validators);
        }
    }
}
