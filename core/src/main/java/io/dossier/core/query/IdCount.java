package io.dossier.core.query;

/** A count of rows for one id (posts of a category, uses of a tag), read by a JPQL constructor expression. */
public record IdCount(long id, long count) {}
