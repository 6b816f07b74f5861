package io.dossier.web.rest.dto;

/** A post of any status, as its author or an editor lists them: times ISO-8601 in UTC (null: not scheduled). */
public record PostRowDto(long id, String title, String status, String publishedAt, String updatedAt, String author) {}
