package org.grassroots.rest.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The client's address as the audit trail and the sign-in throttle should see it. Behind a reverse proxy the
 * connection comes from the proxy; the proxy names the client in {@code Forwarded} (RFC 7239) or
 * {@code X-Forwarded-For}. Those headers are believed only when the connection comes from a configured trusted
 * proxy, as anyone else could write them; walking the list from the right, each trusted proxy hands over to the
 * address before it, and the first address that is not a trusted proxy is the client.
 */
final class ClientAddress {
    private final Set<String> trustedProxies;

    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    static ClientAddress parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return new ClientAddress(Set.of());
        }
        List<String> proxies = new ArrayList<>();
        for (String entry : commaSeparated.split(",")) {
            if (!entry.isBlank()) {
                proxies.add(normalize(entry.trim()));
            }
        }
        return new ClientAddress(Set.copyOf(proxies));
    }

    /** The client address for a connection from {@code remote} carrying these headers (either may be null). */
    String resolve(String remote, String forwarded, String xForwardedFor) {
        if (!trusted(remote)) {
            return remote;
        }
        List<String> hops = forwarded != null && !forwarded.isBlank() ? forwardedFor(forwarded) : xForwardedFor(xForwardedFor);
        String client = remote;
        List<String> reversed = new ArrayList<>(hops);
        Collections.reverse(reversed);
        for (String hop : reversed) {
            client = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        return client.length() > 64 ? client.substring(0, 64) : client;
    }

    private boolean trusted(String address) {
        return address != null && trustedProxies.contains(normalize(address));
    }

    private static List<String> xForwardedFor(String header) {
        List<String> hops = new ArrayList<>();
        if (header != null) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        return hops;
    }

    /** The {@code for=} values of a {@code Forwarded} header, in order, without quotes, brackets or ports. */
    private static List<String> forwardedFor(String header) {
        List<String> hops = new ArrayList<>();
        for (String element : header.split(",")) {
            for (String pair : element.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).trim().equalsIgnoreCase("for")) {
                    hops.add(node(pair.substring(equals + 1).trim()));
                }
            }
        }
        return hops;
    }

    private static String node(String value) {
        String v = value.startsWith("\"") && value.endsWith("\"") && value.length() > 1
                ? value.substring(1, value.length() - 1) : value;
        if (v.startsWith("[")) {
            int close = v.indexOf(']');
            return close > 0 ? v.substring(1, close) : v;
        }
        int colon = v.indexOf(':');
        return colon > 0 && v.indexOf(':', colon + 1) < 0 ? v.substring(0, colon) : v;
    }

    /** IPv6 loopback is written several ways; compare in one form. */
    private static String normalize(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        return a.equals("0:0:0:0:0:0:0:1") ? "::1" : a;
    }
}
