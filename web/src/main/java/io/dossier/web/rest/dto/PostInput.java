package io.dossier.web.rest.dto;

import java.util.List;

/**
 * A post as API clients write it. {@code status}: draft, pending, published, scheduled or
 * private; {@code publishAt}: site-local ISO date-time ({@code 2026-05-01T09:30}), empty for
 * now; {@code version}: the one read, required to update (a newer one means a conflict).
 */
public record PostInput(
        String title,
        String slug,
        String body,
        String excerpt,
        String status,
        String publishAt,
        List<Long> categoryIds,
        List<String> tags,
        Long version) {}
