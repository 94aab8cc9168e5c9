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
            "::1", "fe80::1", "fd12:3456::1",
            // shared address space (cloud metadata services live there), benchmarking, special IPv4 ranges
            "100.100.100.200", "100.64.0.1", "100.127.255.254", "198.18.0.1", "198.19.255.255", "0.1.2.3",
            "192.0.0.170", "192.0.2.1", "198.51.100.7", "203.0.113.9", "224.0.0.251", "239.255.255.250",
            "240.0.0.1", "255.255.255.255",
            // IPv6 forms that carry a private IPv4 address: NAT64, 6to4, IPv4-mapped and -compatible
            "64:ff9b::a00:1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:a00:1::", "2002:7f00:1::1",
            "2002:a9fe:a9fe::", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::10.0.0.1", "::",
            // other special IPv6 ranges
            "64:ff9b:1::1", "100::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:db8::1", "fec0::1", "ff02::1",
            "fc00::1"})
    void internalAddressesAreRefused(String address) {
        assertThatThrownBy(() -> guardResolvingTo(address, false).check(URI.create("http://intranet.example/x")))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("intranet.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "100.63.255.255", "100.128.0.1",
            "198.17.255.255", "198.20.0.1", "64:ff9b::5db8:d822", "2002:5db8:d822::1", "::ffff:93.184.216.34",
            "2a00:1450:4001:82b::200e", "223.255.255.255", "11.0.0.1", "172.32.0.1", "192.169.0.1"})
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
