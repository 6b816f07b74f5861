package io.dossier.web.rest.dto;

/** A person or organisation: {@code kind} is "person" or "organization"; the biography is HTML. */
public record ProfileDto(
        long id, String name, String slug, String kind, String role, String bioHtml, String photoUrl, String url) {}
