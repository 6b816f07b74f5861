package io.dossier.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The proxies in front of the site ({@code DOSSIER_TRUSTED_PROXIES}: addresses or CIDR ranges,
 * comma-separated) and what a request looks like from the client's side of them. Only when the
 * connection comes from one of them are {@code X-Forwarded-For}, {@code -Proto} and {@code -Host}
 * believed; the client is then the right-most address of {@code X-Forwarded-For} that is not
 * itself a trusted proxy, since every hop appends and only our own proxies' entries can be trusted.
 * Anyone else sending those headers is ignored.
 */
@ApplicationScoped
public class TrustedProxies {

    /** The request as the client made it. {@code host} is the Host it addressed (may be null). */
    public record Client(String address, boolean secure, String host) {}

    /** Hex digits, dots and colons with at least one dot or colon: an IP literal's characters, never a host name. */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]*[.:][0-9a-fA-F:.]*");

    private List<Range> ranges;

    protected TrustedProxies() {
        // for CDI proxies
    }

    @Inject
    public TrustedProxies(@ConfigProperty(name = "DOSSIER_TRUSTED_PROXIES") Optional<String> setting) {
        this.ranges = parse(setting.orElse(""));
    }

    /** Parses the setting; a malformed entry fails the start, naming it. */
    static List<Range> parse(String setting) {
        List<Range> parsed = new ArrayList<>();
        for (String entry : setting.split("[,\\s]+")) {
            if (!entry.isBlank()) {
                parsed.add(Range.of(entry.strip())
                        .orElseThrow(() -> new IllegalStateException(
                                "DOSSIER_TRUSTED_PROXIES takes IP addresses or CIDR ranges (10.0.0.0/8), not \"" + entry
                                        + "\"")));
            }
        }
        return List.copyOf(parsed);
    }

    public boolean any() {
        return !ranges.isEmpty();
    }

    public boolean trusted(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && ranges.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /** Who sent {@code request}, over what, for which host, believing forwarded headers only from trusted proxies. */
    public Client client(HttpServletRequest request) {
        return client(
                request.getRemoteAddr(),
                request.isSecure(),
                request.getHeader("Host"),
                request.getHeader("X-Forwarded-For"),
                request.getHeader("X-Forwarded-Proto"),
                request.getHeader("X-Forwarded-Host"));
    }

    Client client(
            String peer,
            boolean secure,
            String host,
            String forwardedFor,
            String forwardedProto,
            String forwardedHost) {
        if (!trusted(peer)) {
            return new Client(peer, secure, host);
        }
        String address = peer;
        if (forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (literal(hop).isEmpty()) {
                    break; // garbage or "unknown": nothing further left can be trusted either
                }
                address = hop;
                if (!trusted(hop)) {
                    break;
                }
            }
        }
        String proto = last(forwardedProto);
        boolean https = proto == null ? secure : proto.toLowerCase(Locale.ROOT).equals("https");
        String forwarded = last(forwardedHost);
        return new Client(address, https, forwarded == null ? host : forwarded);
    }

    /** The value the nearest proxy added: the last of a comma-separated list. */
    private static String last(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.substring(header.lastIndexOf(',') + 1).strip();
        return value.isEmpty() ? null : value;
    }

    /** Whether {@code address} (an IP literal, as a request's remote address) is this machine's loopback. */
    public static boolean loopback(String address) {
        return literal(address)
                .map(bytes -> bytes.length == 4
                        ? (bytes[0] == 127)
                        : Arrays.equals(bytes, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}))
                .orElse(false);
    }

    /** The bytes of an IP address literal; never a DNS lookup. */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.length() > 45 || !LITERAL.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address range: the first {@code bits} bits of {@code network}. */
    record Range(byte[] network, int bits) {

        static Optional<Range> of(String text) {
            int slash = text.indexOf('/');
            Optional<byte[]> address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            int max = address.get().length * 8;
            int bits = max;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            return bits < 0 || bits > max ? Optional.empty() : Optional.of(new Range(address.get(), bits));
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
