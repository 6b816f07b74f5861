package io.dossier.core.query;

import java.time.Instant;

/** The columns of a post the WordPress-style API answers with, read by a JPQL constructor expression. */
public record ApiPostRow(
        long id,
        String title,
        String slug,
        Instant publishedAt,
        Instant updatedAt,
        String excerpt,
        String body,
        long authorId,
        boolean sticky) {}
