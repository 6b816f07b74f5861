package io.dossier.core.query;

import java.time.Instant;

/**
 * A row of the query behind {@link PostQueries}' post details: the post, its author, its featured
 * image and its search and social overrides, read by a JPQL constructor expression, never by position.
 */
public record PostDetailRow(
        long id,
        String title,
        String slug,
        Instant publishedAt,
        Instant updatedAt,
        String summary,
        String body,
        String authorName,
        String authorSlug,
        String imagePath,
        String imageAlt,
        Integer imageWidth,
        Integer imageHeight,
        String imageCaption,
        String imageVariants,
        String seoTitle,
        String seoDescription,
        String canonicalUrl,
        String socialPath,
        String socialAlt,
        Integer socialWidth,
        Integer socialHeight) {}
