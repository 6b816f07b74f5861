package io.dossier.core.media;

/**
 * A file already in the media folder, at {@code storagePath}, to enter in the library: what an
 * import knows of it. {@code sizeBytes} stands in while the file itself is not there yet.
 */
public record MediaDraft(
        String fileName,
        String storagePath,
        String mimeType,
        long sizeBytes,
        Integer width,
        Integer height,
        String title,
        String altText,
        String caption,
        String variantWidths,
        Long uploaderId) {}
