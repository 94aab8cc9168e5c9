package io.wirewatch.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The address ranges a link found in fetched content may not reach: everything that is not a globally
 * routed unicast address (IANA special-purpose registries, RFC 6890). IPv6 forms that carry an IPv4
 * address (IPv4-mapped and -compatible, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by the IPv4 address
 * they carry; Teredo (2001::/32) hides its client address and is refused as a whole.
 */
final class InternalAddresses {

    /** A network: the address bytes and how many leading bits count. */
    private record Range(byte[] prefix, int bits, String name) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private static final List<Range> IPV4 = List.of(
            range("0.0.0.0", 8, "this network"),
            range("10.0.0.0", 8, "private"),
            range("100.64.0.0", 10, "shared address space (carrier-grade NAT, cloud metadata)"),
            range("127.0.0.0", 8, "loopback"),
            range("169.254.0.0", 16, "link-local"),
            range("172.16.0.0", 12, "private"),
            range("192.0.0.0", 24, "IETF protocol assignments"),
            range("192.0.2.0", 24, "documentation"),
            range("192.88.99.0", 24, "6to4 relay anycast"),
            range("192.168.0.0", 16, "private"),
            range("198.18.0.0", 15, "benchmarking"),
            range("198.51.100.0", 24, "documentation"),
            range("203.0.113.0", 24, "documentation"),
            range("224.0.0.0", 4, "multicast"),
            range("240.0.0.0", 4, "reserved, broadcast"));

    private static final List<Range> IPV6 = List.of(
            range("::", 128, "unspecified"),
            range("::1", 128, "loopback"),
            range("64:ff9b:1::", 48, "local-use NAT64"),
            range("100::", 64, "discard-only"),
            range("2001::", 32, "Teredo"),
            range("2001:db8::", 32, "documentation"),
            range("fc00::", 7, "unique local"),
            range("fe80::", 10, "link-local"),
            range("fec0::", 10, "site-local"),
            range("ff00::", 8, "multicast"));

    /** IPv6 ranges whose last 32 bits are an IPv4 address. */
    private static final List<Range> IPV4_IN_LOW_BITS = List.of(
            range("::", 96, "IPv4-compatible"),
            range("::ffff:0:0", 96, "IPv4-mapped"),
            range("64:ff9b::", 96, "NAT64"));

    private static final Range SIX_TO_FOUR = range("2002::", 16, "6to4");

    private InternalAddresses() {
    }

    /** The name of the special range the address is in, or null when it is a public unicast address. */
    static String rangeOf(InetAddress address) {
        return rangeOf(address.getAddress());
    }

    private static String rangeOf(byte[] address) {
        if (address.length == 4) {
            return first(IPV4, address);
        }
        String special = first(IPV6, address);
        if (special != null) {
            return special;
        }
        for (Range carrier : IPV4_IN_LOW_BITS) {
            if (carrier.contains(address)) {
                return embedded(carrier, Arrays.copyOfRange(address, 12, 16));
            }
        }
        if (SIX_TO_FOUR.contains(address)) {
            return embedded(SIX_TO_FOUR, Arrays.copyOfRange(address, 2, 6));
        }
        return null;
    }

    private static String embedded(Range carrier, byte[] ipv4) {
        String inner = first(IPV4, ipv4);
        return inner == null ? null : carrier.name() + " of a " + inner + " address";
    }

    private static String first(List<Range> ranges, byte[] address) {
        for (Range range : ranges) {
            if (range.contains(address)) {
                return range.name();
            }
        }
        return null;
    }

    private static Range range(String literal, int bits, String name) {
        try {
            // Literals only, so no lookup happens; an IPv4-mapped literal would come back as IPv4, none is listed.
            return new Range(InetAddress.getByName(literal).getAddress(), bits, name);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + literal, e);
        }
    }
}
