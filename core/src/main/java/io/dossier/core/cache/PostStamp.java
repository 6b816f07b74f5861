package io.dossier.core.cache;

import java.time.Instant;

/** A public post's id, publication time and author: what list membership needs beside its terms, read by a JPQL constructor expression. */
public record PostStamp(long id, Instant publishedAt, long authorId) {}
