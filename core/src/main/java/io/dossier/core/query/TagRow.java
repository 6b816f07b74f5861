package io.dossier.core.query;

/** A tag as the admin's tag table shows it, with the profile it stands for, if any. */
public record TagRow(long id, String name, String slug, String description, long posts, String profile) {}
