package io.dossier.core.query;

import java.time.Instant;

/** A post card's columns (its author read apart), read by a JPQL constructor expression. */
public record CardRow(long id, String title, String slug, Instant publishedAt, String summary, long authorId) {}
