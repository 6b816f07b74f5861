package io.dossier.web.rest.dto;

import java.util.List;

/** A public post with its sanitized HTML body, categories and tags. */
public record PostDto(
        long id,
        String title,
        String url,
        String publishedAt,
        String modifiedAt,
        String summary,
        String bodyHtml,
        String author,
        List<String> credits,
        List<String> categories,
        List<String> tags) {}
