package io.dossier.core.query;

/** A name and a slug as a query reads them (a term, a person), before the slug is turned into its URL. */
public record NamedSlug(String name, String slug) {}
