package io.dossier.core.service;

import io.dossier.core.vocabulary.ContentStatus;
import java.time.Instant;

/** What it takes to create a page; {@code parentId} null puts it at the top level. */
public record PageDraft(
        String title,
        String slug,
        String bodyHtml,
        String excerpt,
        ContentStatus status,
        Instant publishedAt,
        long authorId,
        Long parentId,
        int menuOrder) {}
