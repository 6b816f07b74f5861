package io.dossier.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(Optional.of("10.0.0.0/8, 192.168.1.5 ,fd00::/8"));

    @Test
    void rangesMatchByTheirPrefix() {
        assertTrue(proxies.trusted("10.200.3.4"));
        assertTrue(proxies.trusted("192.168.1.5"));
        assertFalse(proxies.trusted("192.168.1.6"));
        assertTrue(proxies.trusted("fd12::1"));
        assertFalse(proxies.trusted("fe80::1"));
        assertFalse(proxies.trusted("proxy.example")); // never a DNS lookup
    }

    @Test
    void aStrangersForwardedHeadersChangeNothing() {
        TrustedProxies.Client client =
                proxies.client("203.0.113.9", false, "example.org", "127.0.0.1", "https", "evil.example");
        assertEquals(new TrustedProxies.Client("203.0.113.9", false, "example.org"), client);
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightMostUntrustedHop() {
        // The client forged a first entry; our two proxies appended the real address and each other.
        TrustedProxies.Client client = proxies.client(
                "10.0.0.2", false, "backend:8080", "1.2.3.4, 198.51.100.7, 10.0.0.1", "https", "example.org");
        assertEquals(new TrustedProxies.Client("198.51.100.7", true, "example.org"), client);
    }

    @Test
    void theNearestProxysProtocolAndHostCount() {
        TrustedProxies.Client client =
                proxies.client("10.0.0.2", true, "example.org", null, "https, http", "evil.example, example.org");
        assertEquals(new TrustedProxies.Client("10.0.0.2", false, "example.org"), client);
    }

    @Test
    void garbageInTheChainStopsTheWalk() {
        TrustedProxies.Client client =
                proxies.client("10.0.0.2", false, "example.org", "198.51.100.7, unknown, 10.0.0.1", null, null);
        assertEquals("10.0.0.1", client.address());
    }

    @Test
    void loopbackIsThisMachinesOwnAddressOnly() {
        assertTrue(TrustedProxies.loopback("127.0.0.1"));
        assertTrue(TrustedProxies.loopback("127.8.9.10"));
        assertTrue(TrustedProxies.loopback("::1"));
        assertFalse(TrustedProxies.loopback("10.0.0.1"));
        assertFalse(TrustedProxies.loopback("localhost"), "a name, not an address");
        assertFalse(TrustedProxies.loopback(null));
    }

    @Test
    void noProxiesByDefaultAndAMalformedEntryIsRefused() {
        assertFalse(new TrustedProxies(Optional.empty()).any());
        assertFalse(new TrustedProxies(Optional.empty()).trusted("127.0.0.1"));
        assertThrows(IllegalStateException.class, () -> new TrustedProxies(Optional.of("10.0.0.0/33")));
        assertThrows(IllegalStateException.class, () -> new TrustedProxies(Optional.of("proxy.example")));
    }
}
