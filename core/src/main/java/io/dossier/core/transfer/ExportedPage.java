package io.dossier.core.transfer;

import io.dossier.core.vocabulary.ContentStatus;
import java.time.Instant;

/**
 * A page as the WordPress export writes it: {@code key} and {@code parentKey} are the WordPress IDs
 * it came with (else its own), read by a JPQL constructor expression.
 */
public record ExportedPage(
        long key,
        String title,
        String slug,
        String path,
        String body,
        String excerpt,
        ContentStatus status,
        Instant publishedAt,
        Instant updatedAt,
        String login,
        Long parentKey,
        int menuOrder) {}
