package io.dossier.core.media;

/** A library item's stored columns, read by a JPQL constructor expression; {@link #item()} is what the library lists. */
public record StoredMedia(
        long id,
        String fileName,
        String storagePath,
        String mimeType,
        long sizeBytes,
        Integer width,
        Integer height,
        String altText,
        String caption) {

    MediaLibrary.Item item() {
        return MediaLibrary.item(id, fileName, storagePath, mimeType, sizeBytes, width, height, altText, caption);
    }
}
