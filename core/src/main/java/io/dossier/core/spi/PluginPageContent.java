package io.dossier.core.spi;

/**
 * What a plugin page shows.
 *
 * @param title       the page's heading and document title
 * @param description one sentence for search engines, or null
 * @param fragment    the Facelets fragment that renders {@code model} (under META-INF/resources)
 * @param model       what the fragment shows
 * @since 1.0
 */
public record PluginPageContent(String title, String description, String fragment, Object model) {}
