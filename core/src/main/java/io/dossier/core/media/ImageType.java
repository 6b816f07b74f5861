package io.dossier.core.media;

import java.util.Optional;

/** The image formats Dossier accepts, recognised by their first bytes, never by name or declared type. */
public enum ImageType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private final String mimeType;
    private final String extension;

    ImageType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /** The format these leading bytes belong to, if any. */
    public static Optional<ImageType> sniff(byte[] head) {
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (head.length >= 12
                && starts(head, 'R', 'I', 'F', 'F')
                && head[8] == 'W'
                && head[9] == 'E'
                && head[10] == 'B'
                && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The format stored under this file extension (for serving), if it is one of ours; WordPress keeps {@code .jpeg} too. */
    public static Optional<ImageType> ofExtension(String extension) {
        if (extension.equalsIgnoreCase("jpeg")) {
            return Optional.of(JPEG);
        }
        for (ImageType t : values()) {
            if (t.extension.equalsIgnoreCase(extension)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
