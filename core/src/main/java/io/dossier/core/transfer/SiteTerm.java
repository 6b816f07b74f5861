package io.dossier.core.transfer;

/**
 * A category or tag as the Dossier export writes it: {@code linkedSlug} is a category's parent, a
 * tag's profile (null: none), read by a JPQL constructor expression.
 */
public record SiteTerm(String slug, String name, String description, String linkedSlug) {}
