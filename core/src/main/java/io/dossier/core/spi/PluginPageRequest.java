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
 * @since 1.0
 */
public record PluginPageRequest(List<String> rest, int page, Map<String, String> settings, SiteReader site) {
}
