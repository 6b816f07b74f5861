package io.dossier.core.transfer;

import io.dossier.core.vocabulary.ContentStatus;
import java.time.Instant;

/** A post as the WordPress export writes it ({@code key}: the WordPress ID it came with, else its own), read by a JPQL constructor expression. */
public record ExportedPost(
        long id,
        String title,
        String slug,
        String body,
        String excerpt,
        ContentStatus status,
        Instant publishedAt,
        Instant updatedAt,
        String login,
        boolean sticky,
        long key,
        Long featuredMediaId) {}
