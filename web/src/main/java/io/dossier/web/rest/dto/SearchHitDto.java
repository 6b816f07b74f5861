package io.dossier.web.rest.dto;

/** A search result: {@code type} is post, page, person or organization; the URL absolute. */
public record SearchHitDto(String type, long id, String title, String url, String publishedAt) {}
