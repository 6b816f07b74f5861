package io.dossier.core.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebAddressesTest {

    @Test
    void webAddressesNeedHttpOrHttpsAndAHost() {
        assertTrue(WebAddresses.isWebAddress("https://example.org/about?x=1"));
        assertTrue(WebAddresses.isWebAddress("http://example.org"));
        assertFalse(WebAddresses.isWebAddress("javascript:alert(1)"));
        assertFalse(WebAddresses.isWebAddress("https://"));
        assertFalse(WebAddresses.isWebAddress("https://exa mple.org/"));
        assertFalse(WebAddresses.isWebAddress("ftp://example.org/"));
        assertFalse(WebAddresses.isWebAddress(null));
    }

    @Test
    void sitePathsStayOnTheSite() {
        assertTrue(WebAddresses.isSitePath("/about/"));
        assertTrue(WebAddresses.isSitePath("/"));
        assertFalse(WebAddresses.isSitePath("//evil.example/"), "a protocol-relative address leaves the site");
        assertFalse(WebAddresses.isSitePath("about/"));
        assertFalse(WebAddresses.isSitePath("/a b/"));
    }
}
