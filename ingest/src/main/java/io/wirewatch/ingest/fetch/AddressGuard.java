package io.wirewatch.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses URLs whose host resolves to an address inside this machine or its private network.
 * Feed items and redirects are written by whoever controls the feed, so without this check a
 * hostile feed could make the ingester read internal services (server-side request forgery).
 * Operator-configured source URLs are trusted and never checked.
 */
public final class AddressGuard {

    /** Looks host names up; replaceable so tests can resolve names without DNS. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivateAddresses;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivateAddresses) {
        this(allowPrivateAddresses, InetAddress::getAllByName);
    }

    public AddressGuard(boolean allowPrivateAddresses, Resolver resolver) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.resolver = resolver;
    }

    /** Throws when the URL may not be fetched; returns normally otherwise. */
    public void check(URI url) throws BlockedAddressException {
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw new BlockedAddressException(url, "no host");
        }
        if (allowPrivateAddresses) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new BlockedAddressException(url, "host " + host + " does not resolve");
        }
        // Every address must be public: a name with one public and one private address is still a way in.
        for (InetAddress address : addresses) {
            String range = InternalAddresses.rangeOf(address);
            if (range != null) {
                throw new BlockedAddressException(url,
                        "host " + host + " resolves to internal address " + address.getHostAddress() + " (" + range + ")");
            }
        }
    }
}
