package io.dossier.core.transfer;

import io.dossier.core.vocabulary.ContentStatus;
import java.time.Instant;

/** A page as the Dossier export writes it, read by a JPQL constructor expression. */
public record SitePage(
        long id,
        String title,
        String slug,
        String path,
        String body,
        String excerpt,
        ContentStatus status,
        Instant publishedAt,
        String login,
        Long parentId,
        int menuOrder,
        Long legacyId) {}
