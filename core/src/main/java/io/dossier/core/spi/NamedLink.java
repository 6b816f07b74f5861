package io.dossier.core.spi;

/** A named site-relative or absolute link. @since 1.0 */
public record NamedLink(String name, String url) {}
