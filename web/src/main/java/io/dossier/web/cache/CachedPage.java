package io.dossier.web.cache;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One stored response: its headers as the application set them, its body plain and gzipped
 * (null when gzip would not pay), the validators readers revalidate with, and what it depends on.
 */
record CachedPage(
        String key,
        String contentType,
        List<Header> headers,
        byte[] body,
        byte[] gzipped,
        String etag,
        Instant lastModified,
        Set<String> tags) {

    record Header(String name, String value) {}

    long size() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 256L;
    }
}
