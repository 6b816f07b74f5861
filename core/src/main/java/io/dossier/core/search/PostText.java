package io.dossier.core.search;

import java.time.Instant;

/** A public post's text as the index reads it, read by a JPQL constructor expression. */
public record PostText(long id, String title, String body, Instant publishedAt) {}
