package app.mitra.accounts.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * {@code MITRA_TRUSTED_PROXIES}: the addresses (or CIDR ranges) of the reverse proxies in front of
 * Mitra. Only a request that arrives from one of them has its {@code X-Forwarded-For} read; from
 * anywhere else the header is a claim anyone can make, and the connection's own address counts.
 */
final class TrustedProxies {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.]+(/\\d{1,3})?");

    private final List<IpAddressMatcher> proxies;

    TrustedProxies(String setting) {
        this.proxies = setting == null ? List.of() : Arrays.stream(setting.split(","))
                .map(String::strip).filter(entry -> !entry.isEmpty()).map(TrustedProxies::matcher).toList();
    }

    private static IpAddressMatcher matcher(String entry) {
        if (!IP_LITERAL.matcher(entry).matches()) {
            throw new IllegalArgumentException("MITRA_TRUSTED_PROXIES: '" + entry
                    + "' is not an IP address or a CIDR range (like 10.0.0.0/8); host names are not accepted");
        }
        return new IpAddressMatcher(entry);
    }

    /**
     * The client's address: the connection's own, or, when that is a trusted proxy, the right-most
     * address in {@code X-Forwarded-For} that is not a trusted proxy itself.
     */
    String clientAddress(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || !trusted(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String client = remoteAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!IP_LITERAL.matcher(hop).matches() || hop.contains("/")) {
                return client;
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    /**
     * The address as people read it: IPv6 in its short form (RFC 5952: "::1", not "0:0:0:0:0:0:0:1"),
     * anything else as it came.
     */
    static String readable(String address) {
        if (address == null || !address.contains(":") || !IP_LITERAL.matcher(address).matches()) {
            return address;
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress(); // a literal: parsed, never looked up
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
        if (bytes.length != 16) {
            return address;
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
            } else {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                    text.append(':');
                }
                text.append(Integer.toHexString(groups[i]));
            }
        }
        return text.toString();
    }

    boolean trusted(String address) {
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        return proxies.stream().anyMatch(proxy -> matchesQuietly(proxy, address));
    }

    private static boolean matchesQuietly(IpAddressMatcher proxy, String address) {
        try {
            return proxy.matches(address);
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    boolean any() {
        return !proxies.isEmpty();
    }
}
