package io.wirewatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    /** Resolves "name" hosts to the address given in the test, without DNS. */
    private static AddressGuard guardResolvingTo(String address, boolean allowPrivate) {
        return new AddressGuard(allowPrivate, host -> new InetAddress[] {InetAddress.getByName(address)});
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.178.1", "169.254.169.254", "0.0.0.0",
            "::1", "fe80::1", "fd12:3456::1"})
    void internalAddressesAreRefused(String address) {
        assertThatThrownBy(() -> guardResolvingTo(address, false).check(URI.create("http://intranet.example/x")))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("intranet.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"})
    void publicAddressesPass(String address) {
        assertThatCode(() -> guardResolvingTo(address, false).check(URI.create("https://news.example/a")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3"})
    void allowPrivateAddressesLetsThemThrough(String address) {
        assertThatCode(() -> guardResolvingTo(address, true).check(URI.create("http://intranet.example/x")))
                .doesNotThrowAnyException();
    }

    @org.junit.jupiter.api.Test
    void unresolvableHostIsRefused() {
        AddressGuard guard = new AddressGuard(false, host -> {
            throw new UnknownHostException(host);
        });
        assertThatThrownBy(() -> guard.check(URI.create("http://nowhere.invalid/")))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("does not resolve");
    }
}
