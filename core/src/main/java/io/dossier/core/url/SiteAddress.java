package io.dossier.core.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The site's one canonical address ({@code https://example.org}, perhaps with a port or a path):
 * every absolute URL Dossier writes starts with it, and a request is for this site when its host
 * (and its port, if it names one) are this address's.
 *
 * @param scheme {@code http} or {@code https}
 * @param host   lower-case host name or address literal ({@code [::1]} with its brackets)
 * @param port   the port, or -1 for the scheme's default
 * @param path   a path prefix without a trailing slash, or ""
 */
public record SiteAddress(String scheme, String host, int port, String path) {

    /** Parses an owner's input; empty when it is not an http(s) address with a host and nothing after its path. */
    public static Optional<SiteAddress> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 500) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!("http".equals(scheme) || "https".equals(scheme))
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(of(scheme, uri.getHost(), uri.getPort(), uri.getRawPath()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** An address from its parts; the scheme's default port is dropped, like a trailing slash of the path. */
    public static SiteAddress of(String scheme, String host, int port, String path) {
        String s = scheme.toLowerCase(Locale.ROOT);
        return new SiteAddress(
                s,
                host.toLowerCase(Locale.ROOT),
                port == defaultPort(s) ? -1 : port,
                path == null ? "" : path.replaceAll("/+$", ""));
    }

    /** {@code scheme://host[:port][path]}, no trailing slash: what site paths are appended to. */
    public String origin() {
        return scheme + "://" + host + (port < 0 ? "" : ":" + port) + path;
    }

    public boolean secure() {
        return scheme.equals("https");
    }

    /**
     * Whether a request's {@code Host} header names this address: the same host, and the same port
     * when the header gives one (behind a proxy the header often has none, whatever the scheme).
     */
    public boolean hostMatches(String hostHeader) {
        return HostHeader.parse(hostHeader).filter(this::hostMatches).isPresent();
    }

    public boolean hostMatches(HostHeader h) {
        return h.name().equals(host) && (h.port() < 0 || h.port() == (port < 0 ? defaultPort(scheme) : port));
    }

    static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** A {@code Host} header's name (lower case, IPv6 in brackets) and port (-1 when absent). */
    public record HostHeader(String name, int port) {

        /** An IPv6 literal in brackets, or a name (IDN in Unicode or punycode) or IPv4 address. */
        private static final Pattern NAME = Pattern.compile("\\[[0-9a-f:.]+\\]|[\\p{L}\\p{N}.-]+");

        private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

        public static Optional<HostHeader> parse(String header) {
            if (header == null || header.isBlank() || header.length() > 300) {
                return Optional.empty();
            }
            String value = header.strip().toLowerCase(Locale.ROOT);
            int colon = value.lastIndexOf(':');
            int bracket = value.lastIndexOf(']');
            String name = colon > bracket ? value.substring(0, colon) : value;
            int port = -1;
            if (colon > bracket) {
                try {
                    port = Integer.parseInt(value.substring(colon + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (port < 1 || port > 65535) {
                    return Optional.empty();
                }
            }
            if (name.isEmpty() || !NAME.matcher(name).matches()) {
                return Optional.empty();
            }
            return Optional.of(new HostHeader(name, port));
        }

        /** {@code localhost}, 127.0.0.0/8 or {@code [::1]}: only this machine can mean it. */
        public boolean loopback() {
            return name.equals("localhost")
                    || name.equals("[::1]")
                    || LOOPBACK_V4.matcher(name).matches();
        }
    }
}
