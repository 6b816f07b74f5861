package io.dossier.core.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteAddressTest {

    @Test
    void anOwnersAddressIsNormalised() {
        assertEquals(
                "https://example.org",
                SiteAddress.parse(" https://Example.ORG/ ").orElseThrow().origin());
        assertEquals(
                "https://example.org",
                SiteAddress.parse("https://example.org:443").orElseThrow().origin());
        assertEquals(
                "http://127.0.0.1:8080/news",
                SiteAddress.parse("http://127.0.0.1:8080/news//").orElseThrow().origin());
        assertTrue(SiteAddress.parse("https://example.org").orElseThrow().secure());
    }

    @Test
    void onlyAWebAddressWithAHostIsOne() {
        for (String bad : new String[] {
            "",
            "example.org",
            "javascript:alert(1)",
            "ftp://example.org",
            "https://",
            "https://user:pw@example.org",
            "https://example.org/?x=1",
            "https://example.org/#top",
            "//example.org"
        }) {
            assertEquals(Optional.empty(), SiteAddress.parse(bad), bad);
        }
    }

    @Test
    void aRequestIsForTheSiteWhenItsHostAndAnyPortItNamesMatch() {
        SiteAddress site = SiteAddress.parse("https://example.org").orElseThrow();
        assertTrue(site.hostMatches("example.org"));
        assertTrue(site.hostMatches("EXAMPLE.org:443"));
        assertFalse(site.hostMatches("example.org:8443"));
        assertFalse(site.hostMatches("evil.example"));
        assertFalse(site.hostMatches("example.org.evil.example"));
        assertFalse(site.hostMatches("example.org@evil.example"));
        SiteAddress local = SiteAddress.parse("http://127.0.0.1:8080").orElseThrow();
        assertTrue(local.hostMatches("127.0.0.1:8080"));
        assertFalse(local.hostMatches("127.0.0.1:9090"));
    }

    @Test
    void hostHeadersAreReadStrictly() {
        assertEquals(
                new SiteAddress.HostHeader("[::1]", 8080),
                SiteAddress.HostHeader.parse("[::1]:8080").orElseThrow());
        assertEquals(
                new SiteAddress.HostHeader("example.org", -1),
                SiteAddress.HostHeader.parse("Example.org").orElseThrow());
        assertEquals(Optional.empty(), SiteAddress.HostHeader.parse("example.org:99999"));
        assertEquals(Optional.empty(), SiteAddress.HostHeader.parse("exa mple.org"));
        assertEquals(Optional.empty(), SiteAddress.HostHeader.parse("example.org/evil"));
        assertTrue(SiteAddress.HostHeader.parse("localhost:8080").orElseThrow().loopback());
        assertTrue(SiteAddress.HostHeader.parse("127.0.0.1").orElseThrow().loopback());
        assertFalse(SiteAddress.HostHeader.parse("127.0.0.1.evil.example")
                .orElseThrow()
                .loopback());
    }
}
