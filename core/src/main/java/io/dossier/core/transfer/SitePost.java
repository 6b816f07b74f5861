package io.dossier.core.transfer;

import io.dossier.core.vocabulary.ContentStatus;
import java.time.Instant;

/** A post as the Dossier export writes it (images by stored path), read by a JPQL constructor expression. */
public record SitePost(
        long id,
        String title,
        String slug,
        String body,
        String excerpt,
        ContentStatus status,
        Instant publishedAt,
        String login,
        boolean sticky,
        String seoTitle,
        String seoDescription,
        String canonicalUrl,
        Long legacyId,
        String featuredImage,
        String socialImage) {}
