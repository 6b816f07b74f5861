package io.dossier.core.query;

/** A tag with the number of public posts that carry it. */
public record TagCount(String name, String url, long count) {}
