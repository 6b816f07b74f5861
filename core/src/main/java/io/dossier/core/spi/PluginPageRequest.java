package io.dossier.core.spi;

import java.util.List;
import java.util.Map;

/**
 * A request for a plugin page.
 *
 * @param rest     the path segments after the plugin's own segment ({@code /person/jane-doe/} gives ["jane-doe"])
 * @param page     the page number of {@code /…/page/N/}, 1 without
 * @param settings the owner's values for the extension's settings
 * @param site     read-only access to the site's content
 * @param siteUrl  the site's absolute address without a trailing slash ({@code https://example.org}),
 *                 for links that must be absolute (structured data, feeds); null when not known
 * @since 1.0
 */
public record PluginPageRequest(
        List<String> rest, int page, Map<String, String> settings, SiteReader site, String siteUrl) {

    /** A request without the site's address. */
    public PluginPageRequest(List<String> rest, int page, Map<String, String> settings, SiteReader site) {
        this(rest, page, settings, site, null);
    }

    /** {@code path} made absolute with the site's address; unchanged when that is unknown or the path already is. */
    public String absolute(String path) {
        return siteUrl == null || path == null || !path.startsWith("/") ? path : siteUrl + path;
    }
}
