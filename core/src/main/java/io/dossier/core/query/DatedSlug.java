package io.dossier.core.query;

import java.time.Instant;

/** The two parts of a dated address: when it was published and its slug, read by a JPQL constructor expression. */
public record DatedSlug(Instant publishedAt, String slug) {}
