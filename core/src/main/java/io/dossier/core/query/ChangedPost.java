package io.dossier.core.query;

import java.time.Instant;

/** The parts of a post's address and its last change, for a sitemap, read by a JPQL constructor expression. */
public record ChangedPost(String slug, Instant publishedAt, Instant updatedAt) {}
