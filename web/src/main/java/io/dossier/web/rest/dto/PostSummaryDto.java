package io.dossier.web.rest.dto;

import java.util.List;

/** A public post in API lists; URLs are absolute, times ISO-8601 in UTC. */
public record PostSummaryDto(
        long id,
        String title,
        String url,
        String publishedAt,
        String summary,
        String author,
        List<String> credits,
        List<String> categories) {}
