package io.wirewatch.ingest.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Makes {@link java.net.http.HttpClient} connect a guarded plain-HTTP request to the address the
 * {@link AddressGuard} checked, not to whatever a second DNS lookup returns (DNS rebinding).
 *
 * <p>Java 17's HttpClient has no resolver hook (the resolver SPI came with Java 18), and connecting to an IP
 * literal would need the restricted {@code Host} header. Instead the request is sent through an "HTTP proxy"
 * that is the origin server itself at its checked address: the client connects to that address and sends the
 * request in absolute form ({@code GET http://host/path}) with the original {@code Host}, which every HTTP/1.1
 * server must accept (RFC 9112, 3.2.2). The address is resolved and checked in {@link #select}, once per
 * connection, so the check and the connection use one and the same answer.
 *
 * <p>HTTPS is left to the client's own resolution: a tunnel through the origin would not work, and there is
 * nothing to gain from rebinding it, since the TLS handshake authenticates the name before any request is sent
 * and an internal service has no certificate for the attacker's name.
 */
final class AddressPinning extends ProxySelector {

    /** The guard refused the address a connection would have gone to. */
    static final class Refused extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final transient BlockedAddressException blocked;

        Refused(BlockedAddressException blocked) {
            super(blocked.getMessage(), blocked);
            this.blocked = blocked;
        }

        BlockedAddressException blocked() {
            return blocked;
        }
    }

    private final AddressGuard guard;

    AddressPinning(AddressGuard guard) {
        this.guard = guard;
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (!"http".equals(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT))) {
            return List.of(Proxy.NO_PROXY);
        }
        try {
            int port = uri.getPort() < 0 ? 80 : uri.getPort();
            return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(guard.checkedAddress(uri), port)));
        } catch (BlockedAddressException e) {
            throw new Refused(e);
        }
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to remember: the next request resolves again
    }
}
