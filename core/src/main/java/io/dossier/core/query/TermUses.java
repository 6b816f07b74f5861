package io.dossier.core.query;

/** A term's name and slug with how many posts carry it, read by a JPQL constructor expression. */
public record TermUses(String name, String slug, long count) {}
