package org.grassroots.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
    @Test
    void forwardedHeadersAreIgnoredWithoutTrustedProxies() {
        ClientAddress none = ClientAddress.parse("");
        assertEquals("192.0.2.10", none.resolve("192.0.2.10", "for=198.51.100.7", "198.51.100.7"));
    }

    @Test
    void forwardedHeadersAreIgnoredFromAnUntrustedConnection() {
        ClientAddress trusting = ClientAddress.parse("10.0.0.5");
        assertEquals("192.0.2.10", trusting.resolve("192.0.2.10", null, "198.51.100.7"));
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        ClientAddress trusting = ClientAddress.parse("10.0.0.5, 10.0.0.6");
        assertEquals("198.51.100.7", trusting.resolve("10.0.0.5", null, "198.51.100.7"));
        // the rightmost untrusted hop: a client cannot hide behind a forged first entry
        assertEquals("198.51.100.7", trusting.resolve("10.0.0.5", null, "6.6.6.6, 198.51.100.7, 10.0.0.6"));
        assertEquals("198.51.100.7", trusting.resolve("10.0.0.5",
                "for=6.6.6.6, for=\"198.51.100.7:4711\";proto=https, for=10.0.0.6", "ignored"));
        assertEquals("2001:db8::7", trusting.resolve("10.0.0.5", "For=\"[2001:db8::7]:443\"", null));
        assertEquals("10.0.0.5", trusting.resolve("10.0.0.5", null, null), "no header: the proxy itself");
    }

    @Test
    void ipv6LoopbackIsOneAddress() {
        assertEquals("198.51.100.7", ClientAddress.parse("::1").resolve("0:0:0:0:0:0:0:1", null, "198.51.100.7"));
    }
}
