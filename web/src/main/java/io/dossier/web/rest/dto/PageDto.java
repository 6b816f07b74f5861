package io.dossier.web.rest.dto;

/** A public page; {@code parentId} 0 at the top level. URLs absolute, times ISO-8601 in UTC. */
public record PageDto(
        long id,
        String title,
        String slug,
        String url,
        String publishedAt,
        String modifiedAt,
        String excerpt,
        String bodyHtml,
        long parentId,
        int menuOrder) {}
