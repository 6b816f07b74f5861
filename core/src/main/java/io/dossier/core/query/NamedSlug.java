package io.dossier.core.query;

/** A name and a slug (a page: its path) as a query reads them (a term, a person, a page), before the slug is turned into its URL. */
public record NamedSlug(String name, String slug) {}
