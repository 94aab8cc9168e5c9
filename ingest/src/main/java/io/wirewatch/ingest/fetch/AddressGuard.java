package io.wirewatch.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses URLs whose host resolves to an address inside this machine or its private network.
 * Feed items and redirects are written by whoever controls the feed, so without this check a
 * hostile feed could make the ingester read internal services (server-side request forgery).
 * Operator-configured source URLs are trusted and never checked.
 *
 * <p>Checking a name and then letting the HTTP client resolve it again would leave a gap (DNS rebinding:
 * a public answer for the check, an internal one for the connection); {@link AddressPinning} connects plain
 * HTTP requests to the very address checked here.
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
        checkedAddress(url);
    }

    /**
     * Resolves the URL's host once, checks every address it has, and returns the one to connect to. A
     * connection made to this address, rather than to the name, cannot be turned to another one by a second
     * DNS answer (DNS rebinding). With {@code allowPrivateAddresses} nothing is refused, but the address is
     * still resolved here.
     */
    public InetAddress checkedAddress(URI url) throws BlockedAddressException {
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw new BlockedAddressException(url, "no host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new BlockedAddressException(url, "host " + host + " does not resolve");
        }
        if (addresses.length == 0) {
            throw new BlockedAddressException(url, "host " + host + " does not resolve");
        }
        if (!allowPrivateAddresses) {
            // Every address must be public: a name with one public and one private address is still a way in.
            for (InetAddress address : addresses) {
                String range = InternalAddresses.rangeOf(address);
                if (range != null) {
                    throw new BlockedAddressException(url,
                            "host " + host + " resolves to internal address " + address.getHostAddress() + " (" + range + ")");
                }
            }
        }
        return addresses[0];
    }
}
