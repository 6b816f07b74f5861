package io.dossier.core.query;

import java.time.Instant;

/** The columns of a page the API answers with ({@code parentId} null at the top), read by a JPQL constructor expression. */
public record ApiPageRow(
        long id,
        String title,
        String slug,
        String path,
        Instant publishedAt,
        Instant updatedAt,
        String excerpt,
        String body,
        long authorId,
        Long parentId,
        int menuOrder) {}
