package io.dossier.core.spi;

/** A category or tag with its number of public posts. @since 1.0 */
public record TermCount(String name, String url, long count) {}
