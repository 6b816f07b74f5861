package io.dossier.core.service;

import io.dossier.core.query.SiteQueries;
import io.dossier.core.url.SiteAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the site lives: {@code DOSSIER_BASE_URL} when set, else the address saved in Settings, else
 * none yet (the first request made on this machine proposes one, see {@link #propose}). Absolute URLs
 * are built from this alone, never from a request's {@code Host}, so no client can make a page, feed
 * or sitemap point elsewhere. The accepted aliases ({@code DOSSIER_HOST_ALIASES}, else Settings) are
 * other host names readers may use, answered with a redirect here.
 */
@ApplicationScoped
public class CanonicalAddress {

    private static final Logger LOG = Logger.getLogger(CanonicalAddress.class.getName());

    private SiteQueries site;
    private SettingsService settings;
    private Optional<SiteAddress> configured;
    private Optional<List<String>> configuredAliases;
    private volatile Saved saved;

    protected CanonicalAddress() {
        // for CDI proxies
    }

    @Inject
    public CanonicalAddress(
            SiteQueries site,
            SettingsService settings,
            @ConfigProperty(name = "DOSSIER_BASE_URL") Optional<String> baseUrl,
            @ConfigProperty(name = "DOSSIER_HOST_ALIASES") Optional<String> aliases) {
        this.site = site;
        this.settings = settings;
        this.configured = baseUrl.filter(u -> !u.isBlank())
                .map(u -> SiteAddress.parse(u)
                        .orElseThrow(() -> new IllegalStateException(
                                "DOSSIER_BASE_URL must be the site's http(s) address, such as https://example.org, not \""
                                        + u + "\"")));
        this.configuredAliases = aliases.filter(a -> !a.isBlank()).map(CanonicalAddress::aliasList);
    }

    /** The site's address, if it has one yet. */
    public Optional<SiteAddress> current() {
        if (configured.isPresent()) {
            return configured;
        }
        String saved = site.site().baseUrl();
        Saved last = this.saved;
        if (last == null || !Objects.equals(last.text(), saved)) { // parsed once per change of the setting
            last = new Saved(saved, SiteAddress.parse(saved));
            this.saved = last;
        }
        return last.address();
    }

    private record Saved(String text, Optional<SiteAddress> address) {}

    /**
     * The origin every site path is appended to. Only requests that passed the host check build
     * pages, so the address is known by then; a background task on a site nobody has opened yet
     * falls back to loopback, which names no other host either.
     */
    public String origin() {
        return current().map(SiteAddress::origin).orElse("http://127.0.0.1");
    }

    /** Whether the address comes from {@code DOSSIER_BASE_URL}, so Settings cannot change it. */
    public boolean fixedByEnvironment() {
        return configured.isPresent();
    }

    public boolean aliasesFixedByEnvironment() {
        return configuredAliases.isPresent();
    }

    /** Host names (lower case, perhaps with a port) answered with a redirect to the canonical address. */
    public List<String> aliases() {
        return configuredAliases.orElseGet(() -> aliasList(site.site().hostAliases()));
    }

    /**
     * Takes {@code address} as the site's address if it has none yet; callers only propose what a
     * request from this machine for a loopback host name asked for. Returns the address in force.
     */
    public Optional<SiteAddress> propose(SiteAddress address) {
        if (current().isEmpty() && settings.proposeBaseUrl(address.origin())) {
            LOG.info(() ->
                    "The site's address is " + address.origin() + " (from the first request made on this machine); "
                            + "set the real one in Settings or with DOSSIER_BASE_URL");
        }
        return current();
    }

    static List<String> aliasList(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,\\s]+"))
                        .map(s -> s.strip().toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
