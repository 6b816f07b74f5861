package io.dossier.core.spi;

/**
 * Post-processes a post's HTML before it is shown (link names, add footnotes, embed media, …).
 * Enrichers run in order, each on the previous one's output; Dossier sanitizes the result of the
 * whole chain with the site's allow-list, so an enricher cannot add scripts.
 *
 * @since 1.0
 */
public interface ContentEnricher extends Extension {

    /** The post's HTML with this enricher's additions. @since 1.0 */
    String enrich(String html, EnrichContext context);
}
