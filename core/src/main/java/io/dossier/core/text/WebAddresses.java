package io.dossier.core.text;

import java.net.URI;
import java.net.URISyntaxException;

/** What editors may link to: web addresses and paths on this site, never {@code javascript:} or other schemes. */
public final class WebAddresses {

    private WebAddresses() {}

    /** An absolute {@code http} or {@code https} address with a host. */
    public static boolean isWebAddress(String url) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return false;
        }
        try {
            return new URI(url).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A path on this site such as {@code /about/}; {@code //host} would leave it, so it is not one. */
    public static boolean isSitePath(String url) {
        if (url == null || !url.startsWith("/") || url.startsWith("//")) {
            return false;
        }
        try {
            new URI(url);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
