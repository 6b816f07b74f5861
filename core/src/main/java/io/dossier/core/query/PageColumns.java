package io.dossier.core.query;

import java.time.Instant;

/** A page's own columns (its ancestors and children read apart), read by a JPQL constructor expression. */
public record PageColumns(long id, String title, String path, Instant updatedAt, String summary, String body) {}
