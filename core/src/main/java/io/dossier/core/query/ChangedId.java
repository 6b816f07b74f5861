package io.dossier.core.query;

import java.time.Instant;

/** An id and when its item last changed, for a sitemap, read by a JPQL constructor expression. */
public record ChangedId(long id, Instant updatedAt) {}
