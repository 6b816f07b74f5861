package io.dossier.core.media;

/** A library image's stored path, full width and the widths of its resized copies (comma-separated), as {@link ResponsiveContent} reads them. */
public record ImageWidths(String path, Integer width, String variantWidths) {}
