package io.dossier.core.query;

/** An image as a page shows it: address, alt text, intrinsic size (null if unknown) and caption. */
public record ImageLink(String url, String alt, Integer width, Integer height, String caption) {
}
