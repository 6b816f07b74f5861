package io.dossier.core.query;

import java.time.Instant;

/** A slug (a page: its path) and when its item last changed, for a sitemap, read by a JPQL constructor expression. */
public record ChangedSlug(String slug, Instant updatedAt) {}
