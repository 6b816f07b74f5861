package io.dossier.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex, for ETags, fingerprints and stored token hashes. */
public final class Digests {

    private Digests() {}

    /** The whole SHA-256 of {@code bytes} (64 hex digits). */
    public static String sha256Hex(byte[] bytes) {
        return sha256Hex(bytes, 32);
    }

    /** The first {@code length} bytes of the SHA-256 of {@code bytes}, in hex: enough to tell versions apart. */
    public static String sha256Hex(byte[] bytes, int length) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
