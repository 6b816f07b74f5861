package io.dossier.core.query;

import java.time.Instant;

/** A post as a one-line link. */
public record PostHeadline(long id, String title, String url, Instant publishedAt) {}
