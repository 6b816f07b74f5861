package io.dossier.core.media;

import java.util.Arrays;
import java.util.Optional;

/** The media types the library keeps and the site serves, for callers that hold a name or a stored type. */
public final class MediaTypes {

    private MediaTypes() {}

    /** The type of a file with this extension (no dot, any case): an image's, else a document's; none for anything else. */
    public static Optional<String> ofExtension(String extension) {
        return ImageType.ofExtension(extension)
                .map(ImageType::mimeType)
                .or(() -> DocumentType.ofExtension(extension).map(DocumentType::mimeType));
    }

    /** Whether the library keeps and serves files of this type (an image's or a document's). */
    public static boolean kept(String mimeType) {
        return Arrays.stream(ImageType.values()).anyMatch(t -> t.mimeType().equals(mimeType))
                || Arrays.stream(DocumentType.values())
                        .anyMatch(t -> t.mimeType().equals(mimeType));
    }

    /** Whether a stored type is an image's (which needs alt text and may be featured), not a document's. */
    public static boolean isImage(String mimeType) {
        return mimeType.startsWith("image/");
    }
}
