package io.wirewatch.ingest.fetch;

import java.net.URI;

/** A URL found in fetched content points at a loopback, private, link-local or unresolvable host. */
public final class BlockedAddressException extends FetchException {

    public BlockedAddressException(URI url, String reason) {
        super(url, NO_STATUS, "refused: " + reason);
    }
}
