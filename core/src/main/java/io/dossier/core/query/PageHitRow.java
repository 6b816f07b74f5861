package io.dossier.core.query;

import java.time.Instant;

/** A page found by a search, read by a JPQL constructor expression. */
public record PageHitRow(long id, String title, String path, Instant publishedAt) {}
