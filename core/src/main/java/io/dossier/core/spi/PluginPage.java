package io.dossier.core.spi;

import java.util.Optional;

/**
 * Pages a plugin serves under its own first path segment, e.g. {@code /tags/} or
 * {@code /person/jane-doe/}. Dossier renders them in the site's theme: the plugin supplies the
 * heading, a Facelets fragment and its model. The segment must be one the site reserves for
 * plugins ("tags", "person", "organization", …) so that no page can shadow it.
 *
 * @since 1.0
 */
public interface PluginPage extends Extension {

    /** The first path segment this extension answers. @since 1.0 */
    String segment();

    /**
     * The page for {@code request}, or empty when nothing lives there (the visitor gets the
     * site's 404 page).
     *
     * @since 1.0
     */
    Optional<PluginPageContent> render(PluginPageRequest request);
}
