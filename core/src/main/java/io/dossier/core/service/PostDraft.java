package io.dossier.core.service;

import io.dossier.core.vocabulary.ContentStatus;
import java.time.Instant;
import java.util.List;

/**
 * What it takes to create a post. A blank slug is generated from the title; the first category
 * is the primary one; credits are the byline in order.
 */
public record PostDraft(
        String title,
        String slug,
        String bodyHtml,
        String excerpt,
        ContentStatus status,
        Instant publishedAt,
        long authorId,
        List<Long> categoryIds,
        List<Long> tagIds,
        List<CreditDraft> credits) {

    /** A byline entry. */
    public record CreditDraft(long personId, String role) {}
}
