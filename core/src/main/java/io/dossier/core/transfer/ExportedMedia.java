package io.dossier.core.transfer;

import java.time.Instant;

/** A library item as the WordPress export writes it, read by a JPQL constructor expression. */
public record ExportedMedia(
        long id,
        String fileName,
        String storagePath,
        String title,
        String altText,
        String caption,
        Integer width,
        Integer height,
        Instant createdAt,
        String uploader) {}
