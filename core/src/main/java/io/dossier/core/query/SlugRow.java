package io.dossier.core.query;

/** An item's id, the name readers see and the slug of its address (an account, a tag, a profile), read by a JPQL constructor expression. */
public record SlugRow(long id, String name, String slug) {}
