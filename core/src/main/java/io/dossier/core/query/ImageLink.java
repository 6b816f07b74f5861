package io.dossier.core.query;

/**
 * An image as a page shows it: address, alt text, intrinsic size (null if unknown), caption, and
 * the {@code srcset} of its resized copies (null when there are none).
 */
public record ImageLink(String url, String alt, Integer width, Integer height, String caption, String srcset) {

    /** An image without resized copies. */
    public ImageLink(String url, String alt, Integer width, Integer height, String caption) {
        this(url, alt, width, height, caption, null);
    }
}
