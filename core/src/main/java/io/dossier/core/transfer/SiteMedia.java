package io.dossier.core.transfer;

/** A library item as the Dossier export writes it, named by its stored path, read by a JPQL constructor expression. */
public record SiteMedia(
        String storagePath,
        String fileName,
        String mimeType,
        long sizeBytes,
        Integer width,
        Integer height,
        String title,
        String altText,
        String caption,
        String variantWidths,
        String uploader) {}
