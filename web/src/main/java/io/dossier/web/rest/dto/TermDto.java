package io.dossier.web.rest.dto;

/** A category or tag with its count of public posts; {@code parentId} 0 for tags and top categories. */
public record TermDto(long id, String name, String slug, String description, long parentId, long count, String url) {}
